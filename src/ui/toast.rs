//! Toasts: short confirmations ("Link copied") shown for a few seconds and announced through
//! a `role="status"` live region that exists before anything is put in it.
//!
//! While a dialog is open the page behind it is inert, and an inert live region is neither
//! seen above the backdrop nor announced; so every dialog has its own region, and a toast
//! goes to the region of the topmost dialog at the moment it is shown (or the page's). If
//! that dialog closes while the toast lasts ("Invite revoked" as the confirmation closes), the
//! toast moves to the region now on top.
//!
//! One toast at a time: a newer one replaces whatever is showing, so pressing twice never
//! stacks two sentences. Controls that show their own change (a switch reading "On") need no
//! toast at all. In a dialog the toast sits at the top of the viewport, in the band the dialog
//! leaves free (ui::Modal), never over the window's own rows and buttons; on the page it sits
//! at the bottom.

use std::time::Duration;

use leptos::prelude::*;

use super::scoped_css;

const SHOWN_FOR: Duration = Duration::from_secs(4);

/// The handle pages use to show a toast.
#[derive(Clone, Copy)]
pub struct Toaster {
    /// Each toast: its id, the dialog whose region shows it (`None`: the page's), its text.
    messages: RwSignal<Vec<(u64, Option<u64>, String)>>,
    next: StoredValue<u64>,
}

impl Toaster {
    /// Shows `message` for a few seconds, in place of any toast still showing, and announces
    /// it politely. Safe to call after an `await`: once the region is gone, nothing is shown.
    pub fn show(&self, message: impl Into<String>) {
        let Some(id) = self.next.try_get_value() else {
            return;
        };
        self.next.set_value(id + 1);
        let region = super::modal::top_dialog_id();
        self.messages.set(vec![(id, region, message.into())]);
        let messages = self.messages;
        set_timeout(
            move || messages.update(|m| m.retain(|(i, _, _)| *i != id)),
            SHOWN_FOR,
        );
    }
}

/// Provides a [`Toaster`] to `children` and renders the page's live region.
#[component]
pub fn ToastRegion(children: Children) -> impl IntoView {
    let toaster = Toaster {
        messages: RwSignal::new(Vec::new()),
        next: StoredValue::new(0),
    };
    provide_context(toaster);
    view! {
        {children()}
        <ToastOutlet dialog=None />
    }
}

/// The live region showing the toasts meant for `dialog` (`None`: the page), if a
/// [`ToastRegion`] is above.
#[component]
pub(crate) fn ToastOutlet(dialog: Option<u64>) -> impl IntoView {
    let scope = toast_scope();
    use_context::<Toaster>().map(|toaster| {
        let mine = move || {
            let open = super::modal::open_dialogs();
            let on_top = open.last().copied() == dialog;
            toaster.messages.with(|messages| {
                messages
                    .iter()
                    .filter(|(_, region, _)| {
                        let orphaned = region.is_some_and(|r| !open.contains(&r));
                        *region == dialog || (orphaned && on_top)
                    })
                    .map(|(id, _, text)| (*id, text.clone()))
                    .collect::<Vec<_>>()
            })
        };
        view! { class=scope,
            <div
                class="toasts"
                class:in-dialog=dialog.is_some()
                role="status"
                aria-live="polite"
                aria-atomic="false"
            >
                <For
                    each=mine
                    key=|(id, _)| *id
                    children=move |(_, message)| {
                        view! { class=scope, <div class="toast">{message}</div> }
                    }
                />
            </div>
        }
    })
}

/// A toast as it looks, in the page's flow and announced nowhere: the gallery's specimen.
#[component]
pub fn ToastPreview(#[prop(into)] message: String) -> impl IntoView {
    let scope = toast_scope();
    view! { class=scope, <div class="toast">{message}</div> }
}

/// The toasts' look, shared by the live regions and the gallery's preview.
fn toast_scope() -> &'static str {
    scoped_css!("src/ui/toast.css")
}

/// The toaster of the nearest [`ToastRegion`].
pub fn use_toaster() -> Toaster {
    expect_context::<Toaster>()
}

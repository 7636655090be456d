//! The dialog pattern on the platform's `<dialog>`, opened with `showModal()`: it sits in the
//! top layer and the page behind is inert (no clicks, no focus, hidden from assistive
//! technology) and does not scroll. `role="dialog"`, `aria-modal`, labelled by its title;
//! focus moves in when it opens, Tab loops inside, Escape closes only the topmost dialog (one
//! [dismiss layer](super::dismiss) for dialog, menu and combobox), and focus returns to
//! whatever opened it.
//!
//! The Tab loop stays although `showModal()` already keeps focus out of the inert page: after
//! the last element the browser moves focus to its own chrome (the address bar), and the
//! WAI-ARIA dialog pattern wants Tab to wrap to the first element instead.
//!
//! A dialog leaves a 4rem band free at the top of the viewport, where its toasts appear
//! (ui::toast), so a confirmation never covers the window's own controls. On a phone it is a
//! sheet from the bottom edge; its row of actions (`.buttons`, style/host.css) sticks to the
//! sheet's foot while the rest scrolls.
//!
//! The dialog is still put in a `<Portal>` at the end of `<body>`: the top layer lifts its
//! box, not its place in the tree, so without it the dialog would inherit the styles of the
//! row or menu that opened it and its events would bubble into that row's handlers.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html;
use leptos::portal::Portal;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlDialogElement, HtmlElement, KeyboardEvent, MouseEvent};

use super::dismiss::{use_dismiss, Dismissal};
use super::focus::{active_element, focus_first, trap_tab};
use super::toast::ToastOutlet;
use super::{scoped_css, unique_id};
use crate::wording::t;

/// A modal dialog, shown while `open` is true. Closing (Escape, the close button, or the
/// backdrop when allowed) runs `on_close`; the owner decides what `open` becomes.
#[component]
pub fn Modal(
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
    /// The dialog's title, its accessible name.
    #[prop(into)]
    title: String,
    /// A sentence under the title, its accessible description.
    #[prop(optional, into)]
    description: Option<String>,
    /// A press on the backdrop closes it. Off for forms, so a stray click loses nothing
    /// (focus then stays where it was, so Tab and Escape still work).
    #[prop(default = true)]
    close_on_backdrop: bool,
    /// Where focus goes on close if the opener is gone (a menu item, a deleted row's button).
    #[prop(optional)]
    return_focus: Option<NodeRef<html::Button>>,
    children: ChildrenFn,
) -> impl IntoView {
    let children = StoredValue::new(children);
    let title = StoredValue::new(title);
    let description = StoredValue::new(description);
    view! {
        <Show when=move || open.get()>
            <Portal>
                <DialogSurface
                    title=title.get_value()
                    description=description.get_value()
                    on_close
                    close_on_backdrop
                    return_focus
                >
                    {children.with_value(|children| children())}
                </DialogSurface>
            </Portal>
        </Show>
    }
}

thread_local! {
    // The open dialogs, bottom first: the last one takes Tab and shows new toasts.
    static OPEN: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    // Fires when a dialog opens or closes, for the toast regions that follow the stack.
    static CHANGED: ArcTrigger = ArcTrigger::new();
    static NEXT_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    // What `<html>`'s `overflow` was before the first dialog locked the page's scrolling.
    static SCROLL_BEFORE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The open dialogs, bottom first (tracked: re-runs when one opens or closes).
pub(crate) fn open_dialogs() -> Vec<u64> {
    CHANGED.with(|changed| changed.track());
    OPEN.with(|open| open.borrow().clone())
}

/// The topmost open dialog, whose toast region is the one not inert.
pub(crate) fn top_dialog_id() -> Option<u64> {
    OPEN.with(|open| open.borrow().last().copied())
}

/// The topmost open dialog element: the one place outside the inert page where a helper
/// element (the copy fallback's text area) can still take focus.
pub(crate) fn topmost_dialog() -> Option<HtmlElement> {
    let document = web_sys::window()?.document()?;
    let list = document.query_selector_all("dialog[open]").ok()?;
    (0..list.length())
        .rev()
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlDialogElement>().ok())
        .find(|dialog| dialog.matches(":modal").unwrap_or(false))
        .map(Into::into)
}

/// Stops the page behind from scrolling while any dialog is open. `showModal()` makes the
/// page inert but a wheel over the backdrop still scrolls it. Set through the CSSOM, which a
/// strict Content-Security-Policy allows.
fn lock_page_scroll(lock: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    SCROLL_BEFORE.with(|before| {
        let mut before = before.borrow_mut();
        match (lock, before.is_some()) {
            (true, false) => {
                *before = Some(style.get_property_value("overflow").unwrap_or_default());
                let _ = style.set_property("overflow", "hidden");
            }
            (false, true) => {
                let previous = before.take().unwrap_or_default();
                let _ = if previous.is_empty() {
                    style.remove_property("overflow").map(|_| ())
                } else {
                    style.set_property("overflow", &previous)
                };
            }
            _ => {}
        }
    });
}

#[component]
fn DialogSurface(
    title: String,
    description: Option<String>,
    on_close: Callback<()>,
    close_on_backdrop: bool,
    return_focus: Option<NodeRef<html::Button>>,
    children: Children,
) -> impl IntoView {
    let scope = scoped_css!("src/ui/modal.css");
    let id = NEXT_ID.with(|next| {
        let id = next.get();
        next.set(id + 1);
        id
    });
    let title_id = unique_id("dialog-title");
    let description_id = description
        .as_ref()
        .map(|_| unique_id("dialog-description"));
    let labelled_by = title_id.clone();
    let described_by = description_id.clone();
    let dialog = NodeRef::<html::Dialog>::new();
    let panel = NodeRef::<html::Div>::new();
    let opener = SendWrapper::new(active_element());
    // The native `cancel` and `close` listeners, kept so cleanup can remove them.
    let native = SendWrapper::new(Rc::new(RefCell::new(Vec::<(
        &'static str,
        Closure<dyn Fn(Event)>,
    )>::new())));

    let layer = use_dismiss(
        || true,
        move |node| {
            panel
                .get_untracked()
                .is_some_and(|panel| panel.contains(Some(node)))
        },
        move |why, _| {
            if why == Dismissal::Escape || close_on_backdrop {
                on_close.run(());
            }
        },
    );

    {
        let native = native.clone();
        Effect::new(move |_| {
            let Some(element) = dialog.get() else {
                return;
            };
            if element.open() || !element.is_connected() {
                return;
            }
            // Escape arrives as a keydown, which the dismiss layer takes (preventing the
            // default, so no `cancel` follows). Other close requests (a phone's back
            // gesture) come as `cancel`: the dialog never closes itself, its owner decides.
            let on_cancel = Closure::<dyn Fn(Event)>::new(move |event: Event| {
                event.prevent_default();
                if layer.is_topmost() {
                    on_close.run(());
                }
            });
            // The browser may still close it (a `cancel` it does not let us refuse, after
            // repeated requests): tell the owner, who unmounts it.
            let on_native_close = Closure::<dyn Fn(Event)>::new(move |_| on_close.run(()));
            for (name, listener) in [("cancel", on_cancel), ("close", on_native_close)] {
                let _ = element
                    .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
                native.borrow_mut().push((name, listener));
            }
            let _ = element.show_modal();
            lock_page_scroll(true);
            OPEN.with(|open| open.borrow_mut().push(id));
            CHANGED.with(|changed| changed.notify());
            let element: &HtmlElement = &element;
            focus_first(element);
        });
    }
    on_cleanup(move || {
        OPEN.with(|open| open.borrow_mut().retain(|&i| i != id));
        CHANGED.with(|changed| changed.notify());
        if let Some(element) = dialog.get_untracked() {
            for (name, listener) in native.borrow_mut().drain(..) {
                let _ = element
                    .remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
            }
            // Out of the top layer first: while it is modal the opener is inert and
            // cannot take focus.
            element.close();
        }
        if !any_dialog_open() {
            lock_page_scroll(false);
        }
        let opener = opener.take().filter(|e| e.is_connected());
        let fallback = || {
            return_focus
                .and_then(|r| r.get_untracked())
                .map(|b| b.into())
        };
        if let Some(target) = opener.or_else(fallback) {
            let target: HtmlElement = target;
            let _ = target.focus();
        }
    });

    // Tab is watched on the window, not the dialog, so the loop holds even when focus has
    // fallen out of the dialog (to `<body>`, when the focused element was removed).
    let tab = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
        if event.key() != "Tab" || event.default_prevented() || top_dialog_id() != Some(id) {
            return;
        }
        if let Some(element) = dialog.get_untracked() {
            if trap_tab(&element, event.shift_key()) {
                event.prevent_default();
            }
        }
    });
    on_cleanup(move || tab.remove());

    // A press on the backdrop (the `<dialog>` box around the panel) would move focus to the
    // dialog or `<body>`; keep it where it was.
    let on_mousedown = move |event: MouseEvent| {
        let element = dialog.get_untracked();
        let on_backdrop = match (event.target(), element) {
            (Some(target), Some(element)) => {
                let element: &web_sys::EventTarget = &element;
                &target == element
            }
            _ => false,
        };
        if on_backdrop {
            event.prevent_default();
        }
    };

    view! { class=scope,
        <dialog
            role="dialog"
            aria-modal="true"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            tabindex="-1"
            node_ref=dialog
            on:mousedown=on_mousedown
        >
            <div class="panel" node_ref=panel>
                <h2 id=title_id>{title}</h2>
                {description
                    .map(|text| {
                        view! { class=scope,
                            <p class="description" id=description_id>
                                {text}
                            </p>
                        }
                    })}
                {children()}
                <button
                    type="button"
                    class="btn btn-quiet btn-icon close"
                    aria-label=t().common.close
                    data-dialog-close=""
                    on:click=move |_| on_close.run(())
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            <ToastOutlet dialog=Some(id) />
        </dialog>
    }
}

fn any_dialog_open() -> bool {
    OPEN.with(|open| !open.borrow().is_empty())
}

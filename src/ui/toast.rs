//! Toasts: short confirmations ("Link copied") shown for a few seconds and announced through
//! a `role="status"` live region that exists before anything is put in it.

use std::time::Duration;

use leptos::prelude::*;
use stylers_macro::style_str;

use super::scoped;

const SHOWN_FOR: Duration = Duration::from_secs(4);

/// The handle pages use to show a toast.
#[derive(Clone, Copy)]
pub struct Toaster {
    messages: RwSignal<Vec<(u64, String)>>,
    next: StoredValue<u64>,
}

impl Toaster {
    /// Shows `message` for a few seconds and announces it politely.
    /// Safe to call after an `await`: once the region is gone, nothing is shown.
    pub fn show(&self, message: impl Into<String>) {
        let Some(id) = self.next.try_get_value() else {
            return;
        };
        self.next.set_value(id + 1);
        self.messages.update(|m| m.push((id, message.into())));
        let messages = self.messages;
        set_timeout(
            move || messages.update(|m| m.retain(|(i, _)| *i != id)),
            SHOWN_FOR,
        );
    }
}

/// Provides a [`Toaster`] to `children` and renders its live region.
#[component]
pub fn ToastRegion(children: Children) -> impl IntoView {
    let scope = scoped(style_str! {
        .toasts {
            position: fixed;
            z-index: 60;
            left: 50%;
            bottom: var(--space-4);
            transform: translateX(-50%);
            display: grid;
            gap: var(--space-2);
            width: max-content;
            max-width: calc(100vw - 2rem);
            pointer-events: none;
        }
        .toast {
            padding: var(--space-2) var(--space-4);
            border-radius: var(--radius-2);
            background: var(--color-text);
            color: var(--color-bg);
            box-shadow: var(--shadow-dialog);
            font-weight: 600;
        }
    });
    let toaster = Toaster {
        messages: RwSignal::new(Vec::new()),
        next: StoredValue::new(0),
    };
    provide_context(toaster);
    view! { class=scope,
        {children()}
        <div class="toasts" role="status" aria-live="polite" aria-atomic="false">
            <For
                each=move || toaster.messages.get()
                key=|(id, _)| *id
                children=move |(_, message)| view! { class=scope, <div class="toast">{message}</div> }
            />
        </div>
    }
}

/// The toaster of the nearest [`ToastRegion`].
pub fn use_toaster() -> Toaster {
    expect_context::<Toaster>()
}

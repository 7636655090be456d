//! The dialog pattern: `role="dialog"`, `aria-modal`, labelled by its title; focus moves in
//! when it opens, Tab loops inside, Escape closes only the topmost dialog, and focus returns
//! to whatever opened it.

use leptos::html;
use leptos::portal::Portal;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use stylers_macro::style_str;
use web_sys::{HtmlElement, KeyboardEvent};

use super::focus::{active_element, focus_first, trap_tab};
use super::{scoped, unique_id};

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
    /// A click on the backdrop closes it. Off for forms, so a stray click loses nothing.
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

#[component]
fn DialogSurface(
    title: String,
    description: Option<String>,
    on_close: Callback<()>,
    close_on_backdrop: bool,
    return_focus: Option<NodeRef<html::Button>>,
    children: Children,
) -> impl IntoView {
    let scope = scoped(style_str! {
        .backdrop {
            position: fixed;
            inset: 0;
            z-index: 50;
            display: grid;
            place-items: center;
            padding: var(--space-3);
            background: var(--color-backdrop);
            overflow-y: auto;
        }
        .dialog {
            position: relative;
            width: min(100%, 44rem);
            max-height: calc(100vh - 1.5rem);
            overflow-y: auto;
            padding: var(--space-5);
            border-radius: var(--radius-3);
            background: var(--color-surface);
            color: var(--color-text);
            box-shadow: var(--shadow-dialog);
        }
        .dialog:focus {
            outline: none;
        }
        .close {
            position: absolute;
            top: var(--space-2);
            right: var(--space-2);
        }
        h2 {
            padding-right: var(--space-6);
        }
        .description {
            color: var(--color-muted);
        }
        @media (max-width: 480px) {
            .backdrop {
                align-items: end;
                padding: 0;
            }
            .dialog {
                width: 100%;
                border-radius: var(--radius-3) var(--radius-3) 0 0;
                padding: var(--space-4);
            }
        }
    });
    let title_id = unique_id("dialog-title");
    let description_id = description
        .as_ref()
        .map(|_| unique_id("dialog-description"));
    let labelled_by = title_id.clone();
    let described_by = description_id.clone();
    let surface = NodeRef::<html::Div>::new();
    let opener = SendWrapper::new(active_element());

    Effect::new(move |_| {
        if let Some(surface) = surface.get() {
            let surface: &HtmlElement = &surface;
            focus_first(surface);
        }
    });
    on_cleanup(move || {
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

    let on_keydown = move |event: KeyboardEvent| match event.key().as_str() {
        "Escape" => {
            event.prevent_default();
            event.stop_propagation();
            on_close.run(());
        }
        "Tab" => {
            if let Some(surface) = surface.get_untracked() {
                if trap_tab(&surface, event.shift_key()) {
                    event.prevent_default();
                }
            }
        }
        _ => {}
    };
    let on_backdrop = move |event: web_sys::MouseEvent| {
        let on_backdrop_itself = event.target() == event.current_target();
        if close_on_backdrop && on_backdrop_itself {
            on_close.run(());
        }
    };

    view! { class=scope,
        <div class="backdrop" on:click=on_backdrop>
            <div
                class="dialog"
                role="dialog"
                aria-modal="true"
                aria-labelledby=labelled_by
                aria-describedby=described_by
                tabindex="-1"
                node_ref=surface
                on:keydown=on_keydown
            >
                <h2 id=title_id>{title}</h2>
                {description.map(|text| view! { class=scope, <p class="description" id=description_id>{text}</p> })}
                {children()}
                <button
                    type="button"
                    class="btn btn-quiet btn-icon close"
                    aria-label="Close"
                    data-dialog-close=""
                    on:click=move |_| on_close.run(())
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
        </div>
    }
}

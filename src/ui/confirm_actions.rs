//! The end of every confirmation dialog: why the last try failed, if it did; "Cancel", which
//! has focus first because it is the safe choice; and the destructive action, which stays
//! focusable but does nothing while it runs (`aria-disabled`, so focus is never lost).

use leptos::prelude::*;

use super::scoped_css;
use crate::wording::t;

/// Cancel and the confirming action of a confirmation dialog.
#[component]
pub fn ConfirmActions(
    /// The action's label ("Delete").
    #[prop(into)]
    confirm: String,
    /// Its label while it runs ("Deleting…").
    #[prop(into)]
    busy: String,
    /// Why the last try failed, announced.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    #[prop(optional, into)] pending: Signal<bool>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let scope = scoped_css!("src/ui/confirm_actions.css");
    view! { class=scope,
        {move || {
            error
                .get()
                .map(|text| {
                    view! { class=scope,
                        <p class="notice notice-error" role="alert">
                            {text}
                        </p>
                    }
                })
        }}
        <div class="buttons">
            <button type="button" class="btn" data-autofocus="" on:click=move |_| on_cancel.run(())>
                {t().common.cancel}
            </button>
            <button
                type="button"
                class="btn btn-danger"
                aria-disabled=move || pending.get().to_string()
                on:click=move |_| {
                    if !pending.get_untracked() {
                        on_confirm.run(());
                    }
                }
            >
                {move || if pending.get() { busy.clone() } else { confirm.clone() }}
            </button>
        </div>
    }
}

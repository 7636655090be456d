//! The switch pattern: a button with `role="switch"` and `aria-checked`, named by its visible
//! label; Space and Enter toggle it, as for any button.

use leptos::prelude::*;

use leptos::html;

use super::focus::claim_focus_in_dialog;
use super::{scoped_css, unique_id};
use crate::wording::t;

/// An on/off switch. It shows `checked` and asks for the opposite through `on_toggle`; the
/// owner decides (after the server agrees, say) what `checked` becomes.
#[component]
pub fn Switch(
    #[prop(into)] label: String,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<bool>,
    /// While true the switch is announced as busy and ignores presses.
    #[prop(optional, into)]
    busy: Signal<bool>,
    /// Takes focus when its dialog's content arrives.
    #[prop(optional)]
    autofocus: bool,
) -> impl IntoView {
    let scope = scoped_css!("src/ui/switch.css");
    let button = NodeRef::<html::Button>::new();
    if autofocus {
        Effect::new(move |_| {
            if let Some(button) = button.get() {
                claim_focus_in_dialog(&button);
            }
        });
    }
    let label_id = unique_id("switch-label");
    let labelled_by = label_id.clone();
    view! { class=scope,
        <button
            type="button"
            class="switch"
            role="switch"
            aria-checked=move || checked.get().to_string()
            aria-labelledby=labelled_by
            aria-busy=move || busy.get().to_string()
            data-autofocus=autofocus.then_some("")
            node_ref=button
            on:click=move |_| {
                if !busy.get_untracked() {
                    on_toggle.run(!checked.get_untracked());
                }
            }
        >
            <span class="track" aria-hidden="true">
                <span class="thumb"></span>
            </span>
            <span id=label_id>{label}</span>
            <span class="state" aria-hidden="true">
                {move || if checked.get() { t().common.on } else { t().common.off }}
            </span>
        </button>
    }
}

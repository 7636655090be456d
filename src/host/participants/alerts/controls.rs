//! The alerts' controls in the Participants tab: the sound's switch, and the notifications'
//! button, switch or reason, by state. Nothing asks the browser until the button is pressed.

use leptos::prelude::*;

use super::{Alerts, NotifyState};
use crate::ui::{scoped_css, Switch};
use crate::wording::host_t;

/// The sound and notification controls. Pure view: changes go out through `alerts`.
#[component]
pub fn AlertControls(alerts: Alerts) -> impl IntoView {
    let scope = scoped_css!("src/host/participants/alerts/controls.css");
    let a = host_t().alerts;
    let notify = Memo::new(move |_| alerts.notify.get());
    let notify_control = move || match notify.get() {
        NotifyState::Ask | NotifyState::Asking => {
            let asking = move || notify.get() == NotifyState::Asking;
            view! { class=scope,
                <button
                    type="button"
                    class="btn"
                    disabled=asking
                    on:click=move |_| alerts.set_notify.run(true)
                >
                    {move || if asking() { a.notify_asking } else { a.notify }}
                </button>
            }
            .into_any()
        }
        NotifyState::On | NotifyState::Off => view! {
            <Switch
                label=a.notify_on
                checked=Signal::derive(move || notify.get() == NotifyState::On)
                on_toggle=alerts.set_notify
            />
        }
        .into_any(),
        NotifyState::Blocked => {
            view! { class=scope, <p class="reason">{a.notify_blocked}</p> }.into_any()
        }
        NotifyState::Unsupported => {
            view! { class=scope, <p class="reason">{a.notify_unsupported}</p> }.into_any()
        }
    };
    view! { class=scope,
        <div class="alerts" role="group" aria-label=a.legend>
            <Switch label=a.sound checked=alerts.sound on_toggle=alerts.set_sound />
            {notify_control}
        </div>
    }
}

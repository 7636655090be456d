//! Before a scheduled session starts, on the waiting page and in the guest view: when it
//! starts, in the guest's own time zone, and a countdown that ends by itself.

use std::time::Duration;

use leptos::prelude::*;

use super::invite_lobby::{announcement, local_date_time, remaining_text, time_ms};
use crate::ui::scoped_css;
use crate::wording::t;

/// The start and the time left. `now_ms` is for the gallery; without it the countdown ticks
/// by itself. Once the start has passed it says the session is starting, and nothing more.
#[component]
pub fn StartCountdown(
    /// RFC 3339, as the contract sends `GuestMedia.starts_at`.
    #[prop(into)]
    starts_at: String,
    /// Now, in Unix milliseconds; ticked here when absent.
    #[prop(optional, into)]
    now_ms: Option<Signal<f64>>,
) -> impl IntoView {
    let scope = scoped_css!("src/guest/start_countdown.css");
    let now = now_ms.unwrap_or_else(|| ticking_now().into());
    let start = time_ms(&starts_at);
    let remaining = Memo::new(move |_| start.map(|start| start - now.get()));
    // A memo: the live region changes only when the whole minutes do.
    let spoken = Memo::new(move |_| remaining.get().map(announcement).unwrap_or_default());
    let at = start.map(local_date_time);
    view! { class=scope,
        {move || {
            remaining
                .get()
                .filter(|ms| *ms > 0.0)
                .map(|ms| {
                    view! { class=scope,
                        <div class="start">
                            <p class="label">{t().invitee.starts_in_label}</p>
                            <p class="time" role="timer">
                                {remaining_text(ms)}
                            </p>
                            {at
                                .clone()
                                .map(|at| {
                                    view! { class=scope,
                                        <p class="at">{t().guest.starts_on(&at)}</p>
                                    }
                                })}
                        </div>
                    }
                })
        }}
        <p class="visually-hidden" role="status">
            {spoken}
        </p>
    }
}

/// Now, in Unix milliseconds, updated twice a second while the component lives.
fn ticking_now() -> RwSignal<f64> {
    let now = RwSignal::new(js_sys::Date::now());
    let ticker = set_interval_with_handle(
        move || {
            now.try_set(js_sys::Date::now());
        },
        Duration::from_millis(500),
    )
    .ok();
    on_cleanup(move || {
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });
    now
}

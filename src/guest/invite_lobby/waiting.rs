use std::time::Duration;

use contract::{InviteeSession, MediaStatus};
use leptos::prelude::*;

use super::{time_ms, CountdownView};
use crate::api::{self, ApiError};
use crate::ui::TaskOwner;

/// How often to ask while waiting, in case the host moves the start.
const POLL_MS: f64 = 60_000.0;
/// How soon to ask again when the start has passed but the session is not live yet.
const RECHECK_MS: f64 = 2_000.0;

/// When to next ask the server whether the session has started.
fn next_check(session: &InviteeSession, now: f64) -> f64 {
    match session.media.starts_at.as_deref().and_then(time_ms) {
        Some(start) => start.min(now + POLL_MS).max(now + RECHECK_MS),
        None => now + POLL_MS / 4.0,
    }
}

/// Counts down to the start and enters by itself: at the start time it asks
/// `GET /invitee-session` again, and again every few seconds until the session is live.
#[component]
pub fn WaitingRoom(
    initial: InviteeSession,
    session_token: String,
    /// The session has started (or ended): show it.
    on_entered: Callback<InviteeSession>,
    /// Asking failed in a way waiting can't fix (the invite was revoked, say).
    on_error: Callback<ApiError>,
) -> impl IntoView {
    let now = RwSignal::new(js_sys::Date::now());
    let session = RwSignal::new(initial);
    let first = match session.with_untracked(|s| s.media.starts_at.as_deref().and_then(time_ms)) {
        Some(start) => start.min(now.get_untracked() + POLL_MS),
        None => now.get_untracked() + POLL_MS / 4.0,
    };
    let check_at = StoredValue::new(first);
    let asking = StoredValue::new(false);
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
    // Owned by the page, not the effect: the effect runs every tick, and a rerun would
    // cancel the question in flight.
    let tasks = TaskOwner::current();
    Effect::new(move |_| {
        let at = now.get();
        if asking.get_value() || at < check_at.get_value() {
            return;
        }
        asking.set_value(true);
        let token = session_token.clone();
        tasks.spawn(async move {
            let answer = api::invites::invitee_session(&token).await;
            let now = js_sys::Date::now();
            // Never resumed once the page moved on: the task went with it.
            asking.set_value(false);
            match answer {
                Ok(fresh) if fresh.media.status != MediaStatus::Scheduled => on_entered.run(fresh),
                Ok(fresh) => {
                    check_at.set_value(next_check(&fresh, now));
                    session.set(fresh);
                }
                Err(error) if error.is_retryable() => check_at.set_value(now + RECHECK_MS),
                Err(error) => on_error.run(error),
            }
        });
    });
    view! { <CountdownView session now_ms=now /> }
}

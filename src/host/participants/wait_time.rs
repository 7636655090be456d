//! How long each waiting guest has waited: one clock for the whole list, ticking once a
//! minute, and the relative form ("just now", "2 min", "1 h 5 min") it feeds.

use std::time::Duration;

use chrono::Utc;
use contract::Timestamp;
use leptos::prelude::*;

use crate::wording::host_t;

/// How often the clock ticks: the relative times only change by the minute.
pub const TICK: Duration = Duration::from_secs(60);

/// Whole minutes from `since` to `now`; a browser clock behind the server's reads 0.
pub fn minutes_waited(since: Timestamp, now: Timestamp) -> u64 {
    u64::try_from((now - since).num_minutes()).unwrap_or(0)
}

/// The relative wait of a guest waiting since `since`: "just now", "2 min", "1 h 5 min".
pub fn waited(since: Timestamp, now: Timestamp) -> String {
    host_t().participants.waited(minutes_waited(since, now))
}

/// The current time, updated every [`TICK`] for as long as the caller lives. One per list,
/// never one per row: a thousand waiting guests share one timer.
pub fn use_minute_clock() -> Signal<Timestamp> {
    let now = RwSignal::new(Utc::now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(Utc::now()), TICK) {
        on_cleanup(move || handle.clear());
    }
    now.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn given_a_waiting_guest_should_say_how_long_in_whole_minutes() {
        let since = Utc.with_ymd_and_hms(2026, 3, 1, 14, 0, 0).unwrap();
        let after = |s: i64| since + chrono::Duration::seconds(s);
        assert_eq!(waited(since, after(0)), "just now");
        assert_eq!(waited(since, after(59)), "just now");
        assert_eq!(waited(since, after(60)), "1 min");
        assert_eq!(waited(since, after(179)), "2 min");
        assert_eq!(waited(since, after(3_600)), "1 h");
        assert_eq!(waited(since, after(3_900 + 30)), "1 h 5 min");
        assert_eq!(
            waited(since, after(-90)),
            "just now",
            "a browser clock behind the server's never reads negative"
        );
    }
}

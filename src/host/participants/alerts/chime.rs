//! The optional sound for new guests: when to play it (a pure rule). The tone itself is the
//! app's one soft tone, `ui::chime`, which the guest's waiting page plays too.

use chrono::Duration;
use contract::Timestamp;

pub(super) use crate::ui::chime::{play, unlock};

/// The least time between two tones, however many guests arrive.
pub(super) const MIN_GAP: Duration = Duration::seconds(10);
/// While someone has waited longer than this, the tone repeats, at most this often.
pub(super) const REPEAT: Duration = Duration::seconds(60);
/// The minute clock and the last tone can be a moment apart; a tick this close counts.
const SLACK: Duration = Duration::seconds(2);

/// Whether to play the tone `now`: on an arrival unless one played in the last
/// [`MIN_GAP`]; otherwise, while the oldest guest (`oldest`, since when) has waited over
/// [`REPEAT`], at most once per [`REPEAT`]. `last` is when it last played.
pub fn should_chime(
    now: Timestamp,
    last: Option<Timestamp>,
    arrived: bool,
    oldest: Option<Timestamp>,
) -> bool {
    let quiet_for = |gap: Duration| last.is_none_or(|last| now - last >= gap);
    if arrived {
        return quiet_for(MIN_GAP);
    }
    oldest.is_some_and(|since| now - since > REPEAT) && quiet_for(REPEAT - SLACK)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn at(s: i64) -> Timestamp {
        Utc.timestamp_opt(1_000_000 + s, 0).unwrap()
    }

    #[test]
    fn given_arrivals_should_play_at_most_once_per_ten_seconds() {
        assert!(should_chime(at(0), None, true, Some(at(0))));
        assert!(!should_chime(at(9), Some(at(0)), true, Some(at(0))));
        assert!(should_chime(at(10), Some(at(0)), true, Some(at(0))));
    }

    #[test]
    fn given_someone_waiting_over_a_minute_should_repeat_at_most_once_a_minute() {
        let oldest = Some(at(0));
        assert!(
            !should_chime(at(60), Some(at(0)), false, oldest),
            "a minute is not over a minute"
        );
        assert!(!should_chime(at(90), Some(at(59)), false, oldest));
        assert!(should_chime(at(90), Some(at(30)), false, oldest));
        assert!(
            should_chime(at(119), Some(at(60)), false, oldest),
            "a tick a moment early still counts"
        );
        assert!(should_chime(at(300), None, false, oldest));
    }

    #[test]
    fn given_nobody_waiting_long_should_stay_quiet_between_arrivals() {
        assert!(!should_chime(at(50), Some(at(0)), false, Some(at(0))));
        assert!(!should_chime(at(500), None, false, None));
        assert!(!should_chime(at(500), Some(at(0)), false, Some(at(470))));
    }
}

//! The optional sound for new guests: when to play it (a pure rule) and a short, soft tone
//! from the Web Audio API (no audio file to download).

use std::cell::RefCell;

use chrono::Duration;
use contract::Timestamp;
use web_sys::{AudioContext, OscillatorType};

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

thread_local! {
    /// One context for the tab: browsers limit how many a page may open.
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Prepares the audio while the host's click allows it (browsers start a context made
/// without a gesture suspended).
pub fn unlock() {
    with_context(|_| Some(()));
}

/// Plays a short, soft two-note tone (about half a second, quiet).
pub fn play() {
    with_context(|ctx| {
        let start = ctx.current_time();
        for (i, hz) in [660.0_f32, 880.0].into_iter().enumerate() {
            let at = start + i as f64 * 0.18;
            let osc = ctx.create_oscillator().ok()?;
            osc.set_type(OscillatorType::Sine);
            osc.frequency().set_value(hz);
            let gain = ctx.create_gain().ok()?;
            let level = gain.gain();
            level.set_value_at_time(0.0, at).ok()?;
            level.linear_ramp_to_value_at_time(0.08, at + 0.02).ok()?;
            level
                .exponential_ramp_to_value_at_time(0.0001, at + 0.3)
                .ok()?;
            osc.connect_with_audio_node(&gain).ok()?;
            gain.connect_with_audio_node(&ctx.destination()).ok()?;
            osc.start_with_when(at).ok()?;
            osc.stop_with_when(at + 0.32).ok()?;
        }
        Some(())
    });
}

fn with_context(f: impl FnOnce(&AudioContext) -> Option<()>) {
    CONTEXT.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = AudioContext::new().ok();
        }
        if let Some(ctx) = cell.as_ref() {
            // Resumes once the page has had any click; ignored until then.
            let _ = ctx.resume();
            f(ctx);
        }
    });
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

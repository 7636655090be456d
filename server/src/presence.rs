//! Whether a waiting guest's page is still there. Each open guest event stream counts; when a
//! guest's last one closes, a check is due after the away time (`--away-after-ms`, 2 minutes): if none opened
//! since, hosts get `away` and the guest's row reads "may have left", until a stream opens
//! again (`back`) or the guest leaves. Kept in memory: after a restart, or for a guest whose
//! page never opened its stream, the page counts as closed since the later of the server's
//! start and the guest's arrival, so nobody waits as a phantom forever.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

#[derive(Clone, Copy, Debug)]
struct Seen {
    open: u32,
    /// When the last stream closed (or the guest joined, before any opened).
    closed_at: i64,
    /// Bumped by every open and close, so a due check knows whether anything happened since.
    generation: u64,
}

/// Open guest streams and their last close, per guest.
pub struct Presence {
    started_at: i64,
    away_after_ms: i64,
    guests: Mutex<HashMap<i64, Seen>>,
}

/// A check that is due once the away time has passed: [`Presence::still_away`] tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    pub guest_id: i64,
    generation: u64,
}

impl Presence {
    pub fn new(started_at: i64, away_after: Duration) -> Self {
        Presence {
            started_at,
            away_after_ms: away_after.as_millis() as i64,
            guests: Mutex::default(),
        }
    }

    pub fn away_after(&self) -> Duration {
        Duration::from_millis(self.away_after_ms as u64)
    }

    fn guests(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Seen>> {
        self.guests.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A guest started waiting: their page has no stream yet.
    pub fn joined(&self, guest_id: i64, now: i64) -> Due {
        let seen = Seen {
            open: 0,
            closed_at: now,
            generation: 0,
        };
        self.guests().insert(guest_id, seen);
        Due {
            guest_id,
            generation: 0,
        }
    }

    /// One of the guest's streams opened. `true` if the guest counted as away until now
    /// (hosts should hear `back`).
    pub fn opened(&self, guest_id: i64, waiting_since: i64, now: i64) -> bool {
        let mut guests = self.guests();
        let was_away = self
            .away_in(guests.get(&guest_id), waiting_since, now)
            .is_some();
        let seen = guests.entry(guest_id).or_insert(Seen {
            open: 0,
            closed_at: now,
            generation: 0,
        });
        seen.open += 1;
        seen.generation += 1;
        was_away
    }

    /// One of the guest's streams closed; the check to run after the away time, if it was
    /// the last one.
    pub fn closed(&self, guest_id: i64, now: i64) -> Option<Due> {
        let mut guests = self.guests();
        let seen = guests.get_mut(&guest_id)?;
        seen.open = seen.open.saturating_sub(1);
        seen.generation += 1;
        (seen.open == 0).then(|| {
            seen.closed_at = now;
            Due {
                guest_id,
                generation: seen.generation,
            }
        })
    }

    /// Since when the guest's page has been gone, if nothing opened since `due` was handed out.
    pub fn still_away(&self, due: Due) -> Option<i64> {
        let guests = self.guests();
        let seen = guests.get(&due.guest_id)?;
        (seen.generation == due.generation && seen.open == 0).then_some(seen.closed_at)
    }

    /// Since when the guest's page has been gone, if for longer than the away time.
    pub fn away_since(&self, guest_id: i64, waiting_since: i64, now: i64) -> Option<i64> {
        self.away_in(self.guests().get(&guest_id), waiting_since, now)
    }

    fn away_in(&self, seen: Option<&Seen>, waiting_since: i64, now: i64) -> Option<i64> {
        let closed_at = match seen {
            Some(seen) if seen.open > 0 => return None,
            Some(seen) => seen.closed_at,
            None => self.started_at.max(waiting_since),
        };
        (now - closed_at >= self.away_after_ms).then_some(closed_at)
    }

    /// The guest left or was decided about: nothing more to track.
    pub fn forget(&self, guest_id: i64) {
        self.guests().remove(&guest_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presence() -> Presence {
        Presence::new(0, Duration::from_millis(100))
    }

    #[test]
    fn given_an_open_stream_should_never_count_as_away() {
        let p = presence();
        p.joined(1, 0);
        assert!(!p.opened(1, 0, 10));
        assert_eq!(p.away_since(1, 0, 10_000), None);
    }

    #[test]
    fn given_the_last_stream_closed_long_enough_should_be_away_since_the_close() {
        let p = presence();
        p.joined(1, 0);
        p.opened(1, 0, 10);
        p.opened(1, 0, 11);
        assert_eq!(p.closed(1, 20), None, "another stream is still open");
        let due = p.closed(1, 30).expect("the last one closed");
        assert_eq!(p.away_since(1, 0, 100), None, "not long enough");
        assert_eq!(p.away_since(1, 0, 130), Some(30));
        assert_eq!(p.still_away(due), Some(30));
        assert!(p.opened(1, 0, 140), "back after being away");
        assert_eq!(p.still_away(due), None);
    }

    #[test]
    fn given_a_guest_never_seen_should_count_from_the_later_of_start_and_arrival() {
        let p = Presence::new(1_000, Duration::from_millis(100));
        assert_eq!(p.away_since(7, 500, 1_050), None);
        assert_eq!(p.away_since(7, 500, 1_100), Some(1_000));
        assert_eq!(p.away_since(8, 2_000, 2_150), Some(2_000));
    }
}

//! One waiting room held in memory: who waits, in which order, and what they all see. Read
//! from SQLite once, then kept current by the changes the routes record as they commit.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use contract::{Admission, GuestMedia};
use rusqlite::Connection;

use crate::guest_rules::guest_media;
use crate::store;
use crate::time::now_ms;

/// A committed change to a waiting room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A guest started waiting.
    Joined { guest_id: i64, waiting_since: i64 },
    /// A waiting guest was admitted or denied.
    Decided {
        guest_id: i64,
        waiting_since: i64,
        admission: Admission,
    },
    /// Every waiting guest was admitted or denied.
    DecidedAll(Admission),
    /// The lobby message changed (already trimmed, `None` when cleared).
    Message(Option<String>),
    /// Anything else, such as a bulk insert: read the room from the database again.
    Reload,
}

/// What every guest of the room sees alike.
#[derive(Debug, PartialEq)]
pub struct View {
    pub media: GuestMedia,
    pub lobby_message: Option<String>,
}

/// A guest's admission and, while waiting, 1-based place.
pub type Place = (Admission, Option<u32>);

/// A waiting room as of change [`Queue::seq`].
pub struct Queue {
    /// The last change this reflects (see `Lobbies::record`).
    seq: u64,
    /// Waiting guests as `(waiting_since, id)`, sorted: the order `store::guests::position`
    /// counts in, so a place is an index.
    order: Vec<(i64, i64)>,
    /// The decisions about watched guests since they last waited here.
    decided: HashMap<i64, Admission>,
    pub view: Arc<View>,
}

impl Queue {
    /// The room as stored, as of change `seq`; `None` if the item is gone. Call with the
    /// connection held, reading `seq` in the same call, so no change is missed or doubled.
    pub fn load(conn: &Connection, media_id: i64, seq: u64) -> rusqlite::Result<Option<Queue>> {
        let Some(media) = store::media::find(conn, media_id, now_ms())? else {
            return Ok(None);
        };
        Ok(Some(Queue {
            seq,
            order: store::guests::queue(conn, media_id)?,
            decided: HashMap::new(),
            view: Arc::new(View {
                media: guest_media(&media),
                lobby_message: media.lobby_message,
            }),
        }))
    }

    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// Applies change number `seq`, unless this already reflects it. [`Change::Reload`] is
    /// not applied here: the room is read again instead.
    pub fn apply(&mut self, seq: u64, change: Change) {
        if seq <= self.seq {
            return;
        }
        self.seq = seq;
        match change {
            Change::Joined {
                guest_id,
                waiting_since,
            } => {
                let key = (waiting_since, guest_id);
                // Arrivals almost always go last; `binary_search` finds that in O(log n).
                if let Err(at) = self.order.binary_search(&key) {
                    self.order.insert(at, key);
                }
                self.decided.remove(&guest_id);
            }
            Change::Decided {
                guest_id,
                waiting_since,
                admission,
            } => {
                if let Ok(at) = self.order.binary_search(&(waiting_since, guest_id)) {
                    self.order.remove(at);
                }
                self.decided.insert(guest_id, admission);
            }
            Change::DecidedAll(admission) => {
                self.decided
                    .extend(self.order.drain(..).map(|(_, id)| (id, admission)));
            }
            Change::Message(message) => {
                self.view = Arc::new(View {
                    media: self.view.media.clone(),
                    lobby_message: message,
                });
            }
            Change::Reload => {}
        }
    }

    /// Where this guest stands; `None` if nothing changed for them since this was read
    /// (neither waiting nor decided here: their own first read already says it).
    pub fn place(&self, guest_id: i64, waiting_since: i64) -> Option<Place> {
        match self.order.binary_search(&(waiting_since, guest_id)) {
            Ok(at) => Some((Admission::Waiting, Some(at as u32 + 1))),
            Err(_) => self.decided.get(&guest_id).map(|a| (*a, None)),
        }
    }

    /// Forgets the decisions about guests nobody watches any more.
    pub fn keep_decisions_of(&mut self, watched: &HashSet<i64>) {
        self.decided.retain(|id, _| watched.contains(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::MediaKind;

    fn empty() -> Queue {
        Queue {
            seq: 0,
            order: Vec::new(),
            decided: HashMap::new(),
            view: Arc::new(View {
                media: GuestMedia {
                    title: "Live".into(),
                    kind: MediaKind::LiveEvent,
                    thumbnail_url: None,
                    description: None,
                    starts_at: None,
                },
                lobby_message: None,
            }),
        }
    }

    fn joined(guest_id: i64, waiting_since: i64) -> Change {
        Change::Joined {
            guest_id,
            waiting_since,
        }
    }

    #[test]
    fn given_joins_out_of_order_should_place_guests_by_arrival_then_id() {
        let mut queue = empty();
        for (seq, (id, since)) in [(3, 20), (1, 10), (2, 20), (4, 5)].into_iter().enumerate() {
            queue.apply(seq as u64 + 1, joined(id, since));
        }
        let places: Vec<_> = [(4, 5), (1, 10), (2, 20), (3, 20)]
            .iter()
            .map(|(id, since)| queue.place(*id, *since).unwrap().1.unwrap())
            .collect();
        assert_eq!(places, [1, 2, 3, 4]);
    }

    #[test]
    fn given_a_decision_should_move_up_only_those_behind() {
        let mut queue = empty();
        for id in 1..=5 {
            queue.apply(id as u64, joined(id, id * 10));
        }
        queue.apply(
            6,
            Change::Decided {
                guest_id: 3,
                waiting_since: 30,
                admission: Admission::Denied,
            },
        );
        assert_eq!(queue.place(3, 30), Some((Admission::Denied, None)));
        assert_eq!(queue.place(2, 20), Some((Admission::Waiting, Some(2))));
        assert_eq!(queue.place(4, 40), Some((Admission::Waiting, Some(3))));
        queue.apply(7, Change::DecidedAll(Admission::Admitted));
        assert_eq!(queue.place(5, 50), Some((Admission::Admitted, None)));
        assert!(queue.order.is_empty());
    }

    #[test]
    fn given_a_change_it_already_reflects_should_skip_it() {
        let mut queue = empty();
        queue.apply(2, joined(1, 10));
        queue.apply(1, Change::DecidedAll(Admission::Denied));
        queue.apply(2, Change::DecidedAll(Admission::Denied));
        assert_eq!(queue.place(1, 10), Some((Admission::Waiting, Some(1))));
    }

    #[test]
    fn given_a_guest_never_seen_waiting_here_should_leave_them_be() {
        let mut queue = empty();
        queue.apply(1, joined(1, 10));
        assert_eq!(queue.place(9, 10), None);
        queue.apply(
            2,
            Change::Decided {
                guest_id: 1,
                waiting_since: 10,
                admission: Admission::Admitted,
            },
        );
        queue.keep_decisions_of(&HashSet::new());
        assert_eq!(queue.place(1, 10), None);
    }
}

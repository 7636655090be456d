//! Live fan-out: per media item, one channel of participant events for hosts, and for
//! guests a waiting room kept in memory, whose changed sessions are pushed to the open guest
//! streams. State itself lives in SQLite; a restart loses nothing but open
//! connections (and who had a stream open: see [`Presence`]).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use contract::{Admission, ParticipantEvent};
use tokio::sync::broadcast;

use crate::db::Db;
use crate::lobby::Lobbies;
use crate::presence::{Due, Presence};
use crate::store;
use crate::time::{from_ms, now_ms};

/// Room for this many publishes (an admit-all of 1,000 is one); a host stream that still falls
/// behind is closed, and its EventSource reconnects and reloads.
const PARTICIPANT_CAPACITY: usize = 8192;

/// The events of one change, published together (admit-all's 2,000 are one group), so that a
/// stream sends them as one `batch` message instead of as many as it happens to catch.
pub type EventGroup = Arc<[ParticipantEvent]>;

/// Every item's channels, created on first use.
pub struct Events {
    db: Db,
    participants: Mutex<HashMap<i64, broadcast::Sender<EventGroup>>>,
    /// The guests' side: who watches which waiting room. Routes record each change to a
    /// waiting room there, inside the call that commits it (`Lobbies::record`).
    pub lobbies: Arc<Lobbies>,
    /// Whose waiting page still has a stream open.
    pub presence: Presence,
}

impl Events {
    pub fn new(db: Db, away_after: Duration) -> Self {
        Events {
            participants: Mutex::default(),
            lobbies: Arc::new(Lobbies::new(db.clone())),
            presence: Presence::new(now_ms(), away_after),
            db,
        }
    }

    fn participants(&self, media_id: i64) -> broadcast::Sender<EventGroup> {
        let mut map = self
            .participants
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        map.entry(media_id)
            .or_insert_with(|| broadcast::channel(PARTICIPANT_CAPACITY).0)
            .clone()
    }

    /// A host's view of the item's participants and waiting room.
    pub fn subscribe_participants(&self, media_id: i64) -> broadcast::Receiver<EventGroup> {
        self.participants(media_id).subscribe()
    }

    /// Sends events to the item's hosts, in order. Call after the change is committed.
    pub fn publish(&self, media_id: i64, events: impl IntoIterator<Item = ParticipantEvent>) {
        let group: EventGroup = events.into_iter().collect();
        if group.is_empty() {
            return;
        }
        // No subscriber is not an error: nobody is watching right now.
        let _ = self.participants(media_id).send(group);
    }

    /// After the away time, tells the item's hosts `away` if the guest still waits and no
    /// stream of theirs opened since `due` was handed out.
    pub fn check_away_later(self: &Arc<Self>, media_id: i64, due: Due) {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let events = self.clone();
        runtime.spawn(async move {
            tokio::time::sleep(events.presence.away_after()).await;
            let Some(since) = events.presence.still_away(due) else {
                return;
            };
            let guest_id = due.guest_id;
            let guest = events
                .db
                .call(move |conn| Ok(store::guests::find(conn, guest_id)?))
                .await;
            if let Ok(Some(guest)) = guest {
                if guest.admission == Admission::Waiting {
                    let mut entry = guest.waiting_entry();
                    entry.away_since = Some(from_ms(since));
                    events.publish(media_id, [ParticipantEvent::Away(entry)]);
                }
            }
        });
    }
}

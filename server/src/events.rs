//! Live fan-out: per media item, one channel of participant events for hosts, and for
//! guests a waiting room kept in memory, whose changed sessions are pushed to the open guest
//! streams. State itself lives in SQLite; a restart loses nothing but open
//! connections.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use contract::ParticipantEvent;
use tokio::sync::broadcast;

use crate::db::Db;
use crate::lobby::Lobbies;

/// Room for bursts such as admit-all; a host stream that still falls behind is closed, and its
/// EventSource reconnects and reloads.
const PARTICIPANT_CAPACITY: usize = 8192;

/// Every item's channels, created on first use.
pub struct Events {
    participants: Mutex<HashMap<i64, broadcast::Sender<ParticipantEvent>>>,
    /// The guests' side: who watches which waiting room. Routes record each change to a
    /// waiting room there, inside the call that commits it (`Lobbies::record`).
    pub lobbies: Arc<Lobbies>,
}

impl Events {
    pub fn new(db: Db) -> Self {
        Events {
            participants: Mutex::default(),
            lobbies: Arc::new(Lobbies::new(db)),
        }
    }

    fn participants(&self, media_id: i64) -> broadcast::Sender<ParticipantEvent> {
        let mut map = self
            .participants
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        map.entry(media_id)
            .or_insert_with(|| broadcast::channel(PARTICIPANT_CAPACITY).0)
            .clone()
    }

    /// A host's view of the item's participants and waiting room.
    pub fn subscribe_participants(&self, media_id: i64) -> broadcast::Receiver<ParticipantEvent> {
        self.participants(media_id).subscribe()
    }

    /// Sends events to the item's hosts, in order. Call after the change is committed.
    pub fn publish(&self, media_id: i64, events: impl IntoIterator<Item = ParticipantEvent>) {
        let sender = self.participants(media_id);
        for event in events {
            // No subscriber is not an error: nobody is watching right now.
            let _ = sender.send(event);
        }
    }
}

//! Live fan-out: per media item, one channel of participant events for hosts and one
//! "the waiting room changed" signal for guests. State itself lives in SQLite; these only say
//! when to look again, so a restart loses nothing but open connections.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use contract::ParticipantEvent;
use tokio::sync::broadcast;

/// Room for bursts such as admit-all; a host stream that still falls behind is closed, and its
/// EventSource reconnects and reloads.
const PARTICIPANT_CAPACITY: usize = 8192;
/// Guests only need to know that something changed, so a few slots are enough.
const LOBBY_CAPACITY: usize = 16;

#[derive(Clone)]
struct MediaChannels {
    participants: broadcast::Sender<ParticipantEvent>,
    lobby: broadcast::Sender<()>,
}

/// Every item's channels, created on first use.
#[derive(Default)]
pub struct Events {
    channels: Mutex<HashMap<i64, MediaChannels>>,
}

impl Events {
    fn channels(&self, media_id: i64) -> MediaChannels {
        let mut map = self.channels.lock().unwrap_or_else(PoisonError::into_inner);
        map.entry(media_id)
            .or_insert_with(|| MediaChannels {
                participants: broadcast::channel(PARTICIPANT_CAPACITY).0,
                lobby: broadcast::channel(LOBBY_CAPACITY).0,
            })
            .clone()
    }

    /// A host's view of the item's participants and waiting room.
    pub fn subscribe_participants(&self, media_id: i64) -> broadcast::Receiver<ParticipantEvent> {
        self.channels(media_id).participants.subscribe()
    }

    /// A guest's signal to re-read their session.
    pub fn subscribe_lobby(&self, media_id: i64) -> broadcast::Receiver<()> {
        self.channels(media_id).lobby.subscribe()
    }

    /// Sends events to the item's hosts, in order. Call after the change is committed.
    pub fn publish(&self, media_id: i64, events: impl IntoIterator<Item = ParticipantEvent>) {
        let sender = self.channels(media_id).participants;
        for event in events {
            // No subscriber is not an error: nobody is watching right now.
            let _ = sender.send(event);
        }
    }

    /// Tells the item's guests that the queue or the lobby message changed.
    pub fn lobby_changed(&self, media_id: i64) {
        let _ = self.channels(media_id).lobby.send(());
    }
}

//! Everything the Participants tab shows and does, in three parts: the live list
//! ([`use_room_sync`]), the host's decisions ([`use_decisions`]) and the lobby message
//! ([`use_lobby_message`]).

use contract::Id;
use leptos::prelude::*;

use super::decisions::{use_decisions, Decisions};
use super::lobby::{use_lobby_message, LobbyMessage};
use super::room_sync::{use_room_sync, RoomSync};

/// The tab's three parts.
#[derive(Clone, Copy)]
pub struct RoomController {
    pub sync: RoomSync,
    pub decisions: Decisions,
    pub lobby: LobbyMessage,
}

/// Connects the tab of media `media` to the backend for as long as the caller lives.
pub fn use_room(media: Id) -> RoomController {
    let lobby = use_lobby_message(media);
    let admit_all = StoredValue::new(None);
    let sync = use_room_sync(media, admit_all, move |message| lobby.synced(message));
    let decisions = use_decisions(media, sync.room, admit_all);
    RoomController {
        sync,
        decisions,
        lobby,
    }
}

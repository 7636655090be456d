//! Everything the Participants tab shows and does, in three parts: the live list
//! ([`use_room_sync`]), the host's decisions ([`use_decisions`]) and the lobby message
//! ([`use_lobby_message`]), with the minute clock of the waiting times and the host's alerts
//! ([`use_alerts`]).

use contract::{Id, Timestamp};
use leptos::prelude::*;

use super::alerts::{use_alerts, Alerts};
use super::decisions::{use_decisions, Decisions};
use super::lobby::{use_lobby_message, LobbyMessage};
use super::room_sync::{use_room_sync, RoomSync};
use super::wait_time::use_minute_clock;

/// The tab's three parts, its clock and its alerts.
#[derive(Clone, Copy)]
pub struct RoomController {
    pub sync: RoomSync,
    pub decisions: Decisions,
    pub lobby: LobbyMessage,
    /// Now, by the minute: the waiting rows' relative times and the sound's repeats.
    pub clock: Signal<Timestamp>,
    pub alerts: Alerts,
}

/// Connects the tab of media `media` to the backend for as long as the caller lives.
pub fn use_room(media: Id) -> RoomController {
    let lobby = use_lobby_message(media);
    let admit_all = StoredValue::new(None);
    let sync = use_room_sync(media, admit_all, move |message| lobby.synced(message));
    let decisions = use_decisions(media, sync.room, admit_all);
    let clock = use_minute_clock();
    let alerts = use_alerts(media, sync, clock);
    RoomController {
        sync,
        decisions,
        lobby,
        clock,
        alerts,
    }
}

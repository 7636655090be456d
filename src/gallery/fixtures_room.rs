//! A fixed Participants tab for the gallery: the three parts' signals, with actions that do
//! nothing. Lives here, not beside `use_room`, so no production bundle carries it.

use leptos::prelude::*;

use crate::host::participants::{
    ArrivalNotice, Decisions, LobbyMessage, Room, RoomController, RoomSync,
};
use crate::live::StreamStatus;

/// The controller of a tab showing `room`, its stream in `status`.
pub fn fixture_controller(room: Option<Room>, status: StreamStatus) -> RoomController {
    RoomController {
        sync: RoomSync {
            room: RwSignal::new(room),
            load_error: RwSignal::new(None),
            status: Signal::stored(status),
            reconnect: Callback::new(|_| ()),
            arrivals: ArrivalNotice::new(),
        },
        decisions: Decisions {
            busy: Signal::stored(Default::default()),
            bulk_busy: Signal::stored(false),
            notice: RwSignal::new(None),
            admit: Callback::new(|_| ()),
            deny: Callback::new(|_| ()),
            admit_all: Callback::new(|_| ()),
            deny_all: Callback::new(|_| ()),
        },
        lobby: LobbyMessage {
            saved: RwSignal::new(None),
            draft: RwSignal::new(String::new()),
            pending: Signal::stored(false),
            error: RwSignal::new(None),
            save: Callback::new(|_| ()),
        },
    }
}

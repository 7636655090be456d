//! A fixed Participants tab for the gallery: the three parts' signals, with actions that do
//! nothing. Lives here, not beside `use_room`, so no production bundle carries it.

use leptos::prelude::*;

use super::at;
use crate::host::participants::{
    Alerts, ArrivalNotice, Decisions, LobbyMessage, NotifyState, Room, RoomController, RoomSync,
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
            arrived: RwSignal::new(Vec::new()),
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
            save: Action::new_local(|message: &Option<String>| {
                let message = message.clone();
                async move { Ok(message) }
            }),
        },
        // A few minutes after the fixtures' guests arrived: "3 min", "2 min", "1 min".
        clock: Signal::stored(at(2026, 3, 1) + chrono::Duration::seconds(190)),
        alerts: Alerts::fixed(false, NotifyState::Ask),
    }
}

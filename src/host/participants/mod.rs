//! The Participants tab of a live event or room: who is in, who waits, live.

mod alerts;
mod arrival_notice;
mod controller;
mod decisions;
mod lobby;
mod lobby_message;
mod participant_list;
mod room;
mod room_sync;
mod stream_status;
mod tab;
mod wait_time;
mod waiting_room;

pub use alerts::{should_chime, use_alerts, AlertControls, Alerts, NotifyState};
pub use arrival_notice::{arrival_sentence, ArrivalNotice};
pub use controller::{use_room, RoomController};
pub use decisions::{use_decisions, Decisions};
pub use lobby::{use_lobby_message, LobbyMessage};
pub use lobby_message::{LobbyMessageForm, LobbyMessageView};
pub use participant_list::{window_range, ParticipantList, ROW_HEIGHT};
pub use room::{Applied, Room};
pub use room_sync::{parse_event, parse_message, use_room_sync, AdmitAllTarget, RoomSync};
pub use stream_status::StreamStatusNotice;
pub use tab::{ParticipantsTab, ParticipantsView};
pub use wait_time::{minutes_waited, use_minute_clock, waited};
pub use waiting_room::WaitingRoom;

//! The Participants tab of a live event or room: who is in, who waits, live.

mod arrival_notice;
mod controller;
mod lobby_message;
mod participant_list;
mod room;
mod stream_status;
mod tab;
mod waiting_room;

pub use arrival_notice::{arrival_sentence, ArrivalNotice};
pub use controller::{parse_event, use_room, RoomController};
pub use lobby_message::{LobbyMessageForm, LobbyMessageView};
pub use participant_list::{window_range, ParticipantList, ROW_HEIGHT};
pub use room::{Applied, Room};
pub use stream_status::StreamStatusNotice;
pub use tab::{fixture_controller, ParticipantsTab, ParticipantsView};
pub use waiting_room::WaitingRoom;

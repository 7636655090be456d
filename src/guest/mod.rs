//! What guests and invitees see: no account, often a phone on a slow network. Nothing here
//! uses the router, so these pages also ship in the lean guest bundle (`src/bin/guest.rs`,
//! built from `guest.html` into `dist/g/`).

mod app;
mod ask_access;
mod card;
mod device;
mod entry;
mod entry_form;
mod guest_view;
mod invite_lobby;
mod join;
#[cfg(test)]
mod language_links;
mod left;
mod local_date;
mod message;
mod skeleton;
mod sound_choice;
mod start_countdown;
mod stored_guest;
mod waiting;

pub use app::{GuestApp, GuestRoute, InviteApp};
pub use ask_access::{AskAccess, AskAccessView, AskDraft, AskStage};
pub use card::{GuestCard, LinkContext, PlatformMark};
pub use device::device_id;
pub use entry::GuestPage;
pub use entry_form::{GuestEntryForm, GuestEntryView, JoinDraft};
pub use guest_view::GuestView;
pub use invite_lobby::{
    announcement, remaining_text, CountdownView, EventDetails, InviteLobbyPage, InviteeSessionView,
    LobbyForm, LobbyRefusal, LobbyRefusalView,
};
pub use join::GuestJoin;
pub use left::LeftView;
pub use local_date::local_date;
pub use message::{MessagePage, MessageView, Reason};
pub use sound_choice::SoundChoice;
pub use start_countdown::StartCountdown;
pub use stored_guest::StoredGuest;
pub use waiting::{WaitingPage, WaitingView};

//! What guests and invitees see: no account, often a phone on a slow network. Nothing here
//! uses the router, so these pages can also ship in the lean guest bundle.

mod entry;
mod invite_lobby;

pub use entry::GuestPage;
pub use invite_lobby::{
    announcement, remaining_text, CountdownView, EventDetails, InviteLobbyPage, InviteeSessionView,
    LobbyAlert, LobbyForm, LobbyRefusal, LobbyRefusalView,
};

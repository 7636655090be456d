//! What guests and invitees see: no account, often a phone on a slow network.

mod page;

pub use page::{GuestPage, InviteLobbyPage};

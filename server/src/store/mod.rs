//! SQL, one module per table family; each returns contract types or small row structs.

pub mod access_requests;
pub mod guest_links;
pub mod guests;
pub mod invitee_sessions;
pub mod invites;
pub mod link_joins;
pub mod media;
pub mod outbox;
pub mod participants;
pub mod sessions;
pub mod settings;
pub mod users;

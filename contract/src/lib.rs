//! The backend contract (v1) as Rust types, with the validation rules both sides enforce.
//!
//! The SPA deserialises exactly what the reference server serialises, because both use these
//! types; a field renamed here breaks the build of both, not a page in production.

mod access_request;
mod email;
mod error;
mod guest;
mod guest_access;
pub mod hostile;
mod invite;
mod link_joins;
mod media;
mod participants;
mod settings;
pub mod validate;

pub use access_request::{AccessRequest, NewAccessRequest};
pub use email::{AttemptOutcome, EmailAttempt, EmailStatus};
pub use error::{ApiErrorBody, ErrorCode, ErrorDetail, FieldError, FieldErrors};
pub use guest::{
    Admission, GuestLinkInfo, GuestMedia, GuestSession, JoinRequest, JoinResponse, Platform,
    SharedBy,
};
pub use guest_access::{
    GuestAccess, GuestLink, GuestLinkChange, LinkAdmission, LinkStatus, NewGuestLink,
    SetGuestAccess,
};
pub use invite::{
    Invite, InviteInfo, InviteMedia, InviteRole, InviteeSession, NewInvite, OutboxEmail,
    RedeemRequest, RedeemResponse, UserHit,
};
pub use link_joins::{
    GuestLinkJoin, GuestLinkJoins, JoinOutcome, JOINS_PAGE_DEFAULT, JOINS_PAGE_MAX,
};
pub use media::{Capabilities, Me, Media, MediaKind, MediaStatus, MediaSummary, SignIn};
pub use participants::{
    Count, LobbyMessage, Participant, ParticipantEvent, ParticipantKind, ParticipantRole,
    Participants, WaitingGuest,
};
pub use settings::Settings;

/// The base path every endpoint lives under.
pub const API_PREFIX: &str = "/api/v1";

/// Timestamps travel as RFC 3339 UTC strings.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// Identifiers of rows: media, links, guests, participants, invites.
pub type Id = i64;

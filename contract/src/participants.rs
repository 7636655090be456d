use serde::{Deserialize, Serialize};

use crate::{Id, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ParticipantKind {
    User,
    Guest,
    Invitee,
}

impl ParticipantKind {
    pub fn label(self) -> &'static str {
        match self {
            ParticipantKind::User => "User",
            ParticipantKind::Guest => "Guest",
            ParticipantKind::Invitee => "Invitee",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ParticipantRole {
    Host,
    Moderator,
    Speaker,
    Viewer,
}

impl ParticipantRole {
    pub fn label(self) -> &'static str {
        match self {
            ParticipantRole::Host => "Host",
            ParticipantRole::Moderator => "Moderator",
            ParticipantRole::Speaker => "Speaker",
            ParticipantRole::Viewer => "Viewer",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participant {
    pub id: Id,
    pub name: String,
    pub kind: ParticipantKind,
    pub role: ParticipantRole,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub joined_at: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WaitingGuest {
    pub guest_id: Id,
    pub name: String,
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub waiting_since: Timestamp,
    /// Additive: set while the guest's waiting page may have gone (no open event stream for
    /// longer than the server's away time, 2 minutes): since when it has been closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub away_since: Option<Timestamp>,
    /// Additive: how many times a moderator denied the same person (the same browser, or the
    /// same email in any case) on this media item before this request; absent or 0: never.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub denied_before: u32,
}

fn is_zero(count: &u32) -> bool {
    *count == 0
}

/// `GET /media/{id}/participants`: waiting guests oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participants {
    pub participants: Vec<Participant>,
    pub waiting: Vec<WaitingGuest>,
    /// Additive: the lobby message waiting guests see now, so the host can see and edit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lobby_message: Option<String>,
}

/// One event of `GET /media/{id}/participants/events`; the SSE event name is [`Self::name`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", content = "data", rename_all = "snake_case")]
pub enum ParticipantEvent {
    Joined(Participant),
    Left(Participant),
    Waiting(WaitingGuest),
    Admitted(WaitingGuest),
    Denied(WaitingGuest),
    /// Additive: a waiting guest left the queue themselves (`DELETE /guest-sessions/{id}`).
    LeftWaiting(WaitingGuest),
    /// Additive: a waiting guest's page has been gone a while (`away_since` is set).
    Away(WaitingGuest),
    /// Additive: an away guest's page is back (`away_since` is cleared).
    Back(WaitingGuest),
}

impl ParticipantEvent {
    pub const NAMES: [&'static str; 8] = [
        "joined",
        "left",
        "waiting",
        "admitted",
        "denied",
        "left_waiting",
        "away",
        "back",
    ];

    pub fn name(&self) -> &'static str {
        match self {
            ParticipantEvent::Joined(_) => "joined",
            ParticipantEvent::Left(_) => "left",
            ParticipantEvent::Waiting(_) => "waiting",
            ParticipantEvent::Admitted(_) => "admitted",
            ParticipantEvent::Denied(_) => "denied",
            ParticipantEvent::LeftWaiting(_) => "left_waiting",
            ParticipantEvent::Away(_) => "away",
            ParticipantEvent::Back(_) => "back",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Count {
    pub count: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LobbyMessage {
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub message: Option<String>,
}

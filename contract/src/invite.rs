use serde::{Deserialize, Serialize};

use crate::{EmailAttempt, EmailStatus, Id, MediaKind, MediaStatus, Timestamp};

/// A directory user, for email autocomplete.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserHit {
    pub id: Id,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InviteRole {
    Viewer,
    Moderator,
    Speaker,
}

impl InviteRole {
    /// The roles of live events and rooms, in the order the product lists them.
    pub const ALL_LIVE: &'static [InviteRole] = &[
        InviteRole::Viewer,
        InviteRole::Moderator,
        InviteRole::Speaker,
    ];

    pub fn label(self) -> &'static str {
        match self {
            InviteRole::Viewer => "Viewer",
            InviteRole::Moderator => "Moderator",
            InviteRole::Speaker => "Speaker",
        }
    }

    /// The one-line description shown under each invitation type.
    pub fn description(self) -> &'static str {
        match self {
            InviteRole::Viewer => "Can watch and take part in the chat, but can't present.",
            InviteRole::Moderator => "Can admit guests, manage participants and moderate the chat.",
            InviteRole::Speaker => "Can share audio, video and screen with everyone.",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewInvite {
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80))]
    pub first_name: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80))]
    pub last_name: String,
    pub role: Option<InviteRole>,
    #[serde(default)]
    pub send_email: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invite {
    pub id: Id,
    pub url: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub role: InviteRole,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub expires_at: Timestamp,
    /// `None`: unlimited.
    pub max_uses: Option<u32>,
    pub uses: u32,
    /// True once a mail server accepted an email with this link (or, without a mail server,
    /// once the outbox recorded it).
    pub emailed: bool,
    /// Additive: the latest email's state; absent when no email was asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_status: Option<EmailStatus>,
    /// Additive: why the latest email failed, in one line; only with `email_status: failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_error: Option<String>,
    /// Additive: too many wrong emails were tried with this link, so it no longer opens;
    /// the host can issue a fresh one (`POST .../invites/{invite_id}/reissue`).
    #[serde(default)]
    pub locked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InviteMedia {
    pub title: String,
    pub kind: MediaKind,
    pub status: MediaStatus,
    /// RFC 3339 UTC like every time here, but kept a string (see [`InviteMedia::time`]): only
    /// the invite lobby reads it, in the guest bundle, where a date parser would cost its
    /// weight; the browser's `Date` reads it there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub starts_at: Option<String>,
}

impl Invite {
    /// Every use of a limited link is spent.
    pub fn used_up(&self) -> bool {
        self.max_uses.is_some_and(|max| self.uses >= max)
    }

    /// The link still lets its invitee in at `now`: not used up, expired or locked.
    pub fn still_opens(&self, now: Timestamp) -> bool {
        !self.locked && !self.used_up() && self.expires_at > now
    }
}

impl InviteMedia {
    /// A time as the contract writes it: RFC 3339, UTC, whole seconds, `Z`.
    pub fn time(at: Timestamp) -> String {
        at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }
}

/// `GET /invite/{token}`: never carries the invited email.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InviteInfo {
    pub media: InviteMedia,
    pub role: InviteRole,
    pub first_name: String,
    /// Additive to the contract: the platform the invite belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<crate::Platform>,
    /// Additive to the contract: who sent the invite.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_by: Option<crate::SharedBy>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RedeemRequest {
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RedeemResponse {
    pub session_token: String,
    pub role: InviteRole,
}

/// One email the reference backend sent or recorded (`GET /dev/outbox`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxEmail {
    pub id: Id,
    pub to: String,
    pub subject: String,
    /// The plain-text part.
    pub body: String,
    /// When the email was put in the outbox; `attempts` say when it left.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub sent_at: Timestamp,
    /// Additive: the invite it carries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite_id: Option<Id>,
    /// Additive: `sent` once accepted (or recorded without a mail server).
    #[serde(default = "recorded")]
    pub status: EmailStatus,
    /// Additive: the HTML part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
    /// Additive: the `.ics` attached for a scheduled live event or room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<String>,
    /// Additive: every delivery attempt, oldest first.
    #[serde(default)]
    pub attempts: Vec<EmailAttempt>,
}

fn recorded() -> EmailStatus {
    EmailStatus::Sent
}

/// Additive to the contract: `GET /invitee-session` (Bearer `session_token`), what a redeemed
/// invite lets its invitee see. Never carries the invited email.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InviteeSession {
    pub media: InviteMedia,
    pub role: InviteRole,
    pub first_name: String,
}

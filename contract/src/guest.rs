use serde::{Deserialize, Serialize};

use crate::{Id, MediaKind};

/// What a guest may see of a media item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuestMedia {
    pub title: String,
    pub kind: MediaKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail_url: Option<String>,
    /// Additive to the contract: shown in the guest view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Additive to the contract: when a scheduled event or room starts, sent only while it has
    /// not started, so the waiting page and the guest view can count down to it. A string for
    /// the same reason as [`crate::InviteMedia::starts_at`]: the guest bundle reads it with the
    /// browser's `Date`, not a date parser of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub starts_at: Option<String>,
}

/// `GET /guest/{token}`: what the entry page shows. Never consumes a click.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuestLinkInfo {
    pub media: GuestMedia,
    pub requires_admission: bool,
    /// Additive to the contract: the platform the link belongs to, for the guest's card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Additive to the contract: who shares the item (its owner).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_by: Option<SharedBy>,
}

/// The platform a guest or invite link belongs to, so a guest knows where they are going.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Platform {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80))]
    pub name: String,
    /// An image the page shows beside the name: an absolute URL, or a path on the API's
    /// origin (`/api/v1/platform/logo.svg`); `None`: the name alone.
    #[serde(default)]
    pub logo_url: Option<String>,
    /// The platform's language ([`crate::Settings::default_locale`]), for a guest or invitee
    /// whose link carries no `?lang=` and who chose none before (additive, issue 15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 2, max_length = 35, example = "es")
    )]
    pub default_locale: Option<String>,
}

/// Who shares the item with the guest or invitee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SharedBy {
    pub name: String,
}

/// Body of `POST /guest/{token}/join`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80))]
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub email: String,
    /// Additive: this browser's own random id (the SPA keeps one in `localStorage`), so a
    /// guest denied before is recognised when they ask again from the same browser. Never a
    /// credential: the server keeps only a digest of it per media item and never returns it.
    /// Absent or blank: recognised by email alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 128))]
    pub device: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinResponse {
    pub guest_id: Id,
    pub guest_token: String,
    pub admission: Admission,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Admission {
    Waiting,
    Admitted,
    Denied,
    Removed,
}

/// `GET /guest-sessions/{id}` and each `admission` event of its stream.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuestSession {
    pub admission: Admission,
    /// 1-based place in the queue while waiting.
    pub position: Option<u32>,
    pub lobby_message: Option<String>,
    pub media: GuestMedia,
}

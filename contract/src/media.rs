use serde::{Deserialize, Serialize};

use crate::{Id, InviteRole, Timestamp};

/// The signed-in host.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: Id,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
}

/// Body of the reference backend's dev sign-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignIn {
    pub email: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    Video,
    Audio,
    Document,
    Quiz,
    Image,
    LiveEvent,
    Room,
    ChannelRoom,
    GalleryRoom,
}

impl MediaKind {
    pub const ALL: [MediaKind; 9] = [
        MediaKind::Video,
        MediaKind::Audio,
        MediaKind::Document,
        MediaKind::Quiz,
        MediaKind::Image,
        MediaKind::LiveEvent,
        MediaKind::Room,
        MediaKind::ChannelRoom,
        MediaKind::GalleryRoom,
    ];

    /// How the product names this kind to people.
    pub fn label(self) -> &'static str {
        match self {
            MediaKind::Video => "Video",
            MediaKind::Audio => "Audio",
            MediaKind::Document => "Document",
            MediaKind::Quiz => "Quiz",
            MediaKind::Image => "Image",
            MediaKind::LiveEvent => "Live event",
            MediaKind::Room => "Room",
            MediaKind::ChannelRoom => "Channel room",
            MediaKind::GalleryRoom => "Gallery room",
        }
    }

    /// Live events and rooms have sessions with participants and a waiting room.
    pub fn is_live(self) -> bool {
        matches!(self, MediaKind::LiveEvent | MediaKind::Room)
    }

    /// Gallery rooms and channel rooms have no guest access.
    pub fn supports_guest_access(self) -> bool {
        !matches!(self, MediaKind::ChannelRoom | MediaKind::GalleryRoom)
    }

    /// The roles an invite may carry for this kind.
    pub fn invite_roles(self) -> &'static [InviteRole] {
        if self.is_live() {
            InviteRole::ALL_LIVE
        } else {
            &[InviteRole::Viewer]
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MediaStatus {
    Scheduled,
    Live,
    Ended,
    Unavailable,
}

impl MediaStatus {
    pub fn label(self) -> &'static str {
        match self {
            MediaStatus::Scheduled => "Scheduled",
            MediaStatus::Live => "Live",
            MediaStatus::Ended => "Ended",
            MediaStatus::Unavailable => "Unavailable",
        }
    }
}

/// One row of the host's media list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediaSummary {
    pub id: Id,
    pub title: String,
    pub kind: MediaKind,
    pub status: MediaStatus,
}

/// What the signed-in user may do with one media item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Capabilities {
    /// This user is permitted to create guest links.
    pub manage_guest_access: bool,
    /// False for gallery rooms and channel rooms.
    pub guest_access_supported: bool,
    pub invite_users: bool,
    pub invite_roles: Vec<InviteRole>,
    /// False hides "Send link via email".
    pub invite_email_available: bool,
}

impl Capabilities {
    /// "Manage guest access" is offered only where both the kind and the user allow it.
    pub fn can_manage_guest_access(&self) -> bool {
        self.manage_guest_access && self.guest_access_supported
    }
}

/// One media item, as its host sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Media {
    pub id: Id,
    pub title: String,
    pub description: String,
    pub kind: MediaKind,
    pub status: MediaStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub starts_at: Option<Timestamp>,
    pub capabilities: Capabilities,
}

impl Media {
    pub fn summary(&self) -> MediaSummary {
        MediaSummary {
            id: self.id,
            title: self.title.clone(),
            kind: self.kind,
            status: self.status,
        }
    }
}

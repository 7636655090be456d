//! What a member may do with a media item: the capabilities the SPA shows and the checks the
//! endpoints enforce, computed from the same rules.

use contract::{Capabilities, ErrorCode, MediaKind, Settings};
use rusqlite::Connection;

use crate::error::{ApiError, ApiResult};
use crate::store;
use crate::store::media::{MediaRow, MemberRole};

/// A media item and the signed-in user's role in it.
pub struct Access {
    pub media: MediaRow,
    pub role: MemberRole,
}

/// Gallery rooms have no invites.
pub fn supports_invites(kind: MediaKind) -> bool {
    kind != MediaKind::GalleryRoom
}

impl Access {
    /// The item if the user is a member; 404 `not_found` otherwise, so that outsiders cannot
    /// tell which ids exist.
    pub fn load(conn: &Connection, media_id: i64, user_id: i64, now: i64) -> ApiResult<Access> {
        store::media::find_for_member(conn, media_id, user_id, now)?
            .map(|(media, role)| Access { media, role })
            .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "No such media item."))
    }

    fn is_host(&self) -> bool {
        matches!(self.role, MemberRole::Owner | MemberRole::Cohost)
    }

    /// What the SPA may offer this user for this item.
    pub fn capabilities(&self, settings: &Settings) -> Capabilities {
        let kind = self.media.kind;
        Capabilities {
            manage_guest_access: self.role == MemberRole::Owner,
            guest_access_supported: kind.supports_guest_access(),
            invite_users: self.is_host() && supports_invites(kind),
            invite_roles: kind.invite_roles().to_vec(),
            invite_email_available: settings.invite_email_template,
        }
    }

    /// Guest links: the owner only (403), and a kind that has guest access (400).
    pub fn require_guest_access(&self) -> ApiResult<()> {
        if self.role != MemberRole::Owner {
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                "Only the owner can manage guest access.",
            ));
        }
        if !self.media.kind.supports_guest_access() {
            return Err(ErrorCode::GuestAccessUnsupported.into());
        }
        Ok(())
    }

    /// Invites: owner or cohost (403), and a kind that has invites (400).
    pub fn require_invites(&self) -> ApiResult<()> {
        if !self.is_host() {
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                "Only the owner or a cohost can invite users.",
            ));
        }
        if !supports_invites(self.media.kind) {
            return Err(ErrorCode::InviteUnsupported.into());
        }
        Ok(())
    }

    /// Participants and the waiting room: owner or cohost (403) of a live kind (404: other
    /// kinds have no session to look at).
    pub fn require_live_host(&self) -> ApiResult<()> {
        if !self.is_host() {
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                "Only the owner or a cohost can manage participants.",
            ));
        }
        if !self.media.kind.is_live() {
            return Err(ApiError::new(
                ErrorCode::NotFound,
                "This media has no live session.",
            ));
        }
        Ok(())
    }
}

//! When an invite link may be used, checked in the contract's order.

use contract::{ErrorCode, InviteMedia, InviteRole, MediaStatus, ParticipantRole};
use rusqlite::Connection;

use crate::error::ApiResult;
use crate::store;
use crate::store::invites::InviteRow;
use crate::store::media::MediaRow;
use crate::time::now_ms;

/// An invite that can still be redeemed, with its item: 404 `invite_not_found` (revoked or
/// unknown), 410 `media_unavailable`, 410 `invite_expired`, 410 `invite_used`.
pub fn usable_invite(conn: &Connection, token: &str) -> ApiResult<(InviteRow, MediaRow)> {
    let now = now_ms();
    let invite = store::invites::find_by_token(conn, token)?
        .filter(|invite| !invite.revoked)
        .ok_or(ErrorCode::InviteNotFound)?;
    let media = store::media::find(conn, invite.media_id, now)?.ok_or(ErrorCode::InviteNotFound)?;
    if media.status == MediaStatus::Unavailable {
        return Err(ErrorCode::MediaUnavailable.into());
    }
    if invite.expires_at <= now {
        return Err(ErrorCode::InviteExpired.into());
    }
    if invite.is_used_up() {
        return Err(ErrorCode::InviteUsed.into());
    }
    Ok((invite, media))
}

/// What an invitee may see of the item.
pub fn invite_media(media: &MediaRow) -> InviteMedia {
    InviteMedia {
        title: media.title.clone(),
        kind: media.kind,
        status: media.status,
        starts_at: media.starts_at().map(InviteMedia::time),
    }
}

/// The role an invitee has once inside a live session.
pub fn participant_role(role: InviteRole) -> ParticipantRole {
    match role {
        InviteRole::Viewer => ParticipantRole::Viewer,
        InviteRole::Moderator => ParticipantRole::Moderator,
        InviteRole::Speaker => ParticipantRole::Speaker,
    }
}

/// Emails are compared trimmed and ignoring case.
pub fn same_email(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

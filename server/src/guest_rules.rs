//! When a guest link or a guest session may be used, checked in the contract's order.

use contract::{ErrorCode, GuestMedia, GuestSession, InviteMedia, LinkStatus, MediaStatus};
use rusqlite::Connection;

use crate::error::{ApiError, ApiResult};
use crate::store;
use crate::store::guest_links::LinkRow;
use crate::store::guests::GuestRow;
use crate::store::media::MediaRow;
use crate::time::from_ms;

/// A link by token with its item; 404 `link_not_found` if it was deleted or never existed.
pub fn find_link(conn: &Connection, token: &str, now: i64) -> ApiResult<(LinkRow, MediaRow)> {
    let link = store::guest_links::find_by_token(conn, token)?.ok_or(ErrorCode::LinkNotFound)?;
    let media = store::media::find(conn, link.media_id, now)?.ok_or(ErrorCode::LinkNotFound)?;
    Ok((link, media))
}

/// The item is available and guest access is on.
fn check_media(media: &MediaRow) -> ApiResult<()> {
    if media.status == MediaStatus::Unavailable {
        return Err(ErrorCode::MediaUnavailable.into());
    }
    if !media.guest_access_enabled || !media.kind.supports_guest_access() {
        return Err(ErrorCode::GuestAccessDisabled.into());
    }
    Ok(())
}

/// A new guest may come in by this link: available, access on, not expired, clicks left.
pub fn check_link(link: &LinkRow, media: &MediaRow, now: i64) -> ApiResult<()> {
    check_media(media)?;
    match link.status(now) {
        LinkStatus::Expired => Err(expired(link)),
        LinkStatus::Exhausted => Err(ErrorCode::LinkExhausted.into()),
        LinkStatus::Active => Ok(()),
    }
}

/// A guest who already joined may stay: their link still exists and has not expired, access
/// is on and the item available. A used-up click limit does not eject anyone.
pub fn check_guest(conn: &Connection, guest: &GuestRow, now: i64) -> ApiResult<MediaRow> {
    let link_id = guest.link_id.ok_or(ErrorCode::LinkNotFound)?;
    let link = store::guest_links::find(conn, link_id)?.ok_or(ErrorCode::LinkNotFound)?;
    let media = store::media::find(conn, guest.media_id, now)?.ok_or(ErrorCode::LinkNotFound)?;
    check_media(&media)?;
    if link.status(now) == LinkStatus::Expired {
        return Err(expired(&link));
    }
    Ok(media)
}

/// 410 `link_expired` with the date the link stopped working.
pub fn expired(link: &LinkRow) -> ApiError {
    match link.expires_at {
        Some(at) => ApiError::link_expired(from_ms(at)),
        None => ErrorCode::LinkExpired.into(),
    }
}

/// What a guest may see of the item.
pub fn guest_media(media: &MediaRow) -> GuestMedia {
    GuestMedia {
        title: media.title.clone(),
        kind: media.kind,
        thumbnail_url: media.thumbnail_url.clone(),
        description: Some(media.description.clone()),
        starts_at: (media.status == MediaStatus::Scheduled)
            .then(|| media.starts_at().map(InviteMedia::time))
            .flatten(),
    }
}

/// The guest's current state: admission, place in the queue, the lobby message.
pub fn guest_session(
    conn: &Connection,
    guest: &GuestRow,
    media: &MediaRow,
) -> ApiResult<GuestSession> {
    Ok(GuestSession {
        admission: guest.admission,
        position: store::guests::position(conn, guest)?,
        lobby_message: media.lobby_message.clone(),
        media: guest_media(media),
    })
}

/// The guest behind a bearer token, for the session `guest_id`; 401 without a valid token,
/// 404 if the token belongs to another guest.
pub fn authenticate_guest(
    conn: &Connection,
    guest_id: i64,
    token: Option<&str>,
) -> ApiResult<GuestRow> {
    let token = token.ok_or(ErrorCode::NotSignedIn)?;
    let guest = store::guests::find_by_token(conn, token)?.ok_or(ErrorCode::NotSignedIn)?;
    if guest.id != guest_id {
        return Err(ApiError::new(ErrorCode::NotFound, "No such guest session."));
    }
    Ok(guest)
}

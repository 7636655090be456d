//! Asking the host for access (issue 14 item 3): a guest whose link is expired, used up or
//! deleted, or whose item has guest access off, leaves a name, an email and a note; the
//! item's owner lists and dismisses the requests in Manage guest access.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use contract::{validate, AccessRequest, ApiErrorBody, ErrorCode, MediaStatus, NewAccessRequest};
use rusqlite::Connection;

use crate::access::Access;
use crate::auth::Host;
use crate::client::Client;
use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::guest_rules::check_link;
use crate::rate_limit::RateLimiter;
use crate::routes::responses::GuestAccessErrors;
use crate::state::AppState;
use crate::store;
use crate::store::access_requests::NewRequest;
use crate::time::now_ms;
use crate::tokens::digest;

/// Requests from one client: a few at once, then one a minute.
const CLIENT_BURST: u32 = 5;
const CLIENT_PER_SECOND: f64 = 1.0 / 60.0;
/// Requests by one link, from anyone: a crowd at once, then one every 10 seconds.
const LINK_BURST: u32 = 20;
const LINK_PER_SECOND: f64 = 0.1;

/// The two buckets every request for access takes from: its client's and its link's.
pub struct AccessRequestLimits {
    client: RateLimiter,
    link: RateLimiter,
}

impl Default for AccessRequestLimits {
    fn default() -> Self {
        AccessRequestLimits {
            client: RateLimiter::new(CLIENT_BURST, CLIENT_PER_SECOND),
            link: RateLimiter::new(LINK_BURST, LINK_PER_SECOND),
        }
    }
}

impl AccessRequestLimits {
    /// Takes one request for `client` by the link of `token` (keyed by its digest: no token
    /// is kept in memory); 429 `rate_limited` with `Retry-After` when either is spent.
    fn take(&self, client: &str, token: &str) -> ApiResult<()> {
        self.client
            .take(client)
            .and_then(|()| self.link.take(&digest(token)))
            .map_err(|seconds| {
                ApiError::rate_limited("Too many requests for access. Try again later.", seconds)
            })
    }
}

/// The item and link a request is about, if the token's state allows one: expired, used up,
/// deleted, or guest access off. A link that works is 409 `link_active`; an item that is
/// gone 410 `media_unavailable`; an unknown token 404 `link_not_found`.
fn target(conn: &Connection, token: &str, now: i64) -> ApiResult<(i64, i64, String)> {
    if let Some(link) = store::guest_links::find_by_token(conn, token)? {
        let media = store::media::find(conn, link.media_id, now)?.ok_or(ErrorCode::LinkNotFound)?;
        return match check_link(&link, &media, now) {
            Ok(()) => Err(ApiError::from(ErrorCode::LinkActive)),
            Err(error) if error.code == ErrorCode::MediaUnavailable => Err(error),
            Err(_) => Ok((media.id, link.id, link.name)),
        };
    }
    let grave = store::access_requests::tombstone(conn, token)?.ok_or(ErrorCode::LinkNotFound)?;
    let media = store::media::find(conn, grave.media_id, now)?.ok_or(ErrorCode::LinkNotFound)?;
    if media.status == MediaStatus::Unavailable {
        return Err(ErrorCode::MediaUnavailable.into());
    }
    Ok((media.id, grave.link_id, grave.name))
}

/// Asks the item's host for access by a link that no longer lets the guest in. A repeat from
/// the same email by the same link updates the open request (name, note, time) instead of
/// adding one. The host answers by their own means; nothing is sent to the guest.
#[utoipa::path(
    post,
    path = "/api/v1/guest/{token}/access-requests",
    tag = "guest",
    params(("token" = String, Path, description = "The guest link's secret token")),
    request_body = NewAccessRequest,
    responses(
        (status = 204, description = "The host was told"),
        (status = 404, description = "`link_not_found`: never existed", body = ApiErrorBody),
        (status = 409, description = "`link_active`: the link works; open it to enter", body = ApiErrorBody),
        (status = 410, description = "`media_unavailable`", body = ApiErrorBody),
        (status = 422, description = "`validation_failed` with `fields`: name, email, note", body = ApiErrorBody),
        (status = 429, description = "`rate_limited` (with `Retry-After`): too many requests from this client or by this link", body = ApiErrorBody),
    )
)]
pub async fn create_access_request(
    State(state): State<AppState>,
    Client(client): Client,
    PathParams(token): PathParams<String>,
    JsonBody(body): JsonBody<NewAccessRequest>,
) -> ApiResult<StatusCode> {
    state.access_request_limits.take(&client, &token)?;
    state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let (media_id, link_id, link_name) = target(&tx, &token, now)?;
            validate::access_request(&body).map_err(ApiError::invalid)?;
            store::access_requests::upsert(
                &tx,
                &NewRequest {
                    media_id,
                    link_id,
                    link_name: &link_name,
                    name: body.name.trim(),
                    email: body.email.trim(),
                    note: body
                        .note
                        .as_deref()
                        .map(str::trim)
                        .filter(|n| !n.is_empty()),
                    now,
                },
            )?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The item's open requests for access, newest first, each with its link's state while the
/// link exists.
#[utoipa::path(
    get,
    path = "/api/v1/media/{media_id}/access-requests",
    tag = "guest access",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "The media item")),
    responses(
        (status = 200, description = "Open requests, newest first", body = Vec<AccessRequest>),
        GuestAccessErrors,
    )
)]
pub async fn list_access_requests(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
) -> ApiResult<Json<Vec<AccessRequest>>> {
    let requests = state
        .db
        .call(move |conn| {
            let now = now_ms();
            Access::load(conn, media_id, me.id, now)?.require_guest_access()?;
            let links = store::guest_links::list(conn, media_id)?;
            let mut requests = store::access_requests::list(conn, media_id)?;
            for request in &mut requests {
                request.link_status =
                    links
                        .iter()
                        .find(|link| link.id == request.link_id)
                        .map(|link| {
                            request.link_name.clone_from(&link.name);
                            link.status(now)
                        });
            }
            Ok(requests)
        })
        .await?;
    Ok(Json(requests))
}

/// Dismisses a request for access: it leaves the list; the guest is not told.
#[utoipa::path(
    delete,
    path = "/api/v1/media/{media_id}/access-requests/{request_id}",
    tag = "guest access",
    security(("session_cookie" = [])),
    params(
        ("media_id" = i64, Path, description = "The media item"),
        ("request_id" = i64, Path, description = "The request for access"),
    ),
    responses(
        (status = 204, description = "Dismissed"),
        GuestAccessErrors,
    )
)]
pub async fn dismiss_access_request(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams((media_id, request_id)): PathParams<(i64, i64)>,
) -> ApiResult<StatusCode> {
    state
        .db
        .call(move |conn| {
            let tx = write_tx(conn)?;
            Access::load(&tx, media_id, me.id, now_ms())?.require_guest_access()?;
            if !store::access_requests::delete(&tx, media_id, request_id)? {
                return Err(ApiError::new(ErrorCode::NotFound, "No such request."));
            }
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_a_link_asked_by_many_clients_should_refuse_past_its_own_burst() {
        let limits = AccessRequestLimits::default();
        for n in 0..LINK_BURST {
            assert!(limits.take(&format!("10.0.0.{n}"), "token").is_ok());
        }
        let refused = limits.take("10.0.1.1", "token").unwrap_err();
        assert_eq!(refused.code, ErrorCode::RateLimited);
        assert!(limits.take("10.0.1.1", "another").is_ok());
    }
}

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use contract::{
    validate, ApiErrorBody, ErrorCode, GuestAccess, GuestLink, NewGuestLink, SetGuestAccess,
};
use rusqlite::Connection;

use crate::access::Access;
use crate::auth::Host;
use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::routes::responses::GuestAccessErrors;
use crate::state::AppState;
use crate::store;
use crate::store::guest_links::NewLink;
use crate::store::media::MediaRow;
use crate::time::{now_ms, DAY_MS};
use crate::tokens::random_token;

/// The item's guest access as the host sees it: on or off, the limit, every link oldest first.
fn guest_access(
    conn: &Connection,
    media: &MediaRow,
    public_base: &str,
    now: i64,
) -> ApiResult<GuestAccess> {
    let settings = store::settings::get(conn)?;
    let links = store::guest_links::list(conn, media.id)?
        .iter()
        .map(|link| link.to_contract(public_base, now))
        .collect();
    Ok(GuestAccess {
        enabled: media.guest_access_enabled,
        max_links: settings.max_guest_links,
        links,
    })
}

/// Whether guest access is on, and the item's guest links.
#[utoipa::path(
    get,
    path = "/api/v1/media/{media_id}/guest-access",
    tag = "guest access",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "The media item")),
    responses(
        (status = 200, description = "Guest access and its links", body = GuestAccess),
        GuestAccessErrors,
    )
)]
pub async fn get_guest_access(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
) -> ApiResult<Json<GuestAccess>> {
    let base = state.public_base();
    let access = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let access = Access::load(conn, media_id, me.id, now)?;
            access.require_guest_access()?;
            guest_access(conn, &access.media, &base, now)
        })
        .await?;
    Ok(Json(access))
}

/// Turns guest access on or off; off makes every link inactive at once.
#[utoipa::path(
    put,
    path = "/api/v1/media/{media_id}/guest-access",
    tag = "guest access",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "The media item")),
    request_body = SetGuestAccess,
    responses(
        (status = 200, description = "Guest access and its links", body = GuestAccess),
        GuestAccessErrors,
        (status = 422, description = "`validation_failed`: unreadable body", body = ApiErrorBody),
    )
)]
pub async fn put_guest_access(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
    JsonBody(body): JsonBody<SetGuestAccess>,
) -> ApiResult<Json<GuestAccess>> {
    let base = state.public_base();
    let access = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let mut access = Access::load(&tx, media_id, me.id, now)?;
            access.require_guest_access()?;
            store::media::set_guest_access(&tx, media_id, body.enabled)?;
            access.media.guest_access_enabled = body.enabled;
            let result = guest_access(&tx, &access.media, &base, now)?;
            tx.commit()?;
            Ok(result)
        })
        .await?;
    Ok(Json(access))
}

/// Creates a named guest link. The on/off check, the limit and the insert happen in one
/// `BEGIN IMMEDIATE` transaction, so concurrent creates cannot pass the limit.
#[utoipa::path(
    post,
    path = "/api/v1/media/{media_id}/guest-links",
    tag = "guest access",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "The media item")),
    request_body = NewGuestLink,
    responses(
        (status = 201, description = "The new link", body = GuestLink),
        GuestAccessErrors,
        (status = 409, description = "`guest_link_limit_reached` or `guest_access_disabled`", body = ApiErrorBody),
        (status = 422, description = "`validation_failed` with `fields`: name, max_clicks, duration_days", body = ApiErrorBody),
    )
)]
pub async fn create_guest_link(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
    JsonBody(body): JsonBody<NewGuestLink>,
) -> ApiResult<(StatusCode, Json<GuestLink>)> {
    let base = state.public_base();
    let link = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let access = Access::load(&tx, media_id, me.id, now)?;
            access.require_guest_access()?;
            validate::guest_link(&body).map_err(ApiError::invalid)?;
            if !access.media.guest_access_enabled {
                return Err(ApiError::new(
                    ErrorCode::GuestAccessDisabled,
                    "Turn on guest access to create links.",
                )
                .with_status(StatusCode::CONFLICT));
            }
            let max_links = store::settings::get(&tx)?.max_guest_links;
            if store::guest_links::count(&tx, media_id)? >= i64::from(max_links) {
                return Err(ApiError::new(
                    ErrorCode::GuestLinkLimitReached,
                    format!("This item already has {max_links} guest links."),
                ));
            }
            let token = random_token();
            let link = store::guest_links::insert(
                &tx,
                &NewLink {
                    media_id,
                    name: body.name.trim(),
                    token: &token,
                    now,
                    expires_at: body.duration_days.map(|days| now + days * DAY_MS),
                    max_clicks: body.max_clicks,
                    admission: body.admission.unwrap_or_default(),
                },
            )?;
            tx.commit()?;
            Ok(link.to_contract(&base, now))
        })
        .await?;
    Ok((StatusCode::CREATED, Json(link)))
}

/// Deletes a guest link: it stops working at once and cannot be restored.
#[utoipa::path(
    delete,
    path = "/api/v1/media/{media_id}/guest-links/{link_id}",
    tag = "guest access",
    security(("session_cookie" = [])),
    params(
        ("media_id" = i64, Path, description = "The media item"),
        ("link_id" = i64, Path, description = "The guest link"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "`guest_access_unsupported`", body = ApiErrorBody),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
        (status = 403, description = "`forbidden`: not the owner", body = ApiErrorBody),
        (status = 404, description = "`not_found` (item) or `link_not_found`", body = ApiErrorBody),
    )
)]
pub async fn delete_guest_link(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams((media_id, link_id)): PathParams<(i64, i64)>,
) -> ApiResult<StatusCode> {
    state
        .db
        .call(move |conn| {
            let tx = write_tx(conn)?;
            let now = now_ms();
            Access::load(&tx, media_id, me.id, now)?.require_guest_access()?;
            // The token still leads to the item's host, for a request for access.
            store::access_requests::bury(&tx, link_id, media_id, now)?;
            if !store::guest_links::delete(&tx, media_id, link_id)? {
                return Err(ErrorCode::LinkNotFound.into());
            }
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

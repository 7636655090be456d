//! Changing a guest link after it was made: its name, its click limit, its duration.

use axum::extract::State;
use axum::Json;
use contract::{validate, ApiErrorBody, ErrorCode, FieldError, GuestLink, GuestLinkChange};

use crate::access::Access;
use crate::auth::Host;
use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::state::AppState;
use crate::store;
use crate::store::guest_links::LinkChange;
use crate::time::{now_ms, DAY_MS};

/// Changes a guest link: only the fields present. A duration counts from now, so extending
/// an expired link renews it; raising or removing the limit renews a used-up one. The check
/// against the clicks used and the write are one conditional UPDATE inside a `BEGIN
/// IMMEDIATE` transaction, so a concurrent join can neither pass a lowered limit nor be
/// counted after the check.
#[utoipa::path(
    patch,
    path = "/api/v1/media/{media_id}/guest-links/{link_id}",
    tag = "guest access",
    security(("session_cookie" = [])),
    params(
        ("media_id" = i64, Path, description = "The media item"),
        ("link_id" = i64, Path, description = "The guest link"),
    ),
    request_body = GuestLinkChange,
    responses(
        (status = 200, description = "The link as changed, its status recomputed", body = GuestLink),
        (status = 400, description = "`guest_access_unsupported`", body = ApiErrorBody),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
        (status = 403, description = "`forbidden`: not the owner; `cross_site_request`: a cookie write from another site", body = ApiErrorBody),
        (status = 404, description = "`not_found` (item) or `link_not_found`", body = ApiErrorBody),
        (status = 422, description = "`validation_failed` with `fields`: name, max_clicks (`below_used` under the clicks used), duration_days", body = ApiErrorBody),
    )
)]
pub async fn update_guest_link(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams((media_id, link_id)): PathParams<(i64, i64)>,
    JsonBody(body): JsonBody<GuestLinkChange>,
) -> ApiResult<Json<GuestLink>> {
    let base = state.public_base();
    let link = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            Access::load(&tx, media_id, me.id, now)?.require_guest_access()?;
            let link = store::guest_links::find(&tx, link_id)?
                .filter(|link| link.media_id == media_id)
                .ok_or(ErrorCode::LinkNotFound)?;
            validate::guest_link_change(&body, link.clicks).map_err(ApiError::invalid)?;
            let change = LinkChange {
                media_id,
                link_id,
                name: body.name.as_deref().map(str::trim),
                max_clicks: body.max_clicks,
                expires_at: body
                    .duration_days
                    .map(|days| days.map(|days| now + days * DAY_MS)),
            };
            if !store::guest_links::update(&tx, &change)? {
                // Unreachable while the transaction holds the write lock; kept so the rule
                // stands on the statement alone.
                return Err(ApiError::invalid(
                    [("max_clicks".to_string(), FieldError::BelowUsed)].into(),
                ));
            }
            let link = store::guest_links::find(&tx, link_id)?.ok_or(ErrorCode::LinkNotFound)?;
            tx.commit()?;
            Ok(link.to_contract(&base, now))
        })
        .await?;
    Ok(Json(link))
}

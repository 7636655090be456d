//! "Used by": the host's own record of who came in by one of their guest links.

use axum::extract::State;
use axum::Json;
use contract::{
    ApiErrorBody, ErrorCode, FieldError, FieldErrors, GuestLinkJoins, JOINS_PAGE_DEFAULT,
    JOINS_PAGE_MAX,
};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::access::Access;
use crate::auth::Host;
use crate::error::{ApiError, ApiResult};
use crate::extract::{PathParams, QueryParams};
use crate::state::AppState;
use crate::store;
use crate::store::link_joins::JoinKey;
use crate::time::now_ms;

/// Which page of a link's joins.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct JoinsPage {
    /// The `next_cursor` of the page before; absent for the first page.
    #[param(max_length = 64)]
    cursor: Option<String>,
    /// How many joins a page holds: default 50, 1..=200 (another number is 422).
    #[param(minimum = 1, maximum = 200)]
    limit: Option<i64>,
}

impl JoinsPage {
    /// The page's start and size, or the fields that are wrong.
    fn read(&self) -> Result<(JoinKey, u32), FieldErrors> {
        let mut fields = FieldErrors::new();
        let start = match self.cursor.as_deref() {
            None => Some(JoinKey::TOP),
            Some(cursor) => JoinKey::parse(cursor),
        };
        if start.is_none() {
            fields.insert("cursor".into(), FieldError::Invalid);
        }
        let limit = self.limit.unwrap_or(i64::from(JOINS_PAGE_DEFAULT));
        let limit = u32::try_from(limit)
            .ok()
            .filter(|limit| (1..=JOINS_PAGE_MAX).contains(limit));
        if limit.is_none() {
            fields.insert("limit".into(), FieldError::OutOfRange);
        }
        match (start, limit) {
            (Some(start), Some(limit)) => Ok((start, limit)),
            _ => Err(fields),
        }
    }
}

/// Who joined by this guest link, newest first, with what became of them: `entered`
/// (admitted), `waiting`, `denied` or `left`, and how many joined in all. Keyset pages:
/// pass `next_cursor` back as `cursor` until it is `null`. Guests of a deleted link are no
/// longer anyone's; a new link starts empty.
#[utoipa::path(
    get,
    path = "/api/v1/media/{media_id}/guest-links/{link_id}/joins",
    tag = "guest access",
    security(("session_cookie" = [])),
    params(
        ("media_id" = i64, Path, description = "The media item"),
        ("link_id" = i64, Path, description = "The guest link"),
        JoinsPage,
    ),
    responses(
        (status = 200, description = "One page of the link's joins, newest first", body = GuestLinkJoins),
        (status = 400, description = "`guest_access_unsupported`", body = ApiErrorBody),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
        (status = 403, description = "`forbidden`: not the owner", body = ApiErrorBody),
        (status = 404, description = "`not_found` (item) or `link_not_found`", body = ApiErrorBody),
        (status = 422, description = "`validation_failed` with `fields`: cursor (`invalid`), limit (`out_of_range` or `invalid`)", body = ApiErrorBody),
    )
)]
pub async fn list_link_joins(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams((media_id, link_id)): PathParams<(i64, i64)>,
    QueryParams(page): QueryParams<JoinsPage>,
) -> ApiResult<Json<GuestLinkJoins>> {
    let page = state
        .db
        .call(move |conn| {
            // One read transaction: the count and the page see the same rows.
            let tx = conn.transaction()?;
            Access::load(&tx, media_id, me.id, now_ms())?.require_guest_access()?;
            store::guest_links::find(&tx, link_id)?
                .filter(|link| link.media_id == media_id)
                .ok_or(ErrorCode::LinkNotFound)?;
            let (start, limit) = page.read().map_err(ApiError::invalid)?;
            // One row more than the page says whether another page follows.
            let mut rows = store::link_joins::page(&tx, link_id, start, limit + 1)?;
            let more = rows.len() > limit as usize;
            rows.truncate(limit as usize);
            let next_cursor = more
                .then(|| rows.last().map(|(key, _)| key.cursor()))
                .flatten();
            let total = store::link_joins::count(&tx, link_id)?;
            Ok(GuestLinkJoins {
                joins: rows.into_iter().map(|(_, join)| join).collect(),
                total,
                next_cursor,
            })
        })
        .await?;
    Ok(Json(page))
}

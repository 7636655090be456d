use axum::extract::State;
use axum::Json;
use contract::{ApiErrorBody, UserHit};
use serde::Deserialize;
use utoipa::IntoParams;

use axum::http::HeaderMap;
use contract::{ErrorCode, FieldError};

use crate::auth::{session_token, Host};
use crate::error::{ApiError, ApiResult};
use crate::extract::QueryParams;
use crate::state::AppState;
use crate::store;
use crate::tokens::digest;

/// Suggestions shown unless the caller asks for another number.
const DEFAULT_LIMIT: u32 = 8;
/// The most suggestions one call returns.
const MAX_LIMIT: u32 = 50;
/// The longest query: an email address is at most 254, but nobody types a third of one
/// before the list narrows.
pub const QUERY_MAX: usize = 100;

/// What to search the directory for.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserSearch {
    /// Matched, ignoring case, against email, first and last name; blank finds nobody;
    /// at most 100 characters.
    #[param(max_length = 100)]
    query: Option<String>,
    /// How many users to return: default 8, clamped to 1..=50.
    limit: Option<u32>,
}

/// Email autocomplete: directory users matching `query`, prefix matches first. Only for
/// someone who may invite on at least one item (owner or cohost of an item with invites),
/// and at most a burst of 30 searches, then one a second, per session.
#[utoipa::path(
    get,
    path = "/api/v1/users",
    tag = "invites",
    security(("session_cookie" = [])),
    params(UserSearch),
    responses(
        (status = 200, description = "Matching users", body = Vec<UserHit>),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
        (status = 403, description = "`forbidden`: may invite on no item", body = ApiErrorBody),
        (status = 422, description = "`validation_failed`: a parameter does not parse, or `query` is over 100 characters (`too_long`)", body = ApiErrorBody),
        (status = 429, description = "`rate_limited`: too many searches from this session", body = ApiErrorBody),
    )
)]
pub async fn search_users(
    State(state): State<AppState>,
    Host(me): Host,
    headers: HeaderMap,
    QueryParams(search): QueryParams<UserSearch>,
) -> ApiResult<Json<Vec<UserHit>>> {
    let query = search.query.unwrap_or_default().trim().to_string();
    if query.chars().count() > QUERY_MAX {
        return Err(ApiError::invalid(
            [("query".to_string(), FieldError::TooLong)].into(),
        ));
    }
    let session = digest(&session_token(&headers).unwrap_or_default());
    if !state.directory_limit.allow(&session) {
        return Err(ApiError::new(
            ErrorCode::RateLimited,
            "Too many searches. Wait a moment, then try again.",
        ));
    }
    let may_invite = state
        .db
        .call(move |conn| Ok(store::media::may_invite_somewhere(conn, me.id)?))
        .await?;
    if !may_invite {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "Only someone who can invite users can search the directory.",
        ));
    }
    if query.is_empty() {
        return Ok(Json(Vec::new()));
    }
    let limit = search.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT);
    let hits = state
        .db
        .call(move |conn| Ok(store::users::search(conn, &query, limit)?))
        .await?;
    Ok(Json(hits))
}

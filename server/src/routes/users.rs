use axum::extract::State;
use axum::Json;
use contract::{ApiErrorBody, UserHit};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::auth::Host;
use crate::error::ApiResult;
use crate::extract::QueryParams;
use crate::state::AppState;
use crate::store;

/// Suggestions shown unless the caller asks for another number.
const DEFAULT_LIMIT: u32 = 8;
/// The most suggestions one call returns.
const MAX_LIMIT: u32 = 50;

/// What to search the directory for.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserSearch {
    /// Matched, ignoring case, against email, first and last name; blank finds nobody.
    query: Option<String>,
    /// How many users to return: default 8, clamped to 1..=50.
    limit: Option<u32>,
}

/// Email autocomplete: directory users matching `query`, prefix matches first.
#[utoipa::path(
    get,
    path = "/api/v1/users",
    tag = "invites",
    security(("session_cookie" = [])),
    params(UserSearch),
    responses(
        (status = 200, description = "Matching users", body = Vec<UserHit>),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
        (status = 422, description = "`validation_failed`: a parameter does not parse", body = ApiErrorBody),
    )
)]
pub async fn search_users(
    State(state): State<AppState>,
    _host: Host,
    QueryParams(search): QueryParams<UserSearch>,
) -> ApiResult<Json<Vec<UserHit>>> {
    let query = search.query.unwrap_or_default().trim().to_string();
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

use axum::extract::State;
use axum::Json;
use contract::Settings;

use crate::error::ApiResult;
use crate::state::AppState;
use crate::store;

/// The platform settings the UI honours. Public.
#[utoipa::path(
    get,
    path = "/api/v1/settings",
    tag = "settings",
    responses((status = 200, description = "The platform settings", body = Settings))
)]
pub async fn get_settings(State(state): State<AppState>) -> ApiResult<Json<Settings>> {
    let settings = state
        .db
        .call(|conn| Ok(store::settings::get(conn)?))
        .await?;
    Ok(Json(settings))
}

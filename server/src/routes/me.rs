use axum::Json;
use contract::{ApiErrorBody, Me};

use crate::auth::Host;

/// The signed-in host.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "host",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "The signed-in host", body = Me),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
    )
)]
pub async fn get_me(Host(me): Host) -> Json<Me> {
    Json(me)
}

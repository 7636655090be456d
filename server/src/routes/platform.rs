//! The platform's own assets, public: what guest and invite pages show on their card.

use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::IntoResponse;

/// The reference platform's logo. A real platform serves its own (`Platform.logo_url` may
/// point anywhere its pages' `img-src` allows).
const LOGO: &str = include_str!("../../assets/platform-logo.svg");

/// The platform's logo, `Platform.logo_url` of the guest and invite answers. Public and
/// cacheable for a day: it holds no secret.
#[utoipa::path(
    get,
    path = "/api/v1/platform/logo.svg",
    tag = "guest",
    responses((status = 200, description = "The platform's logo", content_type = "image/svg+xml", body = String))
)]
pub async fn logo() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "image/svg+xml"),
            (CACHE_CONTROL, "public, max-age=86400"),
        ],
        LOGO,
    )
}

//! The OpenAPI 3 document, generated from the handlers' `#[utoipa::path]` attributes and the
//! contract's schemas.

use std::sync::OnceLock;

use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::auth::SESSION_COOKIE;
use crate::routes;

/// The document's fixed parts; paths are added as routes are registered.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Share API",
        version = "1",
        description = "Guest links, the waiting room and invite links of one media item. Every error is `{\"error\": {\"code\", \"message\", \"fields\"?}}` (schema ApiErrorBody)."
    ),
    components(schemas(contract::ApiErrorBody, contract::ErrorCode, contract::FieldError)),
    modifiers(&Security),
    tags(
        (name = "host", description = "The signed-in host and their media"),
        (name = "guest access", description = "Guest links of one media item"),
        (name = "guest", description = "Public: guests who join by link"),
        (name = "participants", description = "Live sessions and their waiting room"),
        (name = "invites", description = "Invite links tied to one email"),
        (name = "invitee", description = "Public: people who redeem an invite"),
        (name = "settings", description = "Platform settings"),
        (name = "dev", description = "Reference backend only, and only when started with `--dev` (404 otherwise)"),
    )
)]
pub struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session_cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(SESSION_COOKIE))),
        );
        for name in ["guest_token", "invitee_token"] {
            components.add_security_scheme(
                name,
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
        }
    }
}

/// The whole document.
pub fn document() -> utoipa::openapi::OpenApi {
    routes::all().split_for_parts().1
}

/// The document as JSON, built once.
fn document_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| document().to_json().expect("the document serialises"))
}

/// This document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "settings",
    responses((status = 200, description = "The OpenAPI 3 document", content_type = "application/json", body = Object))
)]
pub async fn openapi_json() -> impl IntoResponse {
    ([(CONTENT_TYPE, "application/json")], document_json())
}

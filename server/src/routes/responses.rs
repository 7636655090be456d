//! Error responses that several operations share, written once so their descriptions cannot
//! drift apart. These types only describe answers in the OpenAPI document (hence never
//! constructed); handlers answer with `ApiError`, whose body is always `ApiErrorBody`.

use contract::ApiErrorBody;
use utoipa::IntoResponses;

/// What the owner-only guest-access operations on one item can fail with.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum GuestAccessErrors {
    #[response(status = 400, description = "`guest_access_unsupported`")]
    Unsupported(ApiErrorBody),
    #[response(status = 401, description = "`not_signed_in`")]
    NotSignedIn(ApiErrorBody),
    #[response(
        status = 403,
        description = "`forbidden`: not the owner; `cross_site_request`: a cookie write from another site"
    )]
    Forbidden(ApiErrorBody),
    #[response(status = 404, description = "`not_found`")]
    NotFound(ApiErrorBody),
}

/// What the invite operations on one item (owner or cohost) can fail with.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum InviteErrors {
    #[response(status = 400, description = "`invite_unsupported`")]
    Unsupported(ApiErrorBody),
    #[response(status = 401, description = "`not_signed_in`")]
    NotSignedIn(ApiErrorBody),
    #[response(
        status = 403,
        description = "`forbidden`: neither owner nor cohost; `cross_site_request`: a cookie write from another site"
    )]
    Forbidden(ApiErrorBody),
    #[response(status = 404, description = "`not_found`")]
    NotFound(ApiErrorBody),
}

/// What the operations on a live item's session (owner or cohost) can fail with.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum LiveErrors {
    #[response(status = 401, description = "`not_signed_in`")]
    NotSignedIn(ApiErrorBody),
    #[response(
        status = 403,
        description = "`forbidden`: neither owner nor cohost; `cross_site_request`: a cookie write from another site"
    )]
    Forbidden(ApiErrorBody),
    #[response(
        status = 404,
        description = "`not_found`: no such item, or not a live kind"
    )]
    NotFound(ApiErrorBody),
}

/// What admitting or denying one waiting guest can fail with.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum DecisionErrors {
    #[response(status = 401, description = "`not_signed_in`")]
    NotSignedIn(ApiErrorBody),
    #[response(
        status = 403,
        description = "`forbidden`: neither owner nor cohost; `cross_site_request`: a cookie write from another site"
    )]
    Forbidden(ApiErrorBody),
    #[response(
        status = 404,
        description = "`not_found`: no such item or live kind, or no such guest waiting"
    )]
    NotFound(ApiErrorBody),
}

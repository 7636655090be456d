//! Answers for requests no endpoint takes, in the contract's error shape.

use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use contract::ErrorCode;

use crate::error::ApiError;

/// Any unknown path under `/api`: 404 `not_found`.
pub async fn api_not_found() -> ApiError {
    ApiError::new(ErrorCode::NotFound, "No such endpoint.")
}

/// Axum answers a known path with an unknown method with an empty 405; give it the error
/// shape too, keeping the status and its `Allow` header.
pub async fn shape_method_not_allowed(response: Response) -> Response {
    if response.status() != StatusCode::METHOD_NOT_ALLOWED
        || response.headers().contains_key(CONTENT_TYPE)
    {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    let error = ApiError::new(
        ErrorCode::NotFound,
        "This endpoint does not take this method.",
    )
    .with_status(StatusCode::METHOD_NOT_ALLOWED)
    .into_response();
    let (error_parts, body) = error.into_parts();
    parts.headers.extend(error_parts.headers);
    Response::from_parts(parts, body)
}

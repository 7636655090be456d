//! Axum's extractors, with their rejections turned into the contract's error shape, so that a
//! malformed body or path never answers in plain text.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};
use axum::http::StatusCode;
use contract::{ErrorCode, FieldError, FieldErrors};

use crate::error::ApiError;

/// A JSON request body; anything unreadable is 422 `validation_failed`, anything over the
/// body limit 413 `payload_too_large`.
#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct JsonBody<T>(pub T);

/// Path parameters; a segment that does not parse (say, a non-numeric id) cannot name
/// anything, so it is 404 `not_found`.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct PathParams<T>(pub T);

/// Query parameters; a value that does not parse is 422 naming the parameter.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct QueryParams<T>(pub T);

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return ApiError::from(ErrorCode::PayloadTooLarge)
                .with_message("The request body is larger than 64 kB.");
        }
        // The framework's own text names its types ("Failed to deserialize ... i64"): read
        // the field out of it, answer in a plain sentence.
        let text = rejection.body_text();
        match rejection {
            JsonRejection::JsonDataError(_) => match field_errors(&text) {
                Some(fields) => {
                    let names: Vec<&str> = fields.keys().map(String::as_str).collect();
                    let message = format!("Check this field: {}.", names.join(", "));
                    ApiError::invalid(fields).with_message(message)
                }
                None => ApiError::new(
                    ErrorCode::ValidationFailed,
                    "The request body does not have the expected fields.",
                ),
            },
            JsonRejection::MissingJsonContentType(_) => ApiError::new(
                ErrorCode::ValidationFailed,
                "Send the request body as JSON (Content-Type: application/json).",
            ),
            _ => ApiError::new(
                ErrorCode::ValidationFailed,
                "The request body is not valid JSON.",
            ),
        }
    }
}

impl From<PathRejection> for ApiError {
    fn from(_: PathRejection) -> Self {
        ApiError::new(ErrorCode::NotFound, "Nothing exists at this address.")
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        let fields = field_errors(&rejection.body_text()).unwrap_or_default();
        let message = match fields.keys().next() {
            Some(name) => format!("Check this query parameter: {name}."),
            None => "The query string could not be read.".to_string(),
        };
        ApiError::invalid(fields).with_message(message)
    }
}

/// Best effort: which top-level field a serde message is about, e.g.
/// "Failed to deserialize ...: max_clicks: invalid type ..." or "... missing field `name` ...".
fn field_errors(text: &str) -> Option<FieldErrors> {
    if let Some(rest) = text.split("missing field `").nth(1) {
        let name = rest.split('`').next()?;
        return Some([(name.to_string(), FieldError::Required)].into());
    }
    let (_, detail) = text.split_once(": ")?;
    let (path, _) = detail.split_once(": ")?;
    let field = path.split(['.', '[']).next()?;
    let is_name = !field.is_empty() && field.chars().all(|c| c.is_alphanumeric() || c == '_');
    is_name.then(|| [(field.to_string(), FieldError::Invalid)].into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_a_missing_field_should_name_it_required() {
        let fields = field_errors("Failed: missing field `name` at line 1 column 2").unwrap();
        assert_eq!(fields["name"], FieldError::Required);
    }

    #[test]
    fn given_a_wrongly_typed_field_should_name_it_invalid() {
        let text = "Failed to deserialize: max_clicks: invalid type: string \"x\", expected i64";
        assert_eq!(
            field_errors(text).unwrap()["max_clicks"],
            FieldError::Invalid
        );
    }

    #[test]
    fn given_a_syntax_error_should_name_no_field() {
        assert_eq!(
            field_errors("Failed to parse the request body as JSON: EOF"),
            None
        );
    }
}

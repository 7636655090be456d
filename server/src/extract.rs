//! Axum's extractors, with their rejections turned into the contract's error shape, so that a
//! malformed body or path never answers in plain text.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};
use contract::{ErrorCode, FieldError, FieldErrors};

use crate::error::ApiError;

/// A JSON request body; anything unreadable is 422 `validation_failed`.
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
        let text = rejection.body_text();
        let fields = match rejection {
            JsonRejection::JsonDataError(_) => field_errors(&text),
            _ => None,
        };
        match fields {
            Some(fields) => ApiError::invalid(fields).with_message(text),
            None => ApiError::new(ErrorCode::ValidationFailed, text),
        }
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        ApiError::new(ErrorCode::NotFound, rejection.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        let text = rejection.body_text();
        let fields = field_errors(&text).unwrap_or_default();
        ApiError::invalid(fields).with_message(text)
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

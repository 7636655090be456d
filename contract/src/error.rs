use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Timestamp;

/// Every error response: `{"error": {"code", "message", "fields"?}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiErrorBody {
    pub error: ErrorDetail,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    pub code: ErrorCode,
    /// A sentence for logs and other clients; the SPA words errors itself from `code`.
    pub message: String,
    /// Only on 422: which field is wrong and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<FieldErrors>,
    /// Additive to the contract: only with `link_expired`, when the link stopped working, so
    /// the guest's message page can name the date. RFC 3339 UTC like every time here, but
    /// kept a string (see [`ErrorDetail::expired`]): every client reads error bodies, and a
    /// date parser there cost the guest bundle 7 kB brotli.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub expired_at: Option<String>,
}

impl ErrorDetail {
    /// `expired_at` as the contract writes times: RFC 3339, UTC, whole seconds, `Z`.
    pub fn expired(at: Timestamp) -> String {
        at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }
}

/// Field name -> what is wrong with it.
pub type FieldErrors = BTreeMap<String, FieldError>;

/// Why a field was refused. The SPA turns each into a sentence under its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldError {
    Required,
    TooLong,
    OutOfRange,
    InvalidEmail,
    NotAllowed,
    /// Additive: a limit below what was already used (a link's clicks). Older clients read
    /// it as `invalid`.
    BelowUsed,
    /// A reason this client does not know yet.
    #[serde(other)]
    Invalid,
}

/// The machine-readable reason of an error response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotSignedIn,
    Forbidden,
    NotFound,
    ValidationFailed,
    GuestLinkLimitReached,
    GuestAccessDisabled,
    GuestAccessUnsupported,
    LinkExpired,
    LinkExhausted,
    LinkNotFound,
    MediaUnavailable,
    GuestSessionEnded,
    InviteUnsupported,
    InviteExpired,
    InviteUsed,
    InviteNotFound,
    EmailMismatch,
    TooManyAttempts,
    /// Additive: a state-changing request authenticated by the session cookie came from a
    /// page on another origin (403).
    CrossSiteRequest,
    /// Additive: the request body is over the server's limit (413).
    PayloadTooLarge,
    /// Additive: too many requests of this kind from this caller; wait and try again (429).
    RateLimited,
    /// Additive: a request for access by a link that still works (409): the guest can go
    /// in by the entry page instead.
    LinkActive,
    Internal,
    /// A code this client does not know yet.
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// The HTTP status the contract pairs with this code.
    pub fn status(self) -> u16 {
        use ErrorCode::*;
        match self {
            NotSignedIn => 401,
            Forbidden | GuestAccessDisabled | EmailMismatch | CrossSiteRequest => 403,
            NotFound | LinkNotFound | InviteNotFound => 404,
            GuestLinkLimitReached | LinkActive => 409,
            LinkExpired | LinkExhausted | MediaUnavailable | InviteExpired | InviteUsed
            | GuestSessionEnded => 410,
            ValidationFailed => 422,
            PayloadTooLarge => 413,
            TooManyAttempts | RateLimited => 429,
            GuestAccessUnsupported | InviteUnsupported => 400,
            Internal | Unknown => 500,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_an_unknown_code_should_still_parse_the_error() {
        let body: ApiErrorBody =
            serde_json::from_str(r#"{"error":{"code":"brand_new","message":"x"}}"#).unwrap();
        assert_eq!(body.error.code, ErrorCode::Unknown);
        assert_eq!(body.error.fields, None);
        assert_eq!(body.error.expired_at, None);
    }

    #[test]
    fn given_an_expired_link_should_carry_the_date_it_expired() {
        let json = r#"{"error":{"code":"link_expired","message":"x","expired_at":"2026-04-23T12:00:00Z"}}"#;
        let body: ApiErrorBody = serde_json::from_str(json).unwrap();
        let at = body.error.expired_at.as_deref().expect("a date");
        let parsed: Timestamp = at.parse().unwrap();
        assert_eq!(ErrorDetail::expired(parsed), at);
        assert_eq!(serde_json::to_string(&body).unwrap(), json);
    }

    #[test]
    fn given_field_errors_should_round_trip_in_snake_case() {
        let body = ApiErrorBody {
            error: ErrorDetail {
                code: ErrorCode::ValidationFailed,
                message: "Check the fields".into(),
                fields: Some([("name".to_string(), FieldError::Required)].into()),
                expired_at: None,
            },
        };
        let json = serde_json::to_string(&body).unwrap();
        assert_eq!(
            json,
            r#"{"error":{"code":"validation_failed","message":"Check the fields","fields":{"name":"required"}}}"#
        );
        assert_eq!(serde_json::from_str::<ApiErrorBody>(&json).unwrap(), body);
    }
}

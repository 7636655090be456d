use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use contract::{ApiErrorBody, ErrorCode, ErrorDetail, FieldErrors, Timestamp};

/// What every handler returns on failure: the contract's one error shape.
pub type ApiResult<T> = Result<T, ApiError>;

/// An error response `{"error": {"code", "message", "fields"?}}` with the status of its code.
#[derive(Debug, thiserror::Error)]
#[error("{code:?}: {message}")]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub fields: Option<FieldErrors>,
    /// Only with `link_expired`: when the link stopped working (RFC 3339).
    pub expired_at: Option<String>,
    /// Set only where the contract pairs a code with another status than its usual one.
    status: Option<StatusCode>,
    /// Sent as `Retry-After` (seconds) with a 429 that knows when to come back.
    retry_after: Option<u64>,
}

impl ApiError {
    /// An error with its own sentence.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            code,
            message: message.into(),
            fields: None,
            expired_at: None,
            status: None,
            retry_after: None,
        }
    }

    /// 429 `rate_limited` with `Retry-After: seconds`.
    pub fn rate_limited(message: impl Into<String>, seconds: u64) -> Self {
        ApiError {
            retry_after: Some(seconds.max(1)),
            ..ApiError::new(ErrorCode::RateLimited, message)
        }
    }

    /// 422 `validation_failed` naming the wrong fields.
    pub fn invalid(fields: FieldErrors) -> Self {
        ApiError {
            fields: Some(fields),
            ..ApiError::from(ErrorCode::ValidationFailed)
        }
    }

    /// The same error with another sentence.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// 410 `link_expired`, naming when the link stopped working.
    pub fn link_expired(at: Timestamp) -> Self {
        ApiError {
            expired_at: Some(ErrorDetail::expired(at)),
            ..ApiError::from(ErrorCode::LinkExpired)
        }
    }

    /// The same error with another status, e.g. 409 for `guest_access_disabled` on create.
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = Some(status);
        self
    }

    /// 500 `internal`; the cause goes to the log, not to the client.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "internal error");
        ApiError::from(ErrorCode::Internal)
    }

    /// The HTTP status this error is sent with.
    pub fn status(&self) -> StatusCode {
        self.status.unwrap_or_else(|| {
            StatusCode::from_u16(self.code.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
        })
    }

    /// The body as the contract types it.
    pub fn body(&self) -> ApiErrorBody {
        ApiErrorBody {
            error: ErrorDetail {
                code: self.code,
                message: self.message.clone(),
                fields: self.fields.clone(),
                expired_at: self.expired_at.clone(),
            },
        }
    }
}

impl From<ErrorCode> for ApiError {
    fn from(code: ErrorCode) -> Self {
        ApiError::new(code, default_message(code))
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> Self {
        ApiError::internal(error)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status(), Json(self.body())).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

/// The sentence sent with a code when the handler has nothing more specific to say.
pub fn default_message(code: ErrorCode) -> &'static str {
    use ErrorCode::*;
    match code {
        NotSignedIn => "Sign in to continue.",
        Forbidden => "You are not permitted to do this.",
        NotFound => "Not found.",
        ValidationFailed => "Some fields need attention.",
        GuestLinkLimitReached => "This item already has the maximum number of guest links.",
        GuestAccessDisabled => "Guest access is turned off for this item.",
        GuestAccessUnsupported => "This kind of media does not support guest access.",
        LinkExpired => "This guest link has expired.",
        LinkExhausted => "This guest link has reached its click limit.",
        LinkNotFound => "This guest link does not exist or was deleted.",
        MediaUnavailable => "This media is no longer available.",
        GuestSessionEnded => "This guest session has ended.",
        InviteUnsupported => "This kind of media does not support invites.",
        InviteExpired => "This invite link has expired.",
        InviteUsed => "This invite link has already been used.",
        InviteNotFound => "This invite link does not exist or was revoked.",
        EmailMismatch => "This is not the email address the invitation was sent to.",
        TooManyAttempts => "Too many attempts. Try again in 15 minutes.",
        CrossSiteRequest => "This request came from a page on another site and was refused.",
        PayloadTooLarge => "The request body is too large.",
        RateLimited => "Too many requests. Wait a moment, then try again.",
        LinkActive => "This guest link works: open it to enter.",
        Internal | Unknown => "Something went wrong on our side.",
    }
}

use contract::{ApiErrorBody, ErrorCode, FieldErrors};

/// Why a call failed, and what to tell the person about it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ApiError {
    /// The request never got an answer: offline, DNS, refused, aborted by a dropped connection.
    #[error("network failure")]
    Network,
    /// The backend answered with the contract's error shape.
    #[error("{code:?} ({status})")]
    Server {
        status: u16,
        code: ErrorCode,
        fields: FieldErrors,
        /// With `link_expired`: when the link stopped working (RFC 3339), if the backend said.
        expired_at: Option<String>,
    },
    /// The backend answered something this client cannot read (a proxy's HTML error page, say).
    #[error("unexpected response ({status})")]
    Unexpected { status: u16 },
}

impl ApiError {
    pub(crate) fn from_response(status: u16, body: &str) -> Self {
        match super::json::from_str::<ApiErrorBody>(body) {
            Some(ApiErrorBody { error }) => ApiError::Server {
                status,
                code: error.code,
                fields: error.fields.unwrap_or_default(),
                expired_at: error.expired_at,
            },
            None => ApiError::Unexpected { status },
        }
    }

    /// The contract's error code, if the backend gave one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Server { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// Field errors of a 422, empty otherwise.
    pub fn fields(&self) -> FieldErrors {
        match self {
            ApiError::Server { fields, .. } => fields.clone(),
            _ => FieldErrors::new(),
        }
    }

    /// When an expired link stopped working (RFC 3339), if the backend said.
    pub fn expired_at(&self) -> Option<&str> {
        match self {
            ApiError::Server { expired_at, .. } => expired_at.as_deref(),
            _ => None,
        }
    }

    /// Worth trying again as it is: the network or the server failed, not the request.
    pub fn is_retryable(&self) -> bool {
        match self {
            ApiError::Network => true,
            ApiError::Unexpected { status } => *status >= 500 || *status == 0,
            ApiError::Server { status, .. } => *status >= 500,
        }
    }

    /// A sentence for the person in front of the screen.
    pub fn user_message(&self) -> &'static str {
        use ErrorCode::*;
        let w = crate::wording::t().errors;
        match self {
            ApiError::Network => w.network,
            ApiError::Unexpected { .. } => w.unexpected,
            ApiError::Server { code, .. } => match code {
                NotSignedIn => w.not_signed_in,
                Forbidden => w.forbidden,
                NotFound => w.not_found,
                ValidationFailed => w.validation_failed,
                GuestLinkLimitReached => w.guest_link_limit_reached,
                GuestAccessDisabled => w.guest_access_disabled,
                GuestAccessUnsupported => w.guest_access_unsupported,
                LinkExpired => w.link_expired,
                LinkExhausted => w.link_exhausted,
                LinkNotFound => w.link_not_found,
                MediaUnavailable => w.media_unavailable,
                GuestSessionEnded => w.guest_session_ended,
                InviteUnsupported => w.invite_unsupported,
                InviteExpired => w.invite_expired,
                InviteUsed => w.invite_used,
                InviteNotFound => w.invite_not_found,
                EmailMismatch => w.email_mismatch,
                TooManyAttempts => w.too_many_attempts,
                LinkActive => w.link_active,
                CrossSiteRequest | PayloadTooLarge | RateLimited | Internal | Unknown => {
                    w.unexpected
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_the_contract_error_shape_should_read_code_and_fields() {
        let err = ApiError::from_response(
            422,
            r#"{"error":{"code":"validation_failed","message":"m","fields":{"name":"too_long"}}}"#,
        );
        assert_eq!(err.code(), Some(ErrorCode::ValidationFailed));
        assert_eq!(err.fields()["name"], contract::FieldError::TooLong);
        assert!(!err.is_retryable());
    }

    #[test]
    fn given_a_proxy_error_page_should_be_unexpected_and_retryable() {
        let err = ApiError::from_response(502, "<html>Bad gateway</html>");
        assert_eq!(err, ApiError::Unexpected { status: 502 });
        assert!(err.is_retryable());
        assert!(!err.user_message().contains('<'));
    }
}

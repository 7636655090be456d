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
        match serde_json::from_str::<ApiErrorBody>(body) {
            Ok(ApiErrorBody { error }) => ApiError::Server {
                status,
                code: error.code,
                fields: error.fields.unwrap_or_default(),
                expired_at: error.expired_at,
            },
            Err(_) => ApiError::Unexpected { status },
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
        match self {
            ApiError::Network => {
                "We couldn't reach the server. Check your connection and try again."
            }
            ApiError::Unexpected { .. } => {
                "Something went wrong on our side. Please try again in a moment."
            }
            ApiError::Server { code, .. } => match code {
                NotSignedIn => "Your session has ended. Sign in again to continue.",
                Forbidden => "You don't have permission to do this.",
                NotFound => "We couldn't find what you were looking for.",
                ValidationFailed => "Some fields need your attention.",
                GuestLinkLimitReached => {
                    "This item already has 3 guest links. Delete one to create another."
                }
                GuestAccessDisabled => "Guest access is turned off for this item.",
                GuestAccessUnsupported => "This kind of media can't be shared with guest links.",
                LinkExpired => "This link has expired.",
                LinkExhausted => "This link has reached its click limit.",
                LinkNotFound => "This link doesn't exist or was deleted.",
                MediaUnavailable => "This media is no longer available.",
                GuestSessionEnded => "Your guest session has ended.",
                InviteUnsupported => "This kind of media can't be shared with invite links.",
                InviteExpired => "This invitation has expired.",
                InviteUsed => "This invitation was already used on another device.",
                InviteNotFound => "This invitation doesn't exist or was revoked.",
                EmailMismatch => {
                    "That isn't the email address the invitation was sent to. Check it and try again."
                }
                TooManyAttempts => "Too many attempts. Wait 15 minutes, then try again.",
                CrossSiteRequest | PayloadTooLarge | RateLimited | Internal | Unknown => {
                    "Something went wrong on our side. Please try again in a moment."
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

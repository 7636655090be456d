//! Who is calling: hosts by session cookie, guests and invitees by bearer token.

use axum::extract::FromRequestParts;
use axum::http::header::{AUTHORIZATION, COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use contract::{ErrorCode, Me};

use crate::error::ApiError;
use crate::state::AppState;
use crate::store;

/// The host session cookie's name.
pub const SESSION_COOKIE: &str = "share_session";

/// The signed-in host; 401 `not_signed_in` without a valid session cookie.
pub struct Host(pub Me);

impl FromRequestParts<AppState> for Host {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = session_token(&parts.headers).ok_or(ErrorCode::NotSignedIn)?;
        let me = state
            .db
            .call(move |conn| {
                let now = crate::time::now_ms();
                let Some(user_id) = store::sessions::user_of(conn, &token, now)? else {
                    return Ok(None);
                };
                Ok(store::users::find(conn, user_id)?)
            })
            .await?;
        me.map(Host)
            .ok_or_else(|| ApiError::from(ErrorCode::NotSignedIn))
    }
}

/// The session cookie's token, if the request carries one.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_string())
        .filter(|value| !value.is_empty())
}

/// The token of an `Authorization: Bearer ...` header.
pub fn bearer_token(parts: &Parts) -> Option<String> {
    let value = parts.headers.get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then(|| token.to_string())
}

/// The optional bearer token of a request, as an extractor.
pub struct Bearer(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for Bearer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        Ok(Bearer(bearer_token(parts)))
    }
}

/// `Set-Cookie` for a new session: HttpOnly so scripts cannot read it, SameSite=Lax so other
/// sites cannot make requests with it, and a Max-Age equal to the session's absolute lifetime.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let max_age = store::sessions::ABSOLUTE_MS / 1000;
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .expect("tokens are URL-safe base64")
}

/// `Set-Cookie` that removes the session cookie.
pub fn cleared_cookie() -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"
    ))
    .expect("a constant header value")
}

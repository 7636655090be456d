//! Request guards every response passes through: refusing cross-site writes made with the
//! session cookie, bounding how long a request may take, and the headers that tell browsers
//! what the app never does.

use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::header::{HeaderName, ORIGIN, STRICT_TRANSPORT_SECURITY};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use contract::ErrorCode;

use crate::auth::session_token;
use crate::error::ApiError;
use crate::state::AppState;

/// Features no page of the app uses; a script injected anyway cannot turn them on. Only
/// features every current browser knows: an unknown one is logged as an error on each page.
pub const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
/// HSTS for a year, only when the public URL is https (never over plain-HTTP development).
const HSTS: &str = "max-age=31536000";

/// Whether a request may change state: safe methods and requests without the session cookie
/// always; otherwise only from the app's own origin or an allowed one. Browsers send
/// `Origin` with every cross-origin request and with same-origin POST, PUT, PATCH and DELETE, and
/// `Sec-Fetch-Site` too; a page elsewhere can set neither.
pub fn is_same_site_or_safe(trusted: &[String], method: &Method, headers: &HeaderMap) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    if session_token(headers).is_none() {
        return true;
    }
    if headers
        .get("sec-fetch-site")
        .is_some_and(|site| site == "same-origin")
    {
        return true;
    }
    headers
        .get(ORIGIN)
        .and_then(|origin| origin.to_str().ok())
        .is_some_and(|origin| trusted.iter().any(|t| t.eq_ignore_ascii_case(origin)))
}

/// 403 `cross_site_request` for a state-changing request with the session cookie from a page
/// that is neither the app nor an `--allow-origin`.
pub async fn refuse_cross_site(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if !is_same_site_or_safe(&state.trusted_origins, request.method(), request.headers()) {
        return ApiError::new(
            ErrorCode::CrossSiteRequest,
            "This request came from a page on another site and was refused.",
        )
        .into_response();
    }
    next.run(request).await
}

/// Ends a request (event streams excepted) that takes longer than the configured limit with
/// 503 `internal`, so a slow body or a stuck handler cannot hold a connection for ever.
pub async fn time_limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.uri().path().ends_with("/events") {
        return next.run(request).await;
    }
    let limit: Duration = state.config.request_timeout;
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            ErrorCode::Internal,
            "The server did not finish this request in time.",
        )
        .with_status(StatusCode::SERVICE_UNAVAILABLE)
        .into_response(),
    }
}

/// Permissions-Policy on every response, and HSTS when the app is served over https.
pub async fn browser_policy(hsts: bool, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
    if hsts {
        headers.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| {
                (
                    HeaderName::from_static(name),
                    HeaderValue::from_static(value),
                )
            })
            .collect()
    }

    const APP: &str = "http://app.test";

    #[test]
    fn given_a_cookie_write_from_another_origin_should_refuse_it() {
        let trusted = [APP.to_string()];
        let cookie = ("cookie", "share_session=abc");
        let check = |pairs: &[(&'static str, &'static str)]| {
            is_same_site_or_safe(&trusted, &Method::POST, &headers(pairs))
        };
        assert!(!check(&[cookie, ("origin", "http://evil.test")]));
        assert!(!check(&[cookie, ("origin", "null")]));
        assert!(!check(&[cookie]));
        assert!(!check(&[cookie, ("sec-fetch-site", "same-site")]));
        assert!(check(&[cookie, ("origin", "http://app.test")]));
        assert!(check(&[cookie, ("sec-fetch-site", "same-origin")]));
        assert!(check(&[("origin", "http://evil.test")]));
        assert!(is_same_site_or_safe(
            &trusted,
            &Method::GET,
            &headers(&[cookie, ("origin", "http://evil.test")])
        ));
    }
}

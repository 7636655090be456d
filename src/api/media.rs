//! Who the host is and which media they manage.

use contract::{Id, Me, Media, MediaSummary, Settings, SignIn};
use gloo_net::http::Method;
use serde::Deserialize;

use super::client::{get, get_within, send_empty, Auth};
use super::ApiError;

pub async fn me() -> Result<Me, ApiError> {
    get("/me", Auth::Cookie).await
}

pub async fn settings() -> Result<Settings, ApiError> {
    get("/settings", Auth::Cookie).await
}

/// The platform's `default_locale` from `GET /settings` (`None` when it sets none), or
/// [`ApiError::Network`] once `ms` milliseconds pass without it (the request aborted): a
/// host page asks this before it mounts (`crate::start_host`).
pub async fn default_locale_within(ms: u32) -> Result<Option<String>, ApiError> {
    let settings: PlatformLanguage = get_within("/settings", Auth::Cookie, ms).await?;
    Ok(settings.default_locale)
}

/// The one field of [`Settings`] a host page reads before it mounts; serde skips the others
/// unread, so the host bundles carry no parser for the rest (nothing else there reads them).
#[derive(Deserialize)]
struct PlatformLanguage {
    #[serde(default)]
    default_locale: Option<String>,
}

pub async fn list() -> Result<Vec<MediaSummary>, ApiError> {
    get("/media", Auth::Cookie).await
}

pub async fn get_one(id: Id) -> Result<Media, ApiError> {
    get(&format!("/media/{id}"), Auth::Cookie).await
}

/// The reference backend's dev sign-in; a real platform signs hosts in itself.
pub async fn dev_sign_in(email: &str) -> Result<(), ApiError> {
    let body = SignIn {
        email: email.to_string(),
    };
    send_empty(Method::POST, "/dev/sign-in", Auth::Cookie, Some(&body)).await
}

pub async fn dev_sign_out() -> Result<(), ApiError> {
    send_empty::<()>(Method::POST, "/dev/sign-out", Auth::Cookie, None).await
}

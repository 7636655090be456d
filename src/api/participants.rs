//! Host: the live session's participants and waiting room.

use contract::{Count, Id, LobbyMessage, Participants};
use gloo_net::http::Method;

use super::client::{get, send, send_empty, url, Auth};
use super::ApiError;

pub async fn list(media: Id) -> Result<Participants, ApiError> {
    get(&format!("/media/{media}/participants"), Auth::Cookie).await
}

/// The participants stream, asking for bursts (admit-all) as one `batch` message.
pub fn events_url(media: Id) -> String {
    url(&format!("/media/{media}/participants/events?batch=true"))
}

pub async fn admit(media: Id, guest: Id) -> Result<(), ApiError> {
    let path = format!("/media/{media}/waiting/{guest}/admit");
    send_empty::<()>(Method::POST, &path, Auth::Cookie, None).await
}

pub async fn deny(media: Id, guest: Id) -> Result<(), ApiError> {
    let path = format!("/media/{media}/waiting/{guest}/deny");
    send_empty::<()>(Method::POST, &path, Auth::Cookie, None).await
}

pub async fn admit_all(media: Id) -> Result<Count, ApiError> {
    let path = format!("/media/{media}/waiting/admit-all");
    send(Method::POST, &path, Auth::Cookie, &()).await
}

pub async fn deny_all(media: Id) -> Result<Count, ApiError> {
    let path = format!("/media/{media}/waiting/deny-all");
    send(Method::POST, &path, Auth::Cookie, &()).await
}

pub async fn set_lobby_message(media: Id, message: Option<String>) -> Result<(), ApiError> {
    let path = format!("/media/{media}/lobby-message");
    send_empty(
        Method::PUT,
        &path,
        Auth::Cookie,
        Some(&LobbyMessage { message }),
    )
    .await
}

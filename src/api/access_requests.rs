//! Host: guests' requests for access to one media item.

use contract::{AccessRequest, Id};
use gloo_net::http::Method;

use super::client::{get, send_empty, Auth};
use super::ApiError;

/// The item's open requests, newest first.
pub async fn list(media: Id) -> Result<Vec<AccessRequest>, ApiError> {
    get(&format!("/media/{media}/access-requests"), Auth::Cookie).await
}

/// Dismisses one request.
pub async fn dismiss(media: Id, request: Id) -> Result<(), ApiError> {
    let path = format!("/media/{media}/access-requests/{request}");
    send_empty::<()>(Method::DELETE, &path, Auth::Cookie, None).await
}

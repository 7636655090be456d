//! Host: guest access and guest links of one media item.

use contract::{GuestAccess, GuestLink, GuestLinkChange, Id, NewGuestLink, SetGuestAccess};
use gloo_net::http::Method;

use super::client::{get, send, send_empty, Auth};
use super::ApiError;

pub async fn get_access(media: Id) -> Result<GuestAccess, ApiError> {
    get(&format!("/media/{media}/guest-access"), Auth::Cookie).await
}

pub async fn set_enabled(media: Id, enabled: bool) -> Result<GuestAccess, ApiError> {
    let path = format!("/media/{media}/guest-access");
    send(
        Method::PUT,
        &path,
        Auth::Cookie,
        &SetGuestAccess { enabled },
    )
    .await
}

pub async fn create_link(media: Id, link: &NewGuestLink) -> Result<GuestLink, ApiError> {
    let path = format!("/media/{media}/guest-links");
    send(Method::POST, &path, Auth::Cookie, link).await
}

/// Changes only the fields `change` carries (`PATCH`, additive to the contract).
pub async fn update_link(
    media: Id,
    link: Id,
    change: &GuestLinkChange,
) -> Result<GuestLink, ApiError> {
    let path = format!("/media/{media}/guest-links/{link}");
    send(Method::PATCH, &path, Auth::Cookie, change).await
}

pub async fn delete_link(media: Id, link: Id) -> Result<(), ApiError> {
    let path = format!("/media/{media}/guest-links/{link}");
    send_empty::<()>(Method::DELETE, &path, Auth::Cookie, None).await
}

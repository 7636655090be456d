//! Host: guest access and guest links of one media item.

use contract::{GuestAccess, GuestLink, Id, NewGuestLink, SetGuestAccess};
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

pub async fn delete_link(media: Id, link: Id) -> Result<(), ApiError> {
    let path = format!("/media/{media}/guest-links/{link}");
    send_empty::<()>(Method::DELETE, &path, Auth::Cookie, None).await
}

//! Host: invite links; invitee: the lobby's invite and its redemption.

use contract::{
    Id, Invite, InviteInfo, InviteeSession, NewInvite, RedeemRequest, RedeemResponse, UserHit,
};
use gloo_net::http::Method;

use super::client::{get, get_prefetched, send, send_empty, Auth};
use super::ApiError;

pub async fn search_users(query: &str) -> Result<Vec<UserHit>, ApiError> {
    let query = String::from(js_sys::encode_uri_component(query));
    get(&format!("/users?query={query}&limit=8"), Auth::Cookie).await
}

pub async fn list(media: Id) -> Result<Vec<Invite>, ApiError> {
    get(&format!("/media/{media}/invites"), Auth::Cookie).await
}

pub async fn create(media: Id, invite: &NewInvite) -> Result<Invite, ApiError> {
    send(
        Method::POST,
        &format!("/media/{media}/invites"),
        Auth::Cookie,
        invite,
    )
    .await
}

pub async fn revoke(media: Id, invite: Id) -> Result<(), ApiError> {
    let path = format!("/media/{media}/invites/{invite}");
    send_empty::<()>(Method::DELETE, &path, Auth::Cookie, None).await
}

/// Additive to the contract: emails the invite again (after a failed delivery); the list,
/// reloaded, shows the new email's state.
pub async fn resend(media: Id, invite: Id) -> Result<(), ApiError> {
    let path = format!("/media/{media}/invites/{invite}/resend");
    send_empty::<()>(Method::POST, &path, Auth::Cookie, None).await
}

/// Additive: a fresh invite for the same person and role; the old one is revoked.
pub async fn reissue(media: Id, invite: Id) -> Result<Invite, ApiError> {
    let path = format!("/media/{media}/invites/{invite}/reissue");
    // The endpoint reads no body; `null` keeps the one JSON request helper.
    send(Method::POST, &path, Auth::Cookie, &()).await
}

/// The lobby's first read: takes the answer `public/prefetch.js` asked for as the page opened.
pub async fn info(token: &str) -> Result<InviteInfo, ApiError> {
    let token = String::from(js_sys::encode_uri_component(token));
    get_prefetched(&format!("/invite/{token}")).await
}

pub async fn redeem(token: &str, email: &str) -> Result<RedeemResponse, ApiError> {
    let token = String::from(js_sys::encode_uri_component(token));
    let body = RedeemRequest {
        email: email.to_string(),
    };
    send(
        Method::POST,
        &format!("/invite/{token}/redeem"),
        Auth::Cookie,
        &body,
    )
    .await
}

/// Additive to the contract: what a redeemed invite lets its invitee see. While the item is
/// live, the first call enters the session.
pub async fn invitee_session(session_token: &str) -> Result<InviteeSession, ApiError> {
    get("/invitee-session", Auth::Bearer(session_token)).await
}

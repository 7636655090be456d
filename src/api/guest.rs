//! Guest: the link's landing data, joining, and the guest's own session.

use contract::{GuestLinkInfo, GuestSession, Id, JoinRequest, JoinResponse, NewAccessRequest};
use gloo_net::http::Method;

use super::client::{get, get_prefetched, send, send_empty, url, Auth};
use super::ApiError;

/// Never consumes a click. The page's first read takes the answer `public/prefetch.js`
/// asked for while the WebAssembly downloaded, when there is one; it is taken once, so every
/// later read asks the backend and none meets a stale answer.
pub async fn link_info(token: &str) -> Result<GuestLinkInfo, ApiError> {
    get_prefetched(&format!("/guest/{}", encode(token))).await
}

/// Consumes exactly one click when it succeeds.
pub async fn join(token: &str, request: &JoinRequest) -> Result<JoinResponse, ApiError> {
    let path = format!("/guest/{}/join", encode(token));
    send(Method::POST, &path, Auth::Cookie, request).await
}

/// Asks the item's host for access by a link that no longer lets the guest in (204).
pub async fn ask_access(token: &str, request: &NewAccessRequest) -> Result<(), ApiError> {
    let path = format!("/guest/{}/access-requests", encode(token));
    send_empty(Method::POST, &path, Auth::Cookie, Some(request)).await
}

pub async fn session(guest: Id, guest_token: &str) -> Result<GuestSession, ApiError> {
    get(
        &format!("/guest-sessions/{guest}"),
        Auth::Bearer(guest_token),
    )
    .await
}

/// Ends the guest's own session, waiting or inside; answers 204 again if it already ended.
pub async fn leave(guest: Id, guest_token: &str) -> Result<(), ApiError> {
    let path = format!("/guest-sessions/{guest}");
    send_empty::<()>(Method::DELETE, &path, Auth::Bearer(guest_token), None).await
}

/// The `EventSource` URL of the guest's admission stream (it can't send headers).
pub fn session_events_url(guest: Id, guest_token: &str) -> String {
    url(&format!(
        "/guest-sessions/{guest}/events?token={}",
        encode(guest_token)
    ))
}

/// Tokens are URL-safe base64 already; this keeps a hand-edited URL from escaping its segment.
fn encode(token: &str) -> String {
    String::from(js_sys::encode_uri_component(token))
}

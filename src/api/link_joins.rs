//! Host: who joined by one guest link ("Used by"), a page at a time (additive to the contract).

use contract::{GuestLinkJoins, Id};

use super::client::{get, Auth};
use super::ApiError;

/// One page of the link's joins, newest first: the first without a `cursor`, then each
/// page's `next_cursor`; `limit` 1..=200 (the server's 50 when `None`).
pub async fn page(
    media: Id,
    link: Id,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<GuestLinkJoins, ApiError> {
    let mut path = format!("/media/{media}/guest-links/{link}/joins");
    let mut query = Vec::new();
    if let Some(cursor) = cursor {
        query.push(format!(
            "cursor={}",
            String::from(js_sys::encode_uri_component(cursor))
        ));
    }
    if let Some(limit) = limit {
        query.push(format!("limit={limit}"));
    }
    if !query.is_empty() {
        path = format!("{path}?{}", query.join("&"));
    }
    get(&path, Auth::Cookie).await
}

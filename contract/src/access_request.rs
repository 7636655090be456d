//! Asking the host for access (issue 14 item 3): a guest whose link no longer opens leaves a
//! name, an email and a note; the item's owner sees the requests and answers by their own means.

use serde::{Deserialize, Serialize};

use crate::{Id, LinkStatus, Timestamp};

/// Body of `POST /guest/{token}/access-requests`: the same name and email rules as a join,
/// and an optional note of at most 500 characters after trimming (blank: none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewAccessRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80))]
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub note: Option<String>,
}

/// One open request as the host sees it in `GET /media/{id}/access-requests`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccessRequest {
    pub id: Id,
    pub name: String,
    pub email: String,
    /// `None`: the guest left no note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When the guest asked (a repeat from the same email moves it).
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub requested_at: Timestamp,
    /// The link the guest came by; it may have been deleted since.
    pub link_id: Id,
    pub link_name: String,
    /// The link's state while it exists; absent once it was deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_status: Option<LinkStatus>,
}

impl AccessRequest {
    /// The link still exists, so the host can extend it rather than create another.
    pub fn link_exists(&self) -> bool {
        self.link_status.is_some()
    }
}

use serde::{Deserialize, Serialize};

/// Platform settings from the admin's Invitetomedia module.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Settings {
    pub max_guest_links: u32,
    pub invite_link_duration_minutes: u32,
    /// How many times one invite link may be redeemed; -1 = unlimited.
    pub invite_link_reusability: i32,
    pub invite_email_template: bool,
}

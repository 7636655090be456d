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
    /// The language of pages whose reader chose none (additive, issue 15): a BCP 47 tag such
    /// as `"en"`, `"es"` or `"he-IL"` (see [`crate::validate::locale_tag`]); absent or null:
    /// the reader's browser decides. A language the SPA doesn't have reads as English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 2, max_length = 35, example = "es")
    )]
    pub default_locale: Option<String>,
}

use serde::{Deserialize, Serialize};

use crate::{Id, Timestamp};

/// `GET/PUT /media/{id}/guest-access`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuestAccess {
    pub enabled: bool,
    pub max_links: u32,
    pub links: Vec<GuestLink>,
}

/// Body of `PUT /media/{id}/guest-access`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetGuestAccess {
    pub enabled: bool,
}

/// One named guest link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuestLink {
    pub id: Id,
    pub name: String,
    pub url: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: Timestamp,
    /// `None`: never expires.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub expires_at: Option<Timestamp>,
    /// `None`: unlimited.
    pub max_clicks: Option<u32>,
    pub clicks: u32,
    pub status: LinkStatus,
    /// Additive: for live events and rooms, whether this link's guests wait for a moderator
    /// or enter directly. Absent (older servers) reads as `wait`.
    #[serde(default)]
    pub admission: LinkAdmission,
}

/// How a guest link's guests come into a live event or room (additive). Items that are not
/// live let every guest in directly anyway.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LinkAdmission {
    /// A moderator admits each guest from the waiting room.
    #[default]
    Wait,
    /// Guests enter without waiting.
    Direct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LinkStatus {
    Active,
    Expired,
    Exhausted,
}

/// Body of `POST /media/{id}/guest-links`. Numbers are wide so that an out-of-range value
/// reaches validation (and a field error) instead of failing to parse.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewGuestLink {
    /// 1..=80 characters after trimming.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80))]
    pub name: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100000))]
    pub max_clicks: Option<i64>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 365))]
    pub duration_days: Option<i64>,
    /// Additive, optional: `wait` (the default) or `direct`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admission: Option<LinkAdmission>,
}

/// Body of `PATCH /media/{id}/guest-links/{link_id}` (additive): only the fields present
/// change. `max_clicks` and `duration_days` tell "leave it" (absent) from "remove the limit"
/// (`null`); a duration counts from the moment of saving, as at creation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuestLinkChange {
    /// 1..=80 characters after trimming.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80))]
    pub name: Option<String>,
    /// A number: the new limit, never below the clicks used; `null`: unlimited.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = Option<i64>, nullable, minimum = 1, maximum = 100000)
    )]
    pub max_clicks: Option<Option<i64>>,
    /// A number: the link works that many days from now on (an expired link is renewed);
    /// `null`: it never expires.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = Option<i64>, nullable, minimum = 1, maximum = 365)
    )]
    pub duration_days: Option<Option<i64>>,
}

impl GuestLinkChange {
    /// Nothing would change.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.max_clicks.is_none() && self.duration_days.is_none()
    }
}

/// A field that is present reads `Some`, its `null` included (`Some(None)`); an absent one
/// stays `None` through `#[serde(default)]`.
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_absent_null_and_numbers_should_tell_keep_remove_and_set_apart() {
        let change: GuestLinkChange =
            serde_json::from_str(r#"{"max_clicks": null, "duration_days": 7}"#).unwrap();
        assert_eq!(change.name, None);
        assert_eq!(change.max_clicks, Some(None));
        assert_eq!(change.duration_days, Some(Some(7)));
        let json = serde_json::to_string(&change).unwrap();
        assert_eq!(json, r#"{"max_clicks":null,"duration_days":7}"#);
        let empty: GuestLinkChange = serde_json::from_str("{}").unwrap();
        assert!(empty.is_empty());
    }
}

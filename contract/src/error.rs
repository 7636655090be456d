use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Timestamp;

/// Every error response: `{"error": {"code", "message", "fields"?}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiErrorBody {
    pub error: ErrorDetail,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    pub code: ErrorCode,
    /// A sentence for logs and other clients; the SPA words errors itself from `code`.
    pub message: String,
    /// Only on 422: which field is wrong and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = Option<std::collections::BTreeMap<String, FieldError>>)
    )]
    pub fields: Option<FieldErrors>,
    /// Additive to the contract: only with `link_expired`, when the link stopped working, so
    /// the guest's message page can name the date. RFC 3339 UTC like every time here, but
    /// kept a string (see [`ErrorDetail::expired`]): every client reads error bodies, and a
    /// date parser there cost the guest bundle 7 kB brotli.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub expired_at: Option<String>,
}

impl ErrorDetail {
    /// `expired_at` as the contract writes times: RFC 3339, UTC, whole seconds, `Z`.
    pub fn expired(at: Timestamp) -> String {
        at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }
}

/// Field name -> what is wrong with it: a JSON object on the wire, kept here as a list in
/// field-name order (what a `BTreeMap` gave before). A list, not a map, because every client
/// reads it, the guest's bundle included, where a map's code cost more than its budget
/// allowed (scripts/bench-size.sh); a form has a handful of fields, so a scan is as fast.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(String, FieldError)>);

impl FieldErrors {
    pub fn new() -> Self {
        FieldErrors(Vec::new())
    }

    /// Sets `field`'s error, keeping the list in name order; returns the one it replaced.
    pub fn insert(&mut self, field: String, error: FieldError) -> Option<FieldError> {
        match self.0.iter().position(|(name, _)| *name >= field) {
            Some(at) if self.0[at].0 == field => Some(std::mem::replace(&mut self.0[at].1, error)),
            Some(at) => {
                self.0.insert(at, (field, error));
                None
            }
            None => {
                self.0.push((field, error));
                None
            }
        }
    }

    pub fn get(&self, field: &str) -> Option<&FieldError> {
        self.0
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, error)| error)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Each field with its error, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &FieldError)> {
        self.0.iter().map(|(name, error)| (name, error))
    }

    /// The refused fields' names, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(name, _)| name)
    }
}

impl FromIterator<(String, FieldError)> for FieldErrors {
    fn from_iter<I: IntoIterator<Item = (String, FieldError)>>(fields: I) -> Self {
        let mut errors = FieldErrors::new();
        for (field, error) in fields {
            errors.insert(field, error);
        }
        errors
    }
}

impl<const N: usize> From<[(String, FieldError); N]> for FieldErrors {
    fn from(fields: [(String, FieldError); N]) -> Self {
        fields.into_iter().collect()
    }
}

/// `errors["email"]`: the field's error; panics when it has none, as a map's index does.
impl std::ops::Index<&str> for FieldErrors {
    type Output = FieldError;

    fn index(&self, field: &str) -> &FieldError {
        self.get(field)
            .unwrap_or_else(|| panic!("no error for the field {field:?}"))
    }
}

impl IntoIterator for FieldErrors {
    type Item = (String, FieldError);
    type IntoIter = std::vec::IntoIter<(String, FieldError)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Serialize for FieldErrors {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (field, error) in &self.0 {
            map.serialize_entry(field, error)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for FieldErrors {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;

        impl<'de> Visitor<'de> for Fields {
            type Value = FieldErrors;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("an object of field errors")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldErrors, A::Error> {
                let mut errors = FieldErrors::new();
                while let Some((field, error)) = map.next_entry()? {
                    errors.insert(field, error);
                }
                Ok(errors)
            }
        }

        deserializer.deserialize_map(Fields)
    }
}

/// Why a field was refused. The SPA turns each into a sentence under its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldError {
    Required,
    TooLong,
    OutOfRange,
    InvalidEmail,
    NotAllowed,
    /// Additive: a limit below what was already used (a link's clicks). Older clients read
    /// it as `invalid`.
    BelowUsed,
    /// A reason this client does not know yet.
    #[serde(other)]
    Invalid,
}

/// The machine-readable reason of an error response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotSignedIn,
    Forbidden,
    NotFound,
    ValidationFailed,
    GuestLinkLimitReached,
    GuestAccessDisabled,
    GuestAccessUnsupported,
    LinkExpired,
    LinkExhausted,
    LinkNotFound,
    MediaUnavailable,
    GuestSessionEnded,
    InviteUnsupported,
    InviteExpired,
    InviteUsed,
    InviteNotFound,
    EmailMismatch,
    TooManyAttempts,
    /// Additive: a state-changing request authenticated by the session cookie came from a
    /// page on another origin (403).
    CrossSiteRequest,
    /// Additive: the request body is over the server's limit (413).
    PayloadTooLarge,
    /// Additive: too many requests of this kind from this caller; wait and try again (429).
    RateLimited,
    /// Additive: a request for access by a link that still works (409): the guest can go
    /// in by the entry page instead.
    LinkActive,
    Internal,
    /// A code this client does not know yet.
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// The HTTP status the contract pairs with this code.
    pub fn status(self) -> u16 {
        use ErrorCode::*;
        match self {
            NotSignedIn => 401,
            Forbidden | GuestAccessDisabled | EmailMismatch | CrossSiteRequest => 403,
            NotFound | LinkNotFound | InviteNotFound => 404,
            GuestLinkLimitReached | LinkActive => 409,
            LinkExpired | LinkExhausted | MediaUnavailable | InviteExpired | InviteUsed
            | GuestSessionEnded => 410,
            ValidationFailed => 422,
            PayloadTooLarge => 413,
            TooManyAttempts | RateLimited => 429,
            GuestAccessUnsupported | InviteUnsupported => 400,
            Internal | Unknown => 500,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_field_errors_should_keep_name_order_replace_and_read_as_a_json_object() {
        let mut errors = FieldErrors::new();
        assert_eq!(errors.insert("name".into(), FieldError::Required), None);
        errors.insert("email".into(), FieldError::InvalidEmail);
        errors.insert("max_clicks".into(), FieldError::OutOfRange);
        assert_eq!(
            errors.insert("name".into(), FieldError::TooLong),
            Some(FieldError::Required)
        );
        assert_eq!(errors.len(), 3);
        assert_eq!(
            errors.keys().collect::<Vec<_>>(),
            ["email", "max_clicks", "name"]
        );
        assert_eq!(errors.get("name"), Some(&FieldError::TooLong));
        assert_eq!(errors.get("nope"), None);
        let json = serde_json::to_string(&errors).unwrap();
        assert_eq!(
            json,
            r#"{"email":"invalid_email","max_clicks":"out_of_range","name":"too_long"}"#
        );
        let read: FieldErrors = serde_json::from_str(
            r#"{"name":"required","email":"invalid_email","name":"too_long"}"#,
        )
        .unwrap();
        assert_eq!(
            read.keys().collect::<Vec<_>>(),
            ["email", "name"],
            "sorted, last wins"
        );
        assert_eq!(read["name"], FieldError::TooLong);
        assert!(
            serde_json::from_str::<FieldErrors>("[]").is_err(),
            "an object, not a list"
        );
    }

    #[test]
    fn given_an_unknown_code_should_still_parse_the_error() {
        let body: ApiErrorBody =
            serde_json::from_str(r#"{"error":{"code":"brand_new","message":"x"}}"#).unwrap();
        assert_eq!(body.error.code, ErrorCode::Unknown);
        assert_eq!(body.error.fields, None);
        assert_eq!(body.error.expired_at, None);
    }

    #[test]
    fn given_an_expired_link_should_carry_the_date_it_expired() {
        let json = r#"{"error":{"code":"link_expired","message":"x","expired_at":"2026-04-23T12:00:00Z"}}"#;
        let body: ApiErrorBody = serde_json::from_str(json).unwrap();
        let at = body.error.expired_at.as_deref().expect("a date");
        let parsed: Timestamp = at.parse().unwrap();
        assert_eq!(ErrorDetail::expired(parsed), at);
        assert_eq!(serde_json::to_string(&body).unwrap(), json);
    }

    #[test]
    fn given_field_errors_should_round_trip_in_snake_case() {
        let body = ApiErrorBody {
            error: ErrorDetail {
                code: ErrorCode::ValidationFailed,
                message: "Check the fields".into(),
                fields: Some([("name".to_string(), FieldError::Required)].into()),
                expired_at: None,
            },
        };
        let json = serde_json::to_string(&body).unwrap();
        assert_eq!(
            json,
            r#"{"error":{"code":"validation_failed","message":"Check the fields","fields":{"name":"required"}}}"#
        );
        assert_eq!(serde_json::from_str::<ApiErrorBody>(&json).unwrap(), body);
    }
}

//! What the app says about a wrong value, per field, in plain words.

use std::collections::BTreeMap;

use contract::validate::{CLICKS_MAX, DAYS_MAX, LOBBY_MESSAGE_MAX, NAME_MAX};
use contract::{FieldError, FieldErrors};

/// The summary announced when a submit is refused for its fields.
pub const CHECK_FIELDS: &str = "Check the highlighted fields.";

/// A list that was shown is kept, under this notice, when reloading it failed.
pub fn list_not_refreshed(error: &crate::api::ApiError) -> String {
    format!("The list couldn't be refreshed. {}", error.user_message())
}

/// The toast after a copy button worked.
pub const LINK_COPIED: &str = "Link copied";

/// The toast when the browser refused the clipboard: the link itself, to copy by hand.
pub fn copy_failed(url: &str) -> String {
    format!("Couldn't copy automatically. The link is {url}")
}

/// The sentence under `field` for `error`.
pub fn field_error(field: &str, error: FieldError) -> String {
    use FieldError::*;
    match (field, error) {
        ("name", Required) => "Enter a name.".into(),
        ("first_name", Required) => "Enter a first name.".into(),
        ("last_name", Required) => "Enter a last name.".into(),
        ("email", Required) => "Enter an email address.".into(),
        ("email", InvalidEmail) => "Enter an email address like name@example.com.".into(),
        ("email", TooLong) => "Email addresses can't be longer than 254 characters.".into(),
        ("message", TooLong) => {
            format!("Use {LOBBY_MESSAGE_MAX} characters or fewer.")
        }
        ("max_clicks", _) => format!(
            "Enter a whole number from 1 to {}, or leave it empty for unlimited clicks.",
            crate::format::count(CLICKS_MAX as usize)
        ),
        ("duration_days", _) => format!(
            "Enter a whole number of days from 1 to {DAYS_MAX}, or leave it empty so the link never expires."
        ),
        ("role", Required) => "Select an invitation type.".into(),
        ("role", NotAllowed) => "This invitation type isn't available for this media.".into(),
        (_, TooLong) => format!("Use {NAME_MAX} characters or fewer."),
        (_, Required) => "This field is required.".into(),
        (_, Invalid) => "This contains characters that can't be used.".into(),
        (_, _) => "Check this value.".into(),
    }
}

/// The sentence under each refused field, keyed by field name (a form's `errors`).
pub fn field_messages(errors: &FieldErrors) -> BTreeMap<String, String> {
    // Inserted one by one: `collect()` into a BTreeMap sorts first, and the sort's code
    // would ship in the guest bundle for a map that is already in order.
    let mut messages = BTreeMap::new();
    for (field, error) in errors {
        messages.insert(field.clone(), field_error(field, *error));
    }
    messages
}

/// Reads an optional whole number typed by a person: blank is `None`; anything else must parse.
pub fn parse_optional_number(text: &str) -> Result<Option<i64>, FieldError> {
    let text = text.trim().replace([',', ' ', '_'], "");
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i64>()
        .map(Some)
        .map_err(|_| FieldError::OutOfRange)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_limits_should_name_them_readably() {
        assert!(field_error("max_clicks", FieldError::OutOfRange).contains("100,000"));
        assert!(field_error("duration_days", FieldError::OutOfRange).contains("365"));
        assert!(field_error("name", FieldError::TooLong).contains("80"));
    }

    #[test]
    fn given_typed_numbers_should_read_blank_as_unlimited_and_refuse_words() {
        assert_eq!(parse_optional_number("  "), Ok(None));
        assert_eq!(parse_optional_number("1,000"), Ok(Some(1000)));
        assert_eq!(parse_optional_number("12"), Ok(Some(12)));
        assert_eq!(parse_optional_number("ten"), Err(FieldError::OutOfRange));
        assert_eq!(parse_optional_number("1.5"), Err(FieldError::OutOfRange));
    }
}

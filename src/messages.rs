//! Which sentence of the catalog names a wrong value, per field (the words are in
//! `crate::wording`), and how typed numbers are read.

use contract::validate::{CLICKS_MAX, DAYS_MAX, LOBBY_MESSAGE_MAX, NAME_MAX};
use contract::{FieldError, FieldErrors};

use crate::format::count;
use crate::ui::FieldMessages;
use crate::wording::t;

/// The sentence under `field` for `error`.
pub fn field_error(field: &str, error: FieldError) -> String {
    use FieldError::*;
    let w = t().fields;
    match (field, error) {
        ("name", Required) => w.enter_name.into(),
        ("first_name", Required) => w.enter_first_name.into(),
        ("last_name", Required) => w.enter_last_name.into(),
        ("email", Required) => w.enter_email.into(),
        ("email", InvalidEmail) => w.email_like.into(),
        ("email", TooLong) => w.email_too_long.into(),
        ("message" | "note", TooLong) => w.too_long(&count(LOBBY_MESSAGE_MAX)),
        ("max_clicks", _) => w.clicks_range(&count(CLICKS_MAX as usize)),
        ("duration_days", _) => w.days_range(&count(DAYS_MAX as usize)),
        ("role", Required) => w.select_role.into(),
        ("role", NotAllowed) => w.role_not_allowed.into(),
        (_, TooLong) => w.too_long(&count(NAME_MAX)),
        (_, Required) => w.required.into(),
        (_, Invalid) => w.invalid_characters.into(),
        (_, _) => w.check_value.into(),
    }
}

/// The sentence under each refused field, keyed by field name (a form's `errors`).
pub fn field_messages(errors: &FieldErrors) -> FieldMessages {
    // Inserted one by one, in the errors' (field name) order.
    let mut messages = FieldMessages::new();
    for (field, error) in errors.iter() {
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

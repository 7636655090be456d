//! The contract's input rules, run by the SPA before sending and by the server before storing,
//! so that a message under a field reads the same whichever side caught the mistake.

use crate::{
    FieldError, FieldErrors, GuestLinkChange, InviteRole, JoinRequest, NewAccessRequest,
    NewGuestLink, NewInvite,
};

/// Names of people and links: 1..=80 characters after trimming.
pub const NAME_MAX: usize = 80;
pub const CLICKS_MAX: i64 = 100_000;
pub const DAYS_MAX: i64 = 365;
/// RFC 5321's limit on an address.
pub const EMAIL_MAX: usize = 254;
pub const LOBBY_MESSAGE_MAX: usize = 500;
/// The note of a request for access, after trimming.
pub const NOTE_MAX: usize = 500;
/// The longest browser id a join may carry (the SPA sends 32 hex digits).
pub const DEVICE_MAX: usize = 128;

/// Characters no name may hold: control characters (NUL, CR, LF, tab, ...), the line and
/// paragraph separators, and the bidirectional embedding, override and isolate controls
/// (U+202A..=U+202E, U+2066..=U+2069), which make text read in another order than it is
/// stored and let a name carry extra lines into an email or a list.
pub fn is_forbidden_in_name(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// A required, trimmed, length-limited one-line text (see [`is_forbidden_in_name`]); counts
/// characters, not bytes.
pub fn required_text(value: &str, max: usize) -> Result<(), FieldError> {
    checked_text(value, max, is_forbidden_in_name)
}

/// Like [`required_text`], but line breaks (`\n`, `\r`) may stay: a message has paragraphs.
pub fn message_text(value: &str, max: usize) -> Result<(), FieldError> {
    checked_text(value, max, |c| {
        !matches!(c, '\n' | '\r') && is_forbidden_in_name(c)
    })
}

fn checked_text(value: &str, max: usize, forbidden: fn(char) -> bool) -> Result<(), FieldError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        Err(FieldError::Required)
    } else if trimmed.chars().count() > max {
        Err(FieldError::TooLong)
    } else if trimmed.chars().any(forbidden) {
        Err(FieldError::Invalid)
    } else {
        Ok(())
    }
}

/// An optional whole number in `1..=max`; `None` means unlimited.
pub fn optional_range(value: Option<i64>, max: i64) -> Result<(), FieldError> {
    match value {
        Some(n) if !(1..=max).contains(&n) => Err(FieldError::OutOfRange),
        _ => Ok(()),
    }
}

/// A plain syntactic check: one `@`, a non-empty local part, a dotted domain, no spaces.
/// Deliverability is the mail system's business; this catches typos.
pub fn email(value: &str) -> Result<(), FieldError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    if value.len() > EMAIL_MAX {
        return Err(FieldError::TooLong);
    }
    let Some((local, domain)) = value.split_once('@') else {
        return Err(FieldError::InvalidEmail);
    };
    let labels_ok = domain.split('.').count() >= 2
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    if local_ok && labels_ok {
        Ok(())
    } else {
        Err(FieldError::InvalidEmail)
    }
}

fn collect(checks: &[(&str, Result<(), FieldError>)]) -> Result<(), FieldErrors> {
    // Inserted one by one rather than `collect()`ed, which sorts first: the sort's code
    // would otherwise ship in every client that validates a form.
    let mut errors = FieldErrors::new();
    for (field, result) in checks {
        if let Err(error) = result {
            errors.insert(field.to_string(), *error);
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

pub fn guest_link(link: &NewGuestLink) -> Result<(), FieldErrors> {
    collect(&[
        ("name", required_text(&link.name, NAME_MAX)),
        ("max_clicks", optional_range(link.max_clicks, CLICKS_MAX)),
        (
            "duration_days",
            optional_range(link.duration_days, DAYS_MAX),
        ),
    ])
}

/// A change to a link: each field present follows the create rules, and a click limit may
/// not go below `clicks_used` (the link's clicks when the change is applied).
pub fn guest_link_change(change: &GuestLinkChange, clicks_used: i64) -> Result<(), FieldErrors> {
    let clicks = match change.max_clicks {
        Some(Some(limit)) if (1..clicks_used).contains(&limit) => Err(FieldError::BelowUsed),
        Some(limit) => optional_range(limit, CLICKS_MAX),
        None => Ok(()),
    };
    collect(&[
        (
            "name",
            change
                .name
                .as_deref()
                .map_or(Ok(()), |name| required_text(name, NAME_MAX)),
        ),
        ("max_clicks", clicks),
        (
            "duration_days",
            optional_range(change.duration_days.flatten(), DAYS_MAX),
        ),
    ])
}

pub fn join(join: &JoinRequest) -> Result<(), FieldErrors> {
    collect(&[
        ("name", required_text(&join.name, NAME_MAX)),
        ("email", email(&join.email)),
        ("device", device(join.device.as_deref())),
    ])
}

/// A request for access: name and email as for a join; the note may be blank (none) or at
/// most 500 characters after trimming, with line breaks allowed.
pub fn access_request(request: &NewAccessRequest) -> Result<(), FieldErrors> {
    let note = match request.note.as_deref().map(str::trim) {
        None | Some("") => Ok(()),
        Some(note) => message_text(note, NOTE_MAX),
    };
    collect(&[
        ("name", required_text(&request.name, NAME_MAX)),
        ("email", email(&request.email)),
        ("note", note),
    ])
}

/// The browser's id a join may carry: only its length is checked (it is hashed, never shown).
fn device(value: Option<&str>) -> Result<(), FieldError> {
    match value {
        Some(id) if id.chars().count() > DEVICE_MAX => Err(FieldError::TooLong),
        _ => Ok(()),
    }
}

pub fn invite(invite: &NewInvite, allowed_roles: &[InviteRole]) -> Result<(), FieldErrors> {
    let role = match invite.role {
        None => Err(FieldError::Required),
        Some(role) if !allowed_roles.contains(&role) => Err(FieldError::NotAllowed),
        Some(_) => Ok(()),
    };
    collect(&[
        ("email", email(&invite.email)),
        ("first_name", required_text(&invite.first_name, NAME_MAX)),
        ("last_name", required_text(&invite.last_name, NAME_MAX)),
        ("role", role),
    ])
}

/// A lobby message may be cleared (`None` or blank) or set to at most 500 characters.
pub fn lobby_message(message: Option<&str>) -> Result<(), FieldErrors> {
    match message.map(str::trim).filter(|m| !m.is_empty()) {
        None => Ok(()),
        Some(m) => collect(&[("message", message_text(m, LOBBY_MESSAGE_MAX))]),
    }
}

/// The longest language tag a platform may set (RFC 5646's advice for what to support).
pub const LOCALE_MAX: usize = 35;

/// A BCP 47 language tag's shape: a primary language of 2 to 8 letters, then subtags of 1 to 8
/// letters or digits, joined by `-` (`en`, `es-419`, `he-IL`, `zh-Hant-TW`), at most
/// [`LOCALE_MAX`] characters. Whether a language is one the SPA has is the SPA's business.
pub fn locale_tag(tag: &str) -> Result<(), FieldError> {
    if tag.is_empty() {
        return Err(FieldError::Required);
    }
    if tag.len() > LOCALE_MAX {
        return Err(FieldError::TooLong);
    }
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    let primary_ok =
        (2..=8).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        Ok(())
    } else {
        Err(FieldError::Invalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(name: &str, clicks: Option<i64>, days: Option<i64>) -> NewGuestLink {
        NewGuestLink {
            name: name.into(),
            max_clicks: clicks,
            duration_days: days,
            admission: None,
        }
    }

    #[test]
    fn given_a_request_for_access_should_check_name_email_and_the_note_trimmed() {
        let request = |name: &str, email: &str, note: Option<&str>| NewAccessRequest {
            name: name.into(),
            email: email.into(),
            note: note.map(str::to_string),
        };
        assert!(access_request(&request("Ann", "ann@example.com", None)).is_ok());
        assert!(access_request(&request("Ann", "ann@example.com", Some("  "))).is_ok());
        let note = format!("  {}\nok  ", "é".repeat(497));
        assert!(access_request(&request("Ann", "ann@example.com", Some(&note))).is_ok());
        let errors = access_request(&request(" ", "ann@", Some(&"a".repeat(501)))).unwrap_err();
        assert_eq!(errors["name"], FieldError::Required);
        assert_eq!(errors["email"], FieldError::InvalidEmail);
        assert_eq!(errors["note"], FieldError::TooLong);
        let errors = access_request(&request("Ann", "a@b.co", Some("a\u{0}b"))).unwrap_err();
        assert_eq!(errors["note"], FieldError::Invalid);
    }

    #[test]
    fn given_a_name_of_spaces_should_require_it() {
        let errors = guest_link(&link("   ", None, None)).unwrap_err();
        assert_eq!(errors["name"], FieldError::Required);
    }

    #[test]
    fn given_80_characters_after_trimming_should_accept_and_81_should_refuse() {
        let eighty = format!("  {}  ", "é".repeat(80));
        assert!(guest_link(&link(&eighty, None, None)).is_ok());
        let errors = guest_link(&link(&"a".repeat(81), None, None)).unwrap_err();
        assert_eq!(errors["name"], FieldError::TooLong);
    }

    #[test]
    fn given_limits_at_their_bounds_should_accept_only_inside() {
        assert!(guest_link(&link("a", Some(1), Some(1))).is_ok());
        assert!(guest_link(&link("a", Some(100_000), Some(365))).is_ok());
        let errors = guest_link(&link("a", Some(0), Some(366))).unwrap_err();
        assert_eq!(errors["max_clicks"], FieldError::OutOfRange);
        assert_eq!(errors["duration_days"], FieldError::OutOfRange);
        let errors = guest_link(&link("a", Some(100_001), Some(-1))).unwrap_err();
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn given_a_change_should_check_only_the_fields_present_and_the_clicks_used() {
        assert!(guest_link_change(&GuestLinkChange::default(), 5).is_ok());
        let lower = GuestLinkChange {
            max_clicks: Some(Some(4)),
            ..Default::default()
        };
        let errors = guest_link_change(&lower, 5).unwrap_err();
        assert_eq!(errors["max_clicks"], FieldError::BelowUsed);
        let equal = GuestLinkChange {
            max_clicks: Some(Some(5)),
            duration_days: Some(None),
            ..Default::default()
        };
        assert!(guest_link_change(&equal, 5).is_ok());
        let bad = GuestLinkChange {
            name: Some("  ".into()),
            max_clicks: Some(Some(0)),
            duration_days: Some(Some(366)),
        };
        let errors = guest_link_change(&bad, 5).unwrap_err();
        assert_eq!(errors["name"], FieldError::Required);
        assert_eq!(errors["max_clicks"], FieldError::OutOfRange);
        assert_eq!(errors["duration_days"], FieldError::OutOfRange);
    }

    #[test]
    fn given_common_addresses_should_accept_them() {
        for ok in [
            "a@b.co",
            "first.last+tag@example.co.uk",
            "Ann@Example.COM",
            "ü@bü.de",
        ] {
            assert_eq!(email(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn given_malformed_addresses_should_refuse_them() {
        for bad in [
            "ann",
            "ann@",
            "@x.com",
            "a b@x.com",
            "a@x",
            "a@@x.com",
            "a@-x.com",
            "a..b@x.com",
            "<script>@x.com",
        ] {
            assert_eq!(email(bad), Err(FieldError::InvalidEmail), "{bad}");
        }
        assert_eq!(email("  "), Err(FieldError::Required));
    }

    #[test]
    fn given_a_nul_byte_should_refuse_the_text() {
        assert_eq!(required_text("a\0b", 80), Err(FieldError::Invalid));
    }

    #[test]
    fn given_line_breaks_or_bidi_controls_in_a_name_should_refuse_it() {
        for bad in [
            "Hi customer,\n\nYour account is locked",
            "Ann\r\nBcc: x@y.z",
            "Ann\tLee",
            "Ann \u{202E}gnp.exe\u{202C} Lee",
            "Ann \u{2066}Lee\u{2069}",
            "Ann\u{2028}Lee",
        ] {
            assert_eq!(required_text(bad, 80), Err(FieldError::Invalid), "{bad:?}");
        }
        assert_eq!(required_text("Ann עברית Lee 🎉", 80), Ok(()));
    }

    #[test]
    fn given_a_lobby_message_should_keep_line_breaks_but_refuse_other_controls() {
        assert!(lobby_message(Some("Welcome!\r\n\nWe start at 10.")).is_ok());
        for bad in ["Tab\there", "Bell\u{7}", "\u{202E}reversed"] {
            let errors = lobby_message(Some(bad)).unwrap_err();
            assert_eq!(errors["message"], FieldError::Invalid, "{bad:?}");
        }
    }

    #[test]
    fn given_a_role_the_media_does_not_allow_should_refuse_it() {
        let invite = NewInvite {
            email: "a@b.co".into(),
            first_name: "Ann".into(),
            last_name: "Lee".into(),
            role: Some(InviteRole::Speaker),
            send_email: false,
        };
        let errors = super::invite(&invite, &[InviteRole::Viewer]).unwrap_err();
        assert_eq!(errors["role"], FieldError::NotAllowed);
        assert!(super::invite(&invite, InviteRole::ALL_LIVE).is_ok());
    }

    #[test]
    fn given_a_blank_lobby_message_should_clear_it() {
        assert!(lobby_message(Some("   ")).is_ok());
        assert!(lobby_message(None).is_ok());
        assert!(lobby_message(Some(&"x".repeat(501))).is_err());
    }

    #[test]
    fn given_language_tags_should_accept_bcp47_shapes_only() {
        for tag in ["en", "es", "he-IL", "es-419", "zh-Hant-TW", "EN-gb"] {
            assert_eq!(locale_tag(tag), Ok(()), "{tag}");
        }
        assert_eq!(locale_tag(""), Err(FieldError::Required));
        assert_eq!(locale_tag(&"a".repeat(36)), Err(FieldError::TooLong));
        for tag in [
            "e",
            "en_US",
            "en-",
            "-en",
            "12",
            "en--US",
            "en-toolongsubtag",
            "עב",
            "en US",
        ] {
            assert_eq!(locale_tag(tag), Err(FieldError::Invalid), "{tag}");
        }
    }
}

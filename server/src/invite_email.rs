use contract::Invite;

/// An email to send.
pub struct Email {
    pub subject: String,
    pub body: String,
}

/// A value as one line of an email: control characters (CR and LF above all), line
/// separators and bidirectional controls become spaces, so no field can add a line, a
/// paragraph or a header, or reorder what is around it. Names are already refused with
/// these; titles and inviter names come from the platform and are treated the same way.
pub fn one_line(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            if contract::validate::is_forbidden_in_name(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The invitation email: who invited whom to what, as which role, and the link.
pub fn invite_email(invite: &Invite, media_title: &str, inviter: &str) -> Email {
    let (inviter, media_title) = (one_line(inviter), one_line(media_title));
    Email {
        subject: format!("{inviter} invited you to \"{media_title}\""),
        body: format!(
            "Hi {first_name},\n\n\
             {inviter} invited you to \"{media_title}\" as a {role}.\n\n\
             Open this link and enter this email address to join:\n{url}\n\n\
             The link expires on {expires} (UTC).\n",
            first_name = one_line(&invite.first_name),
            role = invite.role.label(),
            url = one_line(&invite.url),
            expires = invite.expires_at.format("%B %-d, %Y at %H:%M"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_line_breaks_in_a_field_should_keep_it_on_one_line() {
        assert_eq!(
            one_line("Ann\r\n\r\nYour account\u{2028}is \u{202E}locked"),
            "Ann    Your account is  locked"
        );
    }
}

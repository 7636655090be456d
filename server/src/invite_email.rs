use contract::Invite;

/// An email to send.
pub struct Email {
    pub subject: String,
    pub body: String,
}

/// The invitation email: who invited whom to what, as which role, and the link.
pub fn invite_email(invite: &Invite, media_title: &str, inviter: &str) -> Email {
    Email {
        subject: format!("{inviter} invited you to \"{media_title}\""),
        body: format!(
            "Hi {first_name},\n\n\
             {inviter} invited you to \"{media_title}\" as a {role}.\n\n\
             Open this link and enter this email address to join:\n{url}\n\n\
             The link expires on {expires} (UTC).\n",
            first_name = invite.first_name,
            role = invite.role.label(),
            url = invite.url,
            expires = invite.expires_at.format("%B %-d, %Y at %H:%M"),
        ),
    }
}

//! The invitation email in the invitee's words: who invited them, to what, as which role, until
//! when the link works, the link, and what to do if it was not meant for them. Plain text and
//! HTML, plus a calendar entry for a scheduled live event or room.

use chrono::{DateTime, Utc};
use contract::{Invite, MediaStatus};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::Message;

use super::ics::{calendar, CalendarEntry};
use super::text::{html, one_line};
use crate::store::media::MediaRow;

/// What goes into one invitation email.
pub struct InviteMail<'a> {
    pub invite: &'a Invite,
    pub media: &'a MediaRow,
    /// The host who sent it, as their name reads.
    pub inviter: &'a str,
    /// The sender, also the calendar entry's organizer.
    pub from: &'a Mailbox,
    /// The SPA's host name, which makes the calendar UID unique to this platform.
    pub site: &'a str,
    pub now: DateTime<Utc>,
}

/// An email's parts, as the outbox keeps them.
#[derive(Clone, Debug)]
pub struct Composed {
    pub to_name: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The `.ics`, for a scheduled live event or room.
    pub calendar: Option<String>,
}

/// A date and time as the email writes it, with its time zone.
fn when(at: DateTime<Utc>) -> String {
    at.format("%B %-d, %Y at %H:%M UTC").to_string()
}

/// Composes the invitation. Every field from a person passes [`one_line`], so none can add a
/// line to the text or a header to the message.
pub fn invite_mail(mail: &InviteMail<'_>) -> Composed {
    let invite = mail.invite;
    let first_name = one_line(&invite.first_name);
    let to_name = one_line(&format!("{} {}", invite.first_name, invite.last_name));
    let inviter = one_line(mail.inviter);
    let title = one_line(&mail.media.title);
    let email = one_line(&invite.email);
    let url = one_line(&invite.url);
    let role = invite.role.label();
    // "Can watch …" reads "As a Viewer, you can watch …".
    let description = invite.role.description();
    let can = format!(
        "As a {role}, you {}{}",
        description[..1].to_lowercase(),
        &description[1..]
    );
    let starts_at = mail.media.starts_at().filter(|at| {
        mail.media.kind.is_live() && mail.media.status == MediaStatus::Scheduled && *at > mail.now
    });
    let start = starts_at.map(|at| {
        format!(
            "It starts on {}. The attached invite.ics adds it to your calendar.",
            when(at)
        )
    });
    let expires = format!("The link works until {}.", when(invite.expires_at));
    let join = format!("Open this link, then enter this email address ({email}) to join:");
    let not_for_you = "Not meant for you? Ignore this email: the link works only with the \
                       address it was sent to.";

    let mut text =
        format!("Hi {first_name},\n\n{inviter} invited you to \"{title}\" as a {role}. {can}\n\n");
    if let Some(start) = &start {
        text.push_str(&format!("{start}\n\n"));
    }
    text.push_str(&format!("{join}\n{url}\n\n{expires}\n\n{not_for_you}\n"));

    let p = |line: &str| format!("<p>{}</p>\n", html(line));
    let mut body = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n",
        html(&format!("Invitation to \"{title}\""))
    );
    body.push_str(&p(&format!("Hi {first_name},")));
    body.push_str(&format!(
        "<p>{} invited you to <strong>{}</strong> as a {role}. {}</p>\n",
        html(&inviter),
        html(&title),
        html(&can)
    ));
    if let Some(start) = &start {
        body.push_str(&p(start));
    }
    body.push_str(&p(&join));
    body.push_str(&format!("<p><a href=\"{0}\">{0}</a></p>\n", html(&url)));
    body.push_str(&p(&expires));
    body.push_str(&p(not_for_you));
    body.push_str("</body>\n</html>\n");

    let calendar = starts_at.map(|starts_at| {
        calendar(&CalendarEntry {
            uid: &format!("invite-{}@{}", invite.id, mail.site),
            title: &title,
            description: &format!(
                "{inviter} invited you as a {role}. Open your invite link and enter {email}: {url}"
            ),
            url: &url,
            starts_at,
            organizer_name: mail.from.name.as_deref().unwrap_or(&inviter),
            organizer_email: mail.from.email.as_ref(),
            attendee_name: &to_name,
            attendee_email: &email,
            stamp: mail.now,
        })
    });

    Composed {
        subject: one_line(&format!("{inviter} invited you to \"{title}\"")),
        to_name,
        text,
        html: body,
        calendar,
    }
}

/// The MIME message for one delivery attempt: `multipart/alternative` (text, HTML), inside
/// `multipart/mixed` with the `.ics` when there is one. Fails with a sentence for the host
/// when the address cannot be written in an envelope.
pub fn mime(
    from: &Mailbox,
    to_address: &str,
    parts: &Composed,
    message_id: &str,
) -> Result<Message, String> {
    let address = one_line(to_address).parse().map_err(|_| {
        format!(
            "\"{}\" is not an address a mail server accepts.",
            one_line(to_address)
        )
    })?;
    let to = Mailbox::new(Some(one_line(&parts.to_name)), address);
    let alternative = MultiPart::alternative_plain_html(parts.text.clone(), parts.html.clone());
    let body = match &parts.calendar {
        Some(ics) => MultiPart::mixed().multipart(alternative).singlepart(
            Attachment::new("invite.ics".to_string()).body(
                ics.clone(),
                ContentType::parse("text/calendar; charset=utf-8; method=REQUEST")
                    .expect("a valid content type"),
            ),
        ),
        None => alternative,
    };
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(one_line(&parts.subject))
        .message_id(Some(one_line(message_id)))
        .multipart(body)
        .map_err(|error| one_line(&error.to_string()))
}

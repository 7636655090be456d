//! Fixture data for the invite screens: people with long and unusual names, invites in each
//! state, the invitee's view before and after the start.

use chrono::Duration;
use contract::{
    EmailStatus, Invite, InviteInfo, InviteMedia, InviteRole, InviteeSession, MediaKind,
    MediaStatus, UserHit,
};

use super::at;

/// An invite to `email` with `uses` of `max_uses` redemptions, expiring on Dec 1, 2030.
pub fn invite(id: i64, first: &str, last: &str, email: &str, role: InviteRole) -> Invite {
    Invite {
        id,
        url: format!("https://share.example.com/invite/fixture-invite-token-{id}-kX9vQ2"),
        email: email.to_string(),
        first_name: first.to_string(),
        last_name: last.to_string(),
        role,
        expires_at: at(2030, 12, 1),
        max_uses: Some(1),
        uses: 0,
        emailed: false,
        email_status: None,
        email_error: None,
        locked: false,
    }
}

/// Several invites: unused, used, partly used, expired. Ann's and Ngozi's emails were
/// delivered: Ngozi's invite still opens, so it offers Resend; Ann's is used, so it doesn't.
pub fn several_invites() -> Vec<Invite> {
    let used = Invite {
        uses: 1,
        emailed: true,
        email_status: Some(EmailStatus::Sent),
        ..invite(
            2,
            "Ann",
            "Lee",
            "ann.lee@example.com",
            InviteRole::Moderator,
        )
    };
    let partly = Invite {
        uses: 2,
        max_uses: Some(5),
        emailed: true,
        email_status: Some(EmailStatus::Sent),
        ..invite(
            3,
            "Ngozi",
            "Okonkwo-Adebayo",
            "ngozi@example.org",
            InviteRole::Viewer,
        )
    };
    let expired = Invite {
        expires_at: at(2026, 1, 5),
        ..invite(
            4,
            "José María",
            "de la Cruz",
            "jm.cruz@example.es",
            InviteRole::Viewer,
        )
    };
    vec![
        invite(
            1,
            "Zoë",
            "Featherstonehaugh-Wolfeschlegelsteinhausen",
            "zoe.featherstonehaugh@very-long-company-domain.example.com",
            InviteRole::Speaker,
        ),
        used,
        partly,
        expired,
    ]
}

/// Invites the host must act on: an email the mail server refused (Resend) and a link locked after too many wrong emails (Issue new link).
pub fn invites_needing_action() -> Vec<Invite> {
    let refused = Invite {
        email_status: Some(EmailStatus::Failed),
        email_error: Some("The mail server refused the address: 550 5.1.1 No such user".into()),
        ..invite(
            5,
            "Priya",
            "Raman",
            "priya.raman@example.org",
            InviteRole::Speaker,
        )
    };
    let locked = Invite {
        locked: true,
        ..invite(
            7,
            "Mei",
            "Tanaka",
            "mei.tanaka@example.jp",
            InviteRole::Moderator,
        )
    };
    vec![refused, locked]
}

/// Directory users that match "ann".
pub fn user_hits() -> Vec<UserHit> {
    [
        ("ann.lee@example.com", "Ann", "Lee"),
        ("anna.kowalski@example.com", "Anna", "Kowalski"),
        ("joanna.smith@example.com", "Joanna", "Smith"),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (email, first, last))| UserHit {
        id: i as i64 + 100,
        email: email.into(),
        first_name: first.into(),
        last_name: last.into(),
    })
    .collect()
}

fn invite_media(status: MediaStatus) -> InviteMedia {
    InviteMedia {
        title: "Launch livestream: what's new in 2027 <live> & more".into(),
        kind: MediaKind::LiveEvent,
        status,
        starts_at: (status == MediaStatus::Scheduled).then(|| InviteMedia::time(at(2026, 12, 1))),
    }
}

/// What the lobby shows an invitee before logging in.
pub fn invite_info(status: MediaStatus) -> InviteInfo {
    InviteInfo {
        media: invite_media(status),
        role: InviteRole::Speaker,
        first_name: "Zoë".into(),
        platform: Some(super::platform()),
        shared_by: Some(super::shared_by()),
    }
}

/// The invitee's session in `status`.
pub fn invitee_session(status: MediaStatus, role: InviteRole) -> InviteeSession {
    InviteeSession {
        media: invite_media(status),
        role,
        first_name: "Zoë".into(),
    }
}

/// A moment `before` the fixture session's start, in Unix milliseconds.
pub fn ms_before_start(before: Duration) -> f64 {
    (at(2026, 12, 1) - before).timestamp_millis() as f64
}

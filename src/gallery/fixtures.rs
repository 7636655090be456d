//! Fixture data for the gallery and the component tests: realistic, and as long and as odd
//! as real names get.

use chrono::{TimeZone, Utc};
use contract::{Capabilities, InviteRole, Media, MediaKind, MediaStatus, MediaSummary, Timestamp};

pub fn at(y: i32, m: u32, d: u32) -> Timestamp {
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
}

/// The moment the gallery's relative dates count from: three days before the active
/// fixture link expires, so its row reads "April 23, 2026 · in 3 days".
pub fn gallery_now() -> Timestamp {
    at(2026, 4, 20)
}

pub fn capabilities(kind: MediaKind) -> Capabilities {
    Capabilities {
        manage_guest_access: true,
        guest_access_supported: kind.supports_guest_access(),
        invite_users: kind != MediaKind::GalleryRoom,
        invite_roles: kind.invite_roles().to_vec(),
        invite_email_available: true,
    }
}

pub fn media(kind: MediaKind, status: MediaStatus) -> Media {
    let title = match kind {
        MediaKind::Video => "Quarterly all-hands: product roadmap and Q&A",
        MediaKind::LiveEvent => "Launch livestream: what's new in 2027",
        MediaKind::Room => "Design review room",
        _ => "Onboarding handbook",
    };
    Media {
        id: 1,
        title: title.to_string(),
        description: "A recording of the quarterly meeting, with the slides and the questions \
                      people asked at the end."
            .to_string(),
        kind,
        status,
        starts_at: (status == MediaStatus::Scheduled).then(|| at(2026, 12, 1)),
        capabilities: capabilities(kind),
    }
}

pub fn media_list() -> Vec<MediaSummary> {
    let statuses = [
        MediaStatus::Ended,
        MediaStatus::Live,
        MediaStatus::Scheduled,
    ];
    MediaKind::ALL
        .into_iter()
        .enumerate()
        .map(|(i, kind)| MediaSummary {
            id: i as i64 + 1,
            title: format!(
                "{} — a title long enough to wrap on a phone screen",
                kind.label()
            ),
            kind,
            status: if kind.is_live() {
                statuses[i % 3]
            } else {
                MediaStatus::Ended
            },
        })
        .collect()
}

/// Roles offered for each kind, as the backend would report them.
pub fn roles(kind: MediaKind) -> Vec<InviteRole> {
    kind.invite_roles().to_vec()
}

/// A guest link in the given state.
pub fn guest_link(id: i64, name: &str, status: contract::LinkStatus) -> contract::GuestLink {
    use contract::LinkStatus;
    let (expires_at, max_clicks, clicks) = match status {
        LinkStatus::Active => (Some(at(2026, 4, 23)), Some(100), 12),
        LinkStatus::Expired => (Some(at(2026, 1, 5)), None, 40),
        LinkStatus::Exhausted => (None, Some(25), 25),
    };
    contract::GuestLink {
        id,
        name: name.to_string(),
        url: format!("https://share.example.com/guest/fixture-token-{id}"),
        created_at: at(2026, 1, 1),
        expires_at,
        max_clicks,
        clicks,
        status,
        admission: contract::LinkAdmission::Wait,
    }
}

/// Guest access with `links`, on or off.
pub fn guest_access(enabled: bool, links: Vec<contract::GuestLink>) -> contract::GuestAccess {
    contract::GuestAccess {
        enabled,
        max_links: 3,
        links,
    }
}

/// The three links a busy item has: one working, one expired, one used up.
pub fn three_links() -> Vec<contract::GuestLink> {
    use contract::LinkStatus;
    vec![
        guest_link(1, "Press preview", LinkStatus::Active),
        guest_link(
            2,
            "Partner agencies — EMEA & APAC (old)",
            LinkStatus::Expired,
        ),
        guest_link(3, "Conference attendees", LinkStatus::Exhausted),
    ]
}

const FIRST: [&str; 12] = [
    "Ana", "Bilal", "Chen", "Dara", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kwame",
    "Lucía",
];
const LAST: [&str; 10] = [
    "Okafor",
    "Nakamura",
    "García",
    "Müller",
    "Haddad",
    "Kowalski",
    "Singh",
    "Ólafsdóttir",
    "Dubois",
    "Moreau",
];

fn person_name(i: usize) -> String {
    format!(
        "{} {}",
        FIRST[i % FIRST.len()],
        LAST[(i / FIRST.len()) % LAST.len()]
    )
}

/// `n` people in the live session: the host, then users, guests and invitees.
pub fn participants(n: usize) -> Vec<contract::Participant> {
    use contract::{ParticipantKind, ParticipantRole};
    (0..n)
        .map(|i| contract::Participant {
            id: i as i64 + 1,
            name: if i == 0 {
                "Hana Host".into()
            } else {
                person_name(i)
            },
            kind: [
                ParticipantKind::User,
                ParticipantKind::Guest,
                ParticipantKind::Invitee,
            ][i % 3],
            role: if i == 0 {
                ParticipantRole::Host
            } else {
                [
                    ParticipantRole::Viewer,
                    ParticipantRole::Viewer,
                    ParticipantRole::Speaker,
                ][i % 3]
            },
            joined_at: at(2026, 3, 1),
        })
        .collect()
}

/// `n` guests waiting, oldest first.
pub fn waiting_guests(n: usize) -> Vec<contract::WaitingGuest> {
    (0..n)
        .map(|i| contract::WaitingGuest {
            guest_id: 10_000 + i as i64,
            name: person_name(i + 7),
            email: format!("guest{i}@example.org"),
            waiting_since: at(2026, 3, 1) + chrono::Duration::seconds(i as i64 * 40),
            away_since: None,
            denied_before: 0,
        })
        .collect()
}

/// `n` guests waiting, the second of them (if any) with a page gone for a while.
pub fn waiting_guests_one_away(n: usize) -> Vec<contract::WaitingGuest> {
    let mut guests = waiting_guests(n);
    if let Some(away) = guests.get_mut(1) {
        away.away_since = Some(away.waiting_since + chrono::Duration::seconds(95));
    }
    guests
}

/// `n` guests waiting, the first denied once before and the third twice, asking again.
pub fn waiting_guests_asking_again(n: usize) -> Vec<contract::WaitingGuest> {
    let mut guests = waiting_guests(n);
    for (i, times) in [(0, 1), (2, 2)] {
        if let Some(guest) = guests.get_mut(i) {
            guest.denied_before = times;
        }
    }
    guests
}

/// What a guest sees of the video behind a guest link.
pub fn guest_media() -> contract::GuestMedia {
    let media = media(MediaKind::Video, MediaStatus::Ended);
    contract::GuestMedia {
        title: media.title,
        kind: media.kind,
        thumbnail_url: None,
        description: Some(media.description),
        starts_at: None,
    }
}

/// The platform as a backend names it on guest and invite pages; its logo inline, so the
/// gallery needs no server.
pub fn platform() -> contract::Platform {
    contract::Platform {
        name: "MediaShare".into(),
        logo_url: Some(LOGO.into()),
        default_locale: None,
    }
}

/// Who shares the fixtures' items.
pub fn shared_by() -> contract::SharedBy {
    contract::SharedBy {
        name: "Hana Host".into(),
    }
}

/// What a guest page knows once the fixture link has opened.
pub fn link_context() -> crate::guest::LinkContext {
    crate::guest::LinkContext {
        platform: Some(platform()),
        shared_by: Some(shared_by()),
        title: Some(guest_media().title),
    }
}

/// The reference backend's logo, as a data URL.
const LOGO: &str = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 48'%3E%3Crect width='48' height='48' rx='12' fill='%232f5bd3'/%3E%3Cpath d='M17 14.5v19l16-9.5z' fill='%23fff'/%3E%3C/svg%3E";

/// A thumbnail for the item, as a data URL: a calm gradient the size of a 16:9 still.
pub const THUMBNAIL: &str = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 160 90'%3E%3Cdefs%3E%3ClinearGradient id='g' x2='1' y2='1'%3E%3Cstop offset='0' stop-color='%23304a8c'/%3E%3Cstop offset='1' stop-color='%2387a8e8'/%3E%3C/linearGradient%3E%3C/defs%3E%3Crect width='160' height='90' fill='url(%23g)'/%3E%3Ccircle cx='118' cy='30' r='12' fill='%23fff' opacity='.6'/%3E%3C/svg%3E";

/// A guest's session in the live event's waiting room.
pub fn waiting_session(position: u32, lobby_message: Option<&str>) -> contract::GuestSession {
    contract::GuestSession {
        admission: contract::Admission::Waiting,
        position: Some(position),
        lobby_message: lobby_message.map(str::to_string),
        media: contract::GuestMedia {
            kind: MediaKind::LiveEvent,
            title: media(MediaKind::LiveEvent, MediaStatus::Live).title,
            ..guest_media()
        },
    }
}

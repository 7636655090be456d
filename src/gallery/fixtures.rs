//! Fixture data for the gallery and the component tests: realistic, and as long and as odd
//! as real names get.

use chrono::{TimeZone, Utc};
use contract::{Capabilities, InviteRole, Media, MediaKind, MediaStatus, MediaSummary, Timestamp};

pub fn at(y: i32, m: u32, d: u32) -> Timestamp {
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
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

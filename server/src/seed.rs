//! Demo data for a fresh database: the same accounts, items and ids every time.

use contract::{MediaKind, MediaStatus, ParticipantKind, ParticipantRole};
use rusqlite::{params, Connection};

use crate::codec::Text;
use crate::db::write_tx;
use crate::seed_people::DIRECTORY;
use crate::store::media::MemberRole;
use crate::store::participants::{self, NewParticipant};
use crate::time::MINUTE_MS;

/// `(id, email, first name, last name, role in every item)` of the signed-in demo accounts.
const ACCOUNTS: &[(i64, &str, &str, &str, MemberRole)] = &[
    (1, "host@example.com", "Hana", "Host", MemberRole::Owner),
    (
        2,
        "cohost@example.com",
        "Cole",
        "Cohost",
        MemberRole::Cohost,
    ),
    (
        3,
        "viewer@example.com",
        "Vera",
        "Viewer",
        MemberRole::Viewer,
    ),
];

struct SeedMedia {
    title: &'static str,
    description: &'static str,
    kind: MediaKind,
    status: MediaStatus,
    /// Minutes from seeding; negative: already started.
    starts_in_minutes: Option<i64>,
}

const fn item(
    title: &'static str,
    description: &'static str,
    kind: MediaKind,
    status: MediaStatus,
    starts_in_minutes: Option<i64>,
) -> SeedMedia {
    SeedMedia {
        title,
        description,
        kind,
        status,
        starts_in_minutes,
    }
}

use MediaKind as K;
use MediaStatus as S;

/// One item of each kind, live events and rooms both live and scheduled, one unavailable.
const MEDIA: &[SeedMedia] = &[
    item(
        "Onboarding: your first week",
        "A 12-minute walkthrough of the tools, people and rituals of the first week.",
        K::Video,
        S::Live,
        None,
    ),
    item(
        "All-hands recording, March",
        "The quarterly all-hands: results, roadmap and questions from the floor.",
        K::Audio,
        S::Live,
        None,
    ),
    item(
        "Security handbook 2026",
        "How we handle passwords, devices, customer data and incidents.",
        K::Document,
        S::Live,
        None,
    ),
    item(
        "Data protection quiz",
        "Ten questions on handling personal data; takes about five minutes.",
        K::Quiz,
        S::Live,
        None,
    ),
    item(
        "New office floor plan",
        "Where the teams, quiet rooms and kitchens are on the fourth floor.",
        K::Image,
        S::Live,
        None,
    ),
    item(
        "Product launch keynote",
        "The spring launch, live from the main stage, with a Q&A at the end.",
        K::LiveEvent,
        S::Live,
        Some(-30),
    ),
    item(
        "Customer webinar: what's new",
        "A tour of this release for customers, followed by open questions.",
        K::LiveEvent,
        S::Scheduled,
        Some(5),
    ),
    item(
        "Design review",
        "Weekly critique of work in progress; bring screens, not slides.",
        K::Room,
        S::Live,
        Some(-15),
    ),
    item(
        "Weekly team sync",
        "Priorities, blockers and wins for the week ahead.",
        K::Room,
        S::Scheduled,
        Some(10),
    ),
    item(
        "Engineering channel",
        "The engineering team's always-on channel room.",
        K::ChannelRoom,
        S::Live,
        None,
    ),
    item(
        "Photo contest gallery",
        "Entries for the summer photo contest; vote for your favourite.",
        K::GalleryRoom,
        S::Live,
        None,
    ),
    item(
        "Retired: 2019 sales training",
        "Replaced by the 2026 sales training.",
        K::Video,
        S::Unavailable,
        None,
    ),
];

/// Directory users (by index) present in every live item, with their roles.
const PRESENT: &[(usize, ParticipantRole)] = &[
    (0, ParticipantRole::Moderator),
    (13, ParticipantRole::Speaker),
    (24, ParticipantRole::Viewer),
    (36, ParticipantRole::Viewer),
];

/// Seeds an empty database; does nothing if any user exists.
pub fn seed_if_empty(conn: &mut Connection, now: i64) -> rusqlite::Result<()> {
    let tx = write_tx(conn)?;
    let users: i64 = tx.query_row("SELECT COUNT(*) FROM users", [], |row| row.get(0))?;
    if users > 0 {
        return Ok(());
    }
    for (id, email, first, last, _) in ACCOUNTS {
        tx.execute(
            "INSERT INTO users (id, email, first_name, last_name) VALUES (?1, ?2, ?3, ?4)",
            params![id, email, first, last],
        )?;
    }
    let first_directory_id = ACCOUNTS.len() as i64 + 1;
    for (offset, (first, last, email)) in DIRECTORY.iter().enumerate() {
        tx.execute(
            "INSERT INTO users (id, email, first_name, last_name) VALUES (?1, ?2, ?3, ?4)",
            params![first_directory_id + offset as i64, email, first, last],
        )?;
    }
    for (index, media) in MEDIA.iter().enumerate() {
        let id = index as i64 + 1;
        let starts_at = media.starts_in_minutes.map(|m| now + m * MINUTE_MS);
        tx.execute(
            "INSERT INTO media (id, title, description, kind, status, starts_at, guest_access_enabled)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                id,
                media.title,
                media.description,
                Text(media.kind),
                Text(media.status),
                starts_at,
                media.kind.supports_guest_access()
            ],
        )?;
        for (user_id, _, _, _, role) in ACCOUNTS {
            tx.execute(
                "INSERT INTO media_members (media_id, user_id, role) VALUES (?1, ?2, ?3)",
                params![id, user_id, Text(*role)],
            )?;
        }
        if media.kind.is_live() && media.status == MediaStatus::Live {
            seed_participants(&tx, id, starts_at.unwrap_or(now), first_directory_id)?;
        }
    }
    tx.commit()
}

/// The host and a few directory users, joined one minute apart from the start.
fn seed_participants(
    conn: &Connection,
    media_id: i64,
    started: i64,
    first_directory_id: i64,
) -> rusqlite::Result<()> {
    let (host_id, _, host_first, host_last, _) = ACCOUNTS[0];
    let host = format!("{host_first} {host_last}");
    let mut people = vec![(Some(host_id), host, ParticipantRole::Host)];
    for (index, role) in PRESENT {
        let (first, last, _) = DIRECTORY[*index];
        let user_id = first_directory_id + *index as i64;
        people.push((Some(user_id), format!("{first} {last}"), *role));
    }
    for (minute, (user_id, name, role)) in people.into_iter().enumerate() {
        participants::insert(
            conn,
            &NewParticipant {
                media_id,
                name: &name,
                kind: ParticipantKind::User,
                role,
                now: started + minute as i64 * MINUTE_MS,
                user_id,
                guest_id: None,
                invitee_session_id: None,
            },
        )?;
    }
    Ok(())
}

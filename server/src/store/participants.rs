use std::collections::HashMap;

use contract::{Participant, ParticipantKind, ParticipantRole};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::codec::Text;
use crate::time::from_ms;

/// Who joined a live session, and through what.
pub struct NewParticipant<'a> {
    pub media_id: i64,
    pub name: &'a str,
    pub kind: ParticipantKind,
    pub role: ParticipantRole,
    pub now: i64,
    pub user_id: Option<i64>,
    pub guest_id: Option<i64>,
    pub invitee_session_id: Option<i64>,
}

const COLUMNS: &str = "id, name, kind, role, joined_at";

fn participant(row: &Row<'_>) -> rusqlite::Result<Participant> {
    Ok(Participant {
        id: row.get(0)?,
        name: row.get(1)?,
        kind: row.get::<_, Text<ParticipantKind>>(2)?.0,
        role: row.get::<_, Text<ParticipantRole>>(3)?.0,
        joined_at: from_ms(row.get(4)?),
    })
}

/// Adds a participant, unless this guest or invitee session already is one (then `None`).
pub fn insert(
    conn: &Connection,
    new: &NewParticipant<'_>,
) -> rusqlite::Result<Option<Participant>> {
    // Cached: admit-all inserts a thousand in one transaction.
    conn.prepare_cached(&format!(
        "INSERT INTO participants
             (media_id, name, kind, role, joined_at, user_id, guest_id, invitee_session_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT DO NOTHING
         RETURNING {COLUMNS}"
    ))?
    .query_row(
        params![
            new.media_id,
            new.name,
            Text(new.kind),
            Text(new.role),
            new.now,
            new.user_id,
            new.guest_id,
            new.invitee_session_id
        ],
        participant,
    )
    .optional()
}

/// Makes every guest of the item admitted at `now` a participant (guest, viewer) in one
/// statement, and returns each new participant by the guest it came from: admit-all's
/// thousand rows without a thousand statements. A guest who already is one is skipped (an
/// earlier decision in the same millisecond made them one).
pub fn insert_admitted_guests(
    conn: &Connection,
    media_id: i64,
    now: i64,
) -> rusqlite::Result<HashMap<i64, Participant>> {
    let mut statement = conn.prepare_cached(&format!(
        "INSERT INTO participants (media_id, name, kind, role, joined_at, guest_id)
         SELECT media_id, name, ?3, ?4, ?2, id FROM guests
         WHERE media_id = ?1 AND admission = 'admitted' AND decided_at = ?2
         ON CONFLICT DO NOTHING
         RETURNING {COLUMNS}, guest_id"
    ))?;
    let rows = statement.query_map(
        params![
            media_id,
            now,
            Text(ParticipantKind::Guest),
            Text(ParticipantRole::Viewer)
        ],
        |row| Ok((row.get::<_, i64>(5)?, participant(row)?)),
    )?;
    rows.collect()
}

/// Who is in the session now, earliest first.
pub fn present(conn: &Connection, media_id: i64) -> rusqlite::Result<Vec<Participant>> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM participants
         WHERE media_id = ?1 AND left_at IS NULL
         ORDER BY joined_at, id"
    ))?;
    let rows = statement.query_map([media_id], participant)?;
    rows.collect()
}

/// Marks a present participant as gone; `None` if there was none.
pub fn leave(
    conn: &Connection,
    media_id: i64,
    id: i64,
    now: i64,
) -> rusqlite::Result<Option<Participant>> {
    mark_left(conn, "id", media_id, id, now)
}

/// Marks the participant a guest became as gone; `None` if they were not present.
pub fn leave_guest(
    conn: &Connection,
    media_id: i64,
    guest_id: i64,
    now: i64,
) -> rusqlite::Result<Option<Participant>> {
    mark_left(conn, "guest_id", media_id, guest_id, now)
}

/// The one "gone" update behind both: the present row whose `column` (a fixed column name,
/// never input) is `value`.
fn mark_left(
    conn: &Connection,
    column: &'static str,
    media_id: i64,
    value: i64,
    now: i64,
) -> rusqlite::Result<Option<Participant>> {
    conn.query_row(
        &format!(
            "UPDATE participants SET left_at = ?3
             WHERE {column} = ?1 AND media_id = ?2 AND left_at IS NULL
             RETURNING {COLUMNS}"
        ),
        params![value, media_id, now],
        participant,
    )
    .optional()
}

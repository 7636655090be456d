use contract::{MediaKind, MediaStatus};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::codec::Text;
use crate::time::from_ms;

/// What a member may do with an item, beyond what its kind allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberRole {
    Owner,
    Cohost,
    Viewer,
}

/// One media item as stored, with its status already derived for "now".
#[derive(Clone, Debug)]
pub struct MediaRow {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub kind: MediaKind,
    pub status: MediaStatus,
    pub starts_at: Option<i64>,
    pub thumbnail_url: Option<String>,
    pub guest_access_enabled: bool,
    pub lobby_message: Option<String>,
}

impl MediaRow {
    /// `starts_at` as the API sends it.
    pub fn starts_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.starts_at.map(from_ms)
    }
}

/// A `scheduled` item whose start has passed is `live`: status is derived when read.
pub fn derive_status(stored: MediaStatus, starts_at: Option<i64>, now: i64) -> MediaStatus {
    match (stored, starts_at) {
        (MediaStatus::Scheduled, Some(start)) if start <= now => MediaStatus::Live,
        _ => stored,
    }
}

const COLUMNS: &str = "m.id, m.title, m.description, m.kind, m.status, m.starts_at,
    m.thumbnail_url, m.guest_access_enabled, m.lobby_message";

fn media_row(row: &Row<'_>, now: i64) -> rusqlite::Result<MediaRow> {
    let starts_at: Option<i64> = row.get(5)?;
    let stored: Text<MediaStatus> = row.get(4)?;
    Ok(MediaRow {
        id: row.get(0)?,
        title: row.get(1)?,
        description: row.get(2)?,
        kind: row.get::<_, Text<MediaKind>>(3)?.0,
        status: derive_status(stored.0, starts_at, now),
        starts_at,
        thumbnail_url: row.get(6)?,
        guest_access_enabled: row.get(7)?,
        lobby_message: row.get(8)?,
    })
}

/// One item by id.
pub fn find(conn: &Connection, id: i64, now: i64) -> rusqlite::Result<Option<MediaRow>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM media m WHERE m.id = ?1"),
        [id],
        |row| media_row(row, now),
    )
    .optional()
}

/// Who shares the item with guests and invitees: its owner, as "First Last".
pub fn shared_by(conn: &Connection, id: i64) -> rusqlite::Result<Option<contract::SharedBy>> {
    conn.query_row(
        "SELECT u.first_name || ' ' || u.last_name FROM media_members mm \
         JOIN users u ON u.id = mm.user_id WHERE mm.media_id = ?1 AND mm.role = 'owner' \
         ORDER BY u.id LIMIT 1",
        [id],
        |row| Ok(contract::SharedBy { name: row.get(0)? }),
    )
    .optional()
}

/// One item and the user's role in it, if the user is a member.
pub fn find_for_member(
    conn: &Connection,
    id: i64,
    user_id: i64,
    now: i64,
) -> rusqlite::Result<Option<(MediaRow, MemberRole)>> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS}, mm.role FROM media m
             JOIN media_members mm ON mm.media_id = m.id AND mm.user_id = ?2
             WHERE m.id = ?1"
        ),
        params![id, user_id],
        |row| Ok((media_row(row, now)?, row.get::<_, Text<MemberRole>>(9)?.0)),
    )
    .optional()
}

/// Every item the user belongs to, in id order, with their role.
pub fn list_for_member(
    conn: &Connection,
    user_id: i64,
    now: i64,
) -> rusqlite::Result<Vec<(MediaRow, MemberRole)>> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, mm.role FROM media m
         JOIN media_members mm ON mm.media_id = m.id AND mm.user_id = ?1
         ORDER BY m.id"
    ))?;
    let rows = statement.query_map([user_id], |row| {
        Ok((media_row(row, now)?, row.get::<_, Text<MemberRole>>(9)?.0))
    })?;
    rows.collect()
}

/// Turns guest access on or off.
pub fn set_guest_access(conn: &Connection, id: i64, enabled: bool) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE media SET guest_access_enabled = ?2 WHERE id = ?1",
        params![id, enabled],
    )?;
    Ok(())
}

/// Sets or clears the waiting room's message.
pub fn set_lobby_message(
    conn: &Connection,
    id: i64,
    message: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE media SET lobby_message = ?2 WHERE id = ?1",
        params![id, message],
    )?;
    Ok(())
}

/// Whether the user is owner or cohost of at least one item that has invites.
pub fn may_invite_somewhere(conn: &Connection, user_id: i64) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM media_members mm JOIN media m ON m.id = mm.media_id
                        WHERE mm.user_id = ?1 AND mm.role IN ('owner', 'cohost')
                          AND m.kind <> 'gallery_room')",
        [user_id],
        |row| row.get(0),
    )
}

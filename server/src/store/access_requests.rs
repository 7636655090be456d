//! Requests for access and the tombstones of deleted links that let a deleted link's token
//! still reach its item's host.

use contract::AccessRequest;
use rusqlite::{params, Connection, OptionalExtension};

use crate::time::from_ms;
use crate::tokens::digest;

/// What a deleted link leaves behind: enough to tell its item's host who asked, by which link.
pub struct Tombstone {
    pub link_id: i64,
    pub media_id: i64,
    pub name: String,
}

/// Records a deleted link; call in the delete's own transaction, before the row goes.
pub fn bury(conn: &Connection, link_id: i64, media_id: i64, now: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO deleted_guest_links (token_hash, link_id, media_id, name, deleted_at)
         SELECT token_hash, id, media_id, name, ?3 FROM guest_links WHERE id = ?1 AND media_id = ?2",
        params![link_id, media_id, now],
    )?;
    Ok(())
}

/// The tombstone of a deleted link by its token (compared by digest: the token is not kept).
pub fn tombstone(conn: &Connection, token: &str) -> rusqlite::Result<Option<Tombstone>> {
    conn.query_row(
        "SELECT link_id, media_id, name FROM deleted_guest_links WHERE token_hash = ?1",
        [digest(token)],
        |row| {
            Ok(Tombstone {
                link_id: row.get(0)?,
                media_id: row.get(1)?,
                name: row.get(2)?,
            })
        },
    )
    .optional()
}

/// A guest's request, trimmed by the caller.
pub struct NewRequest<'a> {
    pub media_id: i64,
    pub link_id: i64,
    pub link_name: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub note: Option<&'a str>,
    pub now: i64,
}

/// Stores a request, or updates the open one of the same email by the same link (name, note,
/// time): one statement, so two requests at once still leave one row.
pub fn upsert(conn: &Connection, request: &NewRequest<'_>) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO access_requests
             (media_id, link_id, link_name, name, email, email_key, note, requested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (link_id, email_key) DO UPDATE SET
             name = excluded.name, email = excluded.email, note = excluded.note,
             requested_at = excluded.requested_at",
        params![
            request.media_id,
            request.link_id,
            request.link_name,
            request.name,
            request.email,
            request.email.trim().to_lowercase(),
            request.note,
            request.now,
        ],
    )?;
    Ok(())
}

/// The item's open requests, newest first, without their links' state (the caller knows the
/// links): `link_status` is `None` here.
pub fn list(conn: &Connection, media_id: i64) -> rusqlite::Result<Vec<AccessRequest>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, name, email, note, requested_at, link_id, link_name
         FROM access_requests WHERE media_id = ?1
         ORDER BY requested_at DESC, id DESC",
    )?;
    let rows = statement.query_map([media_id], |row| {
        Ok(AccessRequest {
            id: row.get(0)?,
            name: row.get(1)?,
            email: row.get(2)?,
            note: row.get(3)?,
            requested_at: from_ms(row.get(4)?),
            link_id: row.get(5)?,
            link_name: row.get(6)?,
            link_status: None,
        })
    })?;
    rows.collect()
}

/// Dismisses a request of this item; false if there was none.
pub fn delete(conn: &Connection, media_id: i64, id: i64) -> rusqlite::Result<bool> {
    let deleted = conn.execute(
        "DELETE FROM access_requests WHERE id = ?1 AND media_id = ?2",
        params![id, media_id],
    )?;
    Ok(deleted > 0)
}

use rusqlite::{params, Connection, OptionalExtension};

use crate::tokens::digest;

/// Records a redeemed invite's session (the digest of its token); returns its id.
pub fn create(conn: &Connection, invite_id: i64, token: &str, now: i64) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO invitee_sessions (invite_id, token_hash, created_at) VALUES (?1, ?2, ?3)",
        params![invite_id, digest(token), now],
    )?;
    Ok(conn.last_insert_rowid())
}

/// A session by its bearer token: `(session id, invite id)`.
pub fn find_by_token(conn: &Connection, token: &str) -> rusqlite::Result<Option<(i64, i64)>> {
    conn.query_row(
        "SELECT id, invite_id FROM invitee_sessions WHERE token_hash = ?1",
        [digest(token)],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )
    .optional()
}

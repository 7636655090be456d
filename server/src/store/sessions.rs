//! Host sessions: stored as the digest of their cookie token, with an idle and an absolute
//! lifetime.

use rusqlite::{params, Connection, OptionalExtension};

use crate::time::{DAY_MS, MINUTE_MS};
use crate::tokens::digest;

/// A session unused for this long ends.
pub const IDLE_MS: i64 = DAY_MS;
/// A session ends this long after sign-in however much it is used; the cookie's Max-Age.
pub const ABSOLUTE_MS: i64 = 7 * DAY_MS;
/// `last_seen_at` is written at most this often, so reads stay reads.
const TOUCH_EVERY_MS: i64 = MINUTE_MS;

/// Records a host's session cookie token (its digest).
pub fn create(conn: &Connection, token: &str, user_id: i64, now: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?1, ?2, ?3, ?3)",
        params![digest(token), user_id, now],
    )?;
    Ok(())
}

/// Whose session this token is, if it has not expired; an expired one is deleted, a live one
/// marked as seen.
pub fn user_of(conn: &Connection, token: &str, now: i64) -> rusqlite::Result<Option<i64>> {
    let hash = digest(token);
    let found: Option<(i64, i64, i64)> = conn
        .query_row(
            "SELECT user_id, created_at, last_seen_at FROM sessions WHERE token_hash = ?1",
            [&hash],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let Some((user_id, created_at, last_seen_at)) = found else {
        return Ok(None);
    };
    if now - created_at >= ABSOLUTE_MS || now - last_seen_at >= IDLE_MS {
        conn.execute("DELETE FROM sessions WHERE token_hash = ?1", [&hash])?;
        return Ok(None);
    }
    if now - last_seen_at >= TOUCH_EVERY_MS {
        conn.execute(
            "UPDATE sessions SET last_seen_at = ?2 WHERE token_hash = ?1",
            params![hash, now],
        )?;
    }
    Ok(Some(user_id))
}

/// Ends a session.
pub fn delete(conn: &Connection, token: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM sessions WHERE token_hash = ?1",
        [digest(token)],
    )?;
    Ok(())
}

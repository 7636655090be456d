use contract::OutboxEmail;
use rusqlite::{params, Connection};

use crate::time::from_ms;

/// "Sends" an email on behalf of `sender`: the reference backend only records it.
pub fn insert(
    conn: &Connection,
    sender: i64,
    to: &str,
    subject: &str,
    body: &str,
    now: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO outbox (sender_id, to_address, subject, body, sent_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![sender, to, subject, body, now],
    )?;
    Ok(())
}

/// How many emails `sender` sent since `since`.
pub fn sent_since(conn: &Connection, sender: i64, since: i64) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT COUNT(*) FROM outbox WHERE sender_id = ?1 AND sent_at > ?2",
        params![sender, since],
        |row| row.get(0),
    )
}

/// Every email sent, newest first.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<OutboxEmail>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, to_address, subject, body, sent_at FROM outbox ORDER BY sent_at DESC, id DESC",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(OutboxEmail {
            id: row.get(0)?,
            to: row.get(1)?,
            subject: row.get(2)?,
            body: row.get(3)?,
            sent_at: from_ms(row.get(4)?),
        })
    })?;
    rows.collect()
}

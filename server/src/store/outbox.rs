use contract::OutboxEmail;
use rusqlite::{params, Connection};

use crate::time::from_ms;

/// "Sends" an email: the reference backend only records it.
pub fn insert(
    conn: &Connection,
    to: &str,
    subject: &str,
    body: &str,
    now: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO outbox (to_address, subject, body, sent_at) VALUES (?1, ?2, ?3, ?4)",
        params![to, subject, body, now],
    )?;
    Ok(())
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

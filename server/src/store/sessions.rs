use rusqlite::{params, Connection, OptionalExtension};

/// Records a host's session cookie token.
pub fn create(conn: &Connection, token: &str, user_id: i64, now: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO sessions (token, user_id, created_at) VALUES (?1, ?2, ?3)",
        params![token, user_id, now],
    )?;
    Ok(())
}

/// Whose session this token is.
pub fn user_of(conn: &Connection, token: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT user_id FROM sessions WHERE token = ?1",
        [token],
        |row| row.get(0),
    )
    .optional()
}

/// Ends a session.
pub fn delete(conn: &Connection, token: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM sessions WHERE token = ?1", [token])?;
    Ok(())
}

use contract::{Me, UserHit};
use rusqlite::{params, Connection, OptionalExtension, Row};

fn me(row: &Row<'_>) -> rusqlite::Result<Me> {
    Ok(Me {
        id: row.get(0)?,
        email: row.get(1)?,
        first_name: row.get(2)?,
        last_name: row.get(3)?,
    })
}

/// A user by id.
pub fn find(conn: &Connection, id: i64) -> rusqlite::Result<Option<Me>> {
    conn.query_row(
        "SELECT id, email, first_name, last_name FROM users WHERE id = ?1",
        [id],
        me,
    )
    .optional()
}

/// A user by email, ignoring case.
pub fn find_by_email(conn: &Connection, email: &str) -> rusqlite::Result<Option<Me>> {
    conn.query_row(
        "SELECT id, email, first_name, last_name FROM users WHERE email = ?1 COLLATE NOCASE",
        [email],
        me,
    )
    .optional()
}

/// Users whose email, first or last name (or full name) contains `query`, ignoring case;
/// those where it is a prefix come first.
pub fn search(conn: &Connection, query: &str, limit: u32) -> rusqlite::Result<Vec<UserHit>> {
    let escaped = query
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    let mut statement = conn.prepare_cached(
        "SELECT id, email, first_name, last_name,
                (lower(email) LIKE ?1 || '%' ESCAPE '\\'
                 OR lower(first_name) LIKE ?1 || '%' ESCAPE '\\'
                 OR lower(last_name) LIKE ?1 || '%' ESCAPE '\\'
                 OR lower(first_name || ' ' || last_name) LIKE ?1 || '%' ESCAPE '\\') AS prefix
         FROM users
         WHERE lower(email) LIKE '%' || ?1 || '%' ESCAPE '\\'
            OR lower(first_name || ' ' || last_name) LIKE '%' || ?1 || '%' ESCAPE '\\'
         ORDER BY prefix DESC, lower(first_name), lower(last_name), id
         LIMIT ?2",
    )?;
    let hits = statement.query_map(params![escaped, limit], |row| {
        Ok(UserHit {
            id: row.get(0)?,
            email: row.get(1)?,
            first_name: row.get(2)?,
            last_name: row.get(3)?,
        })
    })?;
    hits.collect()
}

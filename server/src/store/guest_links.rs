use contract::{GuestLink, LinkAdmission, LinkStatus};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::codec::Text;

use crate::time::from_ms;

/// One guest link as stored.
#[derive(Clone, Debug)]
pub struct LinkRow {
    pub id: i64,
    pub media_id: i64,
    pub name: String,
    pub token: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub max_clicks: Option<i64>,
    pub clicks: i64,
    pub admission: LinkAdmission,
}

impl LinkRow {
    /// Expired wins over exhausted: the date is the more final reason.
    pub fn status(&self, now: i64) -> LinkStatus {
        if self.expires_at.is_some_and(|at| at <= now) {
            LinkStatus::Expired
        } else if self.max_clicks.is_some_and(|max| self.clicks >= max) {
            LinkStatus::Exhausted
        } else {
            LinkStatus::Active
        }
    }

    /// The link as its host sees it.
    pub fn to_contract(&self, public_base: &str, now: i64) -> GuestLink {
        GuestLink {
            id: self.id,
            name: self.name.clone(),
            url: url(public_base, &self.token),
            created_at: from_ms(self.created_at),
            expires_at: self.expires_at.map(from_ms),
            max_clicks: self.max_clicks.map(|n| n as u32),
            clicks: self.clicks as u32,
            status: self.status(now),
            admission: self.admission,
        }
    }
}

/// Where a guest link points: the SPA's guest entry page.
pub fn url(public_base: &str, token: &str) -> String {
    format!("{public_base}/guest/{token}")
}

const COLUMNS: &str =
    "id, media_id, name, token, created_at, expires_at, max_clicks, clicks, admission";

fn link_row(row: &Row<'_>) -> rusqlite::Result<LinkRow> {
    Ok(LinkRow {
        id: row.get(0)?,
        media_id: row.get(1)?,
        name: row.get(2)?,
        token: row.get(3)?,
        created_at: row.get(4)?,
        expires_at: row.get(5)?,
        max_clicks: row.get(6)?,
        clicks: row.get(7)?,
        admission: row.get::<_, Text<LinkAdmission>>(8)?.0,
    })
}

/// The item's links, oldest first.
pub fn list(conn: &Connection, media_id: i64) -> rusqlite::Result<Vec<LinkRow>> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM guest_links WHERE media_id = ?1 ORDER BY created_at, id"
    ))?;
    let rows = statement.query_map([media_id], link_row)?;
    rows.collect()
}

/// How many links the item has, active or not.
pub fn count(conn: &Connection, media_id: i64) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT COUNT(*) FROM guest_links WHERE media_id = ?1",
        [media_id],
        |row| row.get(0),
    )
}

/// The fields of a new link.
pub struct NewLink<'a> {
    pub media_id: i64,
    pub name: &'a str,
    pub token: &'a str,
    pub now: i64,
    pub expires_at: Option<i64>,
    pub max_clicks: Option<i64>,
    pub admission: LinkAdmission,
}

/// Stores a new link; the caller has checked the limit in the same transaction.
pub fn insert(conn: &Connection, link: &NewLink<'_>) -> rusqlite::Result<LinkRow> {
    conn.execute(
        "INSERT INTO guest_links
             (media_id, name, token, created_at, expires_at, max_clicks, token_hash, admission)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            link.media_id,
            link.name,
            link.token,
            link.now,
            link.expires_at,
            link.max_clicks,
            crate::tokens::digest(link.token),
            Text(link.admission)
        ],
    )?;
    Ok(LinkRow {
        id: conn.last_insert_rowid(),
        media_id: link.media_id,
        name: link.name.to_string(),
        token: link.token.to_string(),
        created_at: link.now,
        expires_at: link.expires_at,
        max_clicks: link.max_clicks,
        clicks: 0,
        admission: link.admission,
    })
}

/// What a host changes in a link: each `Some` replaces the stored value (`Some(None)`
/// removes a limit or the expiry).
pub struct LinkChange<'a> {
    pub media_id: i64,
    pub link_id: i64,
    pub name: Option<&'a str>,
    pub max_clicks: Option<Option<i64>>,
    pub expires_at: Option<Option<i64>>,
}

/// Applies a change to a link of this item in one statement, which also refuses a click
/// limit below the clicks taken by then: like [`take_click`], the limit and the count are
/// compared where they are written, so no join can slip between the check and the write.
/// False if there is no such link or the limit would be below the clicks used.
pub fn update(conn: &Connection, change: &LinkChange<'_>) -> rusqlite::Result<bool> {
    let updated = conn.execute(
        "UPDATE guest_links SET
             name = COALESCE(?3, name),
             max_clicks = CASE WHEN ?4 THEN ?5 ELSE max_clicks END,
             expires_at = CASE WHEN ?6 THEN ?7 ELSE expires_at END
         WHERE id = ?1 AND media_id = ?2
           AND (NOT ?4 OR ?5 IS NULL OR clicks <= ?5)",
        params![
            change.link_id,
            change.media_id,
            change.name,
            change.max_clicks.is_some(),
            change.max_clicks.flatten(),
            change.expires_at.is_some(),
            change.expires_at.flatten(),
        ],
    )?;
    Ok(updated == 1)
}

/// Deletes a link of this item; false if there was none.
pub fn delete(conn: &Connection, media_id: i64, link_id: i64) -> rusqlite::Result<bool> {
    let deleted = conn.execute(
        "DELETE FROM guest_links WHERE id = ?1 AND media_id = ?2",
        params![link_id, media_id],
    )?;
    Ok(deleted > 0)
}

/// A link by its secret token.
pub fn find_by_token(conn: &Connection, token: &str) -> rusqlite::Result<Option<LinkRow>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM guest_links WHERE token_hash = ?1"),
        [crate::tokens::digest(token)],
        link_row,
    )
    .optional()
    .map(|found| found.filter(|row| crate::tokens::same_secret(&row.token, token)))
}

/// A link by id.
pub fn find(conn: &Connection, id: i64) -> rusqlite::Result<Option<LinkRow>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM guest_links WHERE id = ?1"),
        [id],
        link_row,
    )
    .optional()
}

/// Uses one click if the link still has one and has not expired: one conditional UPDATE, so
/// concurrent joins can never take more clicks than the limit.
pub fn take_click(conn: &Connection, link_id: i64, now: i64) -> rusqlite::Result<bool> {
    let updated = conn.execute(
        "UPDATE guest_links SET clicks = clicks + 1
         WHERE id = ?1
           AND (max_clicks IS NULL OR clicks < max_clicks)
           AND (expires_at IS NULL OR expires_at > ?2)",
        params![link_id, now],
    )?;
    Ok(updated == 1)
}

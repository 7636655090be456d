use contract::{Admission, WaitingGuest};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::codec::Text;
use crate::time::from_ms;

/// One guest as stored.
#[derive(Clone, Debug)]
pub struct GuestRow {
    pub id: i64,
    pub media_id: i64,
    /// `None` once the link they joined by was deleted.
    pub link_id: Option<i64>,
    pub name: String,
    pub email: String,
    pub admission: Admission,
    pub waiting_since: i64,
    /// Earlier denials of the same person on this item, counted when they joined.
    pub denied_before: u32,
}

impl GuestRow {
    /// The guest as the waiting room lists them.
    pub fn waiting_entry(&self) -> WaitingGuest {
        WaitingGuest {
            guest_id: self.id,
            name: self.name.clone(),
            email: self.email.clone(),
            waiting_since: from_ms(self.waiting_since),
            away_since: None,
            denied_before: self.denied_before,
        }
    }
}

const COLUMNS: &str = "id, media_id, link_id, name, email, admission, waiting_since, denied_before";

fn guest_row(row: &Row<'_>) -> rusqlite::Result<GuestRow> {
    Ok(GuestRow {
        id: row.get(0)?,
        media_id: row.get(1)?,
        link_id: row.get(2)?,
        name: row.get(3)?,
        email: row.get(4)?,
        admission: row.get::<_, Text<Admission>>(5)?.0,
        waiting_since: row.get(6)?,
        denied_before: row.get(7)?,
    })
}

/// The fields of a new guest.
pub struct NewGuest<'a> {
    pub media_id: i64,
    pub link_id: Option<i64>,
    /// The bearer token handed to the guest; only its digest is stored.
    pub token: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub admission: Admission,
    pub now: i64,
    /// The browser's own id from the join request, if it sent one.
    pub device: Option<&'a str>,
}

/// Stores a guest who just joined, counting in the same statement how often the same person
/// (this email in any case, or this browser) was denied on the item before.
pub fn insert(conn: &Connection, guest: &NewGuest<'_>) -> rusqlite::Result<GuestRow> {
    conn.query_row(
        &format!(
            "INSERT INTO guests (media_id, link_id, token_hash, name, email, admission,
                 waiting_since, email_key, device_key, denied_before)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
                 (SELECT COUNT(*) FROM guests
                  WHERE media_id = ?1 AND admission = 'denied'
                    AND (email_key = ?8 OR device_key = ?9)))
             RETURNING {COLUMNS}"
        ),
        params![
            guest.media_id,
            guest.link_id,
            crate::tokens::digest(guest.token),
            guest.name,
            guest.email,
            Text(guest.admission),
            guest.now,
            email_key(guest.email),
            guest.device.and_then(|id| device_key(guest.media_id, id)),
        ],
        guest_row,
    )
}

/// An email as denials are matched: trimmed, in lower case.
fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// What is stored of a browser's id: its digest together with the item, so the column never
/// links one browser across items; `None` for a blank id.
fn device_key(media_id: i64, device: &str) -> Option<String> {
    let device = device.trim();
    (!device.is_empty()).then(|| crate::tokens::digest(&format!("{media_id}:{device}")))
}

/// A guest by id.
pub fn find(conn: &Connection, id: i64) -> rusqlite::Result<Option<GuestRow>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM guests WHERE id = ?1"),
        [id],
        guest_row,
    )
    .optional()
}

/// Ends a waiting or admitted guest's session by their own choice: it reads `removed` from
/// now on, with `left_at` set. `None` if it was already over (denied, removed or left).
pub fn leave(conn: &Connection, id: i64, now: i64) -> rusqlite::Result<Option<GuestRow>> {
    conn.query_row(
        &format!(
            "UPDATE guests SET admission = 'removed', left_at = ?2
             WHERE id = ?1 AND admission IN ('waiting', 'admitted')
             RETURNING {COLUMNS}"
        ),
        params![id, now],
        guest_row,
    )
    .optional()
}

/// A guest by their bearer token.
pub fn find_by_token(conn: &Connection, token: &str) -> rusqlite::Result<Option<GuestRow>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM guests WHERE token_hash = ?1"),
        [crate::tokens::digest(token)],
        guest_row,
    )
    .optional()
}

/// 1-based place among the item's waiting guests (by arrival, then id); `None` unless waiting.
pub fn position(conn: &Connection, guest: &GuestRow) -> rusqlite::Result<Option<u32>> {
    if guest.admission != Admission::Waiting {
        return Ok(None);
    }
    conn.query_row(
        "SELECT COUNT(*) FROM guests
         WHERE media_id = ?1 AND admission = 'waiting'
           AND (waiting_since < ?2 OR (waiting_since = ?2 AND id <= ?3))",
        params![guest.media_id, guest.waiting_since, guest.id],
        |row| row.get(0),
    )
    .map(Some)
}

/// The item's waiting order, as `(waiting_since, id)` keys oldest first: the order
/// [`position`] counts in, read from the `guests_queue` index alone.
pub fn queue(conn: &Connection, media_id: i64) -> rusqlite::Result<Vec<(i64, i64)>> {
    let mut statement = conn.prepare_cached(
        "SELECT waiting_since, id FROM guests
         WHERE media_id = ?1 AND admission = 'waiting'
         ORDER BY waiting_since, id",
    )?;
    let rows = statement.query_map([media_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// The item's waiting guests, oldest first.
pub fn waiting(conn: &Connection, media_id: i64) -> rusqlite::Result<Vec<GuestRow>> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM guests
         WHERE media_id = ?1 AND admission = 'waiting'
         ORDER BY waiting_since, id"
    ))?;
    let rows = statement.query_map([media_id], guest_row)?;
    rows.collect()
}

/// Admits or denies one waiting guest of this item; `None` if no such guest is waiting.
pub fn decide(
    conn: &Connection,
    media_id: i64,
    guest_id: i64,
    admission: Admission,
    now: i64,
) -> rusqlite::Result<Option<GuestRow>> {
    conn.query_row(
        &format!(
            "UPDATE guests SET admission = ?3, decided_at = ?4
             WHERE id = ?1 AND media_id = ?2 AND admission = 'waiting'
             RETURNING {COLUMNS}"
        ),
        params![guest_id, media_id, Text(admission), now],
        guest_row,
    )
    .optional()
}

/// Admits or denies every waiting guest of this item, returning them oldest first.
pub fn decide_all(
    conn: &Connection,
    media_id: i64,
    admission: Admission,
    now: i64,
) -> rusqlite::Result<Vec<GuestRow>> {
    let mut statement = conn.prepare_cached(&format!(
        "UPDATE guests SET admission = ?2, decided_at = ?3
         WHERE media_id = ?1 AND admission = 'waiting'
         RETURNING {COLUMNS}"
    ))?;
    let rows = statement.query_map(params![media_id, Text(admission), now], guest_row)?;
    let mut guests: Vec<GuestRow> = rows.collect::<rusqlite::Result<_>>()?;
    guests.sort_by_key(|g| (g.waiting_since, g.id));
    Ok(guests)
}

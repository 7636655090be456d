use contract::{EmailStatus, Invite, InviteRole};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::codec::Text;
use crate::time::from_ms;

/// One invite as stored.
#[derive(Clone, Debug)]
pub struct InviteRow {
    pub id: i64,
    pub media_id: i64,
    pub token: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub role: InviteRole,
    pub expires_at: i64,
    /// `None`: unlimited.
    pub max_uses: Option<i64>,
    pub uses: i64,
    pub emailed: bool,
    pub revoked: bool,
    /// The latest email's state; `None` when none was asked for.
    pub email_status: Option<EmailStatus>,
    pub email_error: Option<String>,
}

impl InviteRow {
    /// Every allowed redemption has happened.
    pub fn is_used_up(&self) -> bool {
        self.max_uses.is_some_and(|max| self.uses >= max)
    }

    /// The invite as its host sees it; `locked` when wrong emails locked it.
    pub fn to_contract(&self, public_base: &str, locked: bool) -> Invite {
        Invite {
            locked,
            id: self.id,
            url: url(public_base, &self.token),
            email: self.email.clone(),
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            role: self.role,
            expires_at: from_ms(self.expires_at),
            max_uses: self.max_uses.map(|n| n as u32),
            uses: self.uses as u32,
            emailed: self.emailed,
            email_status: self.email_status,
            email_error: self.email_error.clone(),
        }
    }
}

/// Where an invite points: the SPA's invite lobby.
pub fn url(public_base: &str, token: &str) -> String {
    format!("{public_base}/invite/{token}")
}

const COLUMNS: &str = "id, media_id, token, email, first_name, last_name, role, expires_at,
    max_uses, uses, emailed, revoked_at IS NOT NULL, email_status, email_error";

fn invite_row(row: &Row<'_>) -> rusqlite::Result<InviteRow> {
    Ok(InviteRow {
        id: row.get(0)?,
        media_id: row.get(1)?,
        token: row.get(2)?,
        email: row.get(3)?,
        first_name: row.get(4)?,
        last_name: row.get(5)?,
        role: row.get::<_, Text<InviteRole>>(6)?.0,
        expires_at: row.get(7)?,
        max_uses: row.get(8)?,
        uses: row.get(9)?,
        emailed: row.get(10)?,
        revoked: row.get(11)?,
        email_status: row.get::<_, Option<Text<EmailStatus>>>(12)?.map(|s| s.0),
        email_error: row.get(13)?,
    })
}

/// The fields of a new invite.
pub struct NewInviteRow<'a> {
    pub media_id: i64,
    pub token: &'a str,
    pub email: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub role: InviteRole,
    pub now: i64,
    pub expires_at: i64,
    pub max_uses: Option<i64>,
    pub emailed: bool,
}

/// Stores a new invite.
pub fn insert(conn: &Connection, new: &NewInviteRow<'_>) -> rusqlite::Result<InviteRow> {
    conn.query_row(
        &format!(
            "INSERT INTO invites (media_id, token, email, first_name, last_name, role,
                                  created_at, expires_at, max_uses, emailed, token_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             RETURNING {COLUMNS}"
        ),
        params![
            new.media_id,
            new.token,
            new.email,
            new.first_name,
            new.last_name,
            Text(new.role),
            new.now,
            new.expires_at,
            new.max_uses,
            new.emailed,
            crate::tokens::digest(new.token)
        ],
        invite_row,
    )
}

/// The item's invites that were not revoked, newest first.
pub fn list(conn: &Connection, media_id: i64) -> rusqlite::Result<Vec<InviteRow>> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM invites
         WHERE media_id = ?1 AND revoked_at IS NULL
         ORDER BY created_at DESC, id DESC"
    ))?;
    let rows = statement.query_map([media_id], invite_row)?;
    rows.collect()
}

/// Revokes an invite of this item; false if there was none to revoke.
pub fn revoke(conn: &Connection, media_id: i64, id: i64, now: i64) -> rusqlite::Result<bool> {
    let updated = conn.execute(
        "UPDATE invites SET revoked_at = ?3
         WHERE id = ?1 AND media_id = ?2 AND revoked_at IS NULL",
        params![id, media_id, now],
    )?;
    Ok(updated > 0)
}

/// An invite by its secret token, revoked or not.
pub fn find_by_token(conn: &Connection, token: &str) -> rusqlite::Result<Option<InviteRow>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM invites WHERE token_hash = ?1"),
        [crate::tokens::digest(token)],
        invite_row,
    )
    .optional()
    .map(|found| found.filter(|row| crate::tokens::same_secret(&row.token, token)))
}

/// An invite by id, revoked or not.
pub fn find(conn: &Connection, id: i64) -> rusqlite::Result<Option<InviteRow>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM invites WHERE id = ?1"),
        [id],
        invite_row,
    )
    .optional()
}

/// Wrong emails this client tried on this invite since `since`.
pub fn attempts_since(
    conn: &Connection,
    invite_id: i64,
    client: &str,
    since: i64,
) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT COUNT(*) FROM invite_attempts
         WHERE invite_id = ?1 AND client = ?2 AND attempted_at > ?3",
        params![invite_id, client, since],
        |row| row.get(0),
    )
}

/// Wrong emails tried on this invite by anyone, ever.
pub fn attempts_total(conn: &Connection, invite_id: i64) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT COUNT(*) FROM invite_attempts WHERE invite_id = ?1",
        [invite_id],
        |row| row.get(0),
    )
}

/// The item's invites with at least `limit` wrong emails: locked until the host issues a
/// fresh one.
pub fn locked_ids(
    conn: &Connection,
    media_id: i64,
    limit: i64,
) -> rusqlite::Result<std::collections::HashSet<i64>> {
    let mut statement = conn.prepare_cached(
        "SELECT a.invite_id FROM invite_attempts a JOIN invites i ON i.id = a.invite_id
         WHERE i.media_id = ?1 GROUP BY a.invite_id HAVING COUNT(*) >= ?2",
    )?;
    let rows = statement.query_map(params![media_id, limit], |row| row.get(0))?;
    rows.collect()
}

/// Records a wrong email from this client.
pub fn record_attempt(
    conn: &Connection,
    invite_id: i64,
    client: &str,
    now: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO invite_attempts (invite_id, client, attempted_at) VALUES (?1, ?2, ?3)",
        params![invite_id, client, now],
    )?;
    Ok(())
}

/// Uses one redemption if any is left: one conditional UPDATE, so parallel redeems cannot
/// exceed the limit.
pub fn take_use(conn: &Connection, invite_id: i64) -> rusqlite::Result<bool> {
    let updated = conn.execute(
        "UPDATE invites SET uses = uses + 1
         WHERE id = ?1 AND revoked_at IS NULL AND (max_uses IS NULL OR uses < max_uses)",
        [invite_id],
    )?;
    Ok(updated == 1)
}

/// Where the invite's latest email stands; `emailed` turns true with the first `sent` and
/// stays true.
pub fn set_email_status(
    conn: &Connection,
    id: i64,
    status: EmailStatus,
    error: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE invites SET email_status = ?2, email_error = ?3,
                            emailed = emailed OR ?2 = 'sent'
         WHERE id = ?1",
        params![id, Text(status), error],
    )?;
    Ok(())
}

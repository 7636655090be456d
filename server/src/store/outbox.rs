//! Every invite email, its parts and its delivery attempts. Without `--smtp-url` an email is
//! only recorded here (status `sent`); with it, `pending` rows form the retry queue.

use contract::{AttemptOutcome, EmailAttempt, EmailStatus, OutboxEmail};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::codec::Text;
use crate::mail::Composed;
use crate::time::from_ms;

/// Puts an email from `sender` in the outbox; `status` is `pending` when a mail server is to
/// take it.
pub fn insert(
    conn: &Connection,
    sender: i64,
    invite_id: i64,
    to: &str,
    parts: &Composed,
    status: EmailStatus,
    now: i64,
) -> rusqlite::Result<i64> {
    conn.query_row(
        "INSERT INTO outbox (to_address, to_name, subject, body, html, calendar, invite_id,
                             status, next_attempt_at, sent_at, sender_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CASE WHEN ?8 = 'pending' THEN ?9 END, ?9, ?10)
         RETURNING id",
        params![
            to,
            parts.to_name,
            parts.subject,
            parts.text,
            parts.html,
            parts.calendar,
            invite_id,
            Text(status),
            now,
            sender
        ],
        |row| row.get(0),
    )
}

/// A queued email as the delivery worker reads it.
#[derive(Clone, Debug)]
pub struct Queued {
    pub id: i64,
    pub invite_id: Option<i64>,
    pub to: String,
    pub parts: Composed,
    /// Attempts made so far.
    pub attempts: u32,
    /// The invite was revoked after the email was queued.
    pub revoked: bool,
}

fn queued(row: &Row<'_>) -> rusqlite::Result<Queued> {
    Ok(Queued {
        id: row.get(0)?,
        invite_id: row.get(1)?,
        to: row.get(2)?,
        parts: Composed {
            to_name: row.get(3)?,
            subject: row.get(4)?,
            text: row.get(5)?,
            html: row.get::<_, Option<String>>(6)?.unwrap_or_default(),
            calendar: row.get(7)?,
        },
        attempts: row.get(8)?,
        revoked: row.get(9)?,
    })
}

/// The pending email due first, if one is due by `now`.
pub fn next_due(conn: &Connection, now: i64) -> rusqlite::Result<Option<Queued>> {
    conn.query_row(
        "SELECT o.id, o.invite_id, o.to_address, o.to_name, o.subject, o.body, o.html,
                o.calendar,
                (SELECT COUNT(*) FROM email_attempts a WHERE a.outbox_id = o.id),
                COALESCE(i.revoked_at IS NOT NULL, 0)
         FROM outbox o LEFT JOIN invites i ON i.id = o.invite_id
         WHERE o.status = 'pending' AND o.next_attempt_at <= ?1
         ORDER BY o.next_attempt_at, o.id
         LIMIT 1",
        [now],
        queued,
    )
    .optional()
}

/// When the next pending email is due, if any is pending.
pub fn next_due_at(conn: &Connection) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'",
        [],
        |row| row.get(0),
    )
}

/// Records one attempt and where the email stands after it; `retry_at` only with `retry`.
pub fn record_attempt(
    conn: &Connection,
    id: i64,
    outcome: AttemptOutcome,
    detail: &str,
    now: i64,
    retry_at: Option<i64>,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO email_attempts (outbox_id, attempted_at, outcome, detail)
         VALUES (?1, ?2, ?3, ?4)",
        params![id, now, Text(outcome), detail],
    )?;
    let status = match outcome {
        AttemptOutcome::Accepted => EmailStatus::Sent,
        AttemptOutcome::Retry => EmailStatus::Pending,
        AttemptOutcome::Failed => EmailStatus::Failed,
    };
    conn.execute(
        "UPDATE outbox SET status = ?2, next_attempt_at = ?3 WHERE id = ?1",
        params![id, Text(status), retry_at],
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

fn attempts(conn: &Connection, id: i64) -> rusqlite::Result<Vec<EmailAttempt>> {
    let mut statement = conn.prepare_cached(
        "SELECT attempted_at, outcome, detail FROM email_attempts WHERE outbox_id = ?1 ORDER BY id",
    )?;
    let rows = statement.query_map([id], |row| {
        Ok(EmailAttempt {
            at: from_ms(row.get(0)?),
            outcome: row.get::<_, Text<AttemptOutcome>>(1)?.0,
            detail: row.get(2)?,
        })
    })?;
    rows.collect()
}

/// Every email, newest first, with its attempts.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<OutboxEmail>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, to_address, subject, body, sent_at, invite_id, status, html, calendar
         FROM outbox ORDER BY sent_at DESC, id DESC",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(OutboxEmail {
            id: row.get(0)?,
            to: row.get(1)?,
            subject: row.get(2)?,
            body: row.get(3)?,
            sent_at: from_ms(row.get(4)?),
            invite_id: row.get(5)?,
            status: row.get::<_, Text<EmailStatus>>(6)?.0,
            html: row.get(7)?,
            calendar: row.get(8)?,
            attempts: Vec::new(),
        })
    })?;
    let mut emails = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    for email in &mut emails {
        email.attempts = attempts(conn, email.id)?;
    }
    Ok(emails)
}

//! Bulk rows for benchmarks: thousands of participants and waiting guests in one transaction.

use contract::{ParticipantKind, ParticipantRole};
use rusqlite::{params, Connection};

use crate::codec::Text;
use crate::seed_people::crowd_name;
use crate::tokens::random_token;

/// Adds `participants` present users and `waiting` guests (in arrival order) to an item.
pub fn insert_crowd(
    conn: &Connection,
    media_id: i64,
    participants: u32,
    waiting: u32,
    now: i64,
) -> rusqlite::Result<()> {
    let mut participant = conn.prepare_cached(
        "INSERT INTO participants (media_id, name, kind, role, joined_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for n in 0..participants as usize {
        participant.execute(params![
            media_id,
            crowd_name(n),
            Text(ParticipantKind::User),
            Text(ParticipantRole::Viewer),
            now
        ])?;
    }
    let mut guest = conn.prepare_cached(
        "INSERT INTO guests (media_id, token_hash, name, email, email_key, admission, waiting_since)
         VALUES (?1, ?2, ?3, ?4, lower(?4), 'waiting', ?5)",
    )?;
    for n in 0..waiting as usize {
        // Offset from the participants' names, so the two lists read differently.
        let name = crowd_name(n + 7919);
        let email = format!("guest{}@example.com", n + 1);
        guest.execute(params![
            media_id,
            crate::tokens::digest(&random_token()),
            name,
            email,
            now + n as i64
        ])?;
    }
    Ok(())
}

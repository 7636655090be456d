//! Who joined by one guest link, newest first, in keyset pages over `(waiting_since, id)`.

use contract::{Admission, GuestLinkJoin, JoinOutcome};
use rusqlite::{params, Connection};

use crate::codec::Text;
use crate::time::from_ms;

/// Where a page starts: just below this `(waiting_since, id)` key. The first page starts
/// above every key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JoinKey {
    pub joined_at: i64,
    pub id: i64,
}

impl JoinKey {
    /// Above every stored key.
    pub const TOP: JoinKey = JoinKey {
        joined_at: i64::MAX,
        id: i64::MAX,
    };

    /// The cursor the API hands out: opaque to clients, `{joined_at}_{id}` here.
    pub fn cursor(self) -> String {
        format!("{}_{}", self.joined_at, self.id)
    }

    /// A cursor read back; `None` if it is not one this server made.
    pub fn parse(cursor: &str) -> Option<JoinKey> {
        let (joined_at, id) = cursor.split_once('_')?;
        let key = JoinKey {
            joined_at: joined_at.parse().ok()?,
            id: id.parse().ok()?,
        };
        (key.id > 0).then_some(key)
    }
}

/// Up to `limit` of the link's joins below `after`, newest first, each with its key; a link
/// deleted and its guests' `link_id` cleared lists nobody (ids are never reused).
pub fn page(
    conn: &Connection,
    link_id: i64,
    after: JoinKey,
    limit: u32,
) -> rusqlite::Result<Vec<(JoinKey, GuestLinkJoin)>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, name, email, admission, waiting_since FROM guests
         WHERE link_id = ?1 AND (waiting_since, id) < (?2, ?3)
         ORDER BY waiting_since DESC, id DESC
         LIMIT ?4",
    )?;
    let rows = statement.query_map(params![link_id, after.joined_at, after.id, limit], |row| {
        let key = JoinKey {
            joined_at: row.get(4)?,
            id: row.get(0)?,
        };
        let admission = row.get::<_, Text<Admission>>(3)?.0;
        Ok((
            key,
            GuestLinkJoin {
                guest_id: key.id,
                name: row.get(1)?,
                email: row.get(2)?,
                joined_at: from_ms(key.joined_at),
                outcome: JoinOutcome::from(admission),
            },
        ))
    })?;
    rows.collect()
}

/// Everyone who joined by the link.
pub fn count(conn: &Connection, link_id: i64) -> rusqlite::Result<u32> {
    conn.query_row(
        "SELECT COUNT(*) FROM guests WHERE link_id = ?1",
        [link_id],
        |row| row.get(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_a_cursor_it_made_should_read_it_back_and_refuse_others() {
        let key = JoinKey {
            joined_at: 1_764_000_000_000,
            id: 42,
        };
        assert_eq!(JoinKey::parse(&key.cursor()), Some(key));
        for bad in ["", "12", "a_1", "1_b", "1_0", "1_2_3", "1_-4"] {
            assert_eq!(JoinKey::parse(bad), None, "{bad}");
        }
    }
}

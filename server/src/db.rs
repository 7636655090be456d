use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use rusqlite_migration::{Migrations, M};

use crate::error::{ApiError, ApiResult};
use crate::start_error::StartError;

/// The schema, one `.sql` file per version; `PRAGMA user_version` records how far a file is.
fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("../migrations/0001_schema.sql")),
        M::up_with_hook(
            include_str!("../migrations/0002_hardening.sql"),
            |tx: &Transaction| -> rusqlite_migration::HookResult {
                hash_stored_tokens(tx)?;
                Ok(())
            },
        ),
        M::up(include_str!("../migrations/0003_email_delivery.sql")),
        M::up(include_str!("../migrations/0004_guest_leaving.sql")),
        M::up(include_str!("../migrations/0005_link_admission.sql")),
        M::up(include_str!("../migrations/0006_denial_memory.sql")),
        M::up(include_str!("../migrations/0007_link_joins.sql")),
        M::up(include_str!("../migrations/0008_access_requests.sql")),
        M::up(include_str!("../migrations/0009_default_locale.sql")),
    ])
}

/// Replaces the plain bearer tokens a database from before 0002 holds with their digests,
/// and fills the lookup digests of link and invite tokens.
fn hash_stored_tokens(tx: &Transaction) -> rusqlite::Result<()> {
    for (table, from, to) in [
        ("sessions", "token_hash", "token_hash"),
        ("guests", "token_hash", "token_hash"),
        ("invitee_sessions", "token_hash", "token_hash"),
        ("guest_links", "token", "token_hash"),
        ("invites", "token", "token_hash"),
    ] {
        let rows: Vec<(i64, String)> = tx
            .prepare(&format!("SELECT rowid, {from} FROM {table}"))?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut update = tx.prepare(&format!("UPDATE {table} SET {to} = ?2 WHERE rowid = ?1"))?;
        for (rowid, token) in rows {
            update.execute(rusqlite::params![rowid, crate::tokens::digest(&token)])?;
        }
    }
    Ok(())
}

/// The one SQLite connection, used from blocking threads. Limits are enforced inside
/// `BEGIN IMMEDIATE` transactions, so they would hold with a pool of connections too.
#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

impl Db {
    /// Opens (creating the file and its directory) and migrates the database.
    pub fn open(path: &Path) -> Result<Db, StartError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrations().to_latest(&mut conn)?;
        Ok(Db {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `work` with the connection on the current thread; for start-up, before serving.
    pub fn blocking<T>(&self, work: impl FnOnce(&mut Connection) -> T) -> T {
        work(&mut self.conn.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Runs `work` with the connection on a blocking thread.
    pub async fn call<T, F>(&self, work: F) -> ApiResult<T>
    where
        F: FnOnce(&mut Connection) -> ApiResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            // A panic mid-call rolled its transaction back on unwind; the connection is fine.
            let mut conn = conn.lock().unwrap_or_else(PoisonError::into_inner);
            work(&mut conn)
        })
        .await
        .map_err(ApiError::internal)?
    }
}

/// `BEGIN IMMEDIATE`: takes the write lock up front, so a check and the write it guards
/// cannot interleave with another writer.
pub fn write_tx(conn: &mut Connection) -> rusqlite::Result<Transaction<'_>> {
    conn.transaction_with_behavior(TransactionBehavior::Immediate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_a_database_from_before_hashing_should_keep_only_digests_of_bearer_tokens() {
        let mut conn = Connection::open_in_memory().unwrap();
        Migrations::new(vec![M::up(include_str!("../migrations/0001_schema.sql"))])
            .to_latest(&mut conn)
            .unwrap();
        conn.execute_batch(
            "INSERT INTO users VALUES (1, 'a@b.co', 'A', 'B');
             INSERT INTO sessions VALUES ('plain-session', 1, 0);",
        )
        .unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let stored: String = conn
            .query_row("SELECT token_hash FROM sessions", [], |row| row.get(0))
            .unwrap();
        assert_eq!(stored, crate::tokens::digest("plain-session"));
    }

    #[test]
    fn given_a_database_at_the_hardening_version_should_add_email_delivery() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations().to_version(&mut conn, 2).unwrap();
        conn.execute_batch(
            "INSERT INTO users VALUES (1, 'a@b.co', 'A', 'B');
             INSERT INTO media (id, title, description, kind, status)
                 VALUES (1, 'M', '', 'video', 'live');
             INSERT INTO invites (media_id, token, token_hash, email, first_name, last_name,
                 role, created_at, expires_at, emailed)
                 VALUES (1, 't1', 'h1', 'x@y.co', 'X', 'Y', 'viewer', 0, 1, 1),
                        (1, 't2', 'h2', 'z@y.co', 'Z', 'Y', 'viewer', 0, 1, 0);
             INSERT INTO outbox (to_address, subject, body, sent_at, sender_id)
                 VALUES ('x@y.co', 'S', 'B', 0, 1);",
        )
        .unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let statuses: Vec<Option<String>> = conn
            .prepare("SELECT email_status FROM invites ORDER BY id")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(statuses, vec![Some("sent".to_string()), None]);
        let (status, sender): (String, i64) = conn
            .query_row("SELECT status, sender_id FROM outbox", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .unwrap();
        assert_eq!((status.as_str(), sender), ("sent", 1));
    }

    #[test]
    fn given_the_migrations_should_validate() {
        assert!(migrations().validate().is_ok());
    }
}

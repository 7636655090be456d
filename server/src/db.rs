use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use rusqlite_migration::{Migrations, M};

use crate::error::{ApiError, ApiResult};
use crate::start_error::StartError;

/// The schema, one `.sql` file per version; `PRAGMA user_version` records how far a file is.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../migrations/0001_schema.sql")),
    M::up(include_str!("../migrations/0003_email_delivery.sql")),
];

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
        Migrations::from_slice(MIGRATIONS).to_latest(&mut conn)?;
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
    fn given_the_migrations_should_validate() {
        assert!(Migrations::from_slice(MIGRATIONS).validate().is_ok());
    }
}

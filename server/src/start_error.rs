/// Why the server could not start: its configuration, its database, its listening socket or its
/// mail settings.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    Config(#[from] crate::config::ConfigError),
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("mail: {0}")]
    Mail(String),
    #[error("task: {0}")]
    Task(#[from] tokio::task::JoinError),
}

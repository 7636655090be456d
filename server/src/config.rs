use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Parser;

/// How the reference backend starts: every option also reads an environment variable.
#[derive(Clone, Debug, Parser)]
#[command(
    name = "share-server",
    version,
    about = "Reference backend of the share contract"
)]
pub struct Config {
    /// Address to listen on.
    #[arg(
        long,
        value_name = "HOST:PORT",
        env = "LISTEN",
        default_value = "127.0.0.1:8081"
    )]
    pub listen: SocketAddr,

    /// SQLite database file; created (with its parent directory) and migrated on start.
    #[arg(
        long = "db",
        value_name = "PATH",
        env = "DATABASE_PATH",
        default_value = "./data/share.db"
    )]
    pub db_path: PathBuf,

    /// The SPA's origin, used to build guest link (`/guest/{token}`) and invite (`/invite/{token}`) URLs.
    #[arg(
        long,
        value_name = "URL",
        env = "PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,

    /// Serve the built SPA from this directory, with `index.html` for client routes.
    #[arg(long, value_name = "DIR", env = "STATIC_DIR")]
    pub static_dir: Option<PathBuf>,

    /// An origin allowed to call the API with credentials (CORS); repeatable.
    #[arg(long = "allow-origin", value_name = "ORIGIN")]
    pub allow_origins: Vec<String>,

    /// SMTP server for invite emails: `smtp://`, `smtps://` or `smtp+starttls://`, with
    /// optional `user:password@` (percent-encoded). Without it emails only go to the outbox.
    #[arg(long, value_name = "URL", env = "SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Sender of invite emails, e.g. `Share <no-reply@example.com>`; needed with `--smtp-url`.
    #[arg(long, value_name = "MAILBOX", env = "MAIL_FROM")]
    pub mail_from: Option<String>,

    /// Wait before retrying a delivery that failed for now (server down, 4xx), in
    /// milliseconds; it doubles with each retry.
    #[arg(
        long,
        value_name = "MS",
        env = "MAIL_RETRY_MS",
        default_value_t = 5_000
    )]
    pub mail_retry_ms: u64,

    /// Delivery attempts before an email counts as failed.
    #[arg(long, value_name = "N", env = "MAIL_ATTEMPTS", default_value_t = 8)]
    pub mail_attempts: u32,
}

impl Config {
    /// Defaults with another database file: what tests and embedders start from.
    pub fn with_db(db_path: impl Into<PathBuf>) -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8081)),
            db_path: db_path.into(),
            public_url: "http://127.0.0.1:8080".into(),
            static_dir: None,
            allow_origins: Vec::new(),
            smtp_url: None,
            mail_from: None,
            mail_retry_ms: 5_000,
            mail_attempts: 8,
        }
    }

    /// `public_url` without a trailing slash, ready to have a path appended.
    pub fn public_base(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }
}

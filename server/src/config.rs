use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

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

    /// An origin (`scheme://host[:port]`) allowed to call the API with credentials (CORS)
    /// and to make state-changing requests with the session cookie; repeatable.
    #[arg(long = "allow-origin", value_name = "ORIGIN", value_parser = parse_origin)]
    pub allow_origins: Vec<String>,

    /// The platform's name, shown on the card of every guest and invite page.
    #[arg(
        long,
        value_name = "NAME",
        env = "PLATFORM_NAME",
        default_value = "MediaShare"
    )]
    pub platform_name: String,

    /// Turn on `/api/v1/dev/*` (sign in as anyone, the outbox, settings, bulk fixtures):
    /// for a laptop, tests and benchmarks only; refused unless listening on loopback.
    #[arg(long, env = "DEV", value_parser = clap::builder::FalseyValueParser::new(), default_value_t = false)]
    pub dev: bool,

    /// The most connections served at once; further ones wait to be accepted.
    #[arg(
        long,
        value_name = "N",
        env = "MAX_CONNECTIONS",
        default_value_t = 4096
    )]
    pub max_connections: usize,

    /// How long a client may take to send a request's headers (and how long an idle
    /// keep-alive connection stays open).
    #[arg(skip = Duration::from_secs(10))]
    pub header_timeout: Duration,

    /// How long any request but an event stream may take, body included.
    #[arg(skip = Duration::from_secs(30))]
    pub request_timeout: Duration,

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

    /// How long a waiting guest's page may have no open event stream before hosts see that
    /// the guest may have left, in milliseconds.
    #[arg(
        long,
        value_name = "MS",
        env = "AWAY_AFTER_MS",
        default_value_t = 120_000
    )]
    pub away_after_ms: u64,
}

/// Why a configuration cannot start.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("--dev signs anyone in as anyone: it only listens on loopback, not on {0} (drop --dev or listen on 127.0.0.1)")]
    DevNotOnLoopback(SocketAddr),
}

/// An origin as browsers send it in `Origin`: `http` or `https`, a host and an optional
/// port, nothing else (no path, no wildcard, not `null`). Returned without a trailing slash
/// and in lower case, the way browsers spell it.
pub fn parse_origin(value: &str) -> Result<String, String> {
    let refuse = || {
        format!(
            "`{value}` is not an origin: give scheme://host[:port], e.g. https://app.example.com"
        )
    };
    let lower = value.trim().trim_end_matches('/').to_ascii_lowercase();
    let (scheme, authority) = lower.split_once("://").ok_or_else(refuse)?;
    if !matches!(scheme, "http" | "https") || authority.is_empty() {
        return Err(refuse());
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (authority, None),
    };
    let host_ok = if let Some(inner) = host.strip_prefix('[') {
        inner
            .strip_suffix(']')
            .is_some_and(|ip| ip.parse::<std::net::Ipv6Addr>().is_ok())
    } else {
        !host.is_empty()
            && host.split('.').all(|label| {
                !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
    };
    let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|p| p > 0));
    if host_ok && port_ok {
        Ok(lower)
    } else {
        Err(refuse())
    }
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
            platform_name: "MediaShare".into(),
            away_after_ms: 120_000,
            dev: false,
            max_connections: 4096,
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
        }
    }

    /// Refuses what must not start: dev endpoints reachable from another machine.
    pub fn check(&self) -> Result<(), ConfigError> {
        if self.dev && !self.listen.ip().is_loopback() {
            return Err(ConfigError::DevNotOnLoopback(self.listen));
        }
        Ok(())
    }

    /// The SPA's own origin (`public_url` without its path), the one origin always trusted.
    pub fn public_origin(&self) -> String {
        let base = self.public_base();
        let after_scheme = base.find("://").map_or(0, |i| i + 3);
        let end = base[after_scheme..]
            .find('/')
            .map_or(base.len(), |i| after_scheme + i);
        base[..end].to_ascii_lowercase()
    }

    /// The platform as guest and invite pages show it: its name, the logo this server
    /// serves, as a path on the API's origin (the page may reach the API through a proxy
    /// whose origin this server can't know), and its language from the settings.
    pub fn platform(&self, default_locale: Option<String>) -> contract::Platform {
        contract::Platform {
            name: self.platform_name.clone(),
            logo_url: Some("/api/v1/platform/logo.svg".into()),
            default_locale,
        }
    }

    /// Whether the SPA is served over https (cookies `Secure`, HSTS).
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// `public_url` without a trailing slash, ready to have a path appended.
    pub fn public_base(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_origins_should_accept_scheme_host_and_port_only() {
        assert_eq!(
            parse_origin("https://App.example.com/").unwrap(),
            "https://app.example.com"
        );
        assert_eq!(
            parse_origin("http://127.0.0.1:8080").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            parse_origin("http://[::1]:8080").unwrap(),
            "http://[::1]:8080"
        );
        for bad in [
            "null",
            "*",
            "https://*.example.com",
            "example.com",
            "ftp://x.y",
            "https://x.y/path",
            "https://x.y:0",
            "https://x.y:99999",
            "https://",
            "https://a@b.c",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn given_dev_on_a_public_address_should_refuse_to_start() {
        let mut config = Config::with_db("x.db");
        config.dev = true;
        assert_eq!(config.check(), Ok(()));
        config.listen = "0.0.0.0:8081".parse().unwrap();
        assert!(config.check().is_err());
        config.dev = false;
        assert_eq!(config.check(), Ok(()));
    }

    #[test]
    fn given_a_public_url_should_name_its_origin() {
        let mut config = Config::with_db("x.db");
        config.public_url = "https://Share.example.com/app/".into();
        assert_eq!(config.public_origin(), "https://share.example.com");
    }
}

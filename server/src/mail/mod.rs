//! Invite emails: composed in [`message`] (with an [`ics`] calendar entry), queued in the
//! outbox inside the request's transaction, and delivered over [`smtp`] by the [`delivery`]
//! worker, off the request path, with retries and backoff.

pub mod delivery;
pub mod ics;
pub mod message;
pub mod smtp;
pub mod text;

use std::time::Duration;

use lettre::message::Mailbox;
use tokio::sync::Notify;

pub use message::Composed;

use crate::config::Config;
use crate::start_error::StartError;

/// The mail settings and the worker's doorbell, shared by every handler.
pub struct Mail {
    /// The sender of every email, also the calendar entries' organizer.
    pub from: Mailbox,
    /// `None`: no `--smtp-url`; emails are only recorded in the outbox.
    transport: Option<smtp::Transport>,
    /// The SPA's host name, for calendar UIDs and message ids.
    pub site: String,
    /// Rings when an email is queued, so the worker need not poll.
    wake: Notify,
    /// The first retry's delay; each retry waits twice as long as the one before.
    pub retry: Duration,
    /// Attempts before an email counts as failed.
    pub attempts: u32,
}

impl Mail {
    /// The settings from `--smtp-url` and `--mail-from`; a start-up error names the flag.
    pub fn from_config(config: &Config) -> Result<Mail, StartError> {
        let site = host_of(config.public_base());
        let transport = config
            .smtp_url
            .as_deref()
            .map(smtp::transport)
            .transpose()
            .map_err(StartError::Mail)?;
        let from =
            match (&config.mail_from, &transport) {
                (Some(from), _) => from.parse().map_err(|_| {
                    StartError::Mail(format!(
                    "--mail-from {from:?} is not a mailbox such as \"Share <no-reply@example.com>\""
                ))
                })?,
                (None, Some(_)) => return Err(StartError::Mail(
                    "--smtp-url needs --mail-from (MAIL_FROM), the address invite emails come from"
                        .into(),
                )),
                // Only the outbox and calendar entries show it.
                (None, None) => format!("Share <no-reply@{site}>")
                    .parse()
                    .unwrap_or_else(|_| "Share <no-reply@localhost>".parse().expect("a mailbox")),
            };
        Ok(Mail {
            from,
            transport,
            site,
            wake: Notify::new(),
            retry: Duration::from_millis(config.mail_retry_ms),
            attempts: config.mail_attempts.max(1),
        })
    }

    /// Whether a mail server takes the emails (else the outbox only records them).
    pub fn delivers(&self) -> bool {
        self.transport.is_some()
    }

    /// Tells the worker that an email was queued; call after the transaction commits.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Wakes the worker if `invite`'s email was just queued (after the transaction commits).
    pub fn wake_for(&self, invite: &contract::Invite) {
        if invite.email_status == Some(contract::EmailStatus::Pending) {
            self.wake();
        }
    }
}

/// `https://share.example.com:8443/app` -> `share.example.com`.
fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split('/').next().unwrap_or(rest);
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let host = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(v6),
        None => host.split(':').next().unwrap_or(host),
    };
    if host.is_empty() {
        "localhost".into()
    } else {
        host.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_a_public_url_should_take_its_host() {
        assert_eq!(
            host_of("https://share.example.com:8443/app"),
            "share.example.com"
        );
        assert_eq!(host_of("http://127.0.0.1:8080"), "127.0.0.1");
        assert_eq!(host_of("http://[::1]:8080"), "::1");
    }

    #[test]
    fn given_smtp_without_a_sender_should_refuse_to_start() {
        let mut config = Config::with_db("unused.db");
        config.smtp_url = Some("smtp://127.0.0.1:2525".into());
        let Err(error) = Mail::from_config(&config) else {
            panic!("refused")
        };
        assert!(error.to_string().contains("--mail-from"), "{error}");
        config.mail_from = Some("Share <no-reply@example.com>".into());
        assert!(Mail::from_config(&config).expect("starts").delivers());
    }
}

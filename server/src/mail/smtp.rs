//! The SMTP connection settings from `--smtp-url`, and one delivery over them.

use std::time::Duration;

use lettre::transport::smtp::Error as SmtpError;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::text::one_line;

/// The transport every delivery uses; it opens one connection per message.
pub type Transport = AsyncSmtpTransport<Tokio1Executor>;

/// How long one SMTP conversation may take before it counts as a failure for now.
const TIMEOUT: Duration = Duration::from_secs(30);

/// The longest reason kept for the host and the outbox.
const MAX_REASON: usize = 300;

/// A transport for `smtp://` (plain), `smtps://` (TLS from the start) or `smtp+starttls://`
/// (STARTTLS required), with optional `user:password@`. The reason is one line naming the
/// flag, for the start-up error.
pub fn transport(url: &str) -> Result<Transport, String> {
    // lettre spells STARTTLS as a query parameter; ours is a scheme, which reads better in
    // configuration and cannot be lost when someone edits the query.
    let url = match url.strip_prefix("smtp+starttls://") {
        Some(rest) => {
            let separator = if rest.contains('?') { '&' } else { '?' };
            format!("smtp://{rest}{separator}tls=required")
        }
        None if url.starts_with("smtp://") || url.starts_with("smtps://") => url.to_string(),
        None => {
            return Err(
                "--smtp-url must start with smtp://, smtps:// or smtp+starttls://".to_string(),
            )
        }
    };
    let builder = Transport::from_url(&url).map_err(|error| format!("--smtp-url: {error}"))?;
    Ok(builder.timeout(Some(TIMEOUT)).build())
}

/// Why a delivery did not go through, and whether trying again can help.
#[derive(Debug)]
pub struct Refused {
    pub permanent: bool,
    pub reason: String,
}

/// Sends one message; `Ok` carries the server's acceptance line (e.g. `250 2.0.0 queued`).
pub async fn send(transport: &Transport, message: Message) -> Result<String, Refused> {
    match transport.send(message).await {
        Ok(response) => Ok(bounded(&format!(
            "{} {}",
            response.code(),
            response.message().collect::<Vec<_>>().join(" ")
        ))),
        Err(error) => Err(Refused {
            permanent: error.is_permanent(),
            reason: describe(&error),
        }),
    }
}

/// The server's own words when it answered, else what failed on the way.
fn describe(error: &SmtpError) -> String {
    let source = std::error::Error::source(error).map(ToString::to_string);
    bounded(&match (error.status(), source) {
        (Some(code), Some(words)) => format!("The mail server answered {code} {words}"),
        _ => error.to_string(),
    })
}

/// One line, at most [`MAX_REASON`] characters.
pub fn bounded(text: &str) -> String {
    let line = one_line(text);
    match line.char_indices().nth(MAX_REASON) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_each_scheme_should_build_a_transport_or_name_the_flag() {
        for url in [
            "smtp://127.0.0.1:2525",
            "smtps://user:p%40ss@mail.example.com",
            "smtp+starttls://mail.example.com:587",
        ] {
            assert!(transport(url).is_ok(), "{url}");
        }
        let Err(error) = transport("http://mail.example.com") else {
            panic!("refused")
        };
        assert!(error.starts_with("--smtp-url"), "{error}");
    }

    #[test]
    fn given_a_long_reason_should_keep_one_bounded_line() {
        let reason = bounded(&format!("550 {}\r\nBcc: x", "a".repeat(400)));
        assert!(!reason.contains('\n'));
        assert_eq!(reason.chars().count(), MAX_REASON + 1);
    }
}

//! Queueing an invite's email inside the request's transaction, and the worker that hands
//! queued emails to the mail server off the request path: retries with doubling waits for
//! temporary failures, none for a refusal, and every attempt recorded in the outbox.

use std::sync::Arc;
use std::time::Duration;

use contract::{AttemptOutcome, EmailStatus};
use rusqlite::Connection;

use super::message::{invite_mail, mime, InviteMail};
use super::smtp::{self, Refused};
use super::Mail;
use crate::db::{write_tx, Db};
use crate::store;
use crate::store::invites::InviteRow;
use crate::store::media::MediaRow;
use crate::store::outbox::Queued;
use crate::time::{from_ms, now_ms};

/// What the outbox says about an email recorded without a mail server.
const RECORDED: &str = "Recorded in the outbox: no --smtp-url is set.";

/// What an invite's email says besides the invite itself.
pub struct InviteEmail<'a> {
    pub media: &'a MediaRow,
    /// The host who sends it, as their name reads.
    pub inviter: &'a str,
    /// The SPA's base URL, for the invite link.
    pub base: &'a str,
}

/// Composes the invite's email from `sender` and queues it (or, without a mail server,
/// records it as sent), and sets the invite's email state to match. Runs in the caller's
/// transaction; call [`Mail::wake`] once it commits.
pub fn queue_invite_email(
    conn: &Connection,
    mail: &Mail,
    sender: i64,
    invite: &InviteRow,
    email: &InviteEmail<'_>,
    now: i64,
) -> rusqlite::Result<InviteRow> {
    let contract_invite = invite.to_contract(email.base, false);
    let parts = invite_mail(&InviteMail {
        invite: &contract_invite,
        media: email.media,
        inviter: email.inviter,
        from: &mail.from,
        site: &mail.site,
        now: from_ms(now),
    });
    let status = if mail.delivers() {
        EmailStatus::Pending
    } else {
        EmailStatus::Sent
    };
    let id = store::outbox::insert(conn, sender, invite.id, &invite.email, &parts, status, now)?;
    if !mail.delivers() {
        store::outbox::record_attempt(conn, id, AttemptOutcome::Accepted, RECORDED, now, None)?;
    }
    store::invites::set_email_status(conn, invite.id, status, None)?;
    Ok(InviteRow {
        emailed: invite.emailed || status == EmailStatus::Sent,
        email_status: Some(status),
        email_error: None,
        ..invite.clone()
    })
}

/// Starts the worker when a mail server is configured. It also picks up emails a previous
/// run left pending.
pub fn spawn(db: Db, mail: Arc<Mail>) {
    if mail.delivers() {
        tokio::spawn(run(db, mail));
    }
}

async fn run(db: Db, mail: Arc<Mail>) {
    loop {
        match db
            .call(|conn| Ok(store::outbox::next_due(conn, now_ms())?))
            .await
        {
            Ok(Some(email)) => attempt(&db, &mail, email).await,
            Ok(None) => idle(&db, &mail).await,
            Err(error) => {
                tracing::error!(%error, "mail queue unreadable");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

/// Waits until the next pending email is due or a new one is queued.
async fn idle(db: &Db, mail: &Mail) {
    let due = db
        .call(|conn| Ok(store::outbox::next_due_at(conn)?))
        .await
        .ok()
        .flatten();
    let wait = match due {
        Some(at) => Duration::from_millis((at - now_ms()).max(0) as u64),
        None => Duration::from_secs(3600),
    };
    tokio::select! {
        () = mail.wake.notified() => {}
        () = tokio::time::sleep(wait) => {}
    }
}

/// One delivery attempt and its record.
async fn attempt(db: &Db, mail: &Mail, email: Queued) {
    let tries = email.attempts + 1;
    let result = if email.revoked {
        Err(Refused {
            permanent: true,
            reason: "The invite was revoked before the email left.".into(),
        })
    } else {
        let message_id = format!("<invite-email-{}@{}>", email.id, mail.site);
        match mime(&mail.from, &email.to, &email.parts, &message_id) {
            Ok(message) => {
                let transport = mail.transport.as_ref().expect("spawned with a transport");
                smtp::send(transport, message).await
            }
            Err(reason) => Err(Refused {
                permanent: true,
                reason,
            }),
        }
    };
    let now = now_ms();
    let (outcome, detail, retry_at) = match result {
        Ok(accepted) => (AttemptOutcome::Accepted, accepted, None),
        Err(Refused {
            permanent: false,
            reason,
        }) if tries < mail.attempts => {
            let wait = mail.retry.saturating_mul(1 << (tries - 1).min(16));
            let at = now + i64::try_from(wait.as_millis()).unwrap_or(i64::MAX / 2);
            (AttemptOutcome::Retry, reason, Some(at))
        }
        Err(Refused {
            permanent: false,
            reason,
        }) => (
            AttemptOutcome::Failed,
            format!("Gave up after {tries} attempts: {reason}"),
            None,
        ),
        Err(Refused {
            permanent: true,
            reason,
        }) => (AttemptOutcome::Failed, reason, None),
    };
    tracing::info!(email = email.id, ?outcome, %detail, "mail delivery attempt");
    let recorded = db
        .call(move |conn| {
            let tx = write_tx(conn)?;
            store::outbox::record_attempt(&tx, email.id, outcome, &detail, now, retry_at)?;
            if let Some(invite_id) = email.invite_id {
                match outcome {
                    AttemptOutcome::Accepted => {
                        store::invites::set_email_status(&tx, invite_id, EmailStatus::Sent, None)?
                    }
                    AttemptOutcome::Failed => store::invites::set_email_status(
                        &tx,
                        invite_id,
                        EmailStatus::Failed,
                        Some(&detail),
                    )?,
                    AttemptOutcome::Retry => {}
                }
            }
            tx.commit()?;
            Ok(())
        })
        .await;
    if let Err(error) = recorded {
        tracing::error!(%error, "mail attempt not recorded");
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

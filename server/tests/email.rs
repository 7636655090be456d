//! Invite emails delivered over SMTP to a real server on loopback that the test starts: the
//! message read back (headers, both parts, the link, the calendar entry and its times), a
//! refused recipient, a server down then back, a hostile name, and the outbox without SMTP.

mod common;

use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use common::smtp::{free_port, Received, SmtpSink};
use common::{assert_error, assert_json, seeded, within, TestApp, MAIL_FROM};
use contract::{AttemptOutcome, EmailStatus, ErrorCode, Invite, Media, OutboxEmail};
use icalendar::parser::{read_calendar, unfold};
use mail_parser::{MessageParser, MimeHeaders};
use reqwest::Client;
use serde_json::json;

const EMAIL: &str = "zoe.invitee@example.com";

async fn create(app: &TestApp, host: &Client, media_id: i64, send_email: bool) -> Invite {
    let body = json!({
        "email": EMAIL,
        "first_name": "Zoe",
        "last_name": "Invitee",
        "role": if media_id == seeded::VIDEO { "viewer" } else { "speaker" },
        "send_email": send_email
    });
    let path = format!("/media/{media_id}/invites");
    assert_json(app.post(host, &path, body).await, 201).await
}

async fn resend(app: &TestApp, host: &Client, media_id: i64, invite_id: i64) -> reqwest::Response {
    let path = format!("/media/{media_id}/invites/{invite_id}/resend");
    app.post_empty(host, &path).await
}

/// The invite as its host now lists it.
async fn listed(app: &TestApp, host: &Client, media_id: i64, id: i64) -> Invite {
    let invites: Vec<Invite> = app
        .get_ok(host, &format!("/media/{media_id}/invites"))
        .await;
    invites
        .into_iter()
        .find(|invite| invite.id == id)
        .expect("listed")
}

/// Polls the host's list (bounded by `WAIT`) until the invite's email is `status`.
async fn email_becomes(
    app: &TestApp,
    host: &Client,
    media_id: i64,
    id: i64,
    status: EmailStatus,
) -> Invite {
    within(async {
        loop {
            let invite = listed(app, host, media_id, id).await;
            if invite.email_status == Some(status) {
                return invite;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    })
    .await
}

async fn outbox(app: &TestApp) -> Vec<OutboxEmail> {
    app.get_ok(&app.anonymous(), "/dev/outbox").await
}

fn parse(received: &Received) -> mail_parser::Message<'_> {
    MessageParser::default()
        .parse(&received.data)
        .expect("a parsable message")
}

/// Properties as (name, value with TEXT escapes undone), in order.
type Properties = Vec<(String, String)>;

/// The calendar's own properties and its one event's, parsed from the attachment's text.
fn event(ics: &str) -> (Properties, Properties) {
    let unfolded = unfold(ics);
    let calendar = read_calendar(&unfolded).expect("a parsable calendar");
    let owned = |properties: &[icalendar::parser::Property<'_>]| -> Properties {
        properties
            .iter()
            .map(|p| {
                let value = p.val.clone().unescape_text();
                (p.name.as_str().to_string(), value.as_str().to_string())
            })
            .collect()
    };
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), 1, "one VEVENT");
    (owned(&calendar.properties), owned(&events[0].properties))
}

fn prop(event: &Properties, name: &str) -> String {
    let values: Vec<&String> = event
        .iter()
        .filter(|(n, _)| n == name)
        .map(|(_, v)| v)
        .collect();
    assert_eq!(values.len(), 1, "one {name} in {event:?}");
    values[0].clone()
}

fn utc(value: &str) -> DateTime<Utc> {
    chrono::NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%SZ")
        .unwrap_or_else(|e| panic!("{value}: {e}"))
        .and_utc()
}

#[tokio::test]
async fn given_a_mail_server_should_deliver_text_html_and_a_calendar_entry_then_mark_the_invite_emailed(
) {
    let sink = SmtpSink::start().await;
    let app = TestApp::start_mailing(&sink.url()).await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::SCHEDULED_EVENT, true).await;
    assert_eq!(
        (invite.emailed, invite.email_status),
        (false, Some(EmailStatus::Pending)),
        "not emailed before the server accepts it"
    );

    let received = sink.wait_for(1).await;
    assert_eq!(received.mail_from, "no-reply@share.example.test");
    assert_eq!(received.rcpt_to, [EMAIL]);
    let message = parse(&received);
    let from = message.from().and_then(|a| a.first()).expect("From");
    assert_eq!(
        (from.name(), from.address()),
        (Some("Share"), Some("no-reply@share.example.test"))
    );
    let to = message.to().and_then(|a| a.first()).expect("To");
    assert_eq!(
        (to.name(), to.address()),
        (Some("Zoe Invitee"), Some(EMAIL))
    );
    let media: Media = app.get_ok(&host, "/media/7").await;
    assert_eq!(
        message.subject(),
        Some(format!("Hana Host invited you to \"{}\"", media.title).as_str())
    );
    assert!(message.message_id().is_some() && message.date().is_some());

    let text = message.body_text(0).expect("a text part");
    assert!(
        text.starts_with("Hi Zoe,\n") || text.starts_with("Hi Zoe,\r\n"),
        "{text}"
    );
    for words in [
        format!("Hana Host invited you to \"{}\" as a Speaker.", media.title),
        "As a Speaker, you can share audio, video and screen with everyone.".into(),
        format!("enter this email address ({EMAIL})"),
        invite.url.clone(),
        format!(
            "The link works until {}.",
            invite.expires_at.format("%B %-d, %Y at %H:%M UTC")
        ),
        format!(
            "It starts on {}.",
            media
                .starts_at
                .expect("scheduled")
                .format("%B %-d, %Y at %H:%M UTC")
        ),
        "Not meant for you? Ignore this email".into(),
    ] {
        assert!(text.contains(&words), "{words:?} in {text}");
    }
    let html = message.body_html(0).expect("an HTML part");
    assert!(
        html.contains(&format!("<a href=\"{0}\">{0}</a>", invite.url)),
        "{html}"
    );
    assert!(html.contains("Not meant for you?"));

    let attachment = message.attachments().next().expect("the .ics");
    let content_type = attachment.content_type().expect("a content type");
    assert_eq!(
        (content_type.ctype(), content_type.subtype()),
        ("text", Some("calendar"))
    );
    assert_eq!(content_type.attribute("method"), Some("REQUEST"));
    assert_eq!(attachment.attachment_name(), Some("invite.ics"));
    let ics = attachment.text_contents().expect("text");
    let (calendar, event) = event(ics);
    assert!(
        calendar.contains(&("METHOD".into(), "REQUEST".into())),
        "{calendar:?}"
    );
    assert!(calendar.contains(&("VERSION".into(), "2.0".into())));
    assert_eq!(
        prop(&event, "UID"),
        format!("invite-{}@share.example.test", invite.id)
    );
    // Calendar times have whole seconds.
    let starts_at = media.starts_at.unwrap().trunc_subsecs(0);
    assert_eq!(utc(&prop(&event, "DTSTART")), starts_at);
    assert_eq!(
        utc(&prop(&event, "DTEND")),
        starts_at + chrono::Duration::hours(1)
    );
    assert_eq!(prop(&event, "URL"), invite.url);
    assert!(prop(&event, "ATTENDEE").ends_with(&format!("mailto:{EMAIL}")));

    let sent = email_becomes(&app, &host, 7, invite.id, EmailStatus::Sent).await;
    assert!(sent.emailed);
    assert_eq!(sent.email_error, None);
    let outbox = outbox(&app).await;
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].status, EmailStatus::Sent);
    assert_eq!(outbox[0].invite_id, Some(invite.id));
    let outcomes: Vec<_> = outbox[0].attempts.iter().map(|a| a.outcome).collect();
    assert_eq!(outcomes, [AttemptOutcome::Accepted]);
    assert!(
        outbox[0].attempts[0].detail.starts_with("250"),
        "{:?}",
        outbox[0].attempts
    );
}

#[tokio::test]
async fn given_an_item_that_is_not_scheduled_should_send_both_parts_without_a_calendar_entry() {
    let sink = SmtpSink::start().await;
    let app = TestApp::start_mailing(&sink.url()).await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::VIDEO, true).await;
    let received = sink.wait_for(1).await;
    let message = parse(&received);
    assert!(message.body_text(0).unwrap().contains(&invite.url));
    assert!(message.body_html(0).is_some());
    assert_eq!(message.attachment_count(), 0);
}

#[tokio::test]
async fn given_a_refused_recipient_should_show_the_failure_with_its_reason_until_a_resend_succeeds()
{
    let sink = SmtpSink::start().await;
    sink.refuse(EMAIL);
    let app = TestApp::start_mailing(&sink.url()).await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::LIVE_EVENT, true).await;

    let failed = email_becomes(&app, &host, 6, invite.id, EmailStatus::Failed).await;
    assert!(!failed.emailed);
    let reason = failed.email_error.expect("a reason");
    assert!(reason.contains("550"), "{reason}");
    assert!(reason.contains("Recipient address rejected"), "{reason}");
    let attempts = &outbox(&app).await[0].attempts;
    assert_eq!(attempts.len(), 1, "a permanent refusal is not retried");
    assert_eq!(attempts[0].outcome, AttemptOutcome::Failed);
    assert!(sink.received().is_empty());

    sink.accept_all();
    let again: Invite = assert_json(resend(&app, &host, 6, invite.id).await, 200).await;
    assert_eq!(
        (again.email_status, again.email_error.as_deref()),
        (Some(EmailStatus::Pending), None)
    );
    sink.wait_for(1).await;
    let sent = email_becomes(&app, &host, 6, invite.id, EmailStatus::Sent).await;
    assert!(sent.emailed);
    assert_eq!(outbox(&app).await.len(), 2, "a resend is a new message");
}

#[tokio::test]
async fn given_a_mail_server_down_then_back_should_retry_with_backoff_and_mark_emailed_only_then() {
    let port = free_port().await;
    let app = TestApp::start_mailing(&format!("smtp://127.0.0.1:{port}")).await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::VIDEO, true).await;

    // Two refused connections, then the server comes up.
    within(async {
        while outbox(&app).await[0].attempts.len() < 2 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await;
    let pending = listed(&app, &host, 1, invite.id).await;
    assert_eq!(
        (pending.emailed, pending.email_status),
        (false, Some(EmailStatus::Pending))
    );
    let sink = SmtpSink::start_on(port).await;
    let received = sink.wait_for(1).await;
    assert_eq!(received.rcpt_to, [EMAIL]);
    let sent = email_becomes(&app, &host, 1, invite.id, EmailStatus::Sent).await;
    assert!(sent.emailed);

    let attempts = &outbox(&app).await[0].attempts;
    let (last, retries) = attempts.split_last().expect("attempts");
    assert_eq!(last.outcome, AttemptOutcome::Accepted);
    assert!(retries.len() >= 2);
    assert!(
        retries.iter().all(|a| a.outcome == AttemptOutcome::Retry),
        "{attempts:?}"
    );
    assert!(
        retries[0].detail.to_lowercase().contains("connection"),
        "{attempts:?}"
    );
    // Waits of 200 ms, then 400 ms: each at least the policy's, and growing.
    let gaps: Vec<i64> = attempts
        .windows(2)
        .map(|pair| (pair[1].at - pair[0].at).num_milliseconds())
        .collect();
    assert!(gaps[0] >= 190, "{gaps:?}");
    assert!(gaps[1] >= 390 && gaps[1] > gaps[0], "{gaps:?}");
}

#[tokio::test]
async fn given_a_hostile_name_title_and_inviter_should_keep_each_inside_its_line() {
    let sink = SmtpSink::start().await;
    let app = TestApp::start_mailing(&sink.url()).await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::SCHEDULED_ROOM, false).await;
    // Straight into the database: whatever input rules the API has, the email must hold.
    let crlf = "' || char(13) || char(10) || '";
    app.sql(&format!(
        "UPDATE invites SET first_name = 'Zoe{crlf}Bcc: evil@attacker.test{crlf}{crlf}Your account is locked',
                            last_name = 'Invitee{crlf}X-Injected: 1'
         WHERE id = {id};
         UPDATE users SET first_name = 'Hana{crlf}Reply-To: evil@attacker.test' WHERE id = 1;
         UPDATE media SET title = 'Planning{crlf}Bcc: evil2@attacker.test;X=1,' || char(8238) || 'txt' WHERE id = 9;",
        id = invite.id
    ));
    let sent: Invite = assert_json(resend(&app, &host, 9, invite.id).await, 200).await;
    assert_eq!(sent.email_status, Some(EmailStatus::Pending));

    let received = sink.wait_for(1).await;
    assert_eq!(received.rcpt_to, [EMAIL], "no added recipient");
    let message = parse(&received);
    for header in message.headers() {
        let name = header.name().to_lowercase();
        assert!(
            !["bcc", "x-injected", "reply-to", "x"].contains(&name.as_str()),
            "added header {name}"
        );
    }
    assert_eq!(
        message.subject(),
        Some("Hana Reply-To: evil@attacker.test Host invited you to \"Planning Bcc: evil2@attacker.test;X=1, txt\"")
    );
    let to = message.to().and_then(|a| a.first()).expect("To");
    assert_eq!(to.address(), Some(EMAIL));
    assert_eq!(
        to.name(),
        Some("Zoe Bcc: evil@attacker.test Your account is locked Invitee X-Injected: 1")
    );
    let text = message.body_text(0).expect("text");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Hi Zoe Bcc: evil@attacker.test Your account is locked,"
    );
    assert!(
        !lines.iter().any(|l| l.starts_with("Your account")),
        "{text}"
    );
    assert!(!lines.iter().any(|l| l.starts_with("Bcc:")), "{text}");
    let html = message.body_html(0).expect("html");
    assert!(!html.contains('\u{202E}'));

    let ics = message
        .attachments()
        .next()
        .expect("the .ics")
        .text_contents()
        .unwrap()
        .to_string();
    let (_, event) = event(&ics);
    assert_eq!(
        prop(&event, "SUMMARY"),
        "Planning Bcc: evil2@attacker.test;X=1, txt"
    );
    let names: Vec<&str> = event.iter().map(|(name, _)| name.as_str()).collect();
    assert!(
        !names.contains(&"BCC") && !names.contains(&"X"),
        "{names:?}"
    );
}

#[tokio::test]
async fn given_no_mail_server_should_record_the_email_in_the_outbox_as_sent() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::SCHEDULED_EVENT, true).await;
    assert_eq!(
        (invite.emailed, invite.email_status),
        (true, Some(EmailStatus::Sent))
    );
    let not_emailed = create(&app, &host, seeded::VIDEO, false).await;
    assert_eq!(
        (not_emailed.emailed, not_emailed.email_status),
        (false, None)
    );
    let outbox = outbox(&app).await;
    assert_eq!(outbox.len(), 1);
    let email = &outbox[0];
    assert_eq!(
        (email.status, email.invite_id),
        (EmailStatus::Sent, Some(invite.id))
    );
    assert!(email.body.contains(&invite.url));
    assert!(email.html.as_deref().unwrap().contains(&invite.url));
    assert!(email
        .calendar
        .as_deref()
        .unwrap()
        .contains("METHOD:REQUEST\r\n"));
    assert_eq!(email.attempts.len(), 1);
    assert_eq!(email.attempts[0].outcome, AttemptOutcome::Accepted);
    assert!(email.attempts[0].detail.contains("--smtp-url"));
}

#[tokio::test]
async fn given_a_resend_that_cannot_work_should_refuse_it() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::VIDEO, true).await;
    let again: Invite = assert_json(resend(&app, &host, 1, invite.id).await, 200).await;
    assert_eq!(again.email_status, Some(EmailStatus::Sent));
    assert_eq!(outbox(&app).await.len(), 2);

    let viewer = app.signed_in(seeded::VIEWER).await;
    assert_error(
        resend(&app, &viewer, 1, invite.id).await,
        403,
        ErrorCode::Forbidden,
    )
    .await;
    assert_error(
        resend(&app, &host, 2, invite.id).await,
        404,
        ErrorCode::InviteNotFound,
    )
    .await;
    app.sql("UPDATE settings SET invite_email_template = 0");
    assert_error(
        resend(&app, &host, 1, invite.id).await,
        400,
        ErrorCode::InviteUnsupported,
    )
    .await;
    app.sql("UPDATE settings SET invite_email_template = 1");
    app.sql(&format!(
        "UPDATE invites SET expires_at = 0 WHERE id = {}",
        invite.id
    ));
    assert_error(
        resend(&app, &host, 1, invite.id).await,
        410,
        ErrorCode::InviteExpired,
    )
    .await;
    assert_eq!(
        app.delete(&host, &format!("/media/1/invites/{}", invite.id))
            .await
            .status(),
        204
    );
    assert_error(
        resend(&app, &host, 1, invite.id).await,
        404,
        ErrorCode::InviteNotFound,
    )
    .await;
    assert_eq!(outbox(&app).await.len(), 2);
}

#[tokio::test]
async fn given_smtp_without_a_sender_should_not_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = share_server::Config::with_db(dir.path().join("share.db"));
    config.smtp_url = Some("smtp://127.0.0.1:1".into());
    let Err(error) = share_server::build_app(config).await else {
        panic!("refused")
    };
    assert!(error.to_string().contains("--mail-from"), "{error}");
    let _ = MAIL_FROM;
}

#[tokio::test]
async fn given_50_emails_in_the_hour_should_refuse_a_resend_or_an_emailed_reissue_with_429() {
    let sink = SmtpSink::start().await;
    sink.refuse(EMAIL);
    let app = TestApp::start_mailing(&sink.url()).await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::VIDEO, true).await;
    email_becomes(&app, &host, 1, invite.id, EmailStatus::Failed).await;
    // 49 more emails from this host in the same hour: 50 with the invite's own.
    app.sql(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 49)
         INSERT INTO outbox (to_address, subject, body, sent_at, sender_id)
         SELECT 'p' || i || '@example.org', 'S', 'B', (SELECT MAX(sent_at) FROM outbox), 1 FROM n;",
    );
    sink.accept_all();
    let refused = assert_error(
        resend(&app, &host, 1, invite.id).await,
        429,
        ErrorCode::RateLimited,
    )
    .await;
    assert!(
        refused.error.message.contains("50"),
        "{}",
        refused.error.message
    );
    let reissue = format!("/media/1/invites/{}/reissue", invite.id);
    assert_error(
        app.post_empty(&host, &reissue).await,
        429,
        ErrorCode::RateLimited,
    )
    .await;
    // Nothing was queued, and the refused reissue left the old invite in place.
    assert_eq!(outbox(&app).await.len(), 50);
    let still = listed(&app, &host, 1, invite.id).await;
    assert_eq!(still.email_status, Some(EmailStatus::Failed));

    app.sql("UPDATE outbox SET sent_at = sent_at - 61 * 60000");
    let again: Invite = assert_json(resend(&app, &host, 1, invite.id).await, 200).await;
    assert_eq!(again.email_status, Some(EmailStatus::Pending));
    sink.wait_for(1).await;
    email_becomes(&app, &host, 1, invite.id, EmailStatus::Sent).await;
}

#[tokio::test]
async fn given_a_resend_from_another_site_or_by_a_cohost_should_follow_the_hosts_rules() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::VIDEO, true).await;
    let path = app.api(&format!("/media/1/invites/{}/resend", invite.id));
    let cross_site = host.post(&path).header("origin", "http://evil.example");
    assert_error(
        cross_site.send().await.expect("answered"),
        403,
        ErrorCode::CrossSiteRequest,
    )
    .await;
    assert_error(
        resend(&app, &app.anonymous(), 1, invite.id).await,
        401,
        ErrorCode::NotSignedIn,
    )
    .await;
    assert_eq!(outbox(&app).await.len(), 1);
    let cohost = app.signed_in(seeded::COHOST).await;
    let again: Invite = assert_json(resend(&app, &cohost, 1, invite.id).await, 200).await;
    assert_eq!(again.email_status, Some(EmailStatus::Sent));
    assert_eq!(outbox(&app).await.len(), 2);
}

#[tokio::test]
async fn given_a_locked_invite_should_refuse_a_resend_and_email_its_reissue_over_smtp() {
    let sink = SmtpSink::start().await;
    let app = TestApp::start_mailing(&sink.url()).await;
    let host = app.host().await;
    let invite = create(&app, &host, seeded::SCHEDULED_EVENT, true).await;
    sink.wait_for(1).await;
    email_becomes(&app, &host, 7, invite.id, EmailStatus::Sent).await;
    app.sql(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
         INSERT INTO invite_attempts (invite_id, client, attempted_at)
         SELECT {id}, 'c' || i, 0 FROM n;",
        id = invite.id
    ));
    assert!(listed(&app, &host, 7, invite.id).await.locked);
    let refused = assert_error(
        resend(&app, &host, 7, invite.id).await,
        429,
        ErrorCode::TooManyAttempts,
    )
    .await;
    assert!(
        refused.error.message.contains("Issue a new link"),
        "{}",
        refused.error.message
    );

    let path = format!("/media/7/invites/{}/reissue", invite.id);
    let fresh: Invite = assert_json(app.post_empty(&host, &path).await, 201).await;
    assert_ne!(fresh.url, invite.url);
    assert_eq!(
        (fresh.emailed, fresh.email_status, fresh.locked),
        (false, Some(EmailStatus::Pending), false),
        "the fresh link leaves through the delivery queue"
    );
    let received = sink.wait_for(2).await;
    let message = parse(&received);
    assert!(message.body_text(0).unwrap().contains(&fresh.url));
    assert!(!message.body_text(0).unwrap().contains(&invite.url));
    let ics = message.attachments().next().expect("the .ics");
    let (_, event) = event(ics.text_contents().unwrap());
    assert_eq!(
        prop(&event, "UID"),
        format!("invite-{}@share.example.test", fresh.id)
    );
    let sent = email_becomes(&app, &host, 7, fresh.id, EmailStatus::Sent).await;
    assert!(sent.emailed);
}

//! Hardening (issue 10): each finding of the attacker's pass, as the behaviour that now
//! closes it.

mod common;

use std::net::{IpAddr, Ipv4Addr};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{
    assert_error, assert_fields, assert_json, client, seeded, send, stream_client, token_of,
    within, TestApp, PUBLIC_URL, WAIT,
};
use contract::hostile::REFUSED_NAMES;
use contract::{ErrorCode, Invite, OutboxEmail, RedeemResponse};
use futures::StreamExt;
use reqwest::Client;
use serde_json::json;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ROOM: i64 = 8;

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A client that keeps cookies but sends no `Origin`, as a page on another site makes the
/// browser send the cookie without our origin.
fn cookie_client_without_origin() -> Client {
    Client::builder()
        .cookie_store(true)
        .timeout(WAIT)
        .build()
        .unwrap()
}

/// A client connecting from another loopback address: another client to the server.
fn client_from(last_octet: u8) -> Client {
    Client::builder()
        .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, last_octet)))
        .default_headers(common::same_origin())
        .timeout(WAIT)
        .build()
        .unwrap()
}

/// Runs the server binary with `args` and returns its exit status and stderr.
async fn run_binary(args: &[&str]) -> (std::process::ExitStatus, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_share-server"))
        .args(args)
        .arg("--db")
        .arg(&db)
        .env_remove("DEV")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the binary starts");
    let output = within(child.wait_with_output()).await.expect("it exits");
    (
        output.status,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

// 1. Dev endpoints only on request.

#[tokio::test]
async fn given_no_dev_flag_should_answer_404_on_every_dev_endpoint() {
    let app = TestApp::start_with(|config| config.dev = false).await;
    let anyone = app.anonymous();
    let sign_in = app
        .post(&anyone, "/dev/sign-in", json!({ "email": seeded::HOST }))
        .await;
    assert_error(sign_in, 404, ErrorCode::NotFound).await;
    assert_error(
        app.get(&anyone, "/dev/outbox").await,
        404,
        ErrorCode::NotFound,
    )
    .await;
    let settings = json!({ "max_guest_links": 100, "invite_link_duration_minutes": 1,
        "invite_link_reusability": -1, "invite_email_template": true });
    let put = app.put(&anyone, "/dev/settings", settings).await;
    assert_error(put, 404, ErrorCode::NotFound).await;
    let crowd = app
        .post(
            &anyone,
            &format!("/dev/media/{ROOM}/crowd"),
            json!({ "waiting": 40000 }),
        )
        .await;
    assert_error(crowd, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_dev_on_a_public_address_should_refuse_to_start_with_a_one_line_reason() {
    let (status, stderr) = run_binary(&["--dev", "--listen", "0.0.0.0:0"]).await;
    assert!(!status.success());
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("--dev") && stderr.contains("loopback"),
        "{stderr}"
    );
}

// 5. --allow-origin takes only origins.

#[tokio::test]
async fn given_allow_origin_null_or_a_wildcard_should_exit_with_a_clear_error() {
    for bad in ["null", "*", "https://app.example.com/path"] {
        let (status, stderr) =
            run_binary(&["--allow-origin", bad, "--listen", "127.0.0.1:0"]).await;
        assert_eq!(status.code(), Some(2), "{bad}: {stderr}");
        assert!(stderr.contains("scheme://host[:port]"), "{bad}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

// 2. Timeouts and caps.

fn short_timeouts(config: &mut share_server::Config) {
    config.header_timeout = Duration::from_secs(2);
    config.request_timeout = Duration::from_secs(2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn given_300_half_sent_requests_should_answer_others_at_once_and_close_them_in_time() {
    let app = TestApp::start_with(short_timeouts).await;
    let address = app.url.trim_start_matches("http://").to_string();
    let mut half_sent = Vec::new();
    for _ in 0..300 {
        let mut stream = within(TcpStream::connect(&address)).await.unwrap();
        stream
            .write_all(b"GET /api/v1/settings HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            .await
            .unwrap();
        half_sent.push(stream);
    }
    let started = Instant::now();
    let response = app.get(&app.anonymous(), "/settings").await;
    assert_eq!(response.status(), 200);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );

    let deadline = Instant::now() + Duration::from_secs(6);
    for mut stream in half_sent {
        let left = deadline.saturating_duration_since(Instant::now());
        let mut rest = Vec::new();
        let closed = tokio::time::timeout(left, stream.read_to_end(&mut rest)).await;
        assert!(
            closed.is_ok(),
            "a half-sent request was still open after 6 s"
        );
    }
}

#[tokio::test]
async fn given_a_body_that_never_ends_should_answer_503_within_the_request_timeout() {
    let app = TestApp::start_with(short_timeouts).await;
    let address = app.url.trim_start_matches("http://").to_string();
    let mut stream = TcpStream::connect(&address).await.unwrap();
    stream
        .write_all(
            b"POST /api/v1/guest/x/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"name\":",
        )
        .await
        .unwrap();
    let mut answer = vec![0; 512];
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer))
        .await
        .expect("answered within the request timeout")
        .unwrap();
    let head = String::from_utf8_lossy(&answer[..read]);
    assert!(head.starts_with("HTTP/1.1 503"), "{head}");
}

/// Reads a stream's body until it ends; false if it is still open after `WAIT`.
async fn ends(response: reqwest::Response) -> bool {
    let mut chunks = response.bytes_stream();
    tokio::time::timeout(WAIT, async { while chunks.next().await.is_some() {} })
        .await
        .is_ok()
}

#[tokio::test]
async fn given_a_fourth_host_stream_on_one_session_should_end_the_oldest() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let url = app.api(&format!("/media/{ROOM}/participants/events"));
    let first = send(host.get(&url)).await;
    assert_eq!(first.status(), 200);
    let mut others = Vec::new();
    for _ in 0..3 {
        let response = send(host.get(&url)).await;
        assert_eq!(response.status(), 200);
        others.push(response);
    }
    assert!(ends(first).await, "the oldest stream is still open");
}

#[tokio::test]
async fn given_a_fourth_stream_on_one_guest_token_should_end_the_oldest() {
    let app = TestApp::start().await;
    let host = app.host().await;
    app.set_guest_access(&host, ROOM, true).await;
    let link = app.create_link(&host, ROOM, json!({ "name": "L" })).await;
    let guest = app.join(&token_of(&link.url), "Gus").await;
    let url = app.api(&format!(
        "/guest-sessions/{}/events?token={}",
        guest.guest_id, guest.guest_token
    ));
    let streams = stream_client(false);
    let first = send(streams.get(&url)).await;
    assert_eq!(first.status(), 200);
    let mut others = Vec::new();
    for _ in 0..3 {
        others.push(send(streams.get(&url)).await);
    }
    assert!(ends(first).await, "the oldest stream is still open");
}

// 4. Text.

#[tokio::test]
async fn given_line_breaks_or_bidi_controls_in_a_name_should_refuse_it_as_invalid() {
    let app = TestApp::start().await;
    let host = app.host().await;
    app.set_guest_access(&host, ROOM, true).await;
    let link = app.create_link(&host, ROOM, json!({ "name": "ok" })).await;
    let join = format!("/guest/{}/join", token_of(&link.url));
    for name in REFUSED_NAMES {
        let links = format!("/media/{ROOM}/guest-links");
        let response = app.post(&host, &links, json!({ "name": name })).await;
        assert_fields(response, &[("name", "invalid")]).await;
        let body = json!({ "name": name, "email": "g@example.com" });
        let response = app.post(&app.anonymous(), &join, body).await;
        assert_fields(response, &[("name", "invalid")]).await;
        let body = json!({ "email": "a@example.org", "first_name": name, "last_name": name, "role": "viewer", "send_email": true });
        let response = app.post(&host, "/media/6/invites", body).await;
        assert_fields(
            response,
            &[("first_name", "invalid"), ("last_name", "invalid")],
        )
        .await;
    }
    let lobby = format!("/media/{ROOM}/lobby-message");
    let kept = app
        .put(
            &host,
            &lobby,
            json!({ "message": "Welcome!\n\nWe start at 10." }),
        )
        .await;
    assert_eq!(kept.status(), 204);
    for bad in ["Tab\there", "\u{202E}reversed"] {
        let response = app.put(&host, &lobby, json!({ "message": bad })).await;
        assert_fields(response, &[("message", "invalid")]).await;
    }
}

#[tokio::test]
async fn given_line_breaks_in_a_title_or_inviter_should_keep_the_email_to_its_lines() {
    let app = TestApp::start().await;
    app.sql(
        "UPDATE media SET title = 'Talk\r\nBcc: all@example.com\r\n\r\nYour account is locked' WHERE id = 6;
         UPDATE users SET first_name = 'Hana\nX-Evil: 1' WHERE email = 'host@example.com';",
    );
    let host = app.host().await;
    let body = json!({ "email": "ann@example.org", "first_name": "Ann", "last_name": "Lee", "role": "viewer", "send_email": true });
    let invite: Invite = assert_json(app.post(&host, "/media/6/invites", body).await, 201).await;
    assert!(invite.emailed);
    let outbox: Vec<OutboxEmail> = app.get_ok(&host, "/dev/outbox").await;
    let email = &outbox[0];
    assert!(!email.subject.contains(['\r', '\n']), "{:?}", email.subject);
    let lines: Vec<&str> = email.body.lines().collect();
    assert_eq!(lines[0], "Hi Ann,");
    assert_eq!(lines[1], "");
    // Each break became a space and runs of spaces collapse (`mail::text::one_line`).
    assert!(
        lines[2].starts_with("Hana X-Evil: 1 Host invited you to \"Talk Bcc"),
        "{}",
        lines[2]
    );
    // The issue-16 message: greeting, invitation, link, expiry and "not meant for you", each
    // a paragraph; a hostile field adds none.
    assert_eq!(email.body.lines().count(), 10, "{:?}", email.body);
}

#[tokio::test]
async fn given_50_invitation_emails_in_an_hour_should_refuse_the_next_with_429() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let body = |n: usize, send_email: bool| json!({ "email": format!("p{n}@example.org"), "first_name": "P", "last_name": "Q", "role": "viewer", "send_email": send_email });
    for n in 0..50 {
        let response = app.post(&host, "/media/1/invites", body(n, true)).await;
        assert_eq!(response.status(), 201, "invite {n}");
    }
    let refused = app.post(&host, "/media/1/invites", body(50, true)).await;
    assert_error(refused, 429, ErrorCode::RateLimited).await;
    let unmailed = app.post(&host, "/media/1/invites", body(51, false)).await;
    assert_eq!(unmailed.status(), 201);
    app.sql("UPDATE outbox SET sent_at = sent_at - 61 * 60000");
    let later = app.post(&host, "/media/1/invites", body(52, true)).await;
    assert_eq!(later.status(), 201);
}

// 5. Cross-site requests.

#[tokio::test]
async fn given_a_cookie_write_from_another_site_should_refuse_it_with_403() {
    let app = TestApp::start().await;
    let host = app.host().await;
    app.set_guest_access(&host, ROOM, true).await;
    let link = app.create_link(&host, ROOM, json!({ "name": "L" })).await;
    app.join(&token_of(&link.url), "Waiting Wendy").await;

    let victim = cookie_client_without_origin();
    let signed_in = app
        .post(&victim, "/dev/sign-in", json!({ "email": seeded::HOST }))
        .await;
    assert_eq!(signed_in.status(), 200);
    let admit_all = app.api(&format!("/media/{ROOM}/waiting/admit-all"));
    for origin in [Some("http://evil.example"), Some("null"), None] {
        let mut request = victim.post(&admit_all);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        assert_error(send(request).await, 403, ErrorCode::CrossSiteRequest).await;
    }
    let sign_out = victim
        .post(app.api("/dev/sign-out"))
        .header("origin", "http://evil.example")
        .header("sec-fetch-site", "cross-site");
    assert_error(send(sign_out).await, 403, ErrorCode::CrossSiteRequest).await;
    let put = victim
        .put(app.api(&format!("/media/{ROOM}/guest-access")))
        .header("origin", "http://evil.example")
        .json(&json!({ "enabled": false }));
    assert_error(send(put).await, 403, ErrorCode::CrossSiteRequest).await;
    let still_waiting: contract::Participants = app
        .get_ok(&victim, &format!("/media/{ROOM}/participants"))
        .await;
    assert_eq!(still_waiting.waiting.len(), 1);

    let same_origin = victim
        .post(&admit_all)
        .header("sec-fetch-site", "same-origin");
    let admitted: contract::Count = assert_json(send(same_origin).await, 200).await;
    assert_eq!(admitted.count, 1);
    let from_app = victim.post(&admit_all).header("origin", PUBLIC_URL);
    assert_eq!(send(from_app).await.status(), 200);
}

#[tokio::test]
async fn given_an_allowed_origin_should_take_its_cookie_writes() {
    let app = TestApp::start_with(|config| {
        config.allow_origins = vec!["http://localhost:8080".into()];
    })
    .await;
    let victim = cookie_client_without_origin();
    app.post(&victim, "/dev/sign-in", json!({ "email": seeded::HOST }))
        .await;
    let put = victim
        .put(app.api(&format!("/media/{ROOM}/guest-access")))
        .header("origin", "http://localhost:8080")
        .json(&json!({ "enabled": true }));
    assert_eq!(send(put).await.status(), 200);
}

// 6. Directory.

#[tokio::test]
async fn given_someone_who_may_invite_nowhere_should_refuse_the_directory() {
    let app = TestApp::start().await;
    for email in [seeded::VIEWER, seeded::OUTSIDER] {
        let user = app.signed_in(email).await;
        let response = app.get(&user, "/users?query=a").await;
        assert_error(response, 403, ErrorCode::Forbidden).await;
    }
    let cohost = app.signed_in(seeded::COHOST).await;
    assert_eq!(app.get(&cohost, "/users?query=a").await.status(), 200);
}

#[tokio::test]
async fn given_a_query_over_100_characters_should_answer_422_too_long() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for length in [101, 50_001] {
        let response = app
            .get(&host, &format!("/users?query={}", "a".repeat(length)))
            .await;
        assert_fields(response, &[("query", "too_long")]).await;
    }
    assert_eq!(
        app.get(&host, &format!("/users?query={}", "a".repeat(100)))
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn given_a_burst_of_searches_should_answer_429_to_that_session_only() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let mut statuses = Vec::new();
    for n in 0..60 {
        statuses.push(
            app.get(&host, &format!("/users?query=a{n}"))
                .await
                .status()
                .as_u16(),
        );
    }
    assert!(statuses[..20].iter().all(|s| *s == 200), "{statuses:?}");
    assert!(statuses.contains(&429), "{statuses:?}");
    let other = app.host().await;
    assert_eq!(app.get(&other, "/users?query=a").await.status(), 200);
}

// 7. Tokens at rest and their lifetime.

#[tokio::test]
async fn given_bearer_tokens_should_store_only_their_sha256_digests() {
    let app = TestApp::start().await;
    let host_client = cookie_client_without_origin();
    let response = app
        .post(
            &host_client,
            "/dev/sign-in",
            json!({ "email": seeded::HOST }),
        )
        .await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    let session = cookie
        .strip_prefix("share_session=")
        .and_then(|rest| rest.split(';').next())
        .unwrap()
        .to_string();
    let host = app.host().await;
    app.set_guest_access(&host, ROOM, true).await;
    let link = app.create_link(&host, ROOM, json!({ "name": "L" })).await;
    let guest = app.join(&token_of(&link.url), "Gus").await;
    let body = json!({ "email": "zoe@example.org", "first_name": "Zoe", "last_name": "I", "role": "viewer" });
    let invite: Invite = assert_json(app.post(&host, "/media/1/invites", body).await, 201).await;
    let redeem = format!("/invite/{}/redeem", token_of(&invite.url));
    let redeemed: RedeemResponse = assert_json(
        app.post(
            &app.anonymous(),
            &redeem,
            json!({ "email": "zoe@example.org" }),
        )
        .await,
        200,
    )
    .await;
    for (table, token) in [
        ("sessions", &session),
        ("guests", &guest.guest_token),
        ("invitee_sessions", &redeemed.session_token),
    ] {
        let plain = app.sql_number(&format!(
            "SELECT COUNT(*) FROM {table} WHERE token_hash = '{token}'"
        ));
        let hashed = app.sql_number(&format!(
            "SELECT COUNT(*) FROM {table} WHERE token_hash = '{}'",
            sha256_hex(token)
        ));
        assert_eq!((plain, hashed), (0, 1), "{table}");
    }
    // The digest is not a token: presenting it signs nobody in.
    let forged = send(
        app.anonymous()
            .get(app.api("/invitee-session"))
            .bearer_auth(sha256_hex(&redeemed.session_token)),
    )
    .await;
    assert_error(forged, 401, ErrorCode::NotSignedIn).await;
}

#[tokio::test]
async fn given_a_session_idle_for_a_day_or_a_week_old_should_sign_out() {
    let app = TestApp::start().await;
    let response = app
        .post(
            &app.anonymous(),
            "/dev/sign-in",
            json!({ "email": seeded::HOST }),
        )
        .await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.contains("Max-Age=604800"), "{cookie}");

    let idle = app.host().await;
    assert_eq!(app.get(&idle, "/me").await.status(), 200);
    app.sql("UPDATE sessions SET last_seen_at = last_seen_at - 25 * 3600000");
    assert_error(app.get(&idle, "/me").await, 401, ErrorCode::NotSignedIn).await;

    let old = app.host().await;
    app.sql("UPDATE sessions SET created_at = created_at - 8 * 86400000");
    assert_error(app.get(&old, "/me").await, 401, ErrorCode::NotSignedIn).await;
}

#[tokio::test]
async fn given_an_invite_that_expired_should_end_its_invitee_session() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let body = json!({ "email": "zoe@example.org", "first_name": "Zoe", "last_name": "I", "role": "viewer" });
    let invite: Invite = assert_json(app.post(&host, "/media/1/invites", body).await, 201).await;
    let redeem = format!("/invite/{}/redeem", token_of(&invite.url));
    let redeemed: RedeemResponse = assert_json(
        app.post(
            &app.anonymous(),
            &redeem,
            json!({ "email": "zoe@example.org" }),
        )
        .await,
        200,
    )
    .await;
    let session = || {
        app.anonymous()
            .get(app.api("/invitee-session"))
            .bearer_auth(&redeemed.session_token)
    };
    assert_eq!(send(session()).await.status(), 200);
    app.sql("UPDATE invites SET expires_at = expires_at - 2 * 86400000");
    assert_error(send(session()).await, 410, ErrorCode::InviteExpired).await;
}

// 8. Invite attempts.

async fn redeem_from(
    app: &TestApp,
    client: &Client,
    token: &str,
    email: &str,
) -> reqwest::Response {
    app.post(
        client,
        &format!("/invite/{token}/redeem"),
        json!({ "email": email }),
    )
    .await
}

#[tokio::test]
async fn given_five_wrong_emails_from_one_client_should_not_lock_out_another() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let body = json!({ "email": "zoe@example.org", "first_name": "Zoe", "last_name": "I", "role": "viewer" });
    let invite: Invite = assert_json(app.post(&host, "/media/1/invites", body).await, 201).await;
    let token = token_of(&invite.url);
    let outsider = client_from(2);
    for n in 0..5 {
        let response = redeem_from(&app, &outsider, &token, &format!("x{n}@example.org")).await;
        assert_error(response, 403, ErrorCode::EmailMismatch).await;
    }
    let locked_out = redeem_from(&app, &outsider, &token, "zoe@example.org").await;
    assert_error(locked_out, 429, ErrorCode::TooManyAttempts).await;
    let invitee = client_from(3);
    let redeemed = redeem_from(&app, &invitee, &token, "zoe@example.org").await;
    assert_eq!(redeemed.status(), 200);
}

#[tokio::test]
async fn given_an_invite_locked_by_many_clients_should_show_it_and_reissue_a_fresh_one() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let body = json!({ "email": "zoe@example.org", "first_name": "Zoe", "last_name": "I", "role": "viewer" });
    let invite: Invite = assert_json(app.post(&host, "/media/1/invites", body).await, 201).await;
    assert!(!invite.locked);
    let token = token_of(&invite.url);
    for octet in 10..14 {
        let client = client_from(octet);
        for n in 0..5 {
            redeem_from(&app, &client, &token, &format!("x{n}@example.org")).await;
        }
    }
    let invitee = client_from(20);
    let refused = redeem_from(&app, &invitee, &token, "zoe@example.org").await;
    assert_error(refused, 429, ErrorCode::TooManyAttempts).await;
    let listed: Vec<Invite> = app.get_ok(&host, "/media/1/invites").await;
    assert!(listed.iter().any(|i| i.id == invite.id && i.locked));

    let path = format!("/media/1/invites/{}/reissue", invite.id);
    let fresh: Invite = assert_json(app.post_empty(&host, &path).await, 201).await;
    assert_ne!(fresh.url, invite.url);
    assert_eq!(
        (fresh.email.as_str(), fresh.locked),
        ("zoe@example.org", false)
    );
    let old = app.get(&app.anonymous(), &format!("/invite/{token}")).await;
    assert_error(old, 404, ErrorCode::InviteNotFound).await;
    let redeemed = redeem_from(&app, &invitee, &token_of(&fresh.url), "zoe@example.org").await;
    assert_eq!(redeemed.status(), 200);
}

// 9. Small ones.

#[tokio::test]
async fn given_a_body_over_the_limit_should_answer_413_payload_too_large() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let big = json!({ "name": "x".repeat(10 * 1024 * 1024) });
    let response = app
        .post(&host, &format!("/media/{ROOM}/guest-links"), big)
        .await;
    assert_error(response, 413, ErrorCode::PayloadTooLarge).await;
}

#[tokio::test]
async fn given_unreadable_input_should_answer_in_plain_sentences() {
    let app = TestApp::start().await;
    let host = app.host().await;
    app.set_guest_access(&host, ROOM, true).await;
    let responses = [
        app.get(&host, "/media/abc").await,
        app.get(&host, "/users?query=a&limit=abc").await,
        app.post(
            &host,
            &format!("/media/{ROOM}/guest-links"),
            json!({ "name": 5 }),
        )
        .await,
        send(
            host.post(app.api(&format!("/media/{ROOM}/guest-links")))
                .header("content-type", "application/json")
                .body("{not json"),
        )
        .await,
        send(
            host.post(app.api(&format!("/media/{ROOM}/guest-links")))
                .body("{}"),
        )
        .await,
    ];
    for response in responses {
        let text = response.text().await.unwrap();
        let body: contract::ApiErrorBody = serde_json::from_str(&text).expect("the error shape");
        for internal in [
            "Cannot parse",
            "i64",
            "u32",
            "deserialize",
            "invalid type",
            "Expected request",
        ] {
            assert!(!body.error.message.contains(internal), "{text}");
        }
    }
}

#[tokio::test]
async fn given_https_public_url_should_send_hsts_and_always_a_permissions_policy() {
    let plain = TestApp::start().await;
    let response = plain.get(&plain.anonymous(), "/settings").await;
    assert!(response
        .headers()
        .get("strict-transport-security")
        .is_none());
    assert!(response.headers()["permissions-policy"]
        .to_str()
        .unwrap()
        .contains("camera=()"));
    let https = TestApp::start_with(|config| {
        config.public_url = "https://share.example.test".into();
    })
    .await;
    let response = https.get(&https.anonymous(), "/settings").await;
    assert!(response.headers()["strict-transport-security"]
        .to_str()
        .unwrap()
        .starts_with("max-age="));
}

#[tokio::test]
async fn given_a_double_slash_path_should_never_redirect_to_another_host() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), "<!doctype html>").unwrap();
    std::fs::create_dir(dir.path().join("g")).unwrap();
    std::fs::write(dir.path().join("g/index.html"), "<!doctype html>").unwrap();
    // Leaked on purpose: the server reads the folder for the whole test.
    let path = Box::leak(Box::new(dir)).path().to_path_buf();
    STATIC.set(path).unwrap();
    let app = TestApp::start_with(|config| config.static_dir = STATIC.get().cloned()).await;
    let no_redirects = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(WAIT)
        .build()
        .unwrap();
    for path in ["//g", "//g/", "///g", "/\\g"] {
        let response = send(no_redirects.get(format!("{}{path}", app.url))).await;
        if let Some(location) = response.headers().get("location") {
            let location = location.to_str().unwrap();
            assert!(
                location.starts_with('/')
                    && !location.starts_with("//")
                    && !location.starts_with("/\\"),
                "{path} -> {location}"
            );
        }
    }
    let _ = client(false);
}

static STATIC: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

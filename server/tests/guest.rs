//! Guests: the entry page, joining (one click each, exactly), and their session.

mod common;

use common::{
    assert_error, assert_fields, assert_json, seeded, send, token_of, EventStream, TestApp,
};
use contract::{Admission, ErrorCode, GuestLinkInfo, GuestSession, MediaKind, Platform, SharedBy};
use serde_json::json;

async fn link_token(app: &TestApp, media_id: i64, body: serde_json::Value) -> String {
    let link = app.create_link(&app.host().await, media_id, body).await;
    token_of(&link.url)
}

async fn info(app: &TestApp, token: &str) -> reqwest::Response {
    app.get(&app.anonymous(), &format!("/guest/{token}")).await
}

async fn join(app: &TestApp, token: &str, body: serde_json::Value) -> reqwest::Response {
    app.post(&app.anonymous(), &format!("/guest/{token}/join"), body)
        .await
}

async fn session(app: &TestApp, guest_id: i64, token: &str) -> reqwest::Response {
    let path = format!("/guest-sessions/{guest_id}");
    send(app.anonymous().get(app.api(&path)).bearer_auth(token)).await
}

/// Asserts that both the entry page and joining refuse `token` with this status and code.
async fn assert_unusable(app: &TestApp, token: &str, status: u16, code: ErrorCode) {
    let body = json!({ "name": "Ann", "email": "ann@example.com" });
    assert_error(info(app, token).await, status, code).await;
    assert_error(join(app, token, body).await, status, code).await;
}

#[tokio::test]
async fn given_a_link_should_show_the_item_and_whether_admission_is_needed() {
    let app = TestApp::start().await;
    for (media_id, kind, requires_admission) in [
        (seeded::VIDEO, MediaKind::Video, false),
        (seeded::QUIZ, MediaKind::Quiz, false),
        (seeded::LIVE_EVENT, MediaKind::LiveEvent, true),
        (seeded::LIVE_ROOM, MediaKind::Room, true),
    ] {
        let token = link_token(&app, media_id, json!({ "name": "x" })).await;
        let info: GuestLinkInfo = assert_json(info(&app, &token).await, 200).await;
        assert_eq!(info.media.kind, kind);
        assert!(!info.media.title.is_empty());
        assert!(info.media.description.is_some());
        assert_eq!(info.requires_admission, requires_admission);
    }
}

#[tokio::test]
async fn given_a_guest_link_should_say_which_platform_and_who_shares_it_and_serve_its_logo() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::VIDEO, json!({ "name": "x" })).await;
    let info: GuestLinkInfo = assert_json(info(&app, &token).await, 200).await;
    let logo_url = "/api/v1/platform/logo.svg".to_string();
    assert_eq!(
        info.platform,
        Some(Platform {
            name: "MediaShare".into(),
            logo_url: Some(logo_url),
            default_locale: Some("en".into()),
        })
    );
    assert_eq!(
        info.shared_by,
        Some(SharedBy {
            name: "Hana Host".into()
        })
    );

    let logo = app.get(&app.anonymous(), "/platform/logo.svg").await;
    assert_eq!(logo.status(), 200);
    assert_eq!(logo.headers()["content-type"], "image/svg+xml");
    assert_eq!(logo.headers()["cache-control"], "public, max-age=86400");
    assert!(logo.text().await.unwrap().starts_with("<svg "));
}

#[tokio::test]
async fn given_the_entry_page_opened_many_times_should_not_use_a_click() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::VIDEO, json!({ "name": "x", "max_clicks": 1 })).await;
    for _ in 0..5 {
        assert_eq!(info(&app, &token).await.status(), 200);
    }
    assert_eq!(app.sql_number("SELECT clicks FROM guest_links"), 0);
    assert_eq!(
        join(&app, &token, json!({ "name": "Ann", "email": "a@b.co" }))
            .await
            .status(),
        201
    );
}

#[tokio::test]
async fn given_an_unknown_token_should_answer_404_link_not_found() {
    let app = TestApp::start().await;
    assert_error(
        info(&app, "no-such-token").await,
        404,
        ErrorCode::LinkNotFound,
    )
    .await;
    let response = join(
        &app,
        "no-such-token",
        json!({ "name": "A", "email": "a@b.co" }),
    )
    .await;
    assert_error(response, 404, ErrorCode::LinkNotFound).await;
}

#[tokio::test]
async fn given_each_reason_a_link_is_unusable_should_answer_its_code_in_order() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::VIDEO, json!({ "name": "x", "max_clicks": 1 })).await;
    let body = json!({ "name": "Ann", "email": "ann@example.com" });
    assert_eq!(join(&app, &token, body).await.status(), 201);
    // Exhausted.
    assert_unusable(&app, &token, 410, ErrorCode::LinkExhausted).await;
    // Expired beats exhausted.
    app.sql("UPDATE guest_links SET expires_at = 1");
    assert_unusable(&app, &token, 410, ErrorCode::LinkExpired).await;
    // Access off beats expired.
    app.sql("UPDATE media SET guest_access_enabled = 0 WHERE id = 1");
    assert_unusable(&app, &token, 403, ErrorCode::GuestAccessDisabled).await;
    // An unavailable item beats everything but a deleted link.
    app.sql("UPDATE media SET status = 'unavailable' WHERE id = 1");
    assert_unusable(&app, &token, 410, ErrorCode::MediaUnavailable).await;
    app.sql("DELETE FROM guest_links");
    assert_error(info(&app, &token).await, 404, ErrorCode::LinkNotFound).await;
}

#[tokio::test]
async fn given_an_expired_link_should_name_the_date_it_expired_on_every_guest_endpoint() {
    let app = TestApp::start().await;
    let token = link_token(
        &app,
        seeded::VIDEO,
        json!({ "name": "x", "duration_days": 3 }),
    )
    .await;
    let guest = app.join(&token, "Ann").await;
    // 2025-03-14T12:00:00Z, as stored (Unix milliseconds).
    app.sql("UPDATE guest_links SET expires_at = 1741953600000");
    let expected = "2025-03-14T12:00:00Z";
    let body = assert_error(info(&app, &token).await, 410, ErrorCode::LinkExpired).await;
    assert_eq!(body.error.expired_at.as_deref(), Some(expected));
    let response = join(
        &app,
        &token,
        json!({ "name": "Bob", "email": "bob@example.com" }),
    )
    .await;
    let body = assert_error(response, 410, ErrorCode::LinkExpired).await;
    assert_eq!(body.error.expired_at.as_deref(), Some(expected));
    let response = session(&app, guest.guest_id, &guest.guest_token).await;
    let raw: serde_json::Value = response.json().await.unwrap();
    assert_eq!(raw["error"]["code"], "link_expired");
    assert_eq!(
        raw["error"]["expired_at"], expected,
        "RFC 3339 UTC on the wire"
    );
}

#[tokio::test]
async fn given_the_seeded_unavailable_item_should_answer_410_media_unavailable() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::UNAVAILABLE, json!({ "name": "x" })).await;
    assert_error(info(&app, &token).await, 410, ErrorCode::MediaUnavailable).await;
}

#[tokio::test]
async fn given_an_on_demand_item_should_admit_a_joining_guest_at_once() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::DOCUMENT, json!({ "name": "x" })).await;
    let body = json!({ "name": " Ann Lee ", "email": " ann@example.com " });
    let joined: contract::JoinResponse = assert_json(join(&app, &token, body).await, 201).await;
    assert_eq!(joined.admission, Admission::Admitted);
    assert!(joined.guest_token.len() >= 22);
    assert_eq!(app.sql_number("SELECT clicks FROM guest_links"), 1);
    let session: GuestSession = assert_json(
        session(&app, joined.guest_id, &joined.guest_token).await,
        200,
    )
    .await;
    assert_eq!(session.admission, Admission::Admitted);
    assert_eq!(session.position, None);
    assert_eq!(session.media.kind, MediaKind::Document);
    assert!(session.media.description.is_some());
}

#[tokio::test]
async fn given_a_live_item_should_queue_joining_guests_with_their_positions() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::LIVE_EVENT, json!({ "name": "x" })).await;
    let first = app.join(&token, "First").await;
    let second = app.join(&token, "Second").await;
    assert_eq!(first.admission, Admission::Waiting);
    for (guest, position) in [(&first, 1), (&second, 2)] {
        let session: GuestSession =
            assert_json(session(&app, guest.guest_id, &guest.guest_token).await, 200).await;
        assert_eq!(session.admission, Admission::Waiting);
        assert_eq!(session.position, Some(position));
        assert_eq!(session.lobby_message, None);
    }
}

#[tokio::test]
async fn given_each_invalid_join_field_should_answer_422_naming_it() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::VIDEO, json!({ "name": "x" })).await;
    let cases = [
        (
            json!({ "name": "", "email": "a@b.co" }),
            vec![("name", "required")],
        ),
        (
            json!({ "name": "a".repeat(81), "email": "a@b.co" }),
            vec![("name", "too_long")],
        ),
        (
            json!({ "name": "Ann", "email": "" }),
            vec![("email", "required")],
        ),
        (
            json!({ "name": "Ann", "email": "ann" }),
            vec![("email", "invalid_email")],
        ),
        (
            json!({ "name": "Ann", "email": format!("{}@example.com", "a".repeat(250)) }),
            vec![("email", "too_long")],
        ),
        (
            json!({ "name": " ", "email": "x@" }),
            vec![("email", "invalid_email"), ("name", "required")],
        ),
        (json!({ "email": "a@b.co" }), vec![("name", "required")]),
    ];
    for (body, fields) in cases {
        assert_fields(join(&app, &token, body).await, &fields).await;
    }
    assert_eq!(
        app.sql_number("SELECT clicks FROM guest_links"),
        0,
        "refused joins use no click"
    );
}

#[tokio::test]
async fn given_an_unusable_link_and_an_invalid_body_should_report_the_link_first() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::VIDEO, json!({ "name": "x" })).await;
    app.sql("UPDATE media SET guest_access_enabled = 0");
    let response = join(&app, &token, json!({ "name": "", "email": "" })).await;
    assert_error(response, 403, ErrorCode::GuestAccessDisabled).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn given_200_concurrent_joins_on_a_link_limited_to_50_should_admit_exactly_50() {
    let app = TestApp::start().await;
    let token = link_token(
        &app,
        seeded::VIDEO,
        json!({ "name": "x", "max_clicks": 50 }),
    )
    .await;
    let client = common::client(false);
    let url = app.api(&format!("/guest/{token}/join"));
    let joins = (0..200).map(|n| {
        client
            .post(&url)
            .json(&json!({ "name": format!("Guest {n}"), "email": format!("g{n}@example.com") }))
            .send()
    });
    let responses = common::within(futures::future::join_all(joins)).await;
    let (mut joined, mut exhausted) = (0, 0);
    for response in responses {
        let response = response.unwrap();
        if response.status() == 201 {
            joined += 1;
        } else {
            assert_error(response, 410, ErrorCode::LinkExhausted).await;
            exhausted += 1;
        }
    }
    assert_eq!((joined, exhausted), (50, 150));
    assert_eq!(app.sql_number("SELECT clicks FROM guest_links"), 50);
    assert_eq!(app.sql_number("SELECT COUNT(*) FROM guests"), 50);
}

#[tokio::test]
async fn given_no_or_a_wrong_guest_token_should_refuse_the_session() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::LIVE_ROOM, json!({ "name": "x" })).await;
    let ann = app.join(&token, "Ann").await;
    let bob = app.join(&token, "Bob").await;
    let path = format!("/guest-sessions/{}", ann.guest_id);
    let response = app.get(&app.anonymous(), &path).await;
    assert_error(response, 401, ErrorCode::NotSignedIn).await;
    assert_error(
        session(&app, ann.guest_id, "forged").await,
        401,
        ErrorCode::NotSignedIn,
    )
    .await;
    let response = session(&app, ann.guest_id, &bob.guest_token).await;
    assert_error(response, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_the_link_changes_after_joining_should_end_the_session_with_its_reason() {
    let app = TestApp::start().await;
    let token = link_token(
        &app,
        seeded::LIVE_EVENT,
        json!({ "name": "x", "max_clicks": 1 }),
    )
    .await;
    let guest = app.join(&token, "Ann").await;
    // Exhausted by this very join, yet the guest stays.
    assert_eq!(
        session(&app, guest.guest_id, &guest.guest_token)
            .await
            .status(),
        200
    );
    app.sql("UPDATE guest_links SET expires_at = 1");
    let response = session(&app, guest.guest_id, &guest.guest_token).await;
    assert_error(response, 410, ErrorCode::LinkExpired).await;
    app.sql("UPDATE media SET guest_access_enabled = 0 WHERE id = 6");
    let response = session(&app, guest.guest_id, &guest.guest_token).await;
    assert_error(response, 403, ErrorCode::GuestAccessDisabled).await;
    app.sql("UPDATE media SET status = 'unavailable' WHERE id = 6");
    let response = session(&app, guest.guest_id, &guest.guest_token).await;
    assert_error(response, 410, ErrorCode::MediaUnavailable).await;
    app.sql("DELETE FROM guest_links");
    let response = session(&app, guest.guest_id, &guest.guest_token).await;
    assert_error(response, 404, ErrorCode::LinkNotFound).await;
}

#[tokio::test]
async fn given_the_guest_event_stream_should_send_the_session_at_once() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::LIVE_EVENT, json!({ "name": "x" })).await;
    let guest = app.join(&token, "Ann").await;
    let url = app.api(&format!(
        "/guest-sessions/{}/events?token={}",
        guest.guest_id, guest.guest_token
    ));
    let mut stream = EventStream::open(&common::stream_client(false), &url).await;
    let session: GuestSession = stream.expect_as("admission").await;
    assert_eq!(session.admission, Admission::Waiting);
    assert_eq!(session.position, Some(1));
}

#[tokio::test]
async fn given_the_guest_event_stream_without_a_valid_token_should_answer_401() {
    let app = TestApp::start().await;
    let token = link_token(&app, seeded::LIVE_EVENT, json!({ "name": "x" })).await;
    let guest = app.join(&token, "Ann").await;
    for query in ["", "?token=forged"] {
        let path = format!("/guest-sessions/{}/events{query}", guest.guest_id);
        let response = app.get(&app.anonymous(), &path).await;
        assert_error(response, 401, ErrorCode::NotSignedIn).await;
    }
}

#[tokio::test]
async fn given_a_scheduled_event_should_say_when_it_starts_until_it_has_started() {
    let app = TestApp::start().await;
    app.sql("UPDATE media SET guest_access_enabled = 1 WHERE id = 7");
    let token = link_token(&app, seeded::SCHEDULED_EVENT, json!({ "name": "Early" })).await;
    let before: GuestLinkInfo = assert_json(info(&app, &token).await, 200).await;
    let start = before
        .media
        .starts_at
        .expect("a scheduled event says when it starts");
    let stored = app.sql_number("SELECT starts_at FROM media WHERE id = 7");
    assert_eq!(
        chrono::DateTime::parse_from_rfc3339(&start)
            .unwrap()
            .timestamp(),
        stored / 1000,
        "the start as stored, to the second"
    );
    let joined = app.join(&token, "Early Bird").await;
    let waiting: GuestSession = assert_json(
        session(&app, joined.guest_id, &joined.guest_token).await,
        200,
    )
    .await;
    assert_eq!(
        waiting.media.starts_at,
        Some(start),
        "the waiting page counts down too"
    );

    app.sql("UPDATE media SET starts_at = starts_at - 86400000 WHERE id = 7");
    let after: GuestLinkInfo = assert_json(info(&app, &token).await, 200).await;
    assert_eq!(
        after.media.starts_at, None,
        "once started, there is nothing to count down to"
    );
    let live: GuestLinkInfo = assert_json(
        info(
            &app,
            &link_token(&app, seeded::LIVE_EVENT, json!({ "name": "Now" })).await,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(live.media.starts_at, None);
}

//! Asking the host for access: which link states allow a request, its rules, one open request
//! per link and email, the rate limit, and the host's list and Dismiss.

mod common;

use common::{assert_error, assert_fields, assert_json, seeded, token_of, TestApp};
use contract::{AccessRequest, ErrorCode, GuestLink, LinkStatus};
use serde_json::{json, Value};

fn ask_path(token: &str) -> String {
    format!("/guest/{token}/access-requests")
}

fn list_path(media_id: i64) -> String {
    format!("/media/{media_id}/access-requests")
}

fn ann(note: Option<&str>) -> Value {
    json!({ "name": "  Ann Lee ", "email": " Ann@Example.com ", "note": note })
}

async fn ask(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.post(&app.anonymous(), &ask_path(token), body).await
}

async fn ask_ok(app: &TestApp, token: &str, body: Value) {
    let response = ask(app, token, body).await;
    assert_eq!(response.status(), 204, "{}", response.text().await.unwrap());
}

async fn requests(app: &TestApp, host: &reqwest::Client) -> Vec<AccessRequest> {
    app.get_ok(host, &list_path(seeded::VIDEO)).await
}

/// A link of the seeded video, expired by moving its end into the past.
async fn expired_link(app: &TestApp, host: &reqwest::Client) -> GuestLink {
    let link = app
        .create_link(
            host,
            seeded::VIDEO,
            json!({ "name": "Press", "duration_days": 1 }),
        )
        .await;
    app.sql(&format!(
        "UPDATE guest_links SET expires_at = 1000 WHERE id = {}",
        link.id
    ));
    link
}

#[tokio::test]
async fn given_an_expired_link_should_take_the_request_and_show_it_to_the_host() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = expired_link(&app, &host).await;
    ask_ok(
        &app,
        &token_of(&link.url),
        ann(Some("  I missed the session. \n Thanks  ")),
    )
    .await;
    let listed = requests(&app, &host).await;
    assert_eq!(listed.len(), 1);
    let request = &listed[0];
    assert_eq!(
        (request.name.as_str(), request.email.as_str()),
        ("Ann Lee", "Ann@Example.com")
    );
    assert_eq!(
        request.note.as_deref(),
        Some("I missed the session. \n Thanks")
    );
    assert_eq!(
        (
            request.link_id,
            request.link_name.as_str(),
            request.link_status
        ),
        (link.id, "Press", Some(LinkStatus::Expired))
    );
    assert!(
        (chrono::Utc::now() - request.requested_at)
            .num_seconds()
            .abs()
            < 30
    );
}

#[tokio::test]
async fn given_a_used_up_link_or_guest_access_off_should_take_the_request() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let used = app
        .create_link(
            &host,
            seeded::VIDEO,
            json!({ "name": "Once", "max_clicks": 1 }),
        )
        .await;
    app.join(&token_of(&used.url), "Bob").await;
    ask_ok(&app, &token_of(&used.url), ann(None)).await;
    let open = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Open" }))
        .await;
    app.set_guest_access(&host, seeded::VIDEO, false).await;
    ask_ok(&app, &token_of(&open.url), ann(Some("   "))).await;
    let listed = requests(&app, &host).await;
    let states: Vec<_> = listed
        .iter()
        .map(|r| (r.link_name.as_str(), r.link_status, r.note.clone()))
        .collect();
    assert_eq!(
        states,
        [
            ("Open", Some(LinkStatus::Active), None),
            ("Once", Some(LinkStatus::Exhausted), None)
        ],
        "newest first; a blank note is none"
    );
}

#[tokio::test]
async fn given_a_deleted_link_should_still_reach_its_host_while_the_link_reads_as_not_found() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Old" }))
        .await;
    let token = token_of(&link.url);
    let deleted = app
        .delete(&host, &format!("/media/1/guest-links/{}", link.id))
        .await;
    assert_eq!(deleted.status(), 204);
    let info = app.get(&app.anonymous(), &format!("/guest/{token}")).await;
    assert_error(info, 404, ErrorCode::LinkNotFound).await;
    let joined = app
        .post(
            &app.anonymous(),
            &format!("/guest/{token}/join"),
            json!({ "name": "Ann", "email": "ann@example.com" }),
        )
        .await;
    assert_error(joined, 404, ErrorCode::LinkNotFound).await;
    let access: contract::GuestAccess = app.get_ok(&host, "/media/1/guest-access").await;
    assert!(access.links.is_empty());

    ask_ok(&app, &token, ann(None)).await;
    let listed = requests(&app, &host).await;
    assert_eq!(
        (
            listed[0].link_id,
            listed[0].link_name.as_str(),
            listed[0].link_status
        ),
        (link.id, "Old", None)
    );
    assert!(!listed[0].link_exists());
    assert_eq!(
        app.sql_number("SELECT COUNT(*) FROM deleted_guest_links WHERE token_hash LIKE '%'"),
        1
    );
    assert_eq!(
        app.sql_number(&format!(
            "SELECT COUNT(*) FROM deleted_guest_links WHERE token_hash = '{token}'"
        )),
        0,
        "only the token's digest is kept"
    );
}

#[tokio::test]
async fn given_a_working_link_or_an_unknown_token_or_a_gone_item_should_refuse() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Works" }))
        .await;
    let works = ask(&app, &token_of(&link.url), ann(None)).await;
    assert_error(works, 409, ErrorCode::LinkActive).await;
    let unknown = ask(&app, "never-issued-token-AAAAAAAAAAAAAAAAAAAA", ann(None)).await;
    assert_error(unknown, 404, ErrorCode::LinkNotFound).await;
    app.sql("UPDATE media SET status = 'unavailable' WHERE id = 1");
    let gone = ask(&app, &token_of(&link.url), ann(None)).await;
    assert_error(gone, 410, ErrorCode::MediaUnavailable).await;
    app.sql("UPDATE media SET status = 'ended' WHERE id = 1");
    assert!(requests(&app, &host).await.is_empty());
}

#[tokio::test]
async fn given_bad_values_should_name_each_field_like_the_guest_entry() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let token = token_of(&expired_link(&app, &host).await.url);
    let bad = ask(
        &app,
        &token,
        json!({ "name": "  ", "email": "ann@", "note": "n".repeat(501) }),
    )
    .await;
    assert_fields(
        bad,
        &[
            ("name", "required"),
            ("email", "invalid_email"),
            ("note", "too_long"),
        ],
    )
    .await;
    let long_name = ask(
        &app,
        &token,
        json!({ "name": "a".repeat(81), "email": "a@b.co", "note": format!(" {} ", "é".repeat(500)) }),
    )
    .await;
    assert_fields(long_name, &[("name", "too_long")]).await;
    assert!(requests(&app, &host).await.is_empty());
}

#[tokio::test]
async fn given_a_repeat_from_the_same_email_should_update_the_open_request() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let token = token_of(&expired_link(&app, &host).await.url);
    ask_ok(&app, &token, ann(Some("first"))).await;
    let first = requests(&app, &host).await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    ask_ok(
        &app,
        &token,
        json!({ "name": "Ann L.", "email": "ann@example.COM", "note": "second" }),
    )
    .await;
    let second = requests(&app, &host).await;
    assert_eq!(second.len(), 1, "{second:?}");
    assert_eq!(second[0].id, first[0].id);
    assert_eq!(
        (second[0].name.as_str(), second[0].note.as_deref()),
        ("Ann L.", Some("second"))
    );
    assert!(second[0].requested_at > first[0].requested_at);
    ask_ok(
        &app,
        &token,
        json!({ "name": "Bob", "email": "bob@example.com" }),
    )
    .await;
    assert_eq!(requests(&app, &host).await.len(), 2);
}

#[tokio::test]
async fn given_repeats_at_once_should_leave_one_request() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let token = token_of(&expired_link(&app, &host).await.url);
    let asks = (0..5).map(|n| {
        let (app, token) = (&app, &token);
        async move { ask(app, token, ann(Some(&format!("note {n}")))).await }
    });
    for response in futures::future::join_all(asks).await {
        assert_eq!(response.status(), 204);
    }
    let listed = requests(&app, &host).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(
        app.sql_number("SELECT COUNT(*) FROM access_requests"),
        1,
        "one row, however the requests interleaved"
    );
}

#[tokio::test]
async fn given_too_many_requests_from_one_client_should_answer_429_with_retry_after() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let token = token_of(&expired_link(&app, &host).await.url);
    for n in 0..5 {
        let body = json!({ "name": "Ann", "email": format!("ann{n}@example.com") });
        ask_ok(&app, &token, body).await;
    }
    let refused = ask(&app, &token, ann(None)).await;
    let retry_after: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    assert_error(refused, 429, ErrorCode::RateLimited).await;
    assert_eq!(requests(&app, &host).await.len(), 5);
}

#[tokio::test]
async fn given_dismiss_should_remove_only_that_request() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let token = token_of(&expired_link(&app, &host).await.url);
    ask_ok(&app, &token, ann(None)).await;
    ask_ok(
        &app,
        &token,
        json!({ "name": "Bob", "email": "bob@example.com" }),
    )
    .await;
    let listed = requests(&app, &host).await;
    let bob = listed.iter().find(|r| r.name == "Bob").unwrap();
    let path = format!("{}/{}", list_path(seeded::VIDEO), bob.id);
    assert_eq!(app.delete(&host, &path).await.status(), 204);
    let left: Vec<_> = requests(&app, &host)
        .await
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(left, ["Ann Lee"]);
    let again = app.delete(&host, &path).await;
    assert_error(again, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_another_host_or_item_should_not_see_or_dismiss_the_requests() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let token = token_of(&expired_link(&app, &host).await.url);
    ask_ok(&app, &token, ann(None)).await;
    let id = requests(&app, &host).await[0].id;

    let outsider = app.signed_in(seeded::OUTSIDER).await;
    let listed = app.get(&outsider, &list_path(seeded::VIDEO)).await;
    assert_error(listed, 404, ErrorCode::NotFound).await;
    let path = format!("{}/{id}", list_path(seeded::VIDEO));
    assert_error(app.delete(&outsider, &path).await, 404, ErrorCode::NotFound).await;
    let cohost = app.signed_in(seeded::COHOST).await;
    let listed = app.get(&cohost, &list_path(seeded::VIDEO)).await;
    assert_error(listed, 403, ErrorCode::Forbidden).await;
    let anonymous = app.get(&app.anonymous(), &list_path(seeded::VIDEO)).await;
    assert_error(anonymous, 401, ErrorCode::NotSignedIn).await;
    let other_item = format!("{}/{id}", list_path(seeded::AUDIO));
    assert_error(
        app.delete(&host, &other_item).await,
        404,
        ErrorCode::NotFound,
    )
    .await;
    let audio: Vec<AccessRequest> = app.get_ok(&host, &list_path(seeded::AUDIO)).await;
    assert!(audio.is_empty());
    assert_eq!(requests(&app, &host).await.len(), 1);
}

#[tokio::test]
async fn given_an_extended_link_should_show_the_request_with_the_link_active_again() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = expired_link(&app, &host).await;
    ask_ok(&app, &token_of(&link.url), ann(None)).await;
    let extended: GuestLink = assert_json(
        app.patch(
            &host,
            &format!("/media/1/guest-links/{}", link.id),
            json!({ "duration_days": 7, "name": "Press again" }),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(extended.status, LinkStatus::Active);
    let listed = requests(&app, &host).await;
    assert_eq!(
        (listed[0].link_name.as_str(), listed[0].link_status),
        ("Press again", Some(LinkStatus::Active))
    );
    app.join(&token_of(&link.url), "Ann").await;
}

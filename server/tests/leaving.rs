//! A guest leaving on their own (`DELETE /guest-sessions/{id}`), and a waiting guest whose
//! page went away: hosts hear both, live.

mod common;

use common::{
    assert_error, assert_json, seeded, send, stream_client, token_of, EventStream, TestApp,
};
use contract::{
    Admission, ErrorCode, GuestSession, JoinResponse, Participant, Participants, WaitingGuest,
};
use reqwest::{Client, Response};
use serde_json::json;

const EVENT: i64 = seeded::LIVE_EVENT;

async fn guests(app: &TestApp, host: &Client, names: &[&str]) -> Vec<JoinResponse> {
    let link = app
        .create_link(host, EVENT, json!({ "name": "Lobby" }))
        .await;
    let mut joined = Vec::new();
    for name in names {
        joined.push(app.join(&token_of(&link.url), name).await);
    }
    joined
}

/// `DELETE /guest-sessions/{guest_id}` with `token` as the bearer.
async fn leave(app: &TestApp, guest_id: i64, token: Option<&str>) -> Response {
    let mut request = app
        .anonymous()
        .delete(app.api(&format!("/guest-sessions/{guest_id}")));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    send(request).await
}

async fn session(app: &TestApp, guest: &JoinResponse) -> GuestSession {
    let request = app
        .anonymous()
        .get(app.api(&format!("/guest-sessions/{}", guest.guest_id)))
        .bearer_auth(&guest.guest_token);
    assert_json(send(request).await, 200).await
}

async fn participants(app: &TestApp, host: &Client) -> Participants {
    app.get_ok(host, &format!("/media/{EVENT}/participants"))
        .await
}

fn guest_stream_url(app: &TestApp, guest: &JoinResponse) -> String {
    app.api(&format!(
        "/guest-sessions/{}/events?token={}",
        guest.guest_id, guest.guest_token
    ))
}

#[tokio::test]
async fn given_a_waiting_guest_who_leaves_should_tell_hosts_and_move_the_queue_up() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let joined = guests(&app, &host, &["Ann", "Bo"]).await;
    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;
    let (ann, bo) = (&joined[0], &joined[1]);
    assert_eq!(session(&app, bo).await.position, Some(2));

    let response = leave(&app, ann.guest_id, Some(&ann.guest_token)).await;
    assert_eq!(response.status(), 204);
    let left: WaitingGuest = hosts.expect_as("left_waiting").await;
    assert_eq!((left.guest_id, left.name.as_str()), (ann.guest_id, "Ann"));

    let list = participants(&app, &host).await;
    let waiting: Vec<i64> = list.waiting.iter().map(|w| w.guest_id).collect();
    assert_eq!(waiting, [bo.guest_id], "the row is gone at once");
    assert_eq!(session(&app, bo).await.position, Some(1));
    assert_eq!(session(&app, ann).await.admission, Admission::Removed);

    let again = leave(&app, ann.guest_id, Some(&ann.guest_token)).await;
    assert_eq!(again.status(), 204, "leaving twice is harmless");
}

#[tokio::test]
async fn given_another_guests_token_or_none_should_refuse_and_leave_the_session_alone() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann", "Bo"]).await;
    let (ann, bo) = (&joined[0], &joined[1]);
    let response = leave(&app, ann.guest_id, Some(&bo.guest_token)).await;
    assert_error(response, 404, ErrorCode::NotFound).await;
    let response = leave(&app, ann.guest_id, None).await;
    assert_error(response, 401, ErrorCode::NotSignedIn).await;
    let response = leave(&app, ann.guest_id, Some("not-a-token")).await;
    assert_error(response, 401, ErrorCode::NotSignedIn).await;
    assert_eq!(session(&app, ann).await.admission, Admission::Waiting);
    assert_eq!(participants(&app, &host).await.waiting.len(), 2);
}

#[tokio::test]
async fn given_an_admitted_guest_who_leaves_should_stream_left_and_drop_them_from_the_room() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let joined = guests(&app, &host, &["Ann"]).await;
    let ann = &joined[0];
    let path = format!("/media/{EVENT}/waiting/{}/admit", ann.guest_id);
    assert_eq!(app.post_empty(&host, &path).await.status(), 204);
    let before = participants(&app, &host).await.participants.len();
    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;

    let response = leave(&app, ann.guest_id, Some(&ann.guest_token)).await;
    assert_eq!(response.status(), 204);
    let left: Participant = hosts.expect_as("left").await;
    assert_eq!(left.name, "Ann");
    let after = participants(&app, &host).await.participants;
    assert_eq!(after.len(), before - 1);
    assert!(after.iter().all(|p| p.id != left.id));
    assert_eq!(session(&app, ann).await.admission, Admission::Removed);
}

#[tokio::test]
async fn given_a_waiting_guest_whose_page_went_away_should_show_them_away_then_back() {
    let app = TestApp::start_with(|config| config.away_after_ms = 1_000).await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;
    let joined = guests(&app, &host, &["Ann"]).await;
    let ann = &joined[0];
    hosts.expect("waiting").await;
    let mut page = EventStream::open(&stream_client(false), &guest_stream_url(&app, ann)).await;
    page.expect("admission").await;
    let listed = participants(&app, &host).await;
    assert_eq!(listed.waiting[0].away_since, None, "the page is open");

    drop(page);
    let away: WaitingGuest = hosts.expect_as("away").await;
    assert_eq!(away.guest_id, ann.guest_id);
    assert!(away.away_since.is_some());
    let listed = participants(&app, &host).await;
    assert_eq!(listed.waiting.len(), 1, "never silently dropped");
    assert!(listed.waiting[0].away_since.is_some());

    let mut page = EventStream::open(&stream_client(false), &guest_stream_url(&app, ann)).await;
    page.expect("admission").await;
    let back: WaitingGuest = hosts.expect_as("back").await;
    assert_eq!((back.guest_id, back.away_since), (ann.guest_id, None));
    let listed = participants(&app, &host).await;
    assert_eq!(listed.waiting[0].away_since, None);
}

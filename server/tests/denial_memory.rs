//! Denial memory: a guest denied on an item who asks again from the same browser or with the
//! same email (in any case) is counted on their new waiting row, in the list and live.

mod common;

use common::{assert_json, seeded, token_of, EventStream, TestApp};
use contract::{Count, JoinResponse, Participants, WaitingGuest};
use reqwest::Client;
use serde_json::{json, Value};

const EVENT: i64 = seeded::LIVE_EVENT;

/// A new `wait` link on `media_id`; its token.
async fn link(app: &TestApp, host: &Client, media_id: i64, name: &str) -> String {
    let link = app
        .create_link(host, media_id, json!({ "name": name }))
        .await;
    token_of(&link.url)
}

/// Joins by `token` with `body` (name, email, maybe device).
async fn join(app: &TestApp, token: &str, body: Value) -> JoinResponse {
    let response = app
        .post(&app.anonymous(), &format!("/guest/{token}/join"), body)
        .await;
    assert_json(response, 201).await
}

async fn deny(app: &TestApp, host: &Client, media_id: i64, guest: &JoinResponse) {
    let path = format!("/media/{media_id}/waiting/{}/deny", guest.guest_id);
    assert_eq!(app.post_empty(host, &path).await.status(), 204);
}

/// The waiting row of `guest` on `media_id`.
async fn row(app: &TestApp, host: &Client, media_id: i64, guest: &JoinResponse) -> WaitingGuest {
    let list: Participants = app
        .get_ok(host, &format!("/media/{media_id}/participants"))
        .await;
    list.waiting
        .into_iter()
        .find(|w| w.guest_id == guest.guest_id)
        .expect("the guest waits")
}

#[tokio::test]
async fn given_the_same_email_in_another_case_should_count_each_earlier_denial() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let token = link(&app, &host, EVENT, "Lobby").await;
    let first = join(
        &app,
        &token,
        json!({ "name": "Ann", "email": "ann@example.com" }),
    )
    .await;
    assert_eq!(row(&app, &host, EVENT, &first).await.denied_before, 0);
    deny(&app, &host, EVENT, &first).await;

    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;
    let body = json!({ "name": "Ann L.", "email": " ANN@Example.com " });
    let second = join(&app, &token, body.clone()).await;
    let live: WaitingGuest = hosts.expect_as("waiting").await;
    assert_eq!((live.guest_id, live.denied_before), (second.guest_id, 1));
    assert_eq!(row(&app, &host, EVENT, &second).await.denied_before, 1);

    let count: Count = assert_json(
        app.post_empty(&host, "/media/6/waiting/deny-all").await,
        200,
    )
    .await;
    assert_eq!(count.count, 1, "Deny all covers a guest who asked again");
    let third = join(&app, &token, body).await;
    assert_eq!(row(&app, &host, EVENT, &third).await.denied_before, 2);
}

#[tokio::test]
async fn given_the_same_browser_with_another_email_should_count_the_denial() {
    let app = TestApp::start().await;
    let host = app.signed_in(seeded::HOST).await;
    let token = link(&app, &host, EVENT, "Lobby").await;
    let device = "b3JhbmdlLWJyb3dzZXItMQ";
    let first = join(
        &app,
        &token,
        json!({ "name": "Ann", "email": "ann@example.com", "device": device }),
    )
    .await;
    deny(&app, &host, EVENT, &first).await;

    let same_browser = json!({ "name": "Bo", "email": "bo@example.com", "device": device });
    let again = join(&app, &token, same_browser).await;
    assert_eq!(row(&app, &host, EVENT, &again).await.denied_before, 1);
    let other = json!({ "name": "Cy", "email": "cy@example.com", "device": "another-browser-22" });
    let stranger = join(&app, &token, other).await;
    assert_eq!(row(&app, &host, EVENT, &stranger).await.denied_before, 0);
    let blank = json!({ "name": "Di", "email": "di@example.com", "device": "  " });
    let no_device = join(&app, &token, blank).await;
    assert_eq!(row(&app, &host, EVENT, &no_device).await.denied_before, 0);
}

#[tokio::test]
async fn given_another_link_of_the_same_item_should_count_the_denial() {
    let app = TestApp::start().await;
    let host = app.signed_in(seeded::HOST).await;
    let (one, two) = (
        link(&app, &host, EVENT, "Newsletter").await,
        link(&app, &host, EVENT, "Partners").await,
    );
    let body =
        json!({ "name": "Ann", "email": "ann@example.com", "device": "browser-one-22chars" });
    let first = join(&app, &one, body.clone()).await;
    deny(&app, &host, EVENT, &first).await;
    let again = join(&app, &two, body).await;
    assert_eq!(row(&app, &host, EVENT, &again).await.denied_before, 1);
}

#[tokio::test]
async fn given_a_denial_on_another_item_should_not_count_it() {
    let app = TestApp::start().await;
    let host = app.signed_in(seeded::HOST).await;
    let event = link(&app, &host, EVENT, "Event").await;
    let room = link(&app, &host, seeded::LIVE_ROOM, "Room").await;
    let body =
        json!({ "name": "Ann", "email": "ann@example.com", "device": "browser-one-22chars" });
    let first = join(&app, &event, body.clone()).await;
    deny(&app, &host, EVENT, &first).await;
    let elsewhere = join(&app, &room, body).await;
    assert_eq!(
        row(&app, &host, seeded::LIVE_ROOM, &elsewhere)
            .await
            .denied_before,
        0
    );
}

#[tokio::test]
async fn given_an_admitted_or_leaving_guest_should_not_count_as_denied() {
    let app = TestApp::start().await;
    let host = app.signed_in(seeded::HOST).await;
    let token = link(&app, &host, EVENT, "Lobby").await;
    let body = json!({ "name": "Ann", "email": "ann@example.com" });
    let first = join(&app, &token, body.clone()).await;
    let path = format!("/media/{EVENT}/waiting/{}/admit", first.guest_id);
    assert_eq!(app.post_empty(&host, &path).await.status(), 204);
    let again = join(&app, &token, body).await;
    assert_eq!(row(&app, &host, EVENT, &again).await.denied_before, 0);
}

#[tokio::test]
async fn given_a_browser_id_over_128_characters_should_refuse_the_join() {
    let app = TestApp::start().await;
    let host = app.signed_in(seeded::HOST).await;
    let token = link(&app, &host, EVENT, "Lobby").await;
    let body = json!({ "name": "Ann", "email": "ann@example.com", "device": "x".repeat(129) });
    let response = app
        .post(&app.anonymous(), &format!("/guest/{token}/join"), body)
        .await;
    common::assert_error(response, 422, contract::ErrorCode::ValidationFailed).await;
}

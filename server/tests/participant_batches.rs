//! The host's participants stream with `batch=true`: a burst (admit-all) comes as one `batch`
//! message, a lone event still as its named event, and a stream that did not ask is unchanged.

mod common;

use common::{assert_error, assert_json, seeded, token_of, EventStream, TestApp};
use contract::{Count, ErrorCode, Participant, ParticipantEvent, WaitingGuest};
use reqwest::Client;
use serde_json::json;

const EVENT: i64 = seeded::LIVE_EVENT;

async fn join_all(app: &TestApp, host: &Client, names: &[&str]) {
    let link = app
        .create_link(host, EVENT, json!({ "name": "Lobby" }))
        .await;
    for name in names {
        app.join(&token_of(&link.url), name).await;
    }
}

async fn admit_all(app: &TestApp, host: &Client) -> Count {
    let path = format!("/media/{EVENT}/waiting/admit-all");
    assert_json(app.post_empty(host, &path).await, 200).await
}

fn events_url(app: &TestApp, query: &str) -> String {
    app.api(&format!("/media/{EVENT}/participants/events{query}"))
}

#[tokio::test]
async fn given_batches_asked_for_should_send_admit_all_as_one_batch_in_order() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let mut stream = EventStream::open(&host, &events_url(&app, "?batch=true")).await;
    join_all(&app, &host, &["Ann"]).await;
    let lone: WaitingGuest = stream.expect_as("waiting").await;
    assert_eq!(lone.name, "Ann", "a lone event keeps its own name");
    join_all(&app, &host, &["Bob", "Cleo"]).await;
    stream.expect("waiting").await;
    stream.expect("waiting").await;

    assert_eq!(admit_all(&app, &host).await.count, 3);
    let batch: Vec<ParticipantEvent> = stream.expect_as("batch").await;
    let names: Vec<(&str, &str)> = batch
        .iter()
        .map(|event| {
            let name = match event {
                ParticipantEvent::Admitted(w) => w.name.as_str(),
                ParticipantEvent::Joined(p) => p.name.as_str(),
                other => panic!("unexpected {other:?}"),
            };
            (event.name(), name)
        })
        .collect();
    assert_eq!(
        names,
        [
            ("admitted", "Ann"),
            ("joined", "Ann"),
            ("admitted", "Bob"),
            ("joined", "Bob"),
            ("admitted", "Cleo"),
            ("joined", "Cleo"),
        ]
    );
}

#[tokio::test]
async fn given_no_batches_asked_for_should_send_admit_all_event_by_event() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    for query in ["", "?batch=false"] {
        let mut stream = EventStream::open(&host, &events_url(&app, query)).await;
        join_all(&app, &host, &["Ann", "Bob"]).await;
        stream.expect("waiting").await;
        stream.expect("waiting").await;
        assert_eq!(admit_all(&app, &host).await.count, 2);
        for name in ["Ann", "Bob"] {
            let admitted: WaitingGuest = stream.expect_as("admitted").await;
            let joined: Participant = stream.expect_as("joined").await;
            assert_eq!((admitted.name.as_str(), joined.name.as_str()), (name, name));
        }
    }
}

#[tokio::test]
async fn given_a_batch_value_that_is_not_a_bool_should_answer_422() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let response = app
        .get(
            &host,
            &format!("/media/{EVENT}/participants/events?batch=yes"),
        )
        .await;
    assert_error(response, 422, ErrorCode::ValidationFailed).await;
}

#[tokio::test]
async fn given_an_admit_all_of_a_thousand_should_send_it_as_one_batch_message() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let room = seeded::LIVE_ROOM;
    let url = app.api(&format!("/media/{room}/participants/events?batch=true"));
    let mut stream = EventStream::open(&host, &url).await;
    let crowd = json!({ "waiting": 1000 });
    let crowd = app
        .post(&host, &format!("/dev/media/{room}/crowd"), crowd)
        .await;
    assert_json::<Count>(crowd, 200).await;

    let path = format!("/media/{room}/waiting/admit-all");
    let count: Count = assert_json(app.post_empty(&host, &path).await, 200).await;
    assert_eq!(count.count, 1000);
    // However the stream's task and the publish interleave, one publish is one message.
    let batch: Vec<ParticipantEvent> = stream.expect_as("batch").await;
    assert_eq!(
        batch.len(),
        2000,
        "every guest's admitted and joined in one message"
    );
    for pair in batch.chunks(2) {
        match pair {
            [ParticipantEvent::Admitted(w), ParticipantEvent::Joined(p)] => {
                assert_eq!(w.name, p.name)
            }
            other => panic!("admitted then joined, guest by guest: {other:?}"),
        }
    }

    // Nothing of the burst trails behind: the next message is the next change.
    let link = app
        .create_link(&host, room, json!({ "name": "After" }))
        .await;
    app.join(&token_of(&link.url), "Zoe").await;
    let next: WaitingGuest = stream.expect_as("waiting").await;
    assert_eq!(next.name, "Zoe");
}

//! An admission rule per guest link: at live items a `direct` link's guests skip the waiting
//! room; `wait` (the default) keeps it.

mod common;

use common::{assert_error, assert_json, seeded, send, token_of, EventStream, TestApp};
use contract::{
    Admission, ErrorCode, GuestLinkInfo, LinkAdmission, Participant, ParticipantKind, Participants,
};
use serde_json::json;

const EVENT: i64 = seeded::LIVE_EVENT;

#[tokio::test]
async fn given_no_admission_should_create_a_waiting_link_and_list_it_so() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, EVENT, json!({ "name": "Audience" }))
        .await;
    assert_eq!(link.admission, LinkAdmission::Wait);
    let direct = app
        .create_link(
            &host,
            EVENT,
            json!({ "name": "Speakers", "admission": "direct" }),
        )
        .await;
    assert_eq!(direct.admission, LinkAdmission::Direct);
    let listed: contract::GuestAccess = app
        .get_ok(&host, &format!("/media/{EVENT}/guest-access"))
        .await;
    let rules: Vec<_> = listed
        .links
        .iter()
        .map(|l| (l.name.as_str(), l.admission))
        .collect();
    assert_eq!(
        rules,
        [
            ("Audience", LinkAdmission::Wait),
            ("Speakers", LinkAdmission::Direct)
        ]
    );
}

#[tokio::test]
async fn given_an_unknown_admission_should_refuse_it_as_invalid() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let response = app
        .post(
            &host,
            &format!("/media/{EVENT}/guest-links"),
            json!({ "name": "Odd", "admission": "sometimes" }),
        )
        .await;
    assert_error(response, 422, ErrorCode::ValidationFailed).await;
}

#[tokio::test]
async fn given_a_direct_link_at_a_live_event_should_let_the_guest_in_at_once() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let link = app
        .create_link(
            &host,
            EVENT,
            json!({ "name": "Speakers", "admission": "direct" }),
        )
        .await;
    let token = token_of(&link.url);
    let info: GuestLinkInfo = assert_json(
        send(app.anonymous().get(app.api(&format!("/guest/{token}")))).await,
        200,
    )
    .await;
    assert!(!info.requires_admission, "the entry page says nobody waits");
    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;

    let guest = app.join(&token, "Dee Direct").await;
    assert_eq!(guest.admission, Admission::Admitted);
    let joined: Participant = hosts.expect_as("joined").await;
    assert_eq!(
        (joined.name.as_str(), joined.kind),
        ("Dee Direct", ParticipantKind::Guest)
    );
    let list: Participants = app
        .get_ok(&host, &format!("/media/{EVENT}/participants"))
        .await;
    assert!(list.waiting.is_empty(), "never in the waiting room");
    assert!(list.participants.iter().any(|p| p.name == "Dee Direct"));

    // A waiting link of the same item still waits.
    let wait = app
        .create_link(
            &host,
            EVENT,
            json!({ "name": "Audience", "admission": "wait" }),
        )
        .await;
    let waiting = app.join(&token_of(&wait.url), "Wes Wait").await;
    assert_eq!(waiting.admission, Admission::Waiting);
}

//! Live sessions: participants, the waiting room, decisions, live events, and a restart.

mod common;

use common::{assert_error, assert_fields, seeded, stream_client, token_of, EventStream, TestApp};
use contract::{
    Admission, Count, ErrorCode, GuestSession, JoinResponse, Participant, ParticipantKind,
    ParticipantRole, Participants, WaitingGuest,
};
use reqwest::Client;
use serde_json::json;

const EVENT: i64 = seeded::LIVE_EVENT;

async fn participants(app: &TestApp, host: &Client, media_id: i64) -> Participants {
    let response = host
        .get(app.api(&format!("/media/{media_id}/participants")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

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

async fn session(app: &TestApp, guest: &JoinResponse) -> GuestSession {
    let response = app
        .anonymous()
        .get(app.api(&format!("/guest-sessions/{}", guest.guest_id)))
        .bearer_auth(&guest.guest_token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn post(host: &Client, url: String) -> reqwest::Response {
    host.post(url).send().await.unwrap()
}

fn guest_stream_url(app: &TestApp, guest: &JoinResponse) -> String {
    app.api(&format!(
        "/guest-sessions/{}/events?token={}",
        guest.guest_id, guest.guest_token
    ))
}

#[tokio::test]
async fn given_a_seeded_live_event_should_list_the_host_and_a_few_users() {
    let app = TestApp::start().await;
    let list = participants(&app, &app.host().await, EVENT).await;
    assert!(list.waiting.is_empty());
    assert_eq!(list.participants.len(), 5);
    assert_eq!(list.participants[0].name, "Hana Host");
    assert_eq!(list.participants[0].role, ParticipantRole::Host);
    assert!(list
        .participants
        .iter()
        .all(|p| p.kind == ParticipantKind::User));
}

#[tokio::test]
async fn given_waiting_guests_should_list_them_oldest_first_to_owner_and_cohost() {
    let app = TestApp::start().await;
    let host = app.host().await;
    guests(&app, &host, &["First", "Second", "Third"]).await;
    for client in [host, app.signed_in(seeded::COHOST).await] {
        let names: Vec<String> = participants(&app, &client, EVENT)
            .await
            .waiting
            .into_iter()
            .map(|w| w.name)
            .collect();
        assert_eq!(names, ["First", "Second", "Third"]);
    }
}

#[tokio::test]
async fn given_a_viewer_should_answer_403_on_every_participant_endpoint() {
    let app = TestApp::start().await;
    let viewer = app.signed_in(seeded::VIEWER).await;
    let requests = [
        viewer.get(app.api("/media/6/participants")),
        viewer.get(app.api("/media/6/participants/events")),
        viewer.post(app.api("/media/6/waiting/1/admit")),
        viewer.post(app.api("/media/6/waiting/1/deny")),
        viewer.post(app.api("/media/6/waiting/admit-all")),
        viewer.post(app.api("/media/6/waiting/deny-all")),
        viewer
            .put(app.api("/media/6/lobby-message"))
            .json(&json!({ "message": "Hi" })),
    ];
    for request in requests {
        assert_error(request.send().await.unwrap(), 403, ErrorCode::Forbidden).await;
    }
}

#[tokio::test]
async fn given_an_item_without_live_sessions_should_answer_404() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for id in [seeded::VIDEO, seeded::CHANNEL_ROOM, 9999] {
        let response = host
            .get(app.api(&format!("/media/{id}/participants")))
            .send()
            .await
            .unwrap();
        assert_error(response, 404, ErrorCode::NotFound).await;
    }
}

#[tokio::test]
async fn given_admit_should_make_the_guest_a_participant_and_move_the_queue() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann", "Bob"]).await;
    let response = post(
        &host,
        app.api(&format!("/media/6/waiting/{}/admit", joined[0].guest_id)),
    )
    .await;
    assert_eq!(response.status(), 204);
    let list = participants(&app, &host, EVENT).await;
    let last: &Participant = list.participants.last().unwrap();
    assert_eq!(
        (last.name.as_str(), last.kind, last.role),
        ("Ann", ParticipantKind::Guest, ParticipantRole::Viewer)
    );
    assert_eq!(list.waiting.len(), 1);
    assert_eq!(
        session(&app, &joined[0]).await.admission,
        Admission::Admitted
    );
    assert_eq!(session(&app, &joined[1]).await.position, Some(1));
    let again = post(
        &host,
        app.api(&format!("/media/6/waiting/{}/admit", joined[0].guest_id)),
    )
    .await;
    assert_error(again, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_deny_should_keep_the_guest_denied() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann"]).await;
    let id = joined[0].guest_id;
    assert_eq!(
        post(&host, app.api(&format!("/media/6/waiting/{id}/deny")))
            .await
            .status(),
        204
    );
    assert_eq!(session(&app, &joined[0]).await.admission, Admission::Denied);
    assert_eq!(session(&app, &joined[0]).await.position, None);
    let admit = post(&host, app.api(&format!("/media/6/waiting/{id}/admit"))).await;
    assert_error(admit, 404, ErrorCode::NotFound).await;
    assert_eq!(session(&app, &joined[0]).await.admission, Admission::Denied);
    assert!(participants(&app, &host, EVENT).await.waiting.is_empty());
}

#[tokio::test]
async fn given_an_unknown_guest_or_one_of_another_item_should_answer_404() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann"]).await;
    let other_item = post(
        &host,
        app.api(&format!("/media/8/waiting/{}/admit", joined[0].guest_id)),
    )
    .await;
    assert_error(other_item, 404, ErrorCode::NotFound).await;
    let unknown = post(&host, app.api("/media/6/waiting/424242/deny")).await;
    assert_error(unknown, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_admit_all_and_deny_all_should_decide_everyone_waiting_and_count_them() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let first = guests(&app, &host, &["A", "B", "C"]).await;
    let count: Count = post(&host, app.api("/media/6/waiting/admit-all"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(count.count, 3);
    assert_eq!(participants(&app, &host, EVENT).await.participants.len(), 8);
    let second = guests(&app, &host, &["D", "E"]).await;
    let count: Count = post(&host, app.api("/media/6/waiting/deny-all"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(count.count, 2);
    let count: Count = post(&host, app.api("/media/6/waiting/deny-all"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(count.count, 0);
    assert_eq!(
        session(&app, &first[2]).await.admission,
        Admission::Admitted
    );
    assert_eq!(session(&app, &second[1]).await.admission, Admission::Denied);
}

#[tokio::test]
async fn given_a_lobby_message_should_show_it_to_guests_and_clear_it_when_blank() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann"]).await;
    let put = |message: serde_json::Value| {
        host.put(app.api("/media/6/lobby-message"))
            .json(&json!({ "message": message }))
            .send()
    };
    assert_eq!(put(json!("  Starting soon  ")).await.unwrap().status(), 204);
    assert_eq!(
        session(&app, &joined[0]).await.lobby_message.as_deref(),
        Some("Starting soon")
    );
    assert_eq!(put(json!("   ")).await.unwrap().status(), 204);
    assert_eq!(session(&app, &joined[0]).await.lobby_message, None);
    assert_eq!(put(json!("Back")).await.unwrap().status(), 204);
    assert_eq!(put(json!(null)).await.unwrap().status(), 204);
    assert_eq!(session(&app, &joined[0]).await.lobby_message, None);
    assert_fields(
        put(json!("x".repeat(501))).await.unwrap(),
        &[("message", "too_long")],
    )
    .await;
}

#[tokio::test]
async fn given_a_guest_joins_and_is_admitted_should_stream_waiting_admitted_and_joined() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;
    let joined = guests(&app, &host, &["Ann"]).await;
    let waiting: WaitingGuest = serde_json::from_value(hosts.expect("waiting").await).unwrap();
    assert_eq!(
        (waiting.guest_id, waiting.name.as_str()),
        (joined[0].guest_id, "Ann")
    );
    assert_eq!(waiting.email, "guest@example.com");

    let mut guest =
        EventStream::open(&stream_client(false), &guest_stream_url(&app, &joined[0])).await;
    let first: GuestSession = serde_json::from_value(guest.expect("admission").await).unwrap();
    assert_eq!(first.admission, Admission::Waiting);

    post(
        &host,
        app.api(&format!("/media/6/waiting/{}/admit", joined[0].guest_id)),
    )
    .await;
    let admitted: WaitingGuest = serde_json::from_value(hosts.expect("admitted").await).unwrap();
    assert_eq!(admitted.guest_id, joined[0].guest_id);
    let participant: Participant = serde_json::from_value(hosts.expect("joined").await).unwrap();
    assert_eq!(
        (participant.name.as_str(), participant.kind),
        ("Ann", ParticipantKind::Guest)
    );
    let now: GuestSession = serde_json::from_value(guest.expect("admission").await).unwrap();
    assert_eq!(now.admission, Admission::Admitted);
    assert_eq!(now.position, None);
}

#[tokio::test]
async fn given_a_deny_should_stream_denied_to_hosts_and_the_guest() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let joined = guests(&app, &host, &["Ann"]).await;
    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;
    let mut guest =
        EventStream::open(&stream_client(false), &guest_stream_url(&app, &joined[0])).await;
    guest.expect("admission").await;
    post(
        &host,
        app.api(&format!("/media/6/waiting/{}/deny", joined[0].guest_id)),
    )
    .await;
    let denied: WaitingGuest = serde_json::from_value(hosts.expect("denied").await).unwrap();
    assert_eq!(denied.guest_id, joined[0].guest_id);
    let now: GuestSession = serde_json::from_value(guest.expect("admission").await).unwrap();
    assert_eq!(now.admission, Admission::Denied);
}

#[tokio::test]
async fn given_the_queue_moves_or_the_message_changes_should_stream_it_to_waiting_guests() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann", "Bob"]).await;
    let mut bob =
        EventStream::open(&stream_client(false), &guest_stream_url(&app, &joined[1])).await;
    let first: GuestSession = serde_json::from_value(bob.expect("admission").await).unwrap();
    assert_eq!(first.position, Some(2));
    post(
        &host,
        app.api(&format!("/media/6/waiting/{}/admit", joined[0].guest_id)),
    )
    .await;
    let moved: GuestSession = serde_json::from_value(bob.expect("admission").await).unwrap();
    assert_eq!(
        (moved.admission, moved.position),
        (Admission::Waiting, Some(1))
    );
    host.put(app.api("/media/6/lobby-message"))
        .json(&json!({ "message": "Five minutes" }))
        .send()
        .await
        .unwrap();
    let told: GuestSession = serde_json::from_value(bob.expect("admission").await).unwrap();
    assert_eq!(told.lobby_message.as_deref(), Some("Five minutes"));
}

#[tokio::test]
async fn given_a_participant_leaves_should_stream_left() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;
    let someone = participants(&app, &host, EVENT).await.participants[1].clone();
    let response = post(
        &host,
        app.api(&format!("/dev/media/6/participants/{}/leave", someone.id)),
    )
    .await;
    assert_eq!(response.status(), 204);
    let left: Participant = serde_json::from_value(hosts.expect("left").await).unwrap();
    assert_eq!(left, someone);
    assert_eq!(participants(&app, &host, EVENT).await.participants.len(), 4);
    let again = post(
        &host,
        app.api(&format!("/dev/media/6/participants/{}/leave", someone.id)),
    )
    .await;
    assert_error(again, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_a_restart_should_keep_waiting_guests_and_decisions() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann", "Bob", "Cleo"]).await;
    post(
        &host,
        app.api(&format!("/media/6/waiting/{}/admit", joined[0].guest_id)),
    )
    .await;
    post(
        &host,
        app.api(&format!("/media/6/waiting/{}/deny", joined[1].guest_id)),
    )
    .await;
    host.put(app.api("/media/6/lobby-message"))
        .json(&json!({ "message": "Hold on" }))
        .send()
        .await
        .unwrap();

    let app = app.restart().await;
    let host = app.host().await;
    assert_eq!(
        session(&app, &joined[0]).await.admission,
        Admission::Admitted
    );
    assert_eq!(session(&app, &joined[1]).await.admission, Admission::Denied);
    let cleo = session(&app, &joined[2]).await;
    assert_eq!(
        (cleo.admission, cleo.position),
        (Admission::Waiting, Some(1))
    );
    assert_eq!(cleo.lobby_message.as_deref(), Some("Hold on"));
    let list = participants(&app, &host, EVENT).await;
    assert_eq!(list.waiting.len(), 1);
    assert!(list.participants.iter().any(|p| p.name == "Ann"));
    assert_eq!(
        app.sql_number("SELECT COUNT(*) FROM users"),
        53,
        "no second seeding"
    );
}

#[tokio::test]
async fn given_a_crowd_should_add_participants_and_waiting_guests_in_one_go() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let response = host
        .post(app.api("/dev/media/8/crowd"))
        .json(&json!({ "participants": 300, "waiting": 40 }))
        .send()
        .await
        .unwrap();
    let count: Count = response.json().await.unwrap();
    assert_eq!(count.count, 340);
    let list = participants(&app, &host, seeded::LIVE_ROOM).await;
    assert_eq!((list.participants.len(), list.waiting.len()), (305, 40));
    let distinct: std::collections::HashSet<&str> =
        list.participants.iter().map(|p| p.name.as_str()).collect();
    assert!(distinct.len() > 250, "varied names");
    let refused = host
        .post(app.api("/dev/media/1/crowd"))
        .json(&json!({ "participants": 1 }))
        .send()
        .await
        .unwrap();
    assert_error(refused, 404, ErrorCode::NotFound).await;
    let too_many = host
        .post(app.api("/dev/media/8/crowd"))
        .json(&json!({ "participants": 20001, "waiting": 20001 }))
        .send()
        .await
        .unwrap();
    assert_fields(
        too_many,
        &[
            ("participants", "out_of_range"),
            ("waiting", "out_of_range"),
        ],
    )
    .await;
}

//! Live sessions: participants, the waiting room, decisions, live events, and a restart.

mod common;

use common::{
    assert_error, assert_fields, assert_json, seeded, send, stream_client, token_of, EventStream,
    TestApp,
};
use contract::{
    Admission, Count, ErrorCode, GuestSession, JoinResponse, Participant, ParticipantKind,
    ParticipantRole, Participants, WaitingGuest,
};
use reqwest::{Client, Response};
use serde_json::{json, Value};

const EVENT: i64 = seeded::LIVE_EVENT;

async fn participants(app: &TestApp, host: &Client, media_id: i64) -> Participants {
    app.get_ok(host, &format!("/media/{media_id}/participants"))
        .await
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
    let request = app
        .anonymous()
        .get(app.api(&format!("/guest-sessions/{}", guest.guest_id)))
        .bearer_auth(&guest.guest_token);
    assert_json(send(request).await, 200).await
}

/// Admits or denies (`decision`) one waiting guest of the live event.
async fn decide(app: &TestApp, host: &Client, guest: &JoinResponse, decision: &str) -> Response {
    let path = format!("/media/6/waiting/{}/{decision}", guest.guest_id);
    app.post_empty(host, &path).await
}

async fn set_lobby_message(app: &TestApp, host: &Client, message: Value) -> Response {
    app.put(
        host,
        "/media/6/lobby-message",
        json!({ "message": message }),
    )
    .await
}

/// Admits or denies everyone waiting at the live event, answering how many.
async fn decide_all(app: &TestApp, host: &Client, decision: &str) -> Count {
    let path = format!("/media/6/waiting/{decision}");
    assert_json(app.post_empty(host, &path).await, 200).await
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
        assert_error(send(request).await, 403, ErrorCode::Forbidden).await;
    }
}

#[tokio::test]
async fn given_an_item_without_live_sessions_should_answer_404() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for id in [seeded::VIDEO, seeded::CHANNEL_ROOM, 9999] {
        let response = app.get(&host, &format!("/media/{id}/participants")).await;
        assert_error(response, 404, ErrorCode::NotFound).await;
    }
}

#[tokio::test]
async fn given_admit_should_make_the_guest_a_participant_and_move_the_queue() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann", "Bob"]).await;
    let response = decide(&app, &host, &joined[0], "admit").await;
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
    let again = decide(&app, &host, &joined[0], "admit").await;
    assert_error(again, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_deny_should_keep_the_guest_denied() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann"]).await;
    let deny = decide(&app, &host, &joined[0], "deny").await;
    assert_eq!(deny.status(), 204);
    assert_eq!(session(&app, &joined[0]).await.admission, Admission::Denied);
    assert_eq!(session(&app, &joined[0]).await.position, None);
    let admit = decide(&app, &host, &joined[0], "admit").await;
    assert_error(admit, 404, ErrorCode::NotFound).await;
    assert_eq!(session(&app, &joined[0]).await.admission, Admission::Denied);
    assert!(participants(&app, &host, EVENT).await.waiting.is_empty());
}

#[tokio::test]
async fn given_an_unknown_guest_or_one_of_another_item_should_answer_404() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann"]).await;
    let path = format!("/media/8/waiting/{}/admit", joined[0].guest_id);
    let other_item = app.post_empty(&host, &path).await;
    assert_error(other_item, 404, ErrorCode::NotFound).await;
    let unknown = app.post_empty(&host, "/media/6/waiting/424242/deny").await;
    assert_error(unknown, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_admit_all_and_deny_all_should_decide_everyone_waiting_and_count_them() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let first = guests(&app, &host, &["A", "B", "C"]).await;
    let count: Count = decide_all(&app, &host, "admit-all").await;
    assert_eq!(count.count, 3);
    assert_eq!(participants(&app, &host, EVENT).await.participants.len(), 8);
    let second = guests(&app, &host, &["D", "E"]).await;
    let count: Count = decide_all(&app, &host, "deny-all").await;
    assert_eq!(count.count, 2);
    let count: Count = decide_all(&app, &host, "deny-all").await;
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
    let put = |message: Value| set_lobby_message(&app, &host, message);
    assert_eq!(put(json!("  Starting soon  ")).await.status(), 204);
    assert_eq!(
        session(&app, &joined[0]).await.lobby_message.as_deref(),
        Some("Starting soon")
    );
    assert_eq!(put(json!("   ")).await.status(), 204);
    assert_eq!(session(&app, &joined[0]).await.lobby_message, None);
    assert_eq!(put(json!("Back")).await.status(), 204);
    assert_eq!(put(json!(null)).await.status(), 204);
    assert_eq!(session(&app, &joined[0]).await.lobby_message, None);
    assert_fields(
        put(json!("x".repeat(501))).await,
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
    let waiting: WaitingGuest = hosts.expect_as("waiting").await;
    assert_eq!(
        (waiting.guest_id, waiting.name.as_str()),
        (joined[0].guest_id, "Ann")
    );
    assert_eq!(waiting.email, "guest@example.com");

    let mut guest =
        EventStream::open(&stream_client(false), &guest_stream_url(&app, &joined[0])).await;
    let first: GuestSession = guest.expect_as("admission").await;
    assert_eq!(first.admission, Admission::Waiting);

    decide(&app, &host, &joined[0], "admit").await;
    let admitted: WaitingGuest = hosts.expect_as("admitted").await;
    assert_eq!(admitted.guest_id, joined[0].guest_id);
    let participant: Participant = hosts.expect_as("joined").await;
    assert_eq!(
        (participant.name.as_str(), participant.kind),
        ("Ann", ParticipantKind::Guest)
    );
    let now: GuestSession = guest.expect_as("admission").await;
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
    decide(&app, &host, &joined[0], "deny").await;
    let denied: WaitingGuest = hosts.expect_as("denied").await;
    assert_eq!(denied.guest_id, joined[0].guest_id);
    let now: GuestSession = guest.expect_as("admission").await;
    assert_eq!(now.admission, Admission::Denied);
}

#[tokio::test]
async fn given_the_queue_moves_or_the_message_changes_should_stream_it_to_waiting_guests() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann", "Bob"]).await;
    let mut bob =
        EventStream::open(&stream_client(false), &guest_stream_url(&app, &joined[1])).await;
    let first: GuestSession = bob.expect_as("admission").await;
    assert_eq!(first.position, Some(2));
    decide(&app, &host, &joined[0], "admit").await;
    let moved: GuestSession = bob.expect_as("admission").await;
    assert_eq!(
        (moved.admission, moved.position),
        (Admission::Waiting, Some(1))
    );
    set_lobby_message(&app, &host, json!("Five minutes")).await;
    let told: GuestSession = bob.expect_as("admission").await;
    assert_eq!(told.lobby_message.as_deref(), Some("Five minutes"));
}

#[tokio::test]
async fn given_a_participant_leaves_should_stream_left() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;
    let someone = participants(&app, &host, EVENT).await.participants[1].clone();
    let leave = format!("/dev/media/6/participants/{}/leave", someone.id);
    let response = app.post_empty(&host, &leave).await;
    assert_eq!(response.status(), 204);
    let left: Participant = hosts.expect_as("left").await;
    assert_eq!(left, someone);
    assert_eq!(participants(&app, &host, EVENT).await.participants.len(), 4);
    let again = app.post_empty(&host, &leave).await;
    assert_error(again, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_a_restart_should_keep_waiting_guests_and_decisions() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let joined = guests(&app, &host, &["Ann", "Bob", "Cleo"]).await;
    decide(&app, &host, &joined[0], "admit").await;
    decide(&app, &host, &joined[1], "deny").await;
    set_lobby_message(&app, &host, json!("Hold on")).await;

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
    let crowd = json!({ "participants": 300, "waiting": 40 });
    let response = app.post(&host, "/dev/media/8/crowd", crowd).await;
    let count: Count = assert_json(response, 200).await;
    assert_eq!(count.count, 340);
    let list = participants(&app, &host, seeded::LIVE_ROOM).await;
    assert_eq!((list.participants.len(), list.waiting.len()), (305, 40));
    let distinct: std::collections::HashSet<&str> =
        list.participants.iter().map(|p| p.name.as_str()).collect();
    assert!(distinct.len() > 250, "varied names");
    let refused = app
        .post(&host, "/dev/media/1/crowd", json!({ "participants": 1 }))
        .await;
    assert_error(refused, 404, ErrorCode::NotFound).await;
    let too_many = json!({ "participants": 20001, "waiting": 20001 });
    let too_many = app.post(&host, "/dev/media/8/crowd", too_many).await;
    assert_fields(
        too_many,
        &[
            ("participants", "out_of_range"),
            ("waiting", "out_of_range"),
        ],
    )
    .await;
}

#[tokio::test]
async fn given_admits_denies_and_joins_should_tell_each_guest_stream_its_place_as_rest_says() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let names = ["Ann", "Bob", "Cleo", "Dan", "Eve", "Fay", "Gus", "Hal"];
    let mut joined = guests(&app, &host, &names).await;
    let mut streams = Vec::new();
    let mut seen = Vec::new();
    for guest in &joined {
        let mut stream =
            EventStream::open(&stream_client(false), &guest_stream_url(&app, guest)).await;
        let first: GuestSession = stream.expect_as("admission").await;
        assert_eq!(first, session(&app, guest).await);
        streams.push(stream);
        seen.push(first);
    }
    // Each change, then every stream whose session REST now answers differently gets exactly
    // that; the others get nothing (checked by the message at the end reaching everyone next).
    let link = app
        .create_link(&host, EVENT, json!({ "name": "Late" }))
        .await;
    for step in 0..4 {
        match step {
            0 => assert_eq!(decide(&app, &host, &joined[4], "deny").await.status(), 204),
            1 => assert_eq!(decide(&app, &host, &joined[0], "admit").await.status(), 204),
            2 => {
                let late = app.join(&token_of(&link.url), "Ivy").await;
                let mut stream =
                    EventStream::open(&stream_client(false), &guest_stream_url(&app, &late)).await;
                let first: GuestSession = stream.expect_as("admission").await;
                assert_eq!(first.position, Some(7));
                joined.push(late);
                streams.push(stream);
                seen.push(first);
            }
            _ => assert_eq!(decide(&app, &host, &joined[7], "admit").await.status(), 204),
        }
        for (n, guest) in joined.iter().enumerate() {
            let now = session(&app, guest).await;
            if now != seen[n] {
                let pushed: GuestSession = streams[n].expect_as("admission").await;
                assert_eq!(
                    pushed,
                    now,
                    "step {step}: {}'s stream",
                    names.get(n).unwrap_or(&"Ivy")
                );
                seen[n] = pushed;
            }
        }
    }
    assert_eq!(seen[7].admission, Admission::Admitted);
    assert_eq!(seen[8].position, Some(6), "Ivy moved up past Hal");
    set_lobby_message(&app, &host, json!("Almost there")).await;
    for (n, guest) in joined.iter().enumerate() {
        let pushed: GuestSession = streams[n].expect_as("admission").await;
        assert_eq!(
            pushed,
            session(&app, guest).await,
            "stream {n} after the message"
        );
        assert_eq!(pushed.lobby_message.as_deref(), Some("Almost there"));
    }
}

//! Hostile input through every text field: stored exactly as typed (never altered, never
//! "sanitised" into something else), and what is too long or contains NUL is refused with a
//! field error.

mod common;

use common::{assert_fields, assert_json, token_of, TestApp};
use contract::hostile::{ten_kilobytes, HOSTILE_NAMES, WITH_NUL};
use contract::{GuestAccess, Invite, Participants};
use serde_json::json;

const ROOM: i64 = 8;
const EVENT: i64 = 6;

fn invites() -> String {
    format!("/media/{EVENT}/invites")
}

fn lobby_message() -> String {
    format!("/media/{ROOM}/lobby-message")
}

fn participants() -> String {
    format!("/media/{ROOM}/participants")
}

/// An invite with `name` as both first and last name.
fn invitee(email: &str, name: &str) -> serde_json::Value {
    json!({ "email": email, "first_name": name, "last_name": name, "role": "viewer" })
}

#[tokio::test]
async fn given_hostile_link_names_should_store_them_verbatim() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for media in [1, 2, 3, 4] {
        app.set_guest_access(&host, media, true).await;
    }
    let mut media = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4].into_iter();
    for name in HOSTILE_NAMES {
        let id = media.next().unwrap();
        let link = app.create_link(&host, id, json!({ "name": name })).await;
        assert_eq!(link.name, *name);
    }
    let access: GuestAccess = app.get_ok(&host, "/media/1/guest-access").await;
    let names: Vec<&str> = access.links.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, HOSTILE_NAMES[..3]);
}

#[tokio::test]
async fn given_too_long_or_nul_text_should_refuse_each_field() {
    let app = TestApp::start().await;
    let host = app.host().await;
    app.set_guest_access(&host, ROOM, true).await;
    let long = ten_kilobytes();
    for (name, reason) in [(long.as_str(), "too_long"), (WITH_NUL, "invalid")] {
        let links = format!("/media/{ROOM}/guest-links");
        let response = app.post(&host, &links, json!({ "name": name })).await;
        assert_fields(response, &[("name", reason)]).await;

        let link = app.create_link(&host, ROOM, json!({ "name": "ok" })).await;
        let join = format!("/guest/{}/join", token_of(&link.url));
        let body = json!({ "name": name, "email": format!("{name}@example.com") });
        let response = app.post(&app.anonymous(), &join, body).await;
        let email_reason = if name.len() > 254 {
            "too_long"
        } else {
            "invalid_email"
        };
        assert_fields(response, &[("name", reason), ("email", email_reason)]).await;
        app.delete(&host, &format!("{links}/{}", link.id)).await;

        let response = app
            .post(&host, &invites(), invitee("a@example.org", name))
            .await;
        assert_fields(response, &[("first_name", reason), ("last_name", reason)]).await;
    }
    let response = app
        .put(&host, &lobby_message(), json!({ "message": long }))
        .await;
    assert_fields(response, &[("message", "too_long")]).await;
}

#[tokio::test]
async fn given_hostile_guest_names_invitee_names_and_lobby_messages_should_store_them_verbatim() {
    let app = TestApp::start().await;
    let host = app.host().await;
    app.set_guest_access(&host, ROOM, true).await;
    let link = app
        .create_link(&host, ROOM, json!({ "name": "Hostile" }))
        .await;
    for name in HOSTILE_NAMES {
        app.join(&token_of(&link.url), name).await;
        let response = app
            .post(&host, &invites(), invitee("x@example.org", name))
            .await;
        let invite: Invite = assert_json(response, 201).await;
        assert_eq!(
            (invite.first_name.as_str(), invite.last_name.as_str()),
            (*name, *name)
        );
    }
    let room: Participants = app.get_ok(&host, &participants()).await;
    let waiting: Vec<&str> = room.waiting.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(waiting, HOSTILE_NAMES);

    let message = HOSTILE_NAMES.join("\n");
    let response = app
        .put(&host, &lobby_message(), json!({ "message": message }))
        .await;
    assert_eq!(response.status(), 204);
    let room: Participants = app.get_ok(&host, &participants()).await;
    assert_eq!(room.lobby_message.as_deref(), Some(message.as_str()));
}

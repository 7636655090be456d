//! Hostile input through every text field: stored exactly as typed (never altered, never
//! "sanitised" into something else), and what is too long or contains NUL is refused with a
//! field error.

mod common;

use common::{assert_fields, token_of, TestApp};
use contract::hostile::{ten_kilobytes, HOSTILE_NAMES, WITH_NUL};
use contract::{GuestAccess, Invite, Participants};
use serde_json::json;

const ROOM: i64 = 8;
const EVENT: i64 = 6;

#[tokio::test]
async fn given_hostile_link_names_should_store_them_verbatim() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for media in [1, 2, 3, 4] {
        host.put(app.api(&format!("/media/{media}/guest-access")))
            .json(&json!({ "enabled": true }))
            .send()
            .await
            .unwrap();
    }
    let mut media = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4].into_iter();
    for name in HOSTILE_NAMES {
        let id = media.next().unwrap();
        let link = app.create_link(&host, id, json!({ "name": name })).await;
        assert_eq!(link.name, *name);
    }
    let access: GuestAccess = host
        .get(app.api("/media/1/guest-access"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let names: Vec<&str> = access.links.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, HOSTILE_NAMES[..3]);
}

#[tokio::test]
async fn given_too_long_or_nul_text_should_refuse_each_field() {
    let app = TestApp::start().await;
    let host = app.host().await;
    host.put(app.api(&format!("/media/{ROOM}/guest-access")))
        .json(&json!({ "enabled": true }))
        .send()
        .await
        .unwrap();
    let long = ten_kilobytes();
    for (name, reason) in [(long.as_str(), "too_long"), (WITH_NUL, "invalid")] {
        let response = host
            .post(app.api(&format!("/media/{ROOM}/guest-links")))
            .json(&json!({ "name": name }))
            .send()
            .await
            .unwrap();
        assert_fields(response, &[("name", reason)]).await;

        let link = app.create_link(&host, ROOM, json!({ "name": "ok" })).await;
        let response = app
            .anonymous()
            .post(app.api(&format!("/guest/{}/join", token_of(&link.url))))
            .json(&json!({ "name": name, "email": format!("{name}@example.com") }))
            .send()
            .await
            .unwrap();
        let email_reason = if name.len() > 254 {
            "too_long"
        } else {
            "invalid_email"
        };
        assert_fields(response, &[("name", reason), ("email", email_reason)]).await;
        host.delete(app.api(&format!("/media/{ROOM}/guest-links/{}", link.id)))
            .send()
            .await
            .unwrap();

        let response = host
            .post(app.api(&format!("/media/{EVENT}/invites")))
            .json(&json!({ "email": "a@example.org", "first_name": name, "last_name": name, "role": "viewer" }))
            .send()
            .await
            .unwrap();
        assert_fields(response, &[("first_name", reason), ("last_name", reason)]).await;
    }
    let response = host
        .put(app.api(&format!("/media/{ROOM}/lobby-message")))
        .json(&json!({ "message": long }))
        .send()
        .await
        .unwrap();
    assert_fields(response, &[("message", "too_long")]).await;
}

#[tokio::test]
async fn given_hostile_guest_names_invitee_names_and_lobby_messages_should_store_them_verbatim() {
    let app = TestApp::start().await;
    let host = app.host().await;
    host.put(app.api(&format!("/media/{ROOM}/guest-access")))
        .json(&json!({ "enabled": true }))
        .send()
        .await
        .unwrap();
    let link = app
        .create_link(&host, ROOM, json!({ "name": "Hostile" }))
        .await;
    for name in HOSTILE_NAMES {
        app.join(&token_of(&link.url), name).await;
        let invite: Invite = host
            .post(app.api(&format!("/media/{EVENT}/invites")))
            .json(&json!({ "email": "x@example.org", "first_name": name, "last_name": name, "role": "viewer" }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            (invite.first_name.as_str(), invite.last_name.as_str()),
            (*name, *name)
        );
    }
    let room: Participants = host
        .get(app.api(&format!("/media/{ROOM}/participants")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let waiting: Vec<&str> = room.waiting.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(waiting, HOSTILE_NAMES);

    let message = HOSTILE_NAMES.join("\n");
    let response = host
        .put(app.api(&format!("/media/{ROOM}/lobby-message")))
        .json(&json!({ "message": message }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let room: Participants = host
        .get(app.api(&format!("/media/{ROOM}/participants")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(room.lobby_message.as_deref(), Some(message.as_str()));
}

//! Guest access: the switch, creating, listing and deleting links, the limit under concurrency.

mod common;

use common::{
    assert_error, assert_fields, assert_json, seeded, send, token_of, TestApp, PUBLIC_URL,
};
use contract::{ErrorCode, GuestAccess, GuestLink, LinkStatus};
use serde_json::json;

async fn guest_access(app: &TestApp, host: &reqwest::Client, media_id: i64) -> GuestAccess {
    app.get_ok(host, &format!("/media/{media_id}/guest-access"))
        .await
}

#[tokio::test]
async fn given_a_fresh_item_should_have_access_on_no_links_and_a_limit_of_3() {
    let app = TestApp::start().await;
    let access = guest_access(&app, &app.host().await, seeded::VIDEO).await;
    assert_eq!(
        access,
        GuestAccess {
            enabled: true,
            max_links: 3,
            links: vec![],
        }
    );
}

#[tokio::test]
async fn given_put_enabled_false_should_turn_access_off_and_answer_the_object() {
    let app = TestApp::start().await;
    let host = app.host().await;
    app.create_link(&host, seeded::VIDEO, json!({ "name": "Team" }))
        .await;
    let response = app
        .put(&host, "/media/1/guest-access", json!({ "enabled": false }))
        .await;
    let access: GuestAccess = assert_json(response, 200).await;
    assert!(!access.enabled);
    assert_eq!(access.links.len(), 1);
    assert!(!guest_access(&app, &host, seeded::VIDEO).await.enabled);
}

#[tokio::test]
async fn given_a_valid_link_should_create_it_trimmed_with_a_secret_url_and_an_expiry() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(
            &host,
            seeded::VIDEO,
            json!({ "name": "  Newsletter  ", "max_clicks": 10, "duration_days": 7 }),
        )
        .await;
    assert_eq!(link.name, "Newsletter");
    assert_eq!(link.max_clicks, Some(10));
    assert_eq!(link.clicks, 0);
    assert_eq!(link.status, LinkStatus::Active);
    let expires = link.expires_at.expect("an expiry");
    assert_eq!((expires - link.created_at).num_days(), 7);
    let token = token_of(&link.url);
    assert_eq!(link.url, format!("{PUBLIC_URL}/guest/{token}"));
    assert!(token.len() >= 22, "at least 128 bits of base64url");
    assert!(token
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));

    let unlimited = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Open" }))
        .await;
    assert_eq!((unlimited.expires_at, unlimited.max_clicks), (None, None));
    assert_ne!(token_of(&unlimited.url), token);
}

#[tokio::test]
async fn given_several_links_should_list_them_oldest_first() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for name in ["First", "Second", "Third"] {
        app.create_link(&host, seeded::AUDIO, json!({ "name": name }))
            .await;
    }
    let names: Vec<String> = guest_access(&app, &host, seeded::AUDIO)
        .await
        .links
        .into_iter()
        .map(|l| l.name)
        .collect();
    assert_eq!(names, ["First", "Second", "Third"]);
}

#[tokio::test]
async fn given_each_invalid_field_should_answer_422_naming_it() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let cases = [
        (json!({ "name": "   " }), vec![("name", "required")]),
        (
            json!({ "name": "a".repeat(81) }),
            vec![("name", "too_long")],
        ),
        (json!({ "name": "a\u{0}b" }), vec![("name", "invalid")]),
        (
            json!({ "name": "a", "max_clicks": 0 }),
            vec![("max_clicks", "out_of_range")],
        ),
        (
            json!({ "name": "a", "max_clicks": 100001 }),
            vec![("max_clicks", "out_of_range")],
        ),
        (
            json!({ "name": "a", "duration_days": 0 }),
            vec![("duration_days", "out_of_range")],
        ),
        (
            json!({ "name": "a", "duration_days": 366 }),
            vec![("duration_days", "out_of_range")],
        ),
        (
            json!({ "name": "", "max_clicks": -1, "duration_days": 1000 }),
            vec![
                ("duration_days", "out_of_range"),
                ("max_clicks", "out_of_range"),
                ("name", "required"),
            ],
        ),
        (json!({ "max_clicks": 3 }), vec![("name", "required")]),
        (
            json!({ "name": "a", "max_clicks": "ten" }),
            vec![("max_clicks", "invalid")],
        ),
    ];
    for (body, fields) in cases {
        let response = app.post(&host, "/media/1/guest-links", body).await;
        assert_fields(response, &fields).await;
    }
    assert!(guest_access(&app, &host, seeded::VIDEO)
        .await
        .links
        .is_empty());
}

#[tokio::test]
async fn given_a_malformed_body_should_answer_422_in_the_error_shape() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for (content_type, body) in [
        ("application/json", "{\"name\":"),
        ("application/json", "[]"),
        ("text/plain", "{\"name\":\"a\"}"),
    ] {
        let request = host
            .post(app.api("/media/1/guest-links"))
            .header("content-type", content_type)
            .body(body);
        let response = send(request).await;
        assert_error(response, 422, ErrorCode::ValidationFailed).await;
    }
}

#[tokio::test]
async fn given_access_off_should_refuse_to_create_with_409_guest_access_disabled() {
    let app = TestApp::start().await;
    let host = app.host().await;
    app.set_guest_access(&host, seeded::VIDEO, false).await;
    let response = app
        .post(&host, "/media/1/guest-links", json!({ "name": "Team" }))
        .await;
    assert_error(response, 409, ErrorCode::GuestAccessDisabled).await;
}

#[tokio::test]
async fn given_three_links_should_refuse_a_fourth_with_409_limit_reached() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for n in 0..3 {
        app.create_link(&host, seeded::VIDEO, json!({ "name": format!("Link {n}") }))
            .await;
    }
    let response = app
        .post(&host, "/media/1/guest-links", json!({ "name": "Fourth" }))
        .await;
    assert_error(response, 409, ErrorCode::GuestLinkLimitReached).await;
}

#[tokio::test]
async fn given_another_limit_in_settings_should_honour_it() {
    let app = TestApp::start().await;
    app.sql("UPDATE settings SET max_guest_links = 5");
    let host = app.host().await;
    for n in 0..5 {
        app.create_link(&host, seeded::VIDEO, json!({ "name": format!("Link {n}") }))
            .await;
    }
    let access = guest_access(&app, &host, seeded::VIDEO).await;
    assert_eq!((access.max_links, access.links.len()), (5, 5));
    let response = app
        .post(&host, "/media/1/guest-links", json!({ "name": "Sixth" }))
        .await;
    assert_error(response, 409, ErrorCode::GuestLinkLimitReached).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn given_20_parallel_creates_on_an_empty_item_should_create_exactly_3() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let creates = (0..20).map(|n| {
        host.post(app.api("/media/2/guest-links"))
            .json(&json!({ "name": format!("Parallel {n}") }))
            .send()
    });
    let responses = common::within(futures::future::join_all(creates)).await;
    let mut created = 0;
    for response in responses {
        let response = response.unwrap();
        if response.status() == 201 {
            created += 1;
        } else {
            assert_error(response, 409, ErrorCode::GuestLinkLimitReached).await;
        }
    }
    assert_eq!(created, 3);
    assert_eq!(
        guest_access(&app, &host, seeded::AUDIO).await.links.len(),
        3
    );
}

#[tokio::test]
async fn given_a_cohost_or_viewer_should_answer_403_on_every_guest_access_endpoint() {
    let app = TestApp::start().await;
    let link = app
        .create_link(&app.host().await, seeded::VIDEO, json!({ "name": "x" }))
        .await;
    for email in [seeded::COHOST, seeded::VIEWER] {
        let client = app.signed_in(email).await;
        let requests = [
            client.get(app.api("/media/1/guest-access")),
            client
                .put(app.api("/media/1/guest-access"))
                .json(&json!({ "enabled": false })),
            client
                .post(app.api("/media/1/guest-links"))
                .json(&json!({ "name": "x" })),
            client.delete(app.api(&format!("/media/1/guest-links/{}", link.id))),
            client
                .patch(app.api(&format!("/media/1/guest-links/{}", link.id)))
                .json(&json!({ "name": "y" })),
        ];
        for request in requests {
            assert_error(send(request).await, 403, ErrorCode::Forbidden).await;
        }
    }
}

#[tokio::test]
async fn given_a_channel_or_gallery_room_should_answer_400_unsupported() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for id in [seeded::CHANNEL_ROOM, seeded::GALLERY_ROOM] {
        let requests = [
            host.get(app.api(&format!("/media/{id}/guest-access"))),
            host.put(app.api(&format!("/media/{id}/guest-access")))
                .json(&json!({ "enabled": true })),
            host.post(app.api(&format!("/media/{id}/guest-links")))
                .json(&json!({ "name": "x" })),
            host.delete(app.api(&format!("/media/{id}/guest-links/1"))),
            host.patch(app.api(&format!("/media/{id}/guest-links/1")))
                .json(&json!({ "name": "x" })),
        ];
        for request in requests {
            let response = send(request).await;
            assert_error(response, 400, ErrorCode::GuestAccessUnsupported).await;
        }
    }
}

#[tokio::test]
async fn given_an_item_that_is_not_the_users_should_answer_404() {
    let app = TestApp::start().await;
    let outsider = app.signed_in(seeded::OUTSIDER).await;
    let response = app.get(&outsider, "/media/1/guest-access").await;
    assert_error(response, 404, ErrorCode::NotFound).await;
    let host = app.host().await;
    let response = app
        .post(&host, "/media/424242/guest-links", json!({ "name": "x" }))
        .await;
    assert_error(response, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_delete_should_remove_the_link_at_once_and_stop_it_working() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Gone" }))
        .await;
    let path = format!("/media/1/guest-links/{}", link.id);
    let response = app.delete(&host, &path).await;
    assert_eq!(response.status(), 204);
    assert!(guest_access(&app, &host, seeded::VIDEO)
        .await
        .links
        .is_empty());
    let entry = format!("/guest/{}", token_of(&link.url));
    let response = app.get(&app.anonymous(), &entry).await;
    assert_error(response, 404, ErrorCode::LinkNotFound).await;
    let response = app.delete(&host, &path).await;
    assert_error(response, 404, ErrorCode::LinkNotFound).await;
}

#[tokio::test]
async fn given_a_link_of_another_item_should_not_delete_it() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Mine" }))
        .await;
    let response = app
        .delete(&host, &format!("/media/2/guest-links/{}", link.id))
        .await;
    assert_error(response, 404, ErrorCode::LinkNotFound).await;
    assert_eq!(
        guest_access(&app, &host, seeded::VIDEO).await.links.len(),
        1
    );
}

#[tokio::test]
async fn given_expired_or_used_up_links_should_list_them_as_inactive() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let expired = app
        .create_link(
            &host,
            seeded::VIDEO,
            json!({ "name": "Old", "duration_days": 1 }),
        )
        .await;
    let used = app
        .create_link(
            &host,
            seeded::VIDEO,
            json!({ "name": "Used", "max_clicks": 1 }),
        )
        .await;
    app.sql(&format!(
        "UPDATE guest_links SET expires_at = 0 WHERE id = {};
         UPDATE guest_links SET clicks = 1 WHERE id = {};",
        expired.id, used.id
    ));
    let links: Vec<GuestLink> = guest_access(&app, &host, seeded::VIDEO).await.links;
    let statuses: Vec<LinkStatus> = links.iter().map(|l| l.status).collect();
    assert_eq!(statuses, [LinkStatus::Expired, LinkStatus::Exhausted]);
}

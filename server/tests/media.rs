//! The host's media: the seeded list, capabilities per role and kind, derived status, settings.

mod common;

use common::{assert_error, assert_fields, assert_json, seeded, token_of, TestApp};
use contract::{
    Capabilities, ErrorCode, GuestLinkInfo, Invite, InviteInfo, InviteRole, Media, MediaKind,
    MediaStatus, MediaSummary, Settings,
};
use serde_json::json;

#[tokio::test]
async fn given_a_fresh_database_should_seed_the_same_items_in_the_same_order() {
    let app = TestApp::start().await;
    let items: Vec<MediaSummary> = app.get_ok(&app.host().await, "/media").await;
    let kinds: Vec<(i64, MediaKind, MediaStatus)> =
        items.iter().map(|m| (m.id, m.kind, m.status)).collect();
    use MediaKind as K;
    use MediaStatus as S;
    assert_eq!(
        kinds,
        vec![
            (1, K::Video, S::Live),
            (2, K::Audio, S::Live),
            (3, K::Document, S::Live),
            (4, K::Quiz, S::Live),
            (5, K::Image, S::Live),
            (6, K::LiveEvent, S::Live),
            (7, K::LiveEvent, S::Scheduled),
            (8, K::Room, S::Live),
            (9, K::Room, S::Scheduled),
            (10, K::ChannelRoom, S::Live),
            (11, K::GalleryRoom, S::Live),
            (12, K::Video, S::Unavailable),
        ]
    );
    let other = TestApp::start().await;
    let again: Vec<MediaSummary> = other.get_ok(&other.host().await, "/media").await;
    assert_eq!(again, items, "same ids and titles on every fresh database");
}

#[tokio::test]
async fn given_a_user_who_belongs_to_nothing_should_list_nothing_and_find_nothing() {
    let app = TestApp::start().await;
    let outsider = app.signed_in(seeded::OUTSIDER).await;
    let items: Vec<MediaSummary> = app.get_ok(&outsider, "/media").await;
    assert!(items.is_empty());
    let response = app.get(&outsider, "/media/1").await;
    assert_error(response, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_an_unknown_item_should_answer_404() {
    let app = TestApp::start().await;
    let response = app.get(&app.host().await, "/media/9999").await;
    assert_error(response, 404, ErrorCode::NotFound).await;
}

async fn media(app: &TestApp, email: &str, id: i64) -> Media {
    let client = app.signed_in(email).await;
    app.get_ok(&client, &format!("/media/{id}")).await
}

async fn capabilities(app: &TestApp, email: &str, id: i64) -> Capabilities {
    media(app, email, id).await.capabilities
}

#[tokio::test]
async fn given_the_owner_should_offer_guest_access_and_invites_where_the_kind_allows() {
    let app = TestApp::start().await;
    let video = media(&app, seeded::HOST, seeded::VIDEO).await;
    assert!(!video.description.is_empty());
    let caps = video.capabilities;
    assert!(caps.manage_guest_access && caps.guest_access_supported && caps.invite_users);
    assert_eq!(caps.invite_roles, vec![InviteRole::Viewer]);
    assert!(caps.invite_email_available);

    let event = media(&app, seeded::HOST, seeded::LIVE_EVENT).await;
    assert_eq!(
        event.capabilities.invite_roles,
        InviteRole::ALL_LIVE.to_vec()
    );
    assert!(event.starts_at.is_some());

    let channel = capabilities(&app, seeded::HOST, seeded::CHANNEL_ROOM).await;
    assert!(!channel.guest_access_supported && channel.invite_users);
    let gallery = capabilities(&app, seeded::HOST, seeded::GALLERY_ROOM).await;
    assert!(!gallery.guest_access_supported && !gallery.invite_users);
}

#[tokio::test]
async fn given_a_cohost_should_offer_invites_but_not_guest_links() {
    let app = TestApp::start().await;
    let caps = capabilities(&app, seeded::COHOST, seeded::LIVE_ROOM).await;
    assert!(!caps.manage_guest_access);
    assert!(caps.invite_users);
    assert!(caps.guest_access_supported);
}

#[tokio::test]
async fn given_a_viewer_should_offer_neither() {
    let app = TestApp::start().await;
    let caps = capabilities(&app, seeded::VIEWER, seeded::VIDEO).await;
    assert!(!caps.manage_guest_access && !caps.invite_users);
}

#[tokio::test]
async fn given_no_email_template_should_say_email_is_unavailable() {
    let app = TestApp::start().await;
    app.sql("UPDATE settings SET invite_email_template = 0");
    let caps = capabilities(&app, seeded::HOST, seeded::VIDEO).await;
    assert!(!caps.invite_email_available);
}

#[tokio::test]
async fn given_a_scheduled_item_whose_start_passed_should_read_as_live() {
    let app = TestApp::start().await;
    let before = media(&app, seeded::HOST, seeded::SCHEDULED_EVENT).await;
    assert_eq!(before.status, MediaStatus::Scheduled);
    app.sql("UPDATE media SET starts_at = starts_at - 3600000 WHERE id = 7");
    let after = media(&app, seeded::HOST, seeded::SCHEDULED_EVENT).await;
    assert_eq!(after.status, MediaStatus::Live);
}

#[tokio::test]
async fn given_settings_should_answer_the_defaults_publicly() {
    let app = TestApp::start().await;
    let settings: Settings = app.get_ok(&app.anonymous(), "/settings").await;
    assert_eq!(
        settings,
        Settings {
            max_guest_links: 3,
            invite_link_duration_minutes: 1440,
            invite_link_reusability: 1,
            invite_email_template: true,
            default_locale: Some("en".into()),
        }
    );
}

#[tokio::test]
async fn given_a_default_locale_should_answer_it_in_the_settings_and_on_guest_and_invite_pages() {
    let app = TestApp::start().await;
    let anonymous = app.anonymous();
    let mut settings: serde_json::Value = app.get_ok(&anonymous, "/settings").await;
    settings["default_locale"] = json!("es-419");
    let response = app.put(&anonymous, "/dev/settings", &settings).await;
    assert_eq!(response.status(), 200);
    let read: Settings = app.get_ok(&anonymous, "/settings").await;
    assert_eq!(read.default_locale.as_deref(), Some("es-419"));

    let host = app.host().await;
    let link = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Press" }))
        .await;
    let token = token_of(&link.url);
    let info: GuestLinkInfo = app.get_ok(&anonymous, &format!("/guest/{token}")).await;
    let platform = info.platform.expect("the guest page's platform");
    assert_eq!(platform.default_locale.as_deref(), Some("es-419"));
    let body = json!({ "email": "zoe@example.com", "first_name": "Zoe", "last_name": "Invitee",
                       "role": "viewer", "send_email": false });
    let invite: Invite = assert_json(app.post(&host, "/media/1/invites", body).await, 201).await;
    let page: InviteInfo = app
        .get_ok(&anonymous, &format!("/invite/{}", token_of(&invite.url)))
        .await;
    let platform = page.platform.expect("the invite page's platform");
    assert_eq!(platform.default_locale.as_deref(), Some("es-419"));

    // Null: the reader's browser decides, and the pages say nothing of a language.
    settings["default_locale"] = serde_json::Value::Null;
    let response = app.put(&anonymous, "/dev/settings", &settings).await;
    assert_eq!(response.status(), 200);
    let raw: serde_json::Value = app.get_ok(&anonymous, &format!("/guest/{token}")).await;
    assert!(raw["platform"].get("default_locale").is_none(), "{raw}");

    for bad in ["en_US", "", "no way", "x"] {
        settings["default_locale"] = json!(bad);
        let response = app.put(&anonymous, "/dev/settings", &settings).await;
        let code = if bad.is_empty() {
            "required"
        } else {
            "invalid"
        };
        assert_fields(response, &[("default_locale", code)]).await;
    }
}

#[tokio::test]
async fn given_dev_settings_should_replace_the_settings_and_refuse_out_of_range_values() {
    let app = TestApp::start().await;
    let anonymous = app.anonymous();
    let new = json!({
        "max_guest_links": 5,
        "invite_link_duration_minutes": 60,
        "invite_link_reusability": -1,
        "invite_email_template": false
    });
    let response = app.put(&anonymous, "/dev/settings", &new).await;
    assert_eq!(response.status(), 200);
    let settings: serde_json::Value = app.get_ok(&anonymous, "/settings").await;
    assert_eq!(settings, new);
    let out_of_range = json!({
        "max_guest_links": 0,
        "invite_link_duration_minutes": 0,
        "invite_link_reusability": 0,
        "invite_email_template": true
    });
    let response = app.put(&anonymous, "/dev/settings", out_of_range).await;
    assert_fields(
        response,
        &[
            ("invite_link_duration_minutes", "out_of_range"),
            ("invite_link_reusability", "out_of_range"),
            ("max_guest_links", "out_of_range"),
        ],
    )
    .await;
}

//! Invite links: creating, listing, revoking, the invitee's lobby and redeeming, user search.

mod common;

use common::{
    assert_error, assert_fields, assert_json, seeded, send, token_of, EventStream, TestApp,
    PUBLIC_URL,
};
use contract::{
    ErrorCode, Invite, InviteInfo, InviteRole, InviteeSession, MediaStatus, OutboxEmail,
    Participant, ParticipantKind, ParticipantRole, Participants, RedeemResponse, UserHit,
};
use reqwest::Client;
use serde_json::{json, Value};

const EMAIL: &str = "Zoe.Invitee@Example.com";

fn invite_body(role: &str, send_email: bool) -> Value {
    json!({
        "email": EMAIL,
        "first_name": " Zoe ",
        "last_name": "Invitee",
        "role": role,
        "send_email": send_email
    })
}

async fn create(app: &TestApp, client: &Client, media_id: i64, body: Value) -> Invite {
    let path = format!("/media/{media_id}/invites");
    assert_json(app.post(client, &path, body).await, 201).await
}

/// Creates an invite that is not emailed, for `role`.
async fn new_invite(app: &TestApp, client: &Client, media_id: i64, role: &str) -> Invite {
    create(app, client, media_id, invite_body(role, false)).await
}

async fn redeem(app: &TestApp, token: &str, email: &str) -> reqwest::Response {
    let path = format!("/invite/{token}/redeem");
    app.post(&app.anonymous(), &path, json!({ "email": email }))
        .await
}

/// Redeems an invite with the invited email, which must succeed.
async fn redeemed(app: &TestApp, invite: &Invite) -> RedeemResponse {
    assert_json(redeem(app, &token_of(&invite.url), EMAIL).await, 200).await
}

async fn lobby(app: &TestApp, token: &str) -> reqwest::Response {
    app.get(&app.anonymous(), &format!("/invite/{token}")).await
}

/// Asserts that both the lobby and redeeming (with the invited email) refuse `token` so.
async fn assert_unusable(app: &TestApp, token: &str, status: u16, code: ErrorCode) {
    assert_error(lobby(app, token).await, status, code).await;
    assert_error(redeem(app, token, EMAIL).await, status, code).await;
}

async fn invitee_session(app: &TestApp, session_token: &str) -> reqwest::Response {
    send(
        app.anonymous()
            .get(app.api("/invitee-session"))
            .bearer_auth(session_token),
    )
    .await
}

/// The invites of the seeded video, newest first.
async fn video_invites(app: &TestApp, client: &Client) -> Vec<Invite> {
    app.get_ok(client, "/media/1/invites").await
}

#[tokio::test]
async fn given_a_valid_invite_should_create_it_with_the_settings_limits() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    assert_eq!(invite.email, EMAIL);
    assert_eq!(
        (invite.first_name.as_str(), invite.last_name.as_str()),
        ("Zoe", "Invitee")
    );
    assert_eq!(invite.role, InviteRole::Viewer);
    assert_eq!(
        (invite.max_uses, invite.uses, invite.emailed),
        (Some(1), 0, false)
    );
    let token = token_of(&invite.url);
    assert_eq!(invite.url, format!("{PUBLIC_URL}/invite/{token}"));
    assert!(token.len() >= 22);
    let minutes = (invite.expires_at - chrono::Utc::now()).num_minutes();
    assert!((1430..=1440).contains(&minutes), "{minutes}");
}

#[tokio::test]
async fn given_send_email_should_put_the_link_in_the_outbox_newest_first() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let first = create(&app, &host, seeded::VIDEO, invite_body("viewer", true)).await;
    let second = create(
        &app,
        &host,
        seeded::LIVE_EVENT,
        invite_body("speaker", true),
    )
    .await;
    assert!(first.emailed && second.emailed);
    let outbox: Vec<OutboxEmail> = app.get_ok(&app.anonymous(), "/dev/outbox").await;
    assert_eq!(outbox.len(), 2);
    assert_eq!(outbox[0].to, EMAIL);
    assert!(outbox[0].body.contains(&second.url));
    assert!(outbox[0].body.contains("Speaker"));
    assert!(outbox[1].body.contains(&first.url));
    assert!(outbox[0].subject.contains("Product launch keynote"));
}

#[tokio::test]
async fn given_no_email_template_should_not_email_even_when_asked() {
    let app = TestApp::start().await;
    app.sql("UPDATE settings SET invite_email_template = 0");
    let host = app.host().await;
    let invite = create(&app, &host, seeded::VIDEO, invite_body("viewer", true)).await;
    assert!(!invite.emailed);
    assert_eq!(app.sql_number("SELECT COUNT(*) FROM outbox"), 0);
}

#[tokio::test]
async fn given_unlimited_reusability_should_create_invites_without_a_use_limit() {
    let app = TestApp::start().await;
    app.sql("UPDATE settings SET invite_link_reusability = -1, invite_link_duration_minutes = 60");
    let host = app.host().await;
    let invite = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    assert_eq!(invite.max_uses, None);
    assert!((invite.expires_at - chrono::Utc::now()).num_minutes() <= 60);
}

#[tokio::test]
async fn given_each_invalid_field_should_answer_422_naming_it() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let with = |field: &str, value: Value| {
        let mut body = invite_body("viewer", false);
        body[field] = value;
        body
    };
    let cases = [
        (with("email", json!("")), vec![("email", "required")]),
        (
            with("email", json!("zoe@")),
            vec![("email", "invalid_email")],
        ),
        (
            with("first_name", json!(" ")),
            vec![("first_name", "required")],
        ),
        (
            with("last_name", json!("x".repeat(81))),
            vec![("last_name", "too_long")],
        ),
        (with("role", json!(null)), vec![("role", "required")]),
        (
            with("role", json!("speaker")),
            vec![("role", "not_allowed")],
        ),
        (
            json!({ "email": "", "first_name": "", "last_name": "" }),
            vec![
                ("email", "required"),
                ("first_name", "required"),
                ("last_name", "required"),
                ("role", "required"),
            ],
        ),
        (with("role", json!("owner")), vec![("role", "invalid")]),
    ];
    for (body, fields) in cases {
        let response = app.post(&host, "/media/1/invites", body).await;
        assert_fields(response, &fields).await;
    }
}

#[tokio::test]
async fn given_a_live_kind_should_accept_every_live_role() {
    let app = TestApp::start().await;
    let host = app.host().await;
    for role in ["viewer", "moderator", "speaker"] {
        new_invite(&app, &host, seeded::LIVE_ROOM, role).await;
    }
}

#[tokio::test]
async fn given_a_cohost_should_invite_but_a_viewer_should_get_403() {
    let app = TestApp::start().await;
    let cohost = app.signed_in(seeded::COHOST).await;
    let invite = new_invite(&app, &cohost, seeded::VIDEO, "viewer").await;
    let viewer = app.signed_in(seeded::VIEWER).await;
    let requests = [
        viewer
            .post(app.api("/media/1/invites"))
            .json(&invite_body("viewer", false)),
        viewer.get(app.api("/media/1/invites")),
        viewer.delete(app.api(&format!("/media/1/invites/{}", invite.id))),
    ];
    for request in requests {
        assert_error(send(request).await, 403, ErrorCode::Forbidden).await;
    }
}

#[tokio::test]
async fn given_a_gallery_room_should_answer_400_invite_unsupported() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let requests = [
        host.post(app.api("/media/11/invites"))
            .json(&invite_body("viewer", false)),
        host.get(app.api("/media/11/invites")),
        host.delete(app.api("/media/11/invites/1")),
    ];
    for request in requests {
        let response = send(request).await;
        assert_error(response, 400, ErrorCode::InviteUnsupported).await;
    }
}

#[tokio::test]
async fn given_an_item_that_is_not_the_users_should_answer_404() {
    let app = TestApp::start().await;
    let outsider = app.signed_in(seeded::OUTSIDER).await;
    let response = app
        .post(&outsider, "/media/1/invites", invite_body("viewer", false))
        .await;
    assert_error(response, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_invites_should_list_them_newest_first_and_revoke_them() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let first = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    let second = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    let list = video_invites(&app, &host).await;
    assert_eq!(
        list.iter().map(|i| i.id).collect::<Vec<_>>(),
        [second.id, first.id]
    );

    let path = format!("/media/1/invites/{}", first.id);
    assert_eq!(app.delete(&host, &path).await.status(), 204);
    assert_eq!(video_invites(&app, &host).await, [second]);
    assert_unusable(&app, &token_of(&first.url), 404, ErrorCode::InviteNotFound).await;
    let again = app.delete(&host, &path).await;
    assert_error(again, 404, ErrorCode::InviteNotFound).await;
}

#[tokio::test]
async fn given_the_invite_lobby_should_show_the_item_and_role_but_never_the_email() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = new_invite(&app, &host, seeded::SCHEDULED_EVENT, "moderator").await;
    let response = lobby(&app, &token_of(&invite.url)).await;
    assert_eq!(response.status(), 200);
    let text = response.text().await.expect("a body");
    assert!(!text.to_lowercase().contains("zoe.invitee"), "{text}");
    assert!(!text.contains("\"email\""), "{text}");
    let info: InviteInfo = serde_json::from_str(&text).unwrap();
    assert_eq!(
        (info.role, info.first_name.as_str()),
        (InviteRole::Moderator, "Zoe")
    );
    assert_eq!(info.media.status, MediaStatus::Scheduled);
    assert!(info.media.starts_at.is_some());
    assert_eq!(
        info.platform.map(|platform| platform.name).as_deref(),
        Some("MediaShare")
    );
    assert_eq!(
        info.shared_by.map(|by| by.name).as_deref(),
        Some("Hana Host")
    );
}

#[tokio::test]
async fn given_each_reason_an_invite_is_unusable_should_answer_its_code() {
    let app = TestApp::start().await;
    let host = app.host().await;
    assert_error(lobby(&app, "unknown").await, 404, ErrorCode::InviteNotFound).await;

    let used = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    redeemed(&app, &used).await;
    assert_unusable(&app, &token_of(&used.url), 410, ErrorCode::InviteUsed).await;

    let expired = new_invite(&app, &host, seeded::AUDIO, "viewer").await;
    app.sql(&format!(
        "UPDATE invites SET expires_at = 1 WHERE id = {}",
        expired.id
    ));
    assert_unusable(&app, &token_of(&expired.url), 410, ErrorCode::InviteExpired).await;

    let gone = new_invite(&app, &host, seeded::UNAVAILABLE, "viewer").await;
    assert_unusable(&app, &token_of(&gone.url), 410, ErrorCode::MediaUnavailable).await;
}

#[tokio::test]
async fn given_the_invited_email_in_another_case_with_spaces_should_redeem() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    let token = token_of(&invite.url);
    assert_error(
        redeem(&app, &token, "someone@else.com").await,
        403,
        ErrorCode::EmailMismatch,
    )
    .await;
    let response = redeem(&app, &token, "  zoe.invitee@EXAMPLE.COM ").await;
    let redeemed: RedeemResponse = assert_json(response, 200).await;
    assert_eq!(redeemed.role, InviteRole::Viewer);
    assert!(redeemed.session_token.len() >= 22);
    let session = invitee_session(&app, &redeemed.session_token).await;
    let session: InviteeSession = assert_json(session, 200).await;
    assert_eq!(
        (session.role, session.first_name.as_str()),
        (InviteRole::Viewer, "Zoe")
    );
}

#[tokio::test]
async fn given_five_wrong_emails_should_refuse_even_the_right_one_with_429_for_15_minutes() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    let token = token_of(&invite.url);
    for n in 0..5 {
        let response = redeem(&app, &token, &format!("wrong{n}@example.com")).await;
        assert_error(response, 403, ErrorCode::EmailMismatch).await;
    }
    assert_error(
        redeem(&app, &token, EMAIL).await,
        429,
        ErrorCode::TooManyAttempts,
    )
    .await;
    app.sql("UPDATE invite_attempts SET attempted_at = attempted_at - 16 * 60000");
    assert_eq!(redeem(&app, &token, EMAIL).await.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn given_parallel_wrong_emails_should_record_no_more_than_the_limit_allows() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    let token = token_of(&invite.url);
    let attempts = (0..20).map(|n| {
        let (app, token) = (&app, &token);
        async move { redeem(app, token, &format!("w{n}@x.com")).await }
    });
    let responses = common::within(futures::future::join_all(attempts)).await;
    let mismatches = responses.iter().filter(|r| r.status() == 403).count();
    let limited = responses.iter().filter(|r| r.status() == 429).count();
    assert_eq!((mismatches, limited), (5, 15));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn given_parallel_redeems_should_honour_the_reusability_exactly() {
    let app = TestApp::start().await;
    app.sql("UPDATE settings SET invite_link_reusability = 3");
    let host = app.host().await;
    let invite = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    assert_eq!(invite.max_uses, Some(3));
    let token = token_of(&invite.url);
    let redeems = (0..12).map(|_| redeem(&app, &token, EMAIL));
    let responses = common::within(futures::future::join_all(redeems)).await;
    let mut redeemed = 0;
    for response in responses {
        if response.status() == 200 {
            redeemed += 1;
        } else {
            assert_error(response, 410, ErrorCode::InviteUsed).await;
        }
    }
    assert_eq!(redeemed, 3);
    let list = video_invites(&app, &app.host().await).await;
    assert_eq!(list[0].uses, 3);
}

#[tokio::test]
async fn given_an_invitee_session_on_a_live_item_should_join_once_as_an_invitee() {
    let app = TestApp::start().await;
    let host = app.signed_in_for_streams(seeded::HOST).await;
    let invite = new_invite(&app, &host, seeded::LIVE_EVENT, "speaker").await;
    let redeemed = redeemed(&app, &invite).await;
    let mut hosts = EventStream::open(&host, &app.api("/media/6/participants/events")).await;
    for _ in 0..2 {
        let response = invitee_session(&app, &redeemed.session_token).await;
        let session: InviteeSession = assert_json(response, 200).await;
        assert_eq!(session.media.status, MediaStatus::Live);
    }
    let joined: Participant = hosts.expect_as("joined").await;
    assert_eq!(
        (joined.name.as_str(), joined.kind, joined.role),
        (
            "Zoe Invitee",
            ParticipantKind::Invitee,
            ParticipantRole::Speaker
        )
    );
    let list: Participants = app.get_ok(&host, "/media/6/participants").await;
    assert_eq!(
        list.participants
            .iter()
            .filter(|p| p.kind == ParticipantKind::Invitee)
            .count(),
        1
    );
}

#[tokio::test]
async fn given_an_invitee_session_before_the_start_should_not_join_yet() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = new_invite(&app, &host, seeded::SCHEDULED_ROOM, "viewer").await;
    let redeemed = redeemed(&app, &invite).await;
    let session = invitee_session(&app, &redeemed.session_token).await;
    let session: InviteeSession = assert_json(session, 200).await;
    assert_eq!(session.media.status, MediaStatus::Scheduled);
    assert_eq!(
        app.sql_number("SELECT COUNT(*) FROM participants WHERE kind = 'invitee'"),
        0
    );
}

#[tokio::test]
async fn given_no_or_a_forged_or_revoked_invitee_session_should_refuse_it() {
    let app = TestApp::start().await;
    let response = app.get(&app.anonymous(), "/invitee-session").await;
    assert_error(response, 401, ErrorCode::NotSignedIn).await;
    assert_error(
        invitee_session(&app, "forged").await,
        401,
        ErrorCode::NotSignedIn,
    )
    .await;
    let host = app.host().await;
    let invite = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    let redeemed = redeemed(&app, &invite).await;
    let revoke = app
        .delete(&host, &format!("/media/1/invites/{}", invite.id))
        .await;
    assert_eq!(revoke.status(), 204);
    let response = invitee_session(&app, &redeemed.session_token).await;
    assert_error(response, 404, ErrorCode::InviteNotFound).await;
}

async fn search(app: &TestApp, client: &Client, query: &str) -> Vec<UserHit> {
    app.get_ok(client, &format!("/users?{query}")).await
}

#[tokio::test]
async fn given_a_search_should_match_names_and_emails_ignoring_case_prefixes_first() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let hits = search(&app, &host, "query=ANN").await;
    let emails: Vec<&str> = hits.iter().map(|h| h.email.as_str()).collect();
    assert_eq!(
        emails[..3],
        [
            "ann.lee@example.com",
            "anna.kowalski@example.com",
            "annika.berg@example.org"
        ]
    );
    assert!(
        emails.contains(&"joanna.smith@example.com"),
        "infix matches follow"
    );
    let by_last = search(&app, &host, "query=kowal").await;
    assert_eq!(by_last[0].first_name, "Anna");
    let by_domain = search(&app, &host, "query=example.jp").await;
    assert_eq!(by_domain.len(), 2);
    let full = search(&app, &host, "query=mei%20chen").await;
    assert_eq!(full[0].email, "mei.chen@example.com");
}

#[tokio::test]
async fn given_a_limit_should_return_at_most_that_many_default_8_max_50() {
    let app = TestApp::start().await;
    let host = app.host().await;
    assert_eq!(search(&app, &host, "query=e").await.len(), 8);
    assert_eq!(search(&app, &host, "query=e&limit=3").await.len(), 3);
    assert_eq!(search(&app, &host, "query=e&limit=500").await.len(), 50);
    assert!(search(&app, &host, "query=%20").await.is_empty());
    assert!(
        search(&app, &host, "query=%25").await.is_empty(),
        "LIKE wildcards are literal"
    );
    let response = app.get(&host, "/users?query=e&limit=many").await;
    assert_fields(response, &[("limit", "invalid")]).await;
}

#[tokio::test]
async fn given_admin_settings_should_apply_duration_reuses_and_the_email_option_to_new_invites() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let put_settings = |minutes: u32, reusability: i32, template: bool| {
        let settings = json!({
            "max_guest_links": 3,
            "invite_link_duration_minutes": minutes,
            "invite_link_reusability": reusability,
            "invite_email_template": template
        });
        send(
            app.anonymous()
                .put(app.api("/dev/settings"))
                .json(&settings),
        )
    };
    assert_eq!(put_settings(30, 2, false).await.status(), 200);
    let media: contract::Media = app.get_ok(&host, "/media/1").await;
    assert!(!media.capabilities.invite_email_available);
    let twice = create(&app, &host, seeded::VIDEO, invite_body("viewer", true)).await;
    assert_eq!((twice.max_uses, twice.emailed), (Some(2), false));
    let minutes = (twice.expires_at - chrono::Utc::now()).num_minutes();
    assert!((28..=30).contains(&minutes), "{minutes}");
    let token = token_of(&twice.url);
    for _ in 0..2 {
        assert_eq!(redeem(&app, &token, EMAIL).await.status(), 200);
    }
    assert_error(
        redeem(&app, &token, EMAIL).await,
        410,
        ErrorCode::InviteUsed,
    )
    .await;

    assert_eq!(put_settings(1440, -1, true).await.status(), 200);
    let unlimited = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    assert_eq!(unlimited.max_uses, None);
    let token = token_of(&unlimited.url);
    for _ in 0..4 {
        assert_eq!(redeem(&app, &token, EMAIL).await.status(), 200);
    }
    assert_eq!(lobby(&app, &token).await.status(), 200, "never used up");
}

#[tokio::test]
async fn given_any_answer_to_the_invitee_should_never_carry_the_invited_email() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let invite = create(
        &app,
        &host,
        seeded::LIVE_EVENT,
        invite_body("speaker", true),
    )
    .await;
    let token = token_of(&invite.url);
    let mut answers = Vec::new();
    let keep = |what: &str, response: reqwest::Response| {
        let what = what.to_string();
        async move {
            (
                what,
                response.status().as_u16(),
                response.text().await.unwrap(),
            )
        }
    };
    answers.push(keep("lobby", lobby(&app, &token).await).await);
    answers.push(
        keep(
            "wrong email",
            redeem(&app, &token, "other@example.com").await,
        )
        .await,
    );
    let redeemed = redeem(&app, &token, EMAIL).await;
    let (what, status, body) = keep("redeem", redeemed).await;
    let session: RedeemResponse = serde_json::from_str(&body).unwrap();
    answers.push((what, status, body));
    answers.push(
        keep(
            "session",
            invitee_session(&app, &session.session_token).await,
        )
        .await,
    );
    answers.push(keep("lobby once used", lobby(&app, &token).await).await);
    answers.push(keep("redeem once used", redeem(&app, &token, EMAIL).await).await);

    let locked = new_invite(&app, &host, seeded::VIDEO, "viewer").await;
    let locked = token_of(&locked.url);
    for n in 0..5 {
        redeem(&app, &locked, &format!("wrong{n}@example.com")).await;
    }
    answers.push(keep("too many attempts", redeem(&app, &locked, EMAIL).await).await);

    let statuses: Vec<u16> = answers.iter().map(|(_, status, _)| *status).collect();
    assert_eq!(statuses, [200, 403, 200, 200, 410, 410, 429]);
    for (what, _, body) in &answers {
        let body = body.to_lowercase();
        assert!(!body.contains("zoe.invitee"), "{what}: {body}");
        assert!(!body.contains("\"email\""), "{what}: {body}");
    }
}

//! Signing in and out, the session cookie, and the error shape of requests no endpoint takes.

mod common;

use common::{assert_error, assert_fields, client, seeded, send, TestApp};
use contract::{ErrorCode, Me};
use serde_json::json;

/// Signs in without a session yet, with whatever body the test needs.
async fn sign_in(app: &TestApp, body: serde_json::Value) -> reqwest::Response {
    app.post(&app.anonymous(), "/dev/sign-in", body).await
}

#[tokio::test]
async fn given_no_cookie_should_answer_me_with_401_not_signed_in() {
    let app = TestApp::start().await;
    let response = app.get(&app.anonymous(), "/me").await;
    assert_error(response, 401, ErrorCode::NotSignedIn).await;
}

#[tokio::test]
async fn given_a_seeded_email_in_any_case_should_sign_in_and_answer_me() {
    let app = TestApp::start().await;
    let host = client(true);
    let response = app
        .post(
            &host,
            "/dev/sign-in",
            json!({ "email": "  HOST@example.com " }),
        )
        .await;
    assert_eq!(response.status(), 200);
    let me: Me = app.get_ok(&host, "/me").await;
    assert_eq!(
        me,
        Me {
            id: 1,
            email: "host@example.com".into(),
            first_name: "Hana".into(),
            last_name: "Host".into(),
        }
    );
}

#[tokio::test]
async fn given_sign_in_should_set_an_http_only_same_site_lax_cookie() {
    let app = TestApp::start().await;
    let response = sign_in(&app, json!({ "email": seeded::HOST })).await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("share_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    let token = cookie["share_session=".len()..].split(';').next().unwrap();
    assert!(token.len() >= 22, "at least 128 bits: {token}");
}

#[tokio::test]
async fn given_an_unknown_email_should_refuse_sign_in_with_404() {
    let app = TestApp::start().await;
    let response = sign_in(&app, json!({ "email": "nobody@example.com" })).await;
    assert_error(response, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_a_malformed_email_should_refuse_sign_in_with_422_on_the_field() {
    let app = TestApp::start().await;
    let response = sign_in(&app, json!({ "email": "not an email" })).await;
    assert_fields(response, &[("email", "invalid_email")]).await;
    let response = sign_in(&app, json!({})).await;
    assert_fields(response, &[("email", "required")]).await;
}

#[tokio::test]
async fn given_a_forged_cookie_should_answer_401() {
    let app = TestApp::start().await;
    let forged = app
        .anonymous()
        .get(app.api("/media"))
        .header("cookie", "share_session=forged");
    let response = send(forged).await;
    assert_error(response, 401, ErrorCode::NotSignedIn).await;
}

#[tokio::test]
async fn given_sign_out_should_end_the_session_and_clear_the_cookie() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let response = app.post_empty(&host, "/dev/sign-out").await;
    assert_eq!(response.status(), 204);
    assert!(response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    let response = app.get(&host, "/me").await;
    assert_error(response, 401, ErrorCode::NotSignedIn).await;
}

#[tokio::test]
async fn given_every_host_endpoint_without_a_cookie_should_answer_401() {
    let app = TestApp::start().await;
    let anonymous = app.anonymous();
    let requests = [
        anonymous.get(app.api("/me")),
        anonymous.get(app.api("/media")),
        anonymous.get(app.api("/media/1")),
        anonymous.get(app.api("/media/1/guest-access")),
        anonymous
            .put(app.api("/media/1/guest-access"))
            .json(&json!({ "enabled": true })),
        anonymous
            .post(app.api("/media/1/guest-links"))
            .json(&json!({ "name": "x" })),
        anonymous.delete(app.api("/media/1/guest-links/1")),
        anonymous.get(app.api("/media/6/participants")),
        anonymous.get(app.api("/media/6/participants/events")),
        anonymous.post(app.api("/media/6/waiting/1/admit")),
        anonymous.post(app.api("/media/6/waiting/1/deny")),
        anonymous.post(app.api("/media/6/waiting/admit-all")),
        anonymous.post(app.api("/media/6/waiting/deny-all")),
        anonymous
            .put(app.api("/media/6/lobby-message"))
            .json(&json!({ "message": null })),
        anonymous.get(app.api("/users?query=ann")),
        anonymous.get(app.api("/media/1/invites")),
        anonymous.post(app.api("/media/1/invites")).json(&json!({})),
        anonymous.delete(app.api("/media/1/invites/1")),
    ];
    for request in requests {
        assert_error(send(request).await, 401, ErrorCode::NotSignedIn).await;
    }
}

#[tokio::test]
async fn given_an_unknown_api_path_should_answer_404_in_the_error_shape() {
    let app = TestApp::start().await;
    for path in [
        "/api/v1/nope",
        "/api/v2/media",
        "/api",
        "/api/v1/media/1/unknown",
    ] {
        let response = app.get_page(path).await;
        assert_error(response, 404, ErrorCode::NotFound).await;
    }
}

#[tokio::test]
async fn given_a_method_an_endpoint_does_not_take_should_answer_405_in_the_error_shape() {
    let app = TestApp::start().await;
    let response = app.delete(&app.anonymous(), "/me").await;
    assert!(response.headers().contains_key("allow"));
    assert_error(response, 405, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_a_non_numeric_id_should_answer_404_not_found() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let response = app.get(&host, "/media/abc").await;
    assert_error(response, 404, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_api_responses_should_forbid_caching_and_sniffing() {
    let app = TestApp::start().await;
    let response = app.get(&app.anonymous(), "/settings").await;
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
}

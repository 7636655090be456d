//! Every host operation in the OpenAPI document refuses a signed-out caller and one without
//! the permission, whatever the document grows to: the list comes from the document itself.

mod common;

use common::TestApp;
use reqwest::{Client, Method};
use serde_json::{json, Value};

/// (method, path with ids filled in) for every operation that needs the session cookie.
async fn host_operations(app: &TestApp) -> Vec<(Method, String)> {
    let document: Value = app.get_ok(&app.anonymous(), "/openapi.json").await;
    let mut operations = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let needs_cookie = operation["security"]
                .as_array()
                .is_some_and(|s| s.iter().any(|r| r.get("session_cookie").is_some()));
            if !needs_cookie || path.contains("/dev/") {
                continue;
            }
            // A live room (every host operation applies to it) and ids that exist in the seeds.
            let filled = path
                .replace("{media_id}", "8")
                .replace("{link_id}", "1")
                .replace("{guest_id}", "1")
                .replace("{invite_id}", "1");
            operations.push((method.to_uppercase().parse().unwrap(), filled));
        }
    }
    assert!(
        operations.len() >= 18,
        "found {} host operations",
        operations.len()
    );
    operations
}

async fn send(client: &Client, method: &Method, url: &str) -> u16 {
    let request = client.request(method.clone(), url);
    let request = if [Method::POST, Method::PUT, Method::PATCH].contains(method) {
        // Valid for every host request type (unknown fields are ignored), so what is tested is
        // the permission check, not which extractor runs first.
        request.json(&json!({
            "enabled": true, "name": "x", "message": "x", "email": "new.person@example.org",
            "first_name": "New", "last_name": "Person", "role": "viewer", "send_email": false
        }))
    } else {
        request
    };
    common::send(request).await.status().as_u16()
}

#[tokio::test]
async fn given_no_session_every_host_operation_should_answer_401() {
    let app = TestApp::start().await;
    let anonymous = app.anonymous();
    for (method, path) in host_operations(&app).await {
        let url = format!("{}{}", app.url, path);
        assert_eq!(
            send(&anonymous, &method, &url).await,
            401,
            "{method} {path}"
        );
    }
}

#[tokio::test]
async fn given_a_member_without_permission_no_host_operation_should_succeed() {
    let app = TestApp::start().await;
    let viewer = app.signed_in("viewer@example.com").await;
    for (method, path) in host_operations(&app).await {
        if path == "/api/v1/me" || path == "/api/v1/media" || path.starts_with("/api/v1/users") {
            continue; // About the viewer themselves: allowed.
        }
        if method == Method::GET && path == "/api/v1/media/8" {
            continue; // A member may see the item, with every capability false (tested below).
        }
        let url = format!("{}{}", app.url, path);
        let status = send(&viewer, &method, &url).await;
        assert!(
            status == 403 || status == 404,
            "{method} {path} answered {status} to a viewer"
        );
    }
    let media: Value = app.get_ok(&viewer, "/media/8").await;
    let capabilities = &media["capabilities"];
    assert_eq!(capabilities["manage_guest_access"], false);
    assert_eq!(capabilities["invite_users"], false);
}

#[tokio::test]
async fn given_a_cohost_should_refuse_guest_link_changes_but_allow_invites() {
    let app = TestApp::start().await;
    let cohost = app.signed_in("cohost@example.com").await;
    let create = app
        .post(&cohost, "/media/8/guest-links", json!({ "name": "x" }))
        .await;
    assert_eq!(create.status().as_u16(), 403);
    let switch = app
        .put(&cohost, "/media/8/guest-access", json!({ "enabled": true }))
        .await;
    assert_eq!(switch.status().as_u16(), 403);
    let invites = app.get(&cohost, "/media/8/invites").await;
    assert_eq!(invites.status().as_u16(), 200);
}

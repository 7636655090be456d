//! The OpenAPI document: every endpoint, its parameters, bodies and error responses.

mod common;

use std::collections::BTreeSet;

use common::TestApp;
use serde_json::Value;

/// Every operation the server has, as `METHOD path`.
const OPERATIONS: &[&str] = &[
    "GET /api/v1/settings",
    "GET /api/v1/me",
    "GET /api/v1/media",
    "GET /api/v1/media/{media_id}",
    "GET /api/v1/media/{media_id}/guest-access",
    "PUT /api/v1/media/{media_id}/guest-access",
    "POST /api/v1/media/{media_id}/guest-links",
    "DELETE /api/v1/media/{media_id}/guest-links/{link_id}",
    "PATCH /api/v1/media/{media_id}/guest-links/{link_id}",
    "GET /api/v1/media/{media_id}/guest-links/{link_id}/joins",
    "GET /api/v1/guest/{token}",
    "POST /api/v1/guest/{token}/join",
    "POST /api/v1/guest/{token}/access-requests",
    "GET /api/v1/media/{media_id}/access-requests",
    "DELETE /api/v1/media/{media_id}/access-requests/{request_id}",
    "GET /api/v1/guest-sessions/{guest_id}",
    "DELETE /api/v1/guest-sessions/{guest_id}",
    "GET /api/v1/guest-sessions/{guest_id}/events",
    "GET /api/v1/media/{media_id}/participants",
    "GET /api/v1/media/{media_id}/participants/events",
    "POST /api/v1/media/{media_id}/waiting/{guest_id}/admit",
    "POST /api/v1/media/{media_id}/waiting/{guest_id}/deny",
    "POST /api/v1/media/{media_id}/waiting/admit-all",
    "POST /api/v1/media/{media_id}/waiting/deny-all",
    "PUT /api/v1/media/{media_id}/lobby-message",
    "GET /api/v1/users",
    "POST /api/v1/media/{media_id}/invites",
    "GET /api/v1/media/{media_id}/invites",
    "DELETE /api/v1/media/{media_id}/invites/{invite_id}",
    "POST /api/v1/media/{media_id}/invites/{invite_id}/resend",
    "POST /api/v1/media/{media_id}/invites/{invite_id}/reissue",
    "GET /api/v1/invite/{token}",
    "POST /api/v1/invite/{token}/redeem",
    "GET /api/v1/invitee-session",
    "GET /api/v1/platform/logo.svg",
    "POST /api/v1/dev/sign-in",
    "POST /api/v1/dev/sign-out",
    "GET /api/v1/dev/outbox",
    "PUT /api/v1/dev/settings",
    "POST /api/v1/dev/media/{media_id}/crowd",
    "POST /api/v1/dev/media/{media_id}/participants/{participant_id}/leave",
    "GET /api/v1/openapi.json",
];

async fn document() -> Value {
    let app = TestApp::start().await;
    let response = app.get(&app.anonymous(), "/openapi.json").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    response.json().await.unwrap()
}

fn operations(doc: &Value) -> impl Iterator<Item = (String, &str, &Value)> {
    doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .iter()
                .map(move |(method, op)| (method.to_uppercase(), path.as_str(), op))
        })
}

#[tokio::test]
async fn given_the_document_should_be_openapi_3_listing_every_operation_once() {
    let doc = document().await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let listed: BTreeSet<String> = operations(&doc)
        .map(|(m, p, _)| format!("{m} {p}"))
        .collect();
    let expected: BTreeSet<String> = OPERATIONS.iter().map(|s| s.to_string()).collect();
    assert_eq!(listed, expected);
    let ids: BTreeSet<&str> = operations(&doc)
        .map(|(_, _, op)| op["operationId"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), OPERATIONS.len(), "operation ids are unique");
}

#[tokio::test]
async fn given_each_operation_should_document_its_path_parameters() {
    let doc = document().await;
    for (method, path, op) in operations(&doc) {
        let declared: BTreeSet<&str> = op["parameters"]
            .as_array()
            .map(|ps| {
                ps.iter()
                    .filter(|p| p["in"] == "path")
                    .map(|p| p["name"].as_str().unwrap())
                    .collect()
            })
            .unwrap_or_default();
        let in_path: BTreeSet<&str> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .collect();
        assert_eq!(declared, in_path, "{method} {path}");
    }
}

#[tokio::test]
async fn given_each_operation_should_document_a_success_and_its_errors_as_api_error_body() {
    let doc = document().await;
    for (method, path, op) in operations(&doc) {
        let responses = op["responses"].as_object().unwrap();
        assert!(
            responses.keys().any(|s| s.starts_with('2')),
            "{method} {path}: a success"
        );
        for (status, response) in responses.iter().filter(|(s, _)| !s.starts_with('2')) {
            let schema = &response["content"]["application/json"]["schema"]["$ref"];
            assert_eq!(
                schema, "#/components/schemas/ApiErrorBody",
                "{method} {path} {status}"
            );
        }
        if op.get("requestBody").is_some() {
            assert!(
                responses.contains_key("422"),
                "{method} {path}: unreadable bodies"
            );
        }
        let secured = op.get("security").is_some();
        let host_only = path.starts_with("/api/v1/me")
            || path.starts_with("/api/v1/media")
            || path == "/api/v1/users";
        if host_only {
            assert!(secured, "{method} {path} names its security");
            assert!(responses.contains_key("401"), "{method} {path}: 401");
        }
    }
}

#[tokio::test]
async fn given_the_bodies_should_reference_the_contract_schemas() {
    let doc = document().await;
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for name in [
        "ApiErrorBody",
        "ErrorCode",
        "FieldError",
        "GuestAccess",
        "GuestLink",
        "NewGuestLink",
        "GuestLinkChange",
        "SetGuestAccess",
        "GuestLinkInfo",
        "JoinRequest",
        "JoinResponse",
        "NewAccessRequest",
        "AccessRequest",
        "GuestSession",
        "Participants",
        "Participant",
        "WaitingGuest",
        "Count",
        "LobbyMessage",
        "Invite",
        "NewInvite",
        "InviteInfo",
        "RedeemRequest",
        "RedeemResponse",
        "InviteeSession",
        "UserHit",
        "Settings",
        "Me",
        "Media",
        "MediaSummary",
        "Capabilities",
        "OutboxEmail",
        "EmailStatus",
        "EmailAttempt",
        "AttemptOutcome",
        "SignIn",
    ] {
        assert!(schemas.contains_key(name), "schema {name}");
    }
    let expired_at = &schemas["ErrorDetail"]["properties"]["expired_at"];
    assert_eq!(
        expired_at["format"], "date-time",
        "ErrorDetail.expired_at: {expired_at}"
    );
    let codes = schemas["ErrorCode"]["enum"].as_array().unwrap();
    assert!(codes.contains(&Value::from("guest_link_limit_reached")));
    let schemes = doc["components"]["securitySchemes"].as_object().unwrap();
    for name in ["session_cookie", "guest_token", "invitee_token"] {
        assert!(schemes.contains_key(name), "security scheme {name}");
    }
}

#[test]
fn given_the_library_should_build_the_same_document_without_a_server() {
    let doc = share_server::openapi_document();
    let paths: BTreeSet<&str> = OPERATIONS
        .iter()
        .map(|operation| operation.split_once(' ').expect("METHOD path").1)
        .collect();
    assert_eq!(doc.paths.paths.len(), paths.len());
}

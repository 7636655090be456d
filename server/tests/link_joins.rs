//! "Used by": who joined by one guest link, newest first, with what became of them, in keyset
//! pages; the count; who may read it; a deleted link's guests never reappear.

mod common;

use std::collections::BTreeSet;

use common::{assert_error, assert_fields, assert_json, seeded, send, token_of, TestApp};
use contract::{ErrorCode, GuestLink, GuestLinkJoins, JoinOutcome, JoinResponse};
use reqwest::Client;
use serde_json::json;

const EVENT: i64 = seeded::LIVE_EVENT;

fn joins_path(media_id: i64, link: &GuestLink) -> String {
    format!("/media/{media_id}/guest-links/{}/joins", link.id)
}

/// Joins by the link as a new guest with their own email.
async fn join(app: &TestApp, link: &GuestLink, name: &str) -> JoinResponse {
    let email = format!("{}@example.com", name.to_lowercase());
    let response = app
        .post(
            &app.anonymous(),
            &format!("/guest/{}/join", token_of(&link.url)),
            json!({ "name": name, "email": email }),
        )
        .await;
    assert_json(response, 201).await
}

async fn page(app: &TestApp, host: &Client, path: &str) -> GuestLinkJoins {
    app.get_ok(host, path).await
}

/// Every page from the first, following `next_cursor`.
async fn all_pages(
    app: &TestApp,
    host: &Client,
    media_id: i64,
    link: &GuestLink,
    limit: u32,
) -> Vec<GuestLinkJoins> {
    let base = joins_path(media_id, link);
    let mut pages = vec![page(app, host, &format!("{base}?limit={limit}")).await];
    while let Some(cursor) = pages.last().unwrap().next_cursor.clone() {
        let next = page(app, host, &format!("{base}?limit={limit}&cursor={cursor}")).await;
        pages.push(next);
        assert!(pages.len() < 50, "paging ends");
    }
    pages
}

#[tokio::test]
async fn given_guests_with_every_outcome_should_list_them_newest_first_with_the_count() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(
            &host,
            EVENT,
            json!({ "name": "Lobby", "admission": "wait" }),
        )
        .await;
    let ann = join(&app, &link, "Ann").await;
    let bob = join(&app, &link, "Bob").await;
    let cy = join(&app, &link, "Cy").await;
    let dee = join(&app, &link, "Dee").await;
    // Distinct, known join times: Ann first, Dee last.
    for (i, guest) in [&ann, &bob, &cy, &dee].iter().enumerate() {
        app.sql(&format!(
            "UPDATE guests SET waiting_since = {} WHERE id = {}",
            1_764_000_000_000i64 + i as i64 * 60_000,
            guest.guest_id
        ));
    }
    let admit = format!("/media/{EVENT}/waiting/{}/admit", ann.guest_id);
    assert_eq!(app.post_empty(&host, &admit).await.status(), 204);
    let deny = format!("/media/{EVENT}/waiting/{}/deny", bob.guest_id);
    assert_eq!(app.post_empty(&host, &deny).await.status(), 204);
    let leave = app
        .anonymous()
        .delete(app.api(&format!("/guest-sessions/{}", cy.guest_id)))
        .bearer_auth(&cy.guest_token);
    assert_eq!(send(leave).await.status(), 204);

    let joins = page(&app, &host, &joins_path(EVENT, &link)).await;
    let rows: Vec<(&str, &str, JoinOutcome)> = joins
        .joins
        .iter()
        .map(|j| (j.name.as_str(), j.email.as_str(), j.outcome))
        .collect();
    assert_eq!(
        rows,
        [
            ("Dee", "dee@example.com", JoinOutcome::Waiting),
            ("Cy", "cy@example.com", JoinOutcome::Left),
            ("Bob", "bob@example.com", JoinOutcome::Denied),
            ("Ann", "ann@example.com", JoinOutcome::Entered),
        ]
    );
    assert_eq!(joins.joins[0].guest_id, dee.guest_id);
    assert_eq!(
        joins.joins[3].joined_at.to_rfc3339(),
        "2025-11-24T16:00:00+00:00"
    );
    assert_eq!((joins.total, joins.next_cursor), (4, None));
}

#[tokio::test]
async fn given_a_link_nobody_used_should_answer_an_empty_page() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Quiet" }))
        .await;
    let joins = page(&app, &host, &joins_path(seeded::VIDEO, &link)).await;
    assert_eq!(
        joins,
        GuestLinkJoins {
            joins: vec![],
            total: 0,
            next_cursor: None
        }
    );
}

#[tokio::test]
async fn given_more_joins_than_a_page_should_page_through_all_without_duplicates_or_gaps() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Busy" }))
        .await;
    let mut ids = Vec::new();
    for i in 0..8 {
        ids.push(join(&app, &link, &format!("G{i}")).await.guest_id);
    }
    // Ties on the join time: the id orders them.
    app.sql("UPDATE guests SET waiting_since = 1764000000000");

    let pages = all_pages(&app, &host, seeded::VIDEO, &link, 3).await;
    let sizes: Vec<usize> = pages.iter().map(|p| p.joins.len()).collect();
    assert_eq!(sizes, [3, 3, 2]);
    assert!(pages.iter().all(|p| p.total == 8));
    let listed: Vec<i64> = pages
        .iter()
        .flat_map(|p| p.joins.iter().map(|j| j.guest_id))
        .collect();
    let newest_first: Vec<i64> = ids.iter().rev().copied().collect();
    assert_eq!(listed, newest_first);

    // A page of exactly the rest says there is no more.
    let exact = all_pages(&app, &host, seeded::VIDEO, &link, 4).await;
    assert_eq!(exact.len(), 2);
    assert_eq!(exact[1].next_cursor, None);
}

#[tokio::test]
async fn given_a_join_between_pages_should_neither_repeat_nor_skip_anyone() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Open" }))
        .await;
    for i in 0..5 {
        join(&app, &link, &format!("P{i}")).await;
    }
    let base = joins_path(seeded::VIDEO, &link);
    let first = page(&app, &host, &format!("{base}?limit=2")).await;
    let late = join(&app, &link, "Late").await;
    let cursor = first.next_cursor.clone().expect("more");
    let second = page(&app, &host, &format!("{base}?limit=200&cursor={cursor}")).await;
    assert_eq!(second.total, 6, "the count is of now");
    let seen: Vec<i64> = first
        .joins
        .iter()
        .chain(&second.joins)
        .map(|j| j.guest_id)
        .collect();
    let unique: BTreeSet<i64> = seen.iter().copied().collect();
    assert_eq!((seen.len(), unique.len()), (5, 5));
    assert!(
        !seen.contains(&late.guest_id),
        "a newer join is on page one"
    );
    let fresh = page(&app, &host, &base).await;
    assert_eq!(fresh.joins[0].guest_id, late.guest_id);
}

#[tokio::test]
async fn given_a_deleted_link_should_not_list_its_guests_under_a_new_link() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let old = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "Old" }))
        .await;
    join(&app, &old, "Ann").await;
    join(&app, &old, "Bob").await;
    let path = format!("/media/{}/guest-links/{}", seeded::VIDEO, old.id);
    assert_eq!(app.delete(&host, &path).await.status(), 204);
    let response = app.get(&host, &joins_path(seeded::VIDEO, &old)).await;
    assert_error(response, 404, ErrorCode::LinkNotFound).await;

    let new = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "New" }))
        .await;
    assert_ne!(new.id, old.id);
    join(&app, &new, "Cy").await;
    let joins = page(&app, &host, &joins_path(seeded::VIDEO, &new)).await;
    let names: Vec<&str> = joins.joins.iter().map(|j| j.name.as_str()).collect();
    assert_eq!((names, joins.total), (vec!["Cy"], 1));
}

#[tokio::test]
async fn given_someone_other_than_the_owner_should_refuse_as_patch_does() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, EVENT, json!({ "name": "Mine" }))
        .await;
    join(&app, &link, "Ann").await;
    let path = joins_path(EVENT, &link);

    assert_error(
        app.get(&app.anonymous(), &path).await,
        401,
        ErrorCode::NotSignedIn,
    )
    .await;
    let cohost = app.signed_in(seeded::COHOST).await;
    assert_error(app.get(&cohost, &path).await, 403, ErrorCode::Forbidden).await;
    let outsider = app.signed_in(seeded::OUTSIDER).await;
    assert_error(app.get(&outsider, &path).await, 404, ErrorCode::NotFound).await;
    // The link exists, but under another item of the same owner.
    let elsewhere = joins_path(seeded::VIDEO, &link);
    assert_error(
        app.get(&host, &elsewhere).await,
        404,
        ErrorCode::LinkNotFound,
    )
    .await;
    let unknown = format!("/media/{EVENT}/guest-links/999999/joins");
    assert_error(app.get(&host, &unknown).await, 404, ErrorCode::LinkNotFound).await;
    let gallery = format!("/media/{}/guest-links/1/joins", seeded::GALLERY_ROOM);
    assert_error(
        app.get(&host, &gallery).await,
        400,
        ErrorCode::GuestAccessUnsupported,
    )
    .await;
}

#[tokio::test]
async fn given_a_bad_cursor_or_limit_should_answer_422_naming_it() {
    let app = TestApp::start().await;
    let host = app.host().await;
    let link = app
        .create_link(&host, seeded::VIDEO, json!({ "name": "x" }))
        .await;
    let base = joins_path(seeded::VIDEO, &link);
    for (query, field, reason) in [
        ("limit=0", "limit", "out_of_range"),
        ("limit=201", "limit", "out_of_range"),
        ("limit=-1", "limit", "out_of_range"),
        ("limit=ten", "limit", "invalid"),
        ("cursor=nope", "cursor", "invalid"),
        ("cursor=", "cursor", "invalid"),
        ("cursor=12_0", "cursor", "invalid"),
    ] {
        let response = app.get(&host, &format!("{base}?{query}")).await;
        assert_fields(response, &[(field, reason)]).await;
    }
    let both = app.get(&host, &format!("{base}?limit=0&cursor=x")).await;
    assert_fields(both, &[("cursor", "invalid"), ("limit", "out_of_range")]).await;
    for fine in ["limit=1", "limit=200", "cursor=1_1"] {
        let response = app.get(&host, &format!("{base}?{fine}")).await;
        assert_eq!(response.status(), 200, "{fine}");
    }
}

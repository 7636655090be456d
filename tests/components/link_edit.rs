//! Edit link: filled from the row, only what changed is sent, the row changes in place and
//! focus returns to its Edit button; a limit below the clicks used is refused under its field.

use leptos::prelude::*;
use share_spa::host::guest_access::ManageGuestAccessWindow;
use share_spa::ui::ToastRegion;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{
    dialog_input, document, error_for, focused, mount, settle, type_text, Mounted,
};

const ACCESS: &str = "GET /api/v1/media/1/guest-access";
const PATCH: &str = "PATCH /api/v1/media/1/guest-links/7";

fn link_json(name: &str, max: u32, status: &str) -> String {
    format!(
        r#"{{"id":7,"name":"{name}","url":"https://share.example.test/guest/tok","created_at":"2026-01-01T12:00:00Z","expires_at":null,"max_clicks":{max},"clicks":2,"status":"{status}","admission":"wait"}}"#
    )
}

fn access_json() -> String {
    format!(
        r#"{{"enabled":true,"max_links":3,"links":[{}]}}"#,
        link_json("Press", 2, "exhausted")
    )
}

async fn wait(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
    settle().await;
}

fn window() -> Mounted {
    mount(|| {
        view! {
            <ToastRegion>
                <ManageGuestAccessWindow open=true on_close=Callback::new(|_| ()) media=1 />
            </ToastRegion>
        }
        .into_any()
    })
}

fn button(label: &str) -> HtmlElement {
    document()
        .query_selector(&format!("button[aria-label='{label}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("a button {label}"))
        .unchecked_into()
}

/// Dialogs (and their toasts) live in portals at the end of `<body>`, outside the mount.
fn body_text() -> String {
    document()
        .body()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

fn row() -> HtmlElement {
    document()
        .query_selector("tbody tr")
        .unwrap()
        .expect("a row")
        .unchecked_into()
}

fn save() -> HtmlElement {
    document()
        .query_selector("[role=dialog][aria-labelledby] button[type=submit]")
        .unwrap()
        .expect("Save")
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn given_a_used_up_link_should_send_only_the_new_limit_and_update_its_row_in_place() {
    let stub = stub_fetch(vec![
        Answer::json(ACCESS, 200, &access_json()),
        Answer::json(PATCH, 200, &link_json("Press", 5, "active")),
    ]);
    let _page = window();
    wait(50).await;
    let before = row();
    assert!(before
        .inner_text()
        .contains("Inactive · click limit reached"));
    let edit = button("Edit link: Press");
    edit.focus().unwrap();
    edit.click();
    wait(50).await;
    assert_eq!(dialog_input("name").value(), "Press");
    assert_eq!(dialog_input("max_clicks").value(), "2");
    assert!(body_text().contains("Used 2 times so far."));
    type_text(&dialog_input("max_clicks"), "5");
    save().click();
    wait(100).await;

    assert!(
        stub.bodies()
            .contains(&format!(r#"{PATCH} {{"max_clicks":5}}"#)),
        "only the limit: {:?}",
        stub.bodies()
    );
    let same_row = row();
    assert!(
        same_row.is_same_node(Some(&before)),
        "the row changed in place"
    );
    assert!(same_row.inner_text().contains("2 / 5"));
    assert!(!same_row.inner_text().contains("Inactive"));
    assert!(body_text().contains("Link “Press” updated"));
    wait(50).await;
    assert_eq!(
        focused()
            .and_then(|e| e.get_attribute("aria-label"))
            .as_deref(),
        Some("Edit link: Press"),
        "focus back on the row's Edit button"
    );
}

#[wasm_bindgen_test]
async fn given_a_limit_below_the_clicks_used_should_refuse_it_under_the_field_without_sending() {
    let stub = stub_fetch(vec![Answer::json(ACCESS, 200, &access_json())]);
    let _page = window();
    wait(50).await;
    button("Edit link: Press").click();
    wait(50).await;
    type_text(&dialog_input("max_clicks"), "1");
    save().click();
    settle().await;
    let error = error_for(&dialog_input("max_clicks")).expect("an error");
    assert!(error.contains("already used 2 times"), "{error}");
    assert_eq!(dialog_input("max_clicks").value(), "1", "the value stays");
    assert!(!stub.calls().iter().any(|c| c.starts_with("PATCH")));
}

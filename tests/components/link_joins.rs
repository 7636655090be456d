//! Used by: the row's "Used by" button opens the link's people newest first with their
//! outcome in words, names as text in their own direction; Done returns focus to the button;
//! a first page that failed offers Try again.

use leptos::prelude::*;
use share_spa::host::guest_access::ManageGuestAccessWindow;
use share_spa::ui::ToastRegion;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{document, focused, mount, settle, Mounted};

const ACCESS: &str = "GET /api/v1/media/1/guest-access";
const JOINS: &str = "GET /api/v1/media/1/guest-links/7/joins";

fn access_json() -> String {
    r#"{"enabled":true,"max_links":3,"links":[{"id":7,"name":"Press","url":"https://share.example.test/guest/tok","created_at":"2026-01-01T12:00:00Z","expires_at":null,"max_clicks":10,"clicks":2,"status":"active","admission":"wait"}]}"#.into()
}

fn joins_json() -> String {
    r#"{"joins":[
        {"guest_id":9,"name":"<b>Bo</b>","email":"bo@example.com","joined_at":"2026-01-02T12:00:00Z","outcome":"denied"},
        {"guest_id":8,"name":"نور","email":"nour@example.org","joined_at":"2026-01-01T12:00:00Z","outcome":"entered"}
    ],"total":2,"next_cursor":null}"#
        .into()
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

fn find(css: &str) -> Option<HtmlElement> {
    document()
        .query_selector(css)
        .unwrap()
        .map(|e| e.unchecked_into())
}

/// The topmost dialog: Used by, stacked over Manage guest access.
fn top_dialog() -> HtmlElement {
    let all = document().query_selector_all("[role=dialog]").unwrap();
    all.item(all.length() - 1).unwrap().unchecked_into()
}

fn button_in(scope: &HtmlElement, text: &str) -> HtmlElement {
    let all = scope.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.inner_text().trim() == text)
        .unwrap_or_else(|| panic!("a button {text}"))
}

#[wasm_bindgen_test]
async fn given_a_used_link_should_list_its_people_newest_first_and_return_focus_on_done() {
    let _stub = stub_fetch(vec![
        Answer::json(ACCESS, 200, &access_json()),
        Answer::json(JOINS, 200, &joins_json()),
    ]);
    let _page = window();
    wait(50).await;
    let opener = find("button[aria-label='Used by: Press']").expect("the row's Used by");
    assert_eq!(
        opener.inner_text().trim(),
        "Used by",
        "its visible text starts its name"
    );
    opener.focus().unwrap();
    opener.click();
    wait(80).await;

    let dialog = top_dialog();
    assert!(
        dialog.inner_text().contains("Used by: Press"),
        "the title names the link"
    );
    assert!(dialog.inner_text().contains("2 people used this link"));
    let rows = dialog.query_selector_all("tbody tr").unwrap();
    assert_eq!(rows.length(), 2);
    let first: HtmlElement = rows.item(0).unwrap().unchecked_into();
    assert!(
        first.inner_text().contains("<b>Bo</b>"),
        "a name is text, not markup"
    );
    assert!(first.query_selector("b").unwrap().is_none());
    assert!(first.inner_text().contains("Denied"));
    let second: HtmlElement = rows.item(1).unwrap().unchecked_into();
    assert!(second.inner_text().contains("Entered"));
    let name = second.query_selector("td").unwrap().unwrap();
    assert_eq!(name.get_attribute("dir").as_deref(), Some("auto"));
    assert!(dialog.inner_text().contains("Showing 2 of 2"));
    assert!(!dialog.inner_text().contains("Load more"), "one page only");
    button_in(&dialog, "Download CSV");

    button_in(&dialog, "Done").click();
    wait(50).await;
    assert_eq!(
        focused()
            .and_then(|e| e.get_attribute("aria-label"))
            .as_deref(),
        Some("Used by: Press"),
        "focus back on the row's button"
    );
}

#[wasm_bindgen_test]
async fn given_the_first_page_failed_should_offer_try_again_and_then_list() {
    let stub = stub_fetch(vec![Answer::json(ACCESS, 200, &access_json())]);
    let _page = window();
    wait(50).await;
    find("button[aria-label='Used by: Press']").unwrap().click();
    wait(80).await;
    let dialog = top_dialog();
    assert!(
        dialog.query_selector("[role=alert]").unwrap().is_some(),
        "the failure is announced"
    );
    drop(stub);
    let _stub = stub_fetch(vec![
        Answer::json(ACCESS, 200, &access_json()),
        Answer::json(JOINS, 200, &joins_json()),
    ]);
    button_in(&dialog, "Try again").click();
    wait(80).await;
    assert!(dialog.inner_text().contains("2 people used this link"));
    assert_eq!(dialog.query_selector_all("tbody tr").unwrap().length(), 2);
}

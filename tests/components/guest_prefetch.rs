//! The guest page's first read: it takes the answer `public/prefetch.js` asked for
//! while the WebAssembly downloaded (one request for the link, not two), asks again when
//! that failed, and replaces guest.html's skeleton with its first screen.

use contract::GuestLinkInfo;
use leptos::prelude::*;
use share_spa::gallery::{guest_media, platform, shared_by};
use share_spa::guest::{GuestPage, StoredGuest};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{document, mount, settle, until, Mounted};

const INFO: &str = "GET /api/v1/guest/tok";

/// The page's real prefetch script, run here as guest.html runs it.
const PREFETCH: &str = include_str!("../../public/prefetch.js");

fn info_json() -> String {
    serde_json::to_string(&GuestLinkInfo {
        media: guest_media(),
        requires_admission: false,
        platform: Some(platform()),
        shared_by: Some(shared_by()),
    })
    .unwrap()
}

/// Runs the prefetch script as if the page's address were `/guest/tok`, then puts the test
/// page's own address back.
fn run_prefetch_script() {
    js_sys::eval(&format!(
        "(() => {{ const back = location.href; history.replaceState(null, '', '/guest/tok');\
         try {{ {PREFETCH} }} finally {{ history.replaceState(null, '', back); }} }})()"
    ))
    .expect("the prefetch script runs");
}

fn prefetch_left() -> bool {
    !js_sys::Reflect::get(
        &web_sys::window().unwrap(),
        &JsValue::from_str("__guestLinkInfo"),
    )
    .unwrap()
    .is_undefined()
}

/// guest.html's skeleton, as the page has it before the app runs.
fn plant_skeleton() {
    let skeleton = document().create_element("main").unwrap();
    skeleton.set_id("guest-skeleton");
    skeleton.set_inner_html(r#"<div class="skeleton-card"><h1 data-fill="title"></h1></div>"#);
    document().body().unwrap().append_child(&skeleton).unwrap();
}

fn skeleton_present() -> bool {
    document().get_element_by_id("guest-skeleton").is_some()
}

async fn heading(page: &Mounted, text: &str) {
    until(page, &format!("the heading {text:?}"), |page| {
        page.find("h1")
            .and_then(|h| h.text_content())
            .is_some_and(|h| h == text)
    })
    .await;
}

#[wasm_bindgen_test]
async fn given_a_prefetched_link_should_open_it_with_one_request_and_replace_the_skeleton() {
    StoredGuest::forget("tok");
    let backend = stub_fetch(vec![Answer::json(INFO, 200, &info_json())]);
    plant_skeleton();
    run_prefetch_script();
    assert_eq!(backend.calls(), vec![INFO.to_string()], "asked at once");

    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    settle().await;
    heading(&page, &guest_media().title).await;

    assert_eq!(
        backend.calls(),
        vec![INFO.to_string()],
        "one request, not two"
    );
    assert!(!prefetch_left(), "the answer is taken once");
    assert!(
        !skeleton_present(),
        "the first screen replaced the skeleton"
    );
    assert_eq!(document().query_selector_all("main").unwrap().length(), 1);
}

#[wasm_bindgen_test]
async fn given_a_skeleton_while_opening_should_show_no_second_loading_page() {
    StoredGuest::forget("tok");
    let backend = stub_fetch(vec![Answer::pending(INFO)]);
    plant_skeleton();
    run_prefetch_script();

    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    settle().await;

    assert!(
        skeleton_present(),
        "the skeleton stands for the loading page"
    );
    assert!(page.find("main").is_none(), "{}", page.root.inner_html());
    assert_eq!(backend.calls(), vec![INFO.to_string()]);
    drop(page);
    if let Some(skeleton) = document().get_element_by_id("guest-skeleton") {
        skeleton.remove();
    }
}

#[wasm_bindgen_test]
async fn given_a_failed_prefetch_should_ask_again_and_open_the_link() {
    StoredGuest::forget("tok");
    // A network failure of the early request: the stub has no answer for it yet.
    let failing = stub_fetch(vec![]);
    run_prefetch_script();
    settle().await;
    drop(failing);
    let backend = stub_fetch(vec![Answer::json(INFO, 200, &info_json())]);

    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, &guest_media().title).await;

    assert_eq!(backend.calls(), vec![INFO.to_string()], "asked once more");
    assert!(page
        .text()
        .contains("Enter your name and email to continue"));
    assert!(!prefetch_left());
}

#[wasm_bindgen_test]
async fn given_a_prefetch_of_another_link_should_not_use_it() {
    StoredGuest::forget("other");
    let backend = stub_fetch(vec![
        Answer::json(INFO, 200, &info_json()),
        Answer::json(
            "GET /api/v1/guest/other",
            404,
            r#"{"error":{"code":"link_not_found","message":"gone"}}"#,
        ),
    ]);
    run_prefetch_script();

    let page = mount(|| view! { <GuestPage token="other".to_string() /> }.into_any());
    heading(&page, "This link doesn't work").await;

    assert_eq!(
        backend.calls(),
        vec![INFO.to_string(), "GET /api/v1/guest/other".to_string()]
    );
    assert!(!prefetch_left(), "a stale answer is never kept for later");
}

/// guest.html's own skeleton, its markup read from the page.
fn plant_page_skeleton() {
    const GUEST_HTML: &str = include_str!("../../guest.html");
    let start = GUEST_HTML.find("<main id=\"guest-skeleton\"").unwrap();
    let end = start + GUEST_HTML[start..].find("</main>").unwrap() + "</main>".len();
    let holder = document().create_element("div").unwrap();
    holder.set_inner_html(&GUEST_HTML[start..end]);
    let skeleton = holder.first_element_child().unwrap();
    document().body().unwrap().append_child(&skeleton).unwrap();
}

fn input(id: &str) -> web_sys::HtmlInputElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("#{id}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn given_a_name_typed_into_the_skeleton_should_keep_it_and_the_focus_in_the_form() {
    StoredGuest::forget("tok");
    let _backend = stub_fetch(vec![Answer::json(INFO, 200, &info_json())]);
    plant_page_skeleton();
    run_prefetch_script();
    let typed = input("guest-skeleton-name");
    typed.set_value("Ann Gu");
    typed.focus().unwrap();
    input("guest-skeleton-email").set_value("ann@example.com");

    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, &guest_media().title).await;
    settle().await;

    assert!(!skeleton_present());
    let name: web_sys::HtmlInputElement = page.find("input[name=name]").unwrap().unchecked_into();
    let email: web_sys::HtmlInputElement = page.find("input[name=email]").unwrap().unchecked_into();
    assert_eq!(name.value(), "Ann Gu", "what was typed is the form's");
    assert_eq!(email.value(), "ann@example.com");
    let focused = document().active_element().unwrap();
    assert_eq!(focused, name.clone().into(), "the focus moved with it");
    assert_eq!(
        (
            name.selection_start().unwrap(),
            name.selection_end().unwrap()
        ),
        (Some(6), Some(6)),
        "the caret after the last letter typed"
    );
}

#[wasm_bindgen_test]
async fn given_an_untouched_skeleton_should_leave_the_form_empty_and_move_no_focus() {
    StoredGuest::forget("tok");
    let _backend = stub_fetch(vec![Answer::json(INFO, 200, &info_json())]);
    plant_page_skeleton();
    run_prefetch_script();

    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, &guest_media().title).await;
    settle().await;

    let name: web_sys::HtmlInputElement = page.find("input[name=name]").unwrap().unchecked_into();
    assert_eq!(name.value(), "");
    assert_ne!(
        document().active_element(),
        Some(name.into()),
        "no focus taken on load"
    );
}

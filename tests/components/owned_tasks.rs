//! Requests belong to the component that made them: when it goes away, the request is
//! aborted (seen through the fetch stub) and nothing runs against its disposed state; and a
//! feature's window keeps its nodes while its state changes.

use leptos::prelude::*;
use share_spa::guest::{GuestPage, StoredGuest};
use share_spa::host::guest_access::ManageGuestAccessWindow;
use share_spa::ui::ToastRegion;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{document, mount, settle, Mounted};

const LINK_INFO: &str = "GET /api/v1/guest/tok";
const ACCESS: &str = "GET /api/v1/media/1/guest-access";
const SWITCH: &str = "PUT /api/v1/media/1/guest-access";

/// Lets timers and fetches run for `ms`, as the browser would.
async fn wait(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
    settle().await;
}

fn guest_access_window() -> Mounted {
    mount(|| {
        view! {
            <ToastRegion>
                <ManageGuestAccessWindow open=true on_close=Callback::new(|_| ()) media=1 />
            </ToastRegion>
        }
        .into_any()
    })
}

fn switch() -> Option<HtmlElement> {
    document()
        .query_selector("[role=switch]")
        .unwrap()
        .map(wasm_bindgen::JsCast::unchecked_into)
}

#[wasm_bindgen_test]
async fn given_the_guest_page_goes_away_while_its_link_loads_should_abort_the_request() {
    StoredGuest::forget("tok");
    let stub = stub_fetch(vec![Answer::pending(LINK_INFO)]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    settle().await;
    assert_eq!(
        stub.calls(),
        vec![LINK_INFO.to_string()],
        "the link was asked"
    );
    assert!(
        stub.aborted().is_empty(),
        "still waiting while the page is there"
    );
    drop(page);
    settle().await;
    assert_eq!(
        stub.aborted(),
        vec![LINK_INFO.to_string()],
        "leaving the page aborted its request"
    );
}

#[wasm_bindgen_test]
async fn given_manage_guest_access_goes_away_while_it_loads_should_abort_the_request() {
    let stub = stub_fetch(vec![Answer::pending(ACCESS)]);
    let page = guest_access_window();
    settle().await;
    assert!(stub.calls().contains(&ACCESS.to_string()));
    drop(page);
    settle().await;
    assert_eq!(stub.aborted(), vec![ACCESS.to_string()]);
}

#[wasm_bindgen_test]
async fn given_guest_access_is_toggled_should_keep_the_panel_and_switch_it_in_place() {
    let _stub = stub_fetch(vec![
        Answer::json(ACCESS, 200, r#"{"enabled":false,"max_links":3,"links":[]}"#),
        Answer::json(SWITCH, 200, r#"{"enabled":true,"max_links":3,"links":[]}"#),
    ]);
    let _page = guest_access_window();
    let mut found = None;
    for _ in 0..40 {
        wait(10).await;
        found = switch();
        if found.is_some() {
            break;
        }
    }
    let before = found.expect("the panel loaded");
    assert_eq!(
        before.get_attribute("aria-checked").as_deref(),
        Some("false")
    );
    before.click();
    // No toast: the switch shows the answer itself, checked, no longer busy, reading "On"
    // (the window sits in the top layer at the end of `<body>`, outside the mounted container).
    let answered = || {
        before.get_attribute("aria-checked").as_deref() == Some("true")
            && before.get_attribute("aria-busy").as_deref() == Some("false")
            && before
                .text_content()
                .is_some_and(|text| text.trim_end().ends_with("On"))
    };
    for _ in 0..40 {
        wait(10).await;
        if answered() {
            break;
        }
    }
    assert!(
        answered(),
        "the switch's answer arrived and the switch shows it"
    );
    assert_eq!(
        before.get_attribute("aria-checked").as_deref(),
        Some("true")
    );
    let toasts = document()
        .query_selector_all("[role=status] .toast")
        .unwrap()
        .length();
    assert_eq!(toasts, 0, "no toast repeats what the switch shows");
    assert!(
        before.is_connected(),
        "the panel was not rebuilt: the switch pressed is still the one on the page"
    );
    assert!(switch().is_some_and(|now| now == before));
}

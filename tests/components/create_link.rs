//! The Create new link form: client-side validation, kept values, no double submit.

use leptos::prelude::*;
use share_spa::host::guest_access::CreateLinkWindow;
use share_spa::ui::ToastRegion;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Event, HtmlButtonElement};

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{
    dialog_input, document, error_for, focused, mount, settle, type_text, Mounted,
};

fn open_form() -> Mounted {
    mount(|| {
        view! {
            <ToastRegion>
                <CreateLinkWindow
                    open=true
                    on_close=Callback::new(|_| ())
                    media=1
                    on_created=Callback::new(|_| ())
                    on_conflict=Callback::new(|_| ())
                />
            </ToastRegion>
        }
        .into_any()
    })
}

fn type_into(name: &str, text: &str) {
    type_text(&dialog_input(name), text);
}

fn error_under(name: &str) -> Option<String> {
    error_for(&dialog_input(name))
}

fn create_button() -> HtmlButtonElement {
    document()
        .query_selector("[role=dialog] button[type=submit]")
        .unwrap()
        .unwrap()
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn given_the_window_opens_should_focus_the_link_name() {
    let _page = open_form();
    settle().await;
    assert_eq!(
        focused().unwrap().get_attribute("name").as_deref(),
        Some("name")
    );
}

#[wasm_bindgen_test]
async fn given_invalid_values_should_explain_each_under_its_field_and_keep_them() {
    let _page = open_form();
    settle().await;
    type_into("name", "   ");
    type_into("max_clicks", "0");
    type_into("duration_days", "a week");
    create_button().click();
    settle().await;

    assert_eq!(error_under("name").as_deref(), Some("Enter a name."));
    assert!(error_under("max_clicks").unwrap().contains("1 to 100,000"));
    assert!(error_under("duration_days").unwrap().contains("1 to 365"));
    for name in ["name", "max_clicks", "duration_days"] {
        assert_eq!(
            dialog_input(name).get_attribute("aria-invalid").as_deref(),
            Some("true")
        );
    }
    let alert = document()
        .query_selector("[role=dialog] [role=alert]")
        .unwrap()
        .unwrap();
    assert_eq!(
        alert.text_content().unwrap(),
        "Check the highlighted fields."
    );
    assert_eq!(
        dialog_input("duration_days").value(),
        "a week",
        "values survive"
    );
    assert_eq!(
        focused().unwrap().get_attribute("name").as_deref(),
        Some("name")
    );

    type_into("name", &"x".repeat(81));
    create_button().click();
    settle().await;
    assert_eq!(
        error_under("name").as_deref(),
        Some("Use 80 characters or fewer.")
    );
}

#[wasm_bindgen_test]
async fn given_a_valid_submit_should_send_once_however_often_create_is_pressed() {
    let stub = stub_fetch(vec![Answer::pending("POST /api/v1/media/1/guest-links")]);
    let _page = open_form();
    settle().await;
    type_into("name", "Press preview");
    type_into("max_clicks", "100");
    let button = create_button();
    button.click();
    settle().await;
    button.click();
    document()
        .query_selector("[role=dialog] form")
        .unwrap()
        .unwrap()
        .dispatch_event(&Event::new("submit").unwrap())
        .unwrap();
    settle().await;
    assert!(
        button.disabled(),
        "Create is disabled while the request is in flight"
    );
    let sent = stub
        .calls()
        .iter()
        .filter(|c| c.starts_with("POST"))
        .count();
    assert_eq!(sent, 1, "one request, however often Create was pressed");
}

#[wasm_bindgen_test]
async fn given_a_conflict_should_explain_it_and_keep_the_values() {
    let body = r#"{"error":{"code":"guest_link_limit_reached","message":"limit"}}"#;
    let _stub = stub_fetch(vec![Answer::json(
        "POST /api/v1/media/1/guest-links",
        409,
        body,
    )]);
    let _page = open_form();
    settle().await;
    type_into("name", "Press preview");
    type_into("duration_days", "30");
    create_button().click();
    let mut alert = None;
    // Reading the response body takes browser tasks, not just microtasks: give it real time.
    for _ in 0..50 {
        gloo_timers::future::TimeoutFuture::new(20).await;
        settle().await;
        alert = document()
            .query_selector("[role=dialog] [role=alert]")
            .unwrap();
        if alert.is_some() {
            break;
        }
    }
    let alert = alert.expect("the refusal is explained");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("maximum number of guest links"));
    assert_eq!(dialog_input("name").value(), "Press preview");
    assert_eq!(dialog_input("duration_days").value(), "30");
    assert!(!create_button().disabled(), "the person can try again");
}

//! The invite window's requests against a stubbed backend: suggestions asked once typing
//! pauses, one invite however often Generate is pressed, and a 422's fields mapped back.

use contract::{MediaKind, MediaStatus};
use leptos::prelude::*;
use share_spa::gallery::media;
use share_spa::host::invite::{use_user_suggestions, InviteUsersWindow, UserSuggestions};
use share_spa::ui::ToastRegion;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Event, HtmlElement};

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{dialog_input, document, mount, settle, type_text, Mounted};

const HITS: &str =
    r#"[{"id":1,"email":"ann.lee@example.com","first_name":"Ann","last_name":"Lee"}]"#;

/// Lets timers and fetches run for `ms`, as the browser would.
async fn wait(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
    settle().await;
}

fn searches(calls: &[String]) -> usize {
    calls.iter().filter(|c| *c == "GET /api/v1/users").count()
}

#[wasm_bindgen_test]
async fn given_fast_typing_should_ask_the_directory_once_typing_pauses() {
    let stub = stub_fetch(vec![Answer::json("GET /api/v1/users", 200, HITS)]);
    let hook = std::rc::Rc::new(std::cell::Cell::new(None::<UserSuggestions>));
    let slot = hook.clone();
    let _page = mount(move || {
        slot.set(Some(use_user_suggestions()));
        view! { <p>"suggestions"</p> }.into_any()
    });
    settle().await;
    let suggestions = hook.get().unwrap();
    for text in ["a", "an", "ann"] {
        suggestions.on_type.run(text.to_string());
        wait(30).await;
    }
    assert_eq!(searches(&stub.calls()), 0, "nothing asked while typing");
    let mut hits = Vec::new();
    for _ in 0..40 {
        wait(25).await;
        hits = suggestions.hits.get_untracked();
        if !hits.is_empty() {
            break;
        }
    }
    assert_eq!(searches(&stub.calls()), 1, "one question for the last text");
    assert_eq!(hits[0].email, "ann.lee@example.com");

    suggestions.on_type.run("   ".to_string());
    settle().await;
    assert!(
        suggestions.hits.get_untracked().is_empty(),
        "blank text suggests no one"
    );
    wait(300).await;
    assert_eq!(searches(&stub.calls()), 1, "and asks nothing");
}

/// Invite users for a scheduled live event, open, with its toasts.
pub fn open_window() -> Mounted {
    mount(|| {
        view! {
            <ToastRegion>
                <InviteUsersWindow
                    open=true
                    on_close=Callback::new(|_| ())
                    media=media(MediaKind::LiveEvent, MediaStatus::Scheduled)
                />
            </ToastRegion>
        }
        .into_any()
    })
}

fn fill_in() {
    for (name, value) in [
        ("email", "nora@example.net"),
        ("first_name", "Nora"),
        ("last_name", "Newcomb"),
    ] {
        type_text(&dialog_input(name), value);
    }
}

fn submit_button() -> HtmlElement {
    document()
        .query_selector("[role=dialog] button[type=submit]")
        .unwrap()
        .unwrap()
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn given_a_valid_invite_should_send_once_however_often_generate_is_pressed() {
    let stub = stub_fetch(vec![
        Answer::json("GET /api/v1/media/1/invites", 200, "[]"),
        Answer::pending("POST /api/v1/media/1/invites"),
    ]);
    let _page = open_window();
    settle().await;
    fill_in();
    let button = submit_button();
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
    assert_eq!(
        button.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    assert_eq!(button.text_content().unwrap(), "Generating…");
    let sent = stub
        .calls()
        .iter()
        .filter(|c| c.starts_with("POST"))
        .count();
    assert_eq!(sent, 1, "one invite, however often Generate was pressed");
}

#[wasm_bindgen_test]
async fn given_the_server_refuses_fields_should_show_each_under_its_field_and_keep_the_values() {
    let body = r#"{"error":{"code":"validation_failed","message":"x","fields":{"email":"invalid_email","role":"not_allowed"}}}"#;
    let _stub = stub_fetch(vec![
        Answer::json("GET /api/v1/media/1/invites", 200, "[]"),
        Answer::json("POST /api/v1/media/1/invites", 422, body),
    ]);
    let _page = open_window();
    settle().await;
    fill_in();
    submit_button().click();
    let mut alert = None;
    for _ in 0..50 {
        wait(20).await;
        alert = document()
            .query_selector("[role=dialog] form [role=alert]")
            .unwrap();
        if alert.is_some() {
            break;
        }
    }
    assert_eq!(
        alert
            .expect("the refusal is announced")
            .text_content()
            .unwrap(),
        "Check the highlighted fields."
    );
    let email = dialog_input("email");
    assert_eq!(email.get_attribute("aria-invalid").as_deref(), Some("true"));
    let dialog = document().query_selector("[role=dialog]").unwrap().unwrap();
    let text = dialog.text_content().unwrap();
    assert!(text.contains("Enter an email address like name@example.com."));
    assert!(text.contains("This invitation type isn't available for this media."));
    assert_eq!(email.value(), "nora@example.net", "values survive");
    assert_eq!(dialog_input("last_name").value(), "Newcomb");
}

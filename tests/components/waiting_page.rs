//! The guest while waiting: a countdown before a scheduled start, a calm sign of life, the
//! sound they may ask for, and a tab title that says where they stand and when they are in.

use contract::{Admission, GuestSession};
use leptos::prelude::*;
use share_spa::gallery::waiting_session;
use share_spa::guest::{GuestPage, StoredGuest, WaitingView};
use share_spa::live::StreamStatus;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{document, mount, settle, until, Mounted};

const SESSION: &str = "GET /api/v1/guest-sessions/7";

fn in_minutes(minutes: f64) -> String {
    js_sys::Date::new(&(js_sys::Date::now() + minutes * 60_000.0).into())
        .to_iso_string()
        .into()
}

fn waiting_view(session: GuestSession) -> Mounted {
    mount(move || {
        view! {
            <WaitingView
                session
                status=StreamStatus::Live
                on_reconnect=Callback::new(|_| ())
                name="Ann Lee"
                on_leave=Callback::new(|_| ())
                leaving=false
            />
        }
        .into_any()
    })
}

#[wasm_bindgen_test]
async fn given_a_session_that_starts_later_should_count_down_to_it_in_the_guests_time() {
    let mut session = waiting_session(2, None);
    session.media.starts_at = Some(in_minutes(90.0));
    let page = waiting_view(session);
    settle().await;
    let timer = page.get("[role=timer]").text_content().unwrap();
    assert!(
        timer.starts_with("1:29:") || timer.starts_with("1:30:"),
        "{timer}"
    );
    assert!(page.text().contains("Starts in"), "{}", page.text());
    assert!(page.text().contains("It starts on "), "{}", page.text());
    assert!(
        page.all("[role=status]")
            .iter()
            .any(|s| s.text_content().unwrap() == "Starts in 1 hour 30 minutes."),
        "the countdown is announced once a minute, in words"
    );
}

#[wasm_bindgen_test]
async fn given_no_start_or_one_that_passed_should_show_no_countdown() {
    let page = waiting_view(waiting_session(2, None));
    settle().await;
    assert!(page.find("[role=timer]").is_none());
    drop(page);
    let mut session = waiting_session(2, None);
    session.media.starts_at = Some(in_minutes(-1.0));
    let page = waiting_view(session);
    settle().await;
    assert!(page.find("[role=timer]").is_none());
}

#[wasm_bindgen_test]
async fn given_the_waiting_page_should_show_a_quiet_sign_of_life_hidden_from_screen_readers() {
    let page = waiting_view(waiting_session(2, None));
    settle().await;
    let activity = page.get(".activity");
    assert_eq!(
        activity.get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
    assert_eq!(activity.child_element_count(), 3);
    // Its motion lives in the global stylesheet (this test page loads none): it breathes, and
    // stands still when the person asked for reduced motion.
    let css = include_str!("../../style/base.css");
    assert!(css.contains(".activity span {") && css.contains("animation: breathe 2.4s"));
    let reduced = css
        .rsplit_once("@media (prefers-reduced-motion: reduce)")
        .map(|(_, rule)| rule)
        .unwrap_or_default();
    assert!(
        reduced.contains(".activity span { animation: none !important;"),
        "no animation under reduced motion: {reduced}"
    );
}

#[wasm_bindgen_test]
async fn given_the_guest_turns_the_sound_on_should_remember_it_in_this_browser() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .remove_item("share.guest.sound-on-admission")
        .unwrap();
    let page = waiting_view(waiting_session(2, None));
    settle().await;
    let checkbox: HtmlInputElement = page.get("input[type=checkbox]").unchecked_into();
    let label = page.get("label").text_content().unwrap();
    assert_eq!(label, "Play a sound when I'm let in");
    assert!(!checkbox.checked(), "off unless the guest turns it on");
    checkbox.click();
    settle().await;
    drop(page);

    let page = waiting_view(waiting_session(2, None));
    settle().await;
    let checkbox: HtmlInputElement = page.get("input[type=checkbox]").unchecked_into();
    assert!(checkbox.checked(), "remembered after a reload");
    checkbox.click();
    settle().await;
    assert_eq!(
        storage
            .get_item("share.guest.sound-on-admission")
            .unwrap()
            .as_deref(),
        Some("off")
    );
}

#[wasm_bindgen_test]
async fn given_the_moderator_admits_the_guest_should_change_the_page_and_the_tab_title() {
    StoredGuest {
        guest_id: 7,
        guest_token: "secret".into(),
        name: "Ann Lee".into(),
    }
    .save("tok");
    let waiting = waiting_session(2, None);
    let title = waiting.media.title.clone();
    let stub = stub_fetch(vec![Answer::json(
        SESSION,
        200,
        &serde_json::to_string(&waiting).unwrap(),
    )]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    until(&page, "the waiting page", |page| {
        page.find("h1")
            .and_then(|h| h.text_content())
            .is_some_and(|t| t == "Waiting for the moderator to let you in")
    })
    .await;
    assert_eq!(document().title(), format!("Waiting to join · {title}"));

    // The stream can't connect in this test, so the page asks for the session again: now the
    // moderator has let the guest in.
    drop(stub);
    let admitted = GuestSession {
        admission: Admission::Admitted,
        position: None,
        ..waiting
    };
    let _stub = stub_fetch(vec![Answer::json(
        SESSION,
        200,
        &serde_json::to_string(&admitted).unwrap(),
    )]);
    until(&page, "the guest view", |page| {
        page.find("h1")
            .and_then(|h| h.text_content())
            .is_some_and(|t| t == title)
    })
    .await;
    assert_eq!(document().title(), format!("You're in · {title}"));
    assert!(
        page.all("[role=status]")
            .iter()
            .any(|s| s.text_content().unwrap() == "You're in. The moderator let you join."),
        "{}",
        page.text()
    );
    // After the next frame, focus moves to the new page's heading, so it is announced.
    until(&page, "focus on the guest view's heading", |_| {
        focused_heading().as_deref() == Some(title.as_str())
    })
    .await;
}

fn focused_heading() -> Option<String> {
    crate::support::focused()
        .filter(|e| e.tag_name() == "H1")
        .and_then(|e| e.text_content())
}

//! Leaving, both ways: the guest's waiting page says whom they join as and lets them leave;
//! the host's waiting row marks a guest whose page went away, and goes when they leave.

use std::sync::{Arc, Mutex};

use contract::{ParticipantEvent, Participants, WaitingGuest};
use leptos::prelude::*;
use share_spa::gallery::{waiting_guests, waiting_session};
use share_spa::guest::{GuestPage, StoredGuest, WaitingView};
use share_spa::host::participants::{Room, WaitingRoom};
use share_spa::live::StreamStatus;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlButtonElement;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{focused, mount, settle, until, Mounted};

const SESSION: &str = "GET /api/v1/guest-sessions/7";
const LEAVE: &str = "DELETE /api/v1/guest-sessions/7";

fn waiting_json() -> String {
    serde_json::to_string(&waiting_session(2, None)).unwrap()
}

fn keep_pass() {
    StoredGuest {
        guest_id: 7,
        guest_token: "secret".into(),
        name: "Ann Lee".into(),
    }
    .save("tok");
}

fn button(page: &Mounted, text: &str) -> HtmlButtonElement {
    page.by_text("button", text).unchecked_into()
}

async fn heading(page: &Mounted, text: &str) {
    until(page, &format!("the heading {text:?}"), |page| {
        page.find("h1")
            .and_then(|h| h.text_content())
            .is_some_and(|t| t == text)
    })
    .await;
}

#[wasm_bindgen_test]
async fn given_a_waiting_guest_should_show_whom_they_join_as_and_a_way_to_leave() {
    let left = Arc::new(Mutex::new(0));
    let leaving = RwSignal::new(false);
    let count = left.clone();
    let page = mount(move || {
        view! {
            <WaitingView
                session=waiting_session(2, None)
                status=StreamStatus::Live
                on_reconnect=Callback::new(|_| ())
                name="<b>Ann</b> Lee"
                on_leave=Callback::new(move |_| *count.lock().unwrap() += 1)
                leaving
            />
        }
        .into_any()
    });
    settle().await;
    assert!(
        page.text().contains("Joining as <b>Ann</b> Lee"),
        "{}",
        page.text()
    );
    assert!(page.find("b").is_none(), "the name is text, not markup");
    let leave = button(&page, "Leave waiting room");
    assert!(
        !leave.class_list().contains("btn-primary"),
        "a secondary button"
    );
    leave.click();
    assert_eq!(*left.lock().unwrap(), 1);

    leaving.set(true);
    settle().await;
    let busy = button(&page, "Leaving…");
    assert!(busy.disabled(), "no second leave while one is in flight");
}

#[wasm_bindgen_test]
async fn given_leave_waiting_room_should_end_the_session_forget_the_pass_and_say_you_left() {
    keep_pass();
    let backend = stub_fetch(vec![
        Answer::json(SESSION, 200, &waiting_json()),
        Answer::json(LEAVE, 204, ""),
    ]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, "Waiting for the moderator to let you in").await;
    assert!(page.text().contains("Joining as Ann Lee"));

    button(&page, "Leave waiting room").click();
    heading(&page, "You left").await;
    assert_eq!(StoredGuest::load("tok"), None, "the tab's pass is gone");
    assert!(
        backend.calls().iter().any(|call| call == LEAVE),
        "{:?}",
        backend.calls()
    );
    assert!(page.text().contains(&waiting_session(2, None).media.title));
}

#[wasm_bindgen_test]
async fn given_no_network_when_leaving_should_keep_the_guest_in_line_and_say_why() {
    keep_pass();
    // No answer for the leave: the stub fails it the way an offline browser does.
    let _backend = stub_fetch(vec![Answer::json(SESSION, 200, &waiting_json())]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, "Waiting for the moderator to let you in").await;
    button(&page, "Leave waiting room").click();
    until(&page, "the reason leaving failed", |page| {
        page.find("[role=alert]")
            .and_then(|a| a.text_content())
            .is_some_and(|t| t.starts_with("You haven't left yet."))
    })
    .await;
    assert!(StoredGuest::load("tok").is_some(), "still this tab's pass");
    assert!(!button(&page, "Leave waiting room").disabled(), "try again");
    StoredGuest::forget("tok");
}

#[wasm_bindgen_test]
async fn given_a_guest_whose_page_went_away_should_mark_the_row_keep_focus_and_drop_it_when_they_leave(
) {
    let room = RwSignal::new(Some(Room::from_snapshot(Participants {
        waiting: waiting_guests(3),
        ..Default::default()
    })));
    let page = mount(move || {
        view! {
            <WaitingRoom
                room
                busy=std::collections::HashSet::new()
                bulk_busy=false
                on_admit=Callback::new(|_| ())
                on_deny=Callback::new(|_| ())
                on_admit_all=Callback::new(|_| ())
                on_deny_all=Callback::new(|_| ())
            />
        }
        .into_any()
    });
    settle().await;
    let guest: WaitingGuest = waiting_guests(3).remove(1);
    let admit: HtmlButtonElement = page
        .get(&format!("[aria-label='Admit {}']", guest.name))
        .unchecked_into();
    admit.focus().unwrap();
    assert!(!page.text().contains("may have left"));

    let away = WaitingGuest {
        away_since: Some(guest.waiting_since + chrono::Duration::seconds(150)),
        ..guest.clone()
    };
    let apply = move |event: ParticipantEvent| {
        room.update(|r| {
            r.as_mut().unwrap().apply_all([event]);
        })
    };
    apply(ParticipantEvent::Away(away));
    settle().await;
    let rows = page.all("li");
    assert_eq!(rows.len(), 3, "never silently dropped");
    let mark = rows[1].query_selector(".away").unwrap().expect("a mark");
    assert_eq!(mark.text_content().unwrap(), "may have left");
    assert!(mark.get_attribute("title").unwrap().contains("closed at"));
    assert_eq!(
        focused().and_then(|f| f.get_attribute("aria-label")),
        Some(format!("Admit {}", guest.name)),
        "the row stays, with focus where it was"
    );

    apply(ParticipantEvent::Back(guest.clone()));
    settle().await;
    assert!(!page.text().contains("may have left"));

    apply(ParticipantEvent::LeftWaiting(guest.clone()));
    settle().await;
    assert_eq!(page.all("li").len(), 2, "the row goes at once");
    assert!(!page.text().contains(&guest.name));
}

//! Denial memory: the host's row marks a guest who asks again after being denied, Deny all
//! still covers them, and a denied guest's page offers asking again from the same browser.

use contract::{GuestLinkInfo, Participants};
use leptos::prelude::*;
use share_spa::gallery::{guest_media, waiting_guests, waiting_guests_asking_again};
use share_spa::guest::{GuestPage, StoredGuest};
use share_spa::host::participants::{Room, WaitingRoom};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{document, mount, settle, type_text, until, Mounted};

const JOIN: &str = "POST /api/v1/guest/tok/join";
const INFO: &str = "GET /api/v1/guest/tok";
const SESSION: &str = "GET /api/v1/guest-sessions/7";

#[wasm_bindgen_test]
async fn given_guests_denied_before_should_mark_their_rows_and_count_them_in_deny_all() {
    let room = RwSignal::new(Some(Room::from_snapshot(Participants {
        waiting: waiting_guests_asking_again(3),
        ..Default::default()
    })));
    let denied_all = RwSignal::new(0);
    let page = mount(move || {
        view! {
            <WaitingRoom
                room
                busy=std::collections::HashSet::new()
                bulk_busy=false
                on_admit=Callback::new(|_| ())
                on_deny=Callback::new(|_| ())
                on_admit_all=Callback::new(|_| ())
                on_deny_all=Callback::new(move |_| denied_all.update(|n| *n += 1))
            />
        }
        .into_any()
    });
    settle().await;
    let rows = page.all("li");
    let marks: Vec<String> = rows
        .iter()
        .map(|row| {
            row.query_selector(".again")
                .unwrap()
                .and_then(|mark| mark.text_content())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        marks,
        [
            "asked again · denied once",
            "",
            "asked again · denied 2 times"
        ]
    );
    let first = waiting_guests(1).remove(0);
    assert!(
        rows[0].text_content().unwrap().contains(&first.name),
        "the mark sits on the guest's own row"
    );

    let deny_all = page.by_text("button", "Deny all");
    assert!(
        deny_all.text_content().unwrap().contains("(3)"),
        "Deny all counts the guests asking again"
    );
    deny_all.click();
    settle().await;
    assert_eq!(denied_all.get_untracked(), 1);
}

fn link_json() -> String {
    serde_json::to_string(&GuestLinkInfo {
        media: guest_media(),
        requires_admission: true,
        platform: None,
        shared_by: None,
    })
    .unwrap()
}

fn session_json(admission: &str) -> String {
    let media = serde_json::to_value(guest_media()).unwrap();
    serde_json::json!({ "admission": admission, "position": 1, "lobby_message": null, "media": media })
        .to_string()
}

async fn heading(page: &Mounted, text: &str) {
    until(page, &format!("the heading {text:?}"), |page| {
        page.find("h1")
            .and_then(|h| h.text_content())
            .is_some_and(|h| h == text)
    })
    .await;
}

fn field(page: &Mounted, label: &str) -> HtmlInputElement {
    let id = page.by_text("label", label).get_attribute("for").unwrap();
    document().get_element_by_id(&id).unwrap().unchecked_into()
}

/// The `device` every join so far sent.
fn devices(bodies: &[String]) -> Vec<String> {
    bodies
        .iter()
        .filter_map(|b| b.strip_prefix(&format!("{JOIN} ")))
        .map(|json| {
            let body: serde_json::Value = serde_json::from_str(json).unwrap();
            body["device"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn given_a_denied_guest_who_asks_again_should_open_the_form_and_name_this_browser() {
    StoredGuest {
        guest_id: 7,
        guest_token: "secret".into(),
        name: "Ann Lee".into(),
    }
    .save("tok");
    let backend = stub_fetch(vec![
        Answer::json(SESSION, 200, &session_json("denied")),
        Answer::json(INFO, 200, &link_json()),
        Answer::json(
            JOIN,
            201,
            r#"{"guest_id":8,"guest_token":"again","admission":"waiting"}"#,
        ),
        Answer::pending("GET /api/v1/guest-sessions/8"),
    ]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, "You weren't let in").await;
    assert!(page
        .text()
        .contains("the moderator sees that you were declined before"));
    page.by_text("button", "Ask to join again").click();
    until(&page, "the entry form", |page| page.find("input").is_some()).await;
    assert_eq!(
        StoredGuest::load("tok"),
        None,
        "the denied pass is forgotten"
    );

    type_text(&field(&page, "Name"), "Ann Lee");
    type_text(&field(&page, "Email"), "ann@example.com");
    page.get("button[type=submit]").click();
    until(&page, "the join's body", |_| !backend.bodies().is_empty()).await;
    let sent = devices(&backend.bodies());
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].len(), 32, "a 128-bit id in hex: {:?}", sent[0]);
    let kept = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("share.device")
        .unwrap();
    assert_eq!(
        kept.as_deref(),
        Some(sent[0].as_str()),
        "kept for the next join"
    );
    StoredGuest::forget("tok");
}

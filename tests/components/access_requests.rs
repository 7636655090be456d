//! "Access requests" in Manage guest access: nothing without requests; each row's name,
//! email and note as text (dir="auto"), Extend link for a link that exists, Create new link
//! for a deleted one, Dismiss.

use std::sync::{Arc, Mutex};

use chrono::Utc;
use contract::{AccessRequest, LinkStatus};
use leptos::prelude::*;
use share_spa::host::guest_access::AccessRequestsView;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, settle, Mounted};

fn request(id: i64, name: &str, status: Option<LinkStatus>) -> AccessRequest {
    AccessRequest {
        id,
        name: name.into(),
        email: format!("{id}@example.com"),
        note: Some("<b>hi</b>".into()),
        requested_at: Utc::now(),
        link_id: id,
        link_name: format!("Link {id}"),
        link_status: status,
    }
}

fn section(requests: Vec<AccessRequest>, pressed: Arc<Mutex<Vec<String>>>) -> Mounted {
    let requests = RwSignal::new(requests);
    mount(move || {
        let (a, b, c) = (pressed.clone(), pressed.clone(), pressed);
        view! {
            <AccessRequestsView
                requests
                on_extend=Callback::new(move |r: AccessRequest| {
                    a.lock().unwrap().push(format!("extend {}", r.link_id))
                })
                on_create=Callback::new(move |_| b.lock().unwrap().push("create".into()))
                on_dismiss=Callback::new(move |r: AccessRequest| {
                    c.lock().unwrap().push(format!("dismiss {}", r.id));
                    requests.update(|all| all.retain(|x| x.id != r.id));
                })
            />
        }
        .into_any()
    })
}

#[wasm_bindgen_test]
async fn given_no_requests_should_show_no_section() {
    let page = section(Vec::new(), Arc::default());
    settle().await;
    assert!(page.find("section").is_none());
    assert!(!page.text().contains("Access requests"));
}

#[wasm_bindgen_test]
async fn given_requests_should_list_them_as_text_and_offer_the_fitting_action() {
    let pressed: Arc<Mutex<Vec<String>>> = Arc::default();
    let page = section(
        vec![
            request(1, "Ann", Some(LinkStatus::Expired)),
            request(2, "Bob", None),
        ],
        pressed.clone(),
    );
    settle().await;
    let text = page.get("section").text_content().unwrap();
    assert!(
        text.contains("Access requests") && text.contains("2 requests"),
        "{text}"
    );
    assert!(text.contains("By link Link 1") && text.contains("By link Link 2 (deleted)"));
    let note = page.get(".note");
    assert_eq!(
        note.text_content().as_deref(),
        Some("<b>hi</b>"),
        "a note is text"
    );
    assert!(page.find(".note b").is_none());
    assert_eq!(note.get_attribute("dir").as_deref(), Some("auto"));
    page.by_text("button", "Extend link").click();
    page.by_text("button", "Create new link").click();
    page.get("button[aria-label='Dismiss the request of Bob']")
        .click();
    settle().await;
    assert_eq!(
        *pressed.lock().unwrap(),
        ["extend 1", "create", "dismiss 2"]
    );
    assert!(page.text().contains("1 request"));
    assert!(!page.text().contains("Bob"));
}

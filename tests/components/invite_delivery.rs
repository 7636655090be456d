//! Invite emails: one that could not be delivered says why and offers Resend, which asks the
//! server to email it again (a task `use_invites` owns); a delivered one whose invite still
//! opens offers Resend too; one on its way or a used invite offers none; a locked invite
//! offers "Issue new link" instead.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::invite_requests::open_window;
use crate::support::{document, settle};

const FAILED: &str = r#"[{"id":7,"url":"https://share.example.com/invite/t7","email":"zoe@example.com",
  "first_name":"Zoe","last_name":"Invitee","role":"speaker","expires_at":"2030-12-01T00:00:00Z",
  "max_uses":1,"uses":0,"emailed":false,"email_status":"failed",
  "email_error":"The mail server answered 550 5.1.1 <zoe@example.com>: Recipient address rejected"}]"#;

const SENT: &str = r#"[{"id":8,"url":"https://share.example.com/invite/t8","email":"ann@example.com",
  "first_name":"Ann","last_name":"Lee","role":"viewer","expires_at":"2030-12-01T00:00:00Z",
  "max_uses":1,"uses":0,"emailed":true,"email_status":"sent"}]"#;

/// Ann's email is still queued; Bo's invite was sent and used: neither offers Resend.
const ON_ITS_WAY_AND_USED: &str = r#"[{"id":8,"url":"https://share.example.com/invite/t8","email":"ann@example.com",
  "first_name":"Ann","last_name":"Lee","role":"viewer","expires_at":"2030-12-01T00:00:00Z",
  "max_uses":1,"uses":0,"emailed":false,"email_status":"pending"},
  {"id":9,"url":"https://share.example.com/invite/t9","email":"bo@example.com",
  "first_name":"Bo","last_name":"Chen","role":"viewer","expires_at":"2030-12-01T00:00:00Z",
  "max_uses":1,"uses":1,"emailed":true,"email_status":"sent"}]"#;

const LOCKED_FAILED: &str = r#"[{"id":7,"url":"https://share.example.com/invite/t7","email":"zoe@example.com",
  "first_name":"Zoe","last_name":"Invitee","role":"speaker","expires_at":"2030-12-01T00:00:00Z",
  "max_uses":1,"uses":0,"emailed":false,"email_status":"failed","locked":true,
  "email_error":"The mail server answered 550 5.1.1 <zoe@example.com>: Recipient address rejected"}]"#;

async fn wait_until(found: impl Fn() -> bool) {
    for _ in 0..50 {
        if found() {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
        settle().await;
    }
}

fn dialog_text() -> String {
    document()
        .query_selector("[role=dialog]")
        .unwrap()
        .map(|d| d.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn resend_button() -> Option<web_sys::HtmlElement> {
    document()
        .query_selector("[role=dialog] button[aria-label='Resend invite email to Zoe Invitee']")
        .unwrap()
        .map(wasm_bindgen::JsCast::unchecked_into)
}

#[wasm_bindgen_test]
async fn given_an_undelivered_email_should_show_why_and_resend_it_on_request() {
    let stub = stub_fetch(vec![
        Answer::json("GET /api/v1/media/1/invites", 200, FAILED),
        Answer::json("POST /api/v1/media/1/invites/7/resend", 200, "{}"),
    ]);
    let _page = open_window();
    wait_until(|| resend_button().is_some()).await;
    assert!(
        dialog_text().contains(
            "Email not delivered: The mail server answered 550 5.1.1 <zoe@example.com>: Recipient address rejected"
        ),
        "{}",
        dialog_text()
    );
    resend_button().expect("Resend").click();
    wait_until(|| stub.calls().iter().any(|c| c.ends_with("/resend"))).await;
    let resends = stub
        .calls()
        .iter()
        .filter(|c| *c == "POST /api/v1/media/1/invites/7/resend")
        .count();
    assert_eq!(resends, 1);
    wait_until(|| {
        document()
            .body()
            .unwrap()
            .text_content()
            .unwrap()
            .contains("Sending the invite email again")
    })
    .await;
    assert!(document()
        .body()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Sending the invite email again"));
}

#[wasm_bindgen_test]
async fn given_a_delivered_email_to_an_invite_that_still_opens_should_offer_to_send_it_again() {
    let first = stub_fetch(vec![Answer::json("GET /api/v1/media/1/invites", 200, SENT)]);
    let _page = open_window();
    wait_until(|| dialog_text().contains("Ann Lee")).await;
    assert!(!dialog_text().contains("Email not delivered"));
    let resend = document()
        .query_selector("[role=dialog] button[aria-label='Resend invite email to Ann Lee']")
        .unwrap()
        .map(wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>)
        .expect("a delivered invite that still opens offers Resend");
    assert_eq!(resend.text_content().unwrap().trim(), "Resend");
    // The server queues the email again: the reloaded list says it is on its way.
    drop(first);
    let stub = stub_fetch(vec![
        Answer::json("GET /api/v1/media/1/invites", 200, ON_ITS_WAY_AND_USED),
        Answer::json("POST /api/v1/media/1/invites/8/resend", 200, "{}"),
    ]);
    resend.focus().unwrap();
    resend.click();
    wait_until(|| dialog_text().contains("Bo Chen")).await;
    assert_eq!(
        stub.calls()
            .iter()
            .filter(|c| *c == "POST /api/v1/media/1/invites/8/resend")
            .count(),
        1
    );
    // Its Resend is gone while the email is on its way; focus stays in Ann's row.
    wait_until(|| {
        document()
            .active_element()
            .and_then(|e| e.get_attribute("aria-label"))
            .is_some_and(|label| label == "Revoke invite for Ann Lee")
    })
    .await;
    assert_eq!(
        document()
            .active_element()
            .and_then(|e| e.get_attribute("aria-label"))
            .as_deref(),
        Some("Revoke invite for Ann Lee")
    );
}

#[wasm_bindgen_test]
async fn given_an_email_on_its_way_or_a_used_invite_should_offer_no_resend() {
    let _stub = stub_fetch(vec![Answer::json(
        "GET /api/v1/media/1/invites",
        200,
        ON_ITS_WAY_AND_USED,
    )]);
    let _page = open_window();
    wait_until(|| dialog_text().contains("Ann Lee") && dialog_text().contains("Bo Chen")).await;
    assert!(dialog_text().contains("Bo Chen"), "{}", dialog_text());
    let buttons = document()
        .query_selector_all("[role=dialog] button[aria-label^='Resend']")
        .unwrap();
    assert_eq!(buttons.length(), 0);
}

#[wasm_bindgen_test]
async fn given_a_locked_invite_whose_email_failed_should_offer_a_new_link_not_resend() {
    let _stub = stub_fetch(vec![Answer::json(
        "GET /api/v1/media/1/invites",
        200,
        LOCKED_FAILED,
    )]);
    let _page = open_window();
    wait_until(|| dialog_text().contains("Locked after too many wrong email addresses")).await;
    assert!(dialog_text().contains("Email not delivered"));
    assert!(resend_button().is_none());
    let reissue = document()
        .query_selector("[role=dialog] button[aria-label='Issue new link for Zoe Invitee']")
        .unwrap();
    assert!(reissue.is_some());
}

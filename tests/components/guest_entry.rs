//! The guest entry page: validation under the fields, kept values, one submit at a time, a
//! message page per reason, and the whole way in and out against a stubbed backend.

use contract::{GuestLinkInfo, MediaKind, Platform, SharedBy};
use leptos::prelude::*;
use share_spa::gallery::{guest_media, platform, shared_by};
use share_spa::guest::{GuestJoin, GuestPage, JoinDraft, MessagePage, Reason, StoredGuest};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlButtonElement, HtmlInputElement};

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{document, error_for, focused, mount, settle, type_text, until, Mounted};

const JOIN: &str = "POST /api/v1/guest/tok/join";
const INFO: &str = "GET /api/v1/guest/tok";
const SESSION: &str = "GET /api/v1/guest-sessions/7";
const LEAVE: &str = "DELETE /api/v1/guest-sessions/7";

fn info() -> GuestLinkInfo {
    GuestLinkInfo {
        media: guest_media(),
        requires_admission: false,
        platform: Some(platform()),
        shared_by: Some(shared_by()),
    }
}

fn info_json() -> String {
    serde_json::to_string(&info()).unwrap()
}

fn session_json(admission: &str) -> String {
    let media = serde_json::to_value(guest_media()).unwrap();
    serde_json::json!({ "admission": admission, "position": null, "lobby_message": null, "media": media })
        .to_string()
}

/// The entry form with its join request, for link `tok`.
fn entry_form() -> Mounted {
    mount(|| {
        view! {
            <GuestJoin
                token="tok"
                info=info()
                draft=JoinDraft::new("", "")
                on_joined=Callback::new(|_| ())
                on_unusable=Callback::new(|_| ())
            />
        }
        .into_any()
    })
}

/// The input labelled `label` (its `<label for>`), as a person finds it.
fn field(page: &Mounted, label: &str) -> HtmlInputElement {
    let label = page.by_text("label", label);
    let id = label
        .get_attribute("for")
        .expect("label is tied to its input");
    document()
        .get_element_by_id(&id)
        .expect("the labelled input")
        .unchecked_into()
}

fn type_into(page: &Mounted, label: &str, text: &str) {
    type_text(&field(page, label), text);
}

fn error_under(page: &Mounted, label: &str) -> Option<String> {
    error_for(&field(page, label))
}

fn submit_button(page: &Mounted) -> HtmlButtonElement {
    page.get("button[type=submit]").unchecked_into()
}

/// Waits until the page's heading reads `text`.
async fn heading(page: &Mounted, text: &str) {
    until(page, &format!("the heading {text:?}"), |page| {
        page.find("h1")
            .and_then(|h| h.text_content())
            .is_some_and(|h| h == text)
    })
    .await;
}

/// Presses Enter in a field the way a browser does: it submits the form.
fn press_enter_in(page: &Mounted, label: &str) {
    let form: web_sys::HtmlFormElement = field(page, label).form().expect("inside a form");
    form.request_submit().unwrap();
}

#[wasm_bindgen_test]
async fn given_empty_and_malformed_fields_should_explain_each_under_it_and_focus_the_first() {
    let backend = stub_fetch(vec![]);
    let page = entry_form();
    settle().await;
    assert!(page
        .text()
        .contains("Email is collected for identification only"));

    type_into(&page, "Name", "   ");
    type_into(&page, "Email", "ann@");
    submit_button(&page).click();
    settle().await;

    assert_eq!(error_under(&page, "Name").as_deref(), Some("Enter a name."));
    assert_eq!(
        error_under(&page, "Email").as_deref(),
        Some("Enter an email address like name@example.com.")
    );
    for label in ["Name", "Email"] {
        assert_eq!(
            field(&page, label).get_attribute("aria-invalid").as_deref(),
            Some("true")
        );
    }
    assert_eq!(
        page.get("[role=alert]").text_content().unwrap(),
        "Check the highlighted fields."
    );
    assert_eq!(
        focused().unwrap(),
        field(&page, "Name").unchecked_into::<web_sys::HtmlElement>()
    );
    assert_eq!(field(&page, "Email").value(), "ann@", "values survive");
    assert!(backend.calls().is_empty(), "nothing was sent");

    type_into(&page, "Name", &"x".repeat(81));
    press_enter_in(&page, "Name");
    settle().await;
    assert_eq!(
        error_under(&page, "Name").as_deref(),
        Some("Use 80 characters or fewer.")
    );
}

#[wasm_bindgen_test]
async fn given_the_server_refuses_fields_should_show_them_under_the_fields_and_keep_the_values() {
    let backend = stub_fetch(vec![Answer::json(
        JOIN,
        422,
        r#"{"error":{"code":"validation_failed","message":"m","fields":{"email":"invalid_email"}}}"#,
    )]);
    let page = entry_form();
    settle().await;
    type_into(&page, "Name", "Ann Lee");
    type_into(&page, "Email", "ann@example.com");
    press_enter_in(&page, "Email");
    until(&page, "the refusal", |page| {
        page.find("[role=alert]").is_some()
    })
    .await;

    assert_eq!(backend.calls(), vec![JOIN.to_string()]);
    assert_eq!(
        error_under(&page, "Email").as_deref(),
        Some("Enter an email address like name@example.com.")
    );
    assert_eq!(error_under(&page, "Name"), None);
    assert_eq!(
        focused().unwrap(),
        field(&page, "Email").unchecked_into::<web_sys::HtmlElement>()
    );
    assert_eq!(field(&page, "Name").value(), "Ann Lee");
    assert!(!submit_button(&page).disabled());
}

#[wasm_bindgen_test]
async fn given_an_unreadable_answer_should_say_so_and_keep_the_values_for_another_try() {
    let backend = stub_fetch(vec![Answer::html(JOIN, 502)]);
    let page = entry_form();
    settle().await;
    type_into(&page, "Name", "Ann Lee");
    type_into(&page, "Email", "ann@example.com");
    submit_button(&page).click();
    until(&page, "the refusal", |page| {
        page.find("[role=alert]").is_some()
    })
    .await;

    let alert = page.get("[role=alert]").text_content().unwrap();
    assert!(alert.starts_with("You haven't joined yet."), "{alert}");
    assert!(!alert.contains('<'), "no raw response: {alert}");
    assert_eq!(field(&page, "Name").value(), "Ann Lee");
    assert_eq!(field(&page, "Email").value(), "ann@example.com");
    submit_button(&page).click();
    until(&page, "a second request", |_| backend.calls().len() == 2).await;
}

#[wasm_bindgen_test]
async fn given_a_join_in_flight_should_disable_the_button_and_never_submit_twice() {
    let backend = stub_fetch(vec![Answer::pending(JOIN)]);
    let page = entry_form();
    settle().await;
    type_into(&page, "Name", "Ann Lee");
    type_into(&page, "Email", "ann@example.com");
    submit_button(&page).click();
    settle().await;

    let button = submit_button(&page);
    assert!(button.disabled());
    assert_eq!(button.text_content().unwrap(), "Joining…");
    press_enter_in(&page, "Email");
    button.click();
    settle().await;
    assert_eq!(backend.calls(), vec![JOIN.to_string()], "one request only");
}

#[wasm_bindgen_test]
async fn given_each_reason_should_render_its_own_message_page_with_a_heading() {
    let reasons = Reason::every(None);
    let mut titles = Vec::new();
    for reason in reasons {
        let retryable = reason.can_retry();
        let shown = reason.clone();
        let page = mount(move || {
            view! { <MessagePage reason=shown on_retry=Callback::new(|_| ()) /> }.into_any()
        });
        settle().await;
        assert_eq!(page.all("main").len(), 1, "{reason:?}: its own main");
        let heading = page.get("main h1").text_content().unwrap();
        assert_eq!(heading, reason.title());
        assert!(page.text().contains(reason.next_step()));
        assert_eq!(
            page.find("button").is_some(),
            retryable,
            "{reason:?}: Try again only when it can help"
        );
        titles.push(heading);
    }
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), 9, "every reason has its own title");
}

#[wasm_bindgen_test]
async fn given_an_expired_link_with_its_date_should_show_it_as_a_local_date() {
    let page = mount(|| {
        view! {
            <MessagePage reason=Reason::Expired {
                at: Some("2026-04-23T12:00:00Z".into()),
            } />
        }
        .into_any()
    });
    settle().await;
    assert_eq!(
        page.get("h1").text_content().unwrap(),
        "This link has expired"
    );
    assert!(
        page.text().contains("stopped working on April 23, 2026."),
        "{}",
        page.text()
    );
    assert!(page.text().contains("Ask the host for a new link."));

    let unreadable = mount(|| {
        view! {
            <MessagePage reason=Reason::Expired {
                at: Some("someday".into()),
            } />
        }
        .into_any()
    });
    settle().await;
    assert!(unreadable
        .text()
        .contains("This link has passed its expiration date."));
}

#[wasm_bindgen_test]
async fn given_a_good_link_should_join_show_the_guest_view_and_leave_on_request() {
    StoredGuest::forget("tok");
    let backend = stub_fetch(vec![
        Answer::json(INFO, 200, &info_json()),
        Answer::json(
            JOIN,
            201,
            r#"{"guest_id":7,"guest_token":"secret","admission":"admitted"}"#,
        ),
        Answer::json(SESSION, 200, &session_json("admitted")),
        Answer::json(LEAVE, 204, ""),
    ]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, &guest_media().title).await;
    assert!(page
        .text()
        .contains("Enter your name and email to continue"));

    type_into(&page, "Name", "Ann Lee");
    type_into(&page, "Email", "ann@example.com");
    press_enter_in(&page, "Email");
    until(&page, "the guest view", |page| {
        page.text().contains("You're watching as a guest.")
    })
    .await;
    assert!(page
        .text()
        .contains(guest_media().description.unwrap().as_str()));
    assert_eq!(page.all("main").len(), 1);
    assert!(page.find("a[href]").is_none(), "nothing else is reachable");
    assert_eq!(
        StoredGuest::load("tok"),
        Some(StoredGuest {
            guest_id: 7,
            guest_token: "secret".into(),
            name: "Ann Lee".into(),
        })
    );

    page.by_text("button", "Leave").click();
    heading(&page, "You left").await;
    assert_eq!(StoredGuest::load("tok"), None, "the tab's session ended");
    page.by_text("button", "Back to the entry form").click();
    heading(&page, &guest_media().title).await;
    assert_eq!(field(&page, "Name").value(), "Ann Lee", "values kept");
    assert_eq!(
        backend.calls(),
        vec![INFO, JOIN, SESSION, LEAVE, INFO],
        "leaving ends the session on the server; the entry page reads the link again"
    );
}

#[wasm_bindgen_test]
async fn given_a_tab_already_inside_and_a_deleted_link_should_show_the_deleted_link_page() {
    StoredGuest {
        guest_id: 7,
        guest_token: "secret".into(),
        name: "Ann Lee".into(),
    }
    .save("tok");
    let backend = stub_fetch(vec![Answer::json(
        SESSION,
        404,
        r#"{"error":{"code":"link_not_found","message":"gone"}}"#,
    )]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, "This link doesn't work").await;
    assert_eq!(page.all("main").len(), 1);
    assert_eq!(backend.calls(), vec![SESSION.to_string()]);
    StoredGuest::forget("tok");
}

#[wasm_bindgen_test]
async fn given_a_denied_guest_should_stay_out_after_a_refresh() {
    StoredGuest {
        guest_id: 7,
        guest_token: "secret".into(),
        name: "Ann Lee".into(),
    }
    .save("tok");
    let _backend = stub_fetch(vec![
        Answer::json(SESSION, 200, &session_json("denied")),
        Answer::json(INFO, 200, &info_json()),
    ]);
    for _refresh in 0..2 {
        let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
        heading(&page, "You weren't let in").await;
        assert!(page.find("input").is_none(), "no way back to the form");
    }
    StoredGuest::forget("tok");
}

#[wasm_bindgen_test]
async fn given_an_expired_link_should_open_on_its_message_page_with_the_date() {
    StoredGuest::forget("tok");
    let _backend = stub_fetch(vec![Answer::json(
        INFO,
        410,
        r#"{"error":{"code":"link_expired","message":"m","expired_at":"2026-04-23T12:00:00Z"}}"#,
    )]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, "This link has expired").await;
    assert!(page.text().contains("April 23, 2026"), "{}", page.text());
}

#[wasm_bindgen_test]
async fn given_no_answer_should_offer_try_again_and_recover_when_the_network_returns() {
    StoredGuest::forget("tok");
    let offline = stub_fetch(vec![]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, "We couldn't reach the server").await;
    drop(offline);
    let _online = stub_fetch(vec![Answer::json(INFO, 200, &info_json())]);
    page.by_text("button", "Try again").click();
    heading(&page, &guest_media().title).await;
}

#[wasm_bindgen_test]
async fn given_a_title_with_markup_should_render_it_as_text() {
    let _backend = stub_fetch(vec![]);
    let page = mount(|| {
        let info = GuestLinkInfo {
            media: contract::GuestMedia {
                title: "<img src=x onerror=alert(1)> & <b>bold</b>".into(),
                kind: MediaKind::Audio,
                thumbnail_url: None,
                description: None,
                starts_at: None,
            },
            requires_admission: false,
            platform: Some(Platform {
                name: "<i>Platform</i>".into(),
                logo_url: None,
                default_locale: None,
            }),
            shared_by: Some(SharedBy {
                name: "<b>Eve</b>".into(),
            }),
        };
        view! {
            <GuestJoin
                token="tok"
                info
                draft=JoinDraft::new("", "")
                on_joined=Callback::new(|_| ())
                on_unusable=Callback::new(|_| ())
            />
        }
        .into_any()
    });
    settle().await;
    assert!(page.find("img").is_none() && page.find("b").is_none() && page.find("i").is_none());
    assert!(page.text().contains("<i>Platform</i>"), "{}", page.text());
    assert!(
        page.text().contains("Shared by <b>Eve</b>"),
        "{}",
        page.text()
    );
    assert_eq!(
        page.get("h1").text_content().unwrap(),
        "<img src=x onerror=alert(1)> & <b>bold</b>"
    );
    assert!(page.text().contains("Audio"));
}

#[wasm_bindgen_test]
async fn given_a_link_that_names_its_platform_should_show_it_and_keep_it_on_a_later_message_page() {
    StoredGuest::forget("tok");
    let _backend = stub_fetch(vec![
        Answer::json(INFO, 200, &info_json()),
        Answer::json(
            JOIN,
            410,
            r#"{"error":{"code":"link_exhausted","message":"m"}}"#,
        ),
    ]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, &guest_media().title).await;
    let card = page.get("main").text_content().unwrap();
    assert!(
        card.starts_with("MediaShare"),
        "the platform comes first: {card}"
    );
    assert!(card.contains("Shared by Hana Host"), "{card}");
    let logo = page.get("main img");
    assert_eq!(logo.get_attribute("src"), platform().logo_url);
    assert_eq!(
        logo.get_attribute("alt").as_deref(),
        Some(""),
        "the name is beside it"
    );

    type_into(&page, "Name", "Ann Lee");
    type_into(&page, "Email", "ann@example.com");
    press_enter_in(&page, "Email");
    heading(&page, "This link has reached its limit").await;
    let card = page.get("main").text_content().unwrap();
    assert!(card.starts_with("MediaShare"), "{card}");
    assert!(
        card.contains(&guest_media().title),
        "the item is named: {card}"
    );
    assert!(
        page.find("main svg[aria-hidden=true]").is_some(),
        "a picture for the reason"
    );
}

#[wasm_bindgen_test]
async fn given_a_reload_inside_should_show_the_platform_and_who_shares_the_item_at_the_top() {
    StoredGuest {
        guest_id: 7,
        guest_token: "secret".into(),
        name: "Ann Lee".into(),
    }
    .save("tok");
    let backend = stub_fetch(vec![
        Answer::json(SESSION, 200, &session_json("admitted")),
        Answer::json(INFO, 200, &info_json()),
    ]);
    let page = mount(|| view! { <GuestPage token="tok".to_string() /> }.into_any());
    heading(&page, &guest_media().title).await;
    until(&page, "the card's header", |page| {
        page.text().contains("Shared by Hana Host")
    })
    .await;
    let platform = page.get(".platform").text_content().unwrap();
    assert_eq!(platform.trim(), "MediaShare");
    let leave = page.by_text("button", "Leave");
    assert!(
        leave
            .parent_element()
            .unwrap()
            .contains(Some(&page.get(".platform"))),
        "Leave sits in the header beside the platform"
    );
    assert!(page.find("a[href]").is_none(), "nothing else is reachable");
    assert_eq!(
        backend.calls(),
        vec![SESSION, INFO],
        "the link's card is read after the session, once"
    );
    StoredGuest::forget("tok");
}

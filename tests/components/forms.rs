//! The form primitive on its own: a two-field form built from `FormState`, `CheckedForm` and
//! `TextField`, sending its request through the stubbed `fetch`.

use leptos::prelude::*;
use share_spa::api;
use share_spa::guest::JoinDraft;
use share_spa::messages::field_messages;
use share_spa::ui::{CheckedForm, FormState, TextField};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, HtmlInputElement};

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{error_for, focused, mount, settle, type_text, until, Mounted};

const JOIN: &str = "POST /api/v1/guest/tok/join";

/// A form as a feature writes one: its values, its write as an `Action`, its rules as the
/// check, and the server's refusals handed to the form.
fn test_form() -> Mounted {
    mount(|| {
        let draft = JoinDraft::new("", "");
        let join = Action::new_local(|request: &contract::JoinRequest| {
            let request = request.clone();
            async move { api::guest::join("tok", &request).await.map(|_| ()) }
        });
        let form = FormState::new(join, move || draft.to_request());
        Effect::new(move |_| {
            if let Some(Err(error)) = join.value().get() {
                let summary = share_spa::wording::t().common.check_fields;
                form.refuse(summary, field_messages(&error.fields()));
            }
        });
        let pending = form.pending();
        view! {
            <CheckedForm form>
                <TextField label="Name" name="name" value=draft.name error=form.field("name") />
                <TextField label="Email" name="email" value=draft.email error=form.field("email") />
                <button type="submit" disabled=move || pending.get()>
                    "Send"
                </button>
            </CheckedForm>
        }
        .into_any()
    })
}

fn input(page: &Mounted, name: &str) -> HtmlInputElement {
    page.get(&format!("input[name={name}]")).unchecked_into()
}

fn submit(page: &Mounted) -> HtmlElement {
    page.get("button[type=submit]")
}

fn alert(page: &Mounted) -> Option<String> {
    page.find("[role=alert]").and_then(|a| a.text_content())
}

#[wasm_bindgen_test]
async fn given_a_refused_submit_should_focus_the_first_invalid_field_and_show_the_summary() {
    let backend = stub_fetch(vec![]);
    let page = test_form();
    settle().await;
    assert_eq!(alert(&page), None, "no summary before a submit");
    type_text(&input(&page, "name"), "Ann");
    type_text(&input(&page, "email"), "ann@");
    submit(&page).click();
    settle().await;

    assert_eq!(
        alert(&page).as_deref(),
        Some("Check the highlighted fields.")
    );
    assert_eq!(error_for(&input(&page, "name")), None);
    assert_eq!(
        error_for(&input(&page, "email")).as_deref(),
        Some("Enter an email address like name@example.com.")
    );
    assert_eq!(
        input(&page, "email")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        focused().unwrap(),
        input(&page, "email").unchecked_into::<HtmlElement>(),
        "focus on the first field that needs attention"
    );
    let form = page.get("form");
    assert!(
        form.has_attribute("novalidate"),
        "the app's messages, not the browser's"
    );
    assert!(backend.calls().is_empty(), "nothing was sent");

    // A second refusal moves focus back, even with the same messages.
    submit(&page).focus().unwrap();
    submit(&page).click();
    settle().await;
    assert_eq!(
        focused().unwrap(),
        input(&page, "email").unchecked_into::<HtmlElement>()
    );
}

#[wasm_bindgen_test]
async fn given_a_fixed_field_after_a_refused_submit_should_clear_its_error_as_it_becomes_valid() {
    let backend = stub_fetch(vec![]);
    let page = test_form();
    settle().await;
    submit(&page).click();
    settle().await;
    assert_eq!(
        error_for(&input(&page, "name")).as_deref(),
        Some("Enter a name.")
    );
    assert_eq!(
        error_for(&input(&page, "email")).as_deref(),
        Some("Enter an email address.")
    );

    type_text(&input(&page, "name"), "Ann");
    settle().await;
    assert_eq!(
        error_for(&input(&page, "name")),
        None,
        "valid: its error goes at once"
    );
    assert_eq!(
        input(&page, "name")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("false")
    );
    assert_eq!(
        error_for(&input(&page, "email")).as_deref(),
        Some("Enter an email address."),
        "the other field still needs attention"
    );
    assert_eq!(
        alert(&page).as_deref(),
        Some("Check the highlighted fields.")
    );

    type_text(&input(&page, "email"), "ann@");
    settle().await;
    assert_eq!(
        error_for(&input(&page, "email")).as_deref(),
        Some("Enter an email address like name@example.com."),
        "re-checked as it changes"
    );
    type_text(&input(&page, "email"), "ann@example.com");
    settle().await;
    assert_eq!(error_for(&input(&page, "email")), None);
    assert_eq!(alert(&page), None, "nothing is highlighted any more");
    assert!(backend.calls().is_empty(), "no submit without a press");
}

#[wasm_bindgen_test]
async fn given_a_422_should_put_each_message_under_its_field_and_keep_every_value() {
    let body = r#"{"error":{"code":"validation_failed","message":"m","fields":{"name":"too_long","email":"invalid_email"}}}"#;
    let backend = stub_fetch(vec![Answer::json(JOIN, 422, body)]);
    let page = test_form();
    settle().await;
    type_text(&input(&page, "name"), "Ann Lee");
    type_text(&input(&page, "email"), "ann@example.com");
    submit(&page).click();
    until(&page, "the refusal", |page| alert(page).is_some()).await;

    assert_eq!(backend.calls(), vec![JOIN.to_string()]);
    assert_eq!(
        error_for(&input(&page, "name")).as_deref(),
        Some("Use 80 characters or fewer.")
    );
    assert_eq!(
        error_for(&input(&page, "email")).as_deref(),
        Some("Enter an email address like name@example.com.")
    );
    assert_eq!(input(&page, "name").value(), "Ann Lee");
    assert_eq!(input(&page, "email").value(), "ann@example.com");
    assert_eq!(
        focused().unwrap(),
        input(&page, "name").unchecked_into::<HtmlElement>()
    );

    // Editing a field drops what the server said about its old value, and only that.
    type_text(&input(&page, "name"), "Ann Lea");
    settle().await;
    assert_eq!(error_for(&input(&page, "name")), None);
    assert_eq!(
        error_for(&input(&page, "email")).as_deref(),
        Some("Enter an email address like name@example.com.")
    );
}

#[wasm_bindgen_test]
async fn given_submit_pressed_three_times_should_send_one_request() {
    let backend = stub_fetch(vec![Answer::pending(JOIN)]);
    let page = test_form();
    settle().await;
    type_text(&input(&page, "name"), "Ann Lee");
    type_text(&input(&page, "email"), "ann@example.com");
    let form: web_sys::HtmlFormElement = page.get("form").unchecked_into();
    submit(&page).click();
    form.request_submit().unwrap();
    settle().await;
    form.request_submit().unwrap();
    settle().await;

    let sent = backend
        .calls()
        .iter()
        .filter(|c| c.starts_with("POST"))
        .count();
    assert_eq!(sent, 1, "one request, however often submit was pressed");
    assert!(
        submit(&page)
            .unchecked_into::<web_sys::HtmlButtonElement>()
            .disabled(),
        "busy while the request is in flight"
    );
    assert_eq!(input(&page, "name").value(), "Ann Lee");
}

//! The admission rule in Create new link: only for live items, "wait" unless changed.

use contract::LinkAdmission;
use leptos::prelude::*;
use share_spa::host::guest_access::{CreateLinkForm, LinkDraft};
use share_spa::ui::FormState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::support::{document, mount, settle, Mounted};

fn form(draft: LinkDraft) -> Mounted {
    mount(move || {
        view! {
            <CreateLinkForm
                draft
                form=FormState::shown(Default::default(), None, false)
                on_cancel=Callback::new(|_| ())
            />
        }
        .into_any()
    })
}

/// The radio labelled `label`, as a person finds it.
fn radio(page: &Mounted, label: &str) -> HtmlInputElement {
    let label = page.by_text("label", label);
    let id = label
        .get_attribute("for")
        .expect("label is tied to its radio");
    document()
        .get_element_by_id(&id)
        .expect("the labelled radio")
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn given_a_live_item_should_offer_wait_or_direct_and_send_the_choice() {
    let draft = LinkDraft::new("Speakers", "", "").for_live(true);
    let page = form(draft);
    settle().await;
    assert_eq!(
        page.get("fieldset legend").text_content().unwrap(),
        "When guests arrive"
    );
    let wait = radio(&page, "Guests wait for a moderator");
    let direct = radio(&page, "Guests enter directly");
    assert_eq!(wait.type_(), "radio");
    assert_eq!(
        wait.name(),
        direct.name(),
        "one group, so arrow keys move the choice"
    );
    assert!(
        wait.checked() && !direct.checked(),
        "waiting is the default"
    );
    assert_eq!(
        draft.to_request().unwrap().admission,
        Some(LinkAdmission::Wait)
    );

    direct.click();
    settle().await;
    assert!(direct.checked() && !wait.checked());
    assert_eq!(
        draft.to_request().unwrap().admission,
        Some(LinkAdmission::Direct)
    );
}

#[wasm_bindgen_test]
async fn given_an_item_that_is_not_live_should_not_ask_and_send_no_rule() {
    let draft = LinkDraft::new("Press", "", "");
    let page = form(draft);
    settle().await;
    assert!(page.find("input[type=radio]").is_none());
    assert!(!page.text().contains("Guests enter directly"));
    assert_eq!(draft.to_request().unwrap().admission, None);
}

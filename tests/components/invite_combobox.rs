//! The combobox pattern, as the invite window's email field uses it: suggestions from a
//! stubbed list, arrows and Enter to choose, Escape or a press outside closing only the list.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use contract::{InviteRole, UserHit};
use leptos::prelude::*;
use share_spa::gallery::user_hits;
use share_spa::host::invite::{InviteDraft, InviteForm};
use share_spa::ui::{Combobox, ComboboxOption, FormState, Modal};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::support::{document, key, mount, press, settle, type_text, Mounted};

/// Directory users whose email or name contains the typed text, as the backend would answer.
fn matching(text: &str) -> Vec<UserHit> {
    let text = text.trim().to_lowercase();
    if text.is_empty() {
        return Vec::new();
    }
    user_hits()
        .into_iter()
        .filter(|hit| hit.email.contains(&text) || hit.first_name.to_lowercase().contains(&text))
        .collect()
}

fn combobox(page: &Mounted) -> HtmlInputElement {
    page.get("input[role=combobox]").unchecked_into()
}

fn input(page: &Mounted, name: &str) -> HtmlInputElement {
    page.get(&format!("input[name={name}]")).unchecked_into()
}

fn listbox_of(input: &HtmlInputElement) -> web_sys::HtmlElement {
    let id = input.get_attribute("aria-controls").expect("aria-controls");
    document()
        .get_element_by_id(&id)
        .expect("the listbox it controls")
        .unchecked_into()
}

fn invite_form() -> (Mounted, InviteDraft) {
    let draft = InviteDraft::new(Some(InviteRole::Viewer));
    let page = mount(move || {
        let suggestions = Signal::derive(move || matching(&draft.email.get()));
        view! {
            <InviteForm
                draft
                roles=InviteRole::ALL_LIVE.to_vec()
                email_available=true
                suggestions
                form=FormState::shown(Default::default(), None, false)
            />
        }
        .into_any()
    });
    (page, draft)
}

#[wasm_bindgen_test]
async fn given_typed_text_should_show_matching_suggestions_in_the_listbox_it_controls() {
    let (page, _draft) = invite_form();
    settle().await;
    let email = combobox(&page);
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(listbox_of(&email).hidden(), "nothing to suggest yet");
    let label = page.get(&format!("label[for='{}']", email.id()));
    assert!(label.text_content().unwrap().contains("Email address"));

    type_text(&email, "ann");
    settle().await;
    let list = listbox_of(&email);
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!list.hidden());
    assert_eq!(list.get_attribute("role").as_deref(), Some("listbox"));
    let options: Vec<String> = page
        .all("[role=option]")
        .iter()
        .map(|o| o.text_content().unwrap())
        .collect();
    assert_eq!(options.len(), 3, "{options:?}");
    let scoped = |e: &web_sys::HtmlElement| e.class_name().split(' ').any(|c| c.starts_with("l-"));
    assert!(
        page.all("[role=option]").iter().all(scoped),
        "options built in a closure carry the scope class"
    );
    assert!(options[0].contains("Ann Lee") && options[0].contains("ann.lee@example.com"));
}

#[wasm_bindgen_test]
async fn given_arrow_down_and_enter_should_choose_a_user_and_fill_in_the_names() {
    let (page, draft) = invite_form();
    settle().await;
    let email = combobox(&page);
    type_text(&email, "ann");
    settle().await;

    key(&email, "ArrowDown", false);
    settle().await;
    let options = page.all("[role=option]");
    assert_eq!(
        email.get_attribute("aria-activedescendant"),
        Some(options[0].id())
    );
    assert_eq!(
        options[0].get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    key(&email, "ArrowDown", false);
    settle().await;
    assert_eq!(
        email.get_attribute("aria-activedescendant"),
        Some(options[1].id())
    );
    key(&email, "ArrowUp", false);
    settle().await;
    assert_eq!(
        email.get_attribute("aria-activedescendant"),
        Some(options[0].id())
    );

    key(&email, "Enter", false);
    settle().await;
    assert_eq!(email.value(), "ann.lee@example.com");
    assert_eq!(input(&page, "first_name").value(), "Ann");
    assert_eq!(input(&page, "last_name").value(), "Lee");
    assert_eq!(draft.last_name.get_untracked(), "Lee");
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(email.get_attribute("aria-activedescendant"), None);
}

#[wasm_bindgen_test]
async fn given_a_new_address_should_keep_it_as_typed_with_nothing_suggested() {
    let (page, draft) = invite_form();
    settle().await;
    let email = combobox(&page);
    type_text(&email, "new.person@example.net");
    settle().await;
    key(&email, "ArrowDown", false);
    key(&email, "Enter", false);
    settle().await;
    assert_eq!(email.value(), "new.person@example.net");
    assert_eq!(draft.email.get_untracked(), "new.person@example.net");
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(input(&page, "first_name").value(), "");
}

#[wasm_bindgen_test]
async fn given_escape_with_the_list_open_should_close_the_list_and_not_the_dialog() {
    let closed = Arc::new(AtomicUsize::new(0));
    let counter = closed.clone();
    let value = RwSignal::new(String::new());
    let open = RwSignal::new(true);
    let _page = mount(move || {
        let suggestions = Signal::derive(move || {
            matching(&value.get())
                .into_iter()
                .map(|hit| ComboboxOption {
                    value: hit.email.clone(),
                    label: hit.first_name,
                    detail: Some(hit.email),
                })
                .collect::<Vec<_>>()
        });
        let on_close = Callback::new(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
            open.set(false);
        });
        view! {
            <Modal open on_close title="Invite users">
                <Combobox label="Email address" value suggestions autofocus=true />
            </Modal>
        }
        .into_any()
    });
    settle().await;
    let email: HtmlInputElement = document()
        .query_selector("[role=dialog] input[role=combobox]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    type_text(&email, "an");
    settle().await;
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );

    key(&email, "Escape", false);
    settle().await;
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(closed.load(Ordering::SeqCst), 0, "the dialog stays open");
    assert!(document()
        .query_selector("[role=dialog]")
        .unwrap()
        .is_some());
    assert_eq!(email.value(), "an", "the text stays");

    key(&email, "Escape", false);
    settle().await;
    assert_eq!(
        closed.load(Ordering::SeqCst),
        1,
        "with the list closed, Escape closes the dialog"
    );
    assert!(document()
        .query_selector("[role=dialog]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn given_an_open_list_a_press_outside_should_close_it_and_keep_the_text() {
    let (page, _draft) = invite_form();
    settle().await;
    let email = combobox(&page);
    type_text(&email, "an");
    settle().await;
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    press(&listbox_of(&email));
    settle().await;
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("true"),
        "a press on the list is inside"
    );
    press(&document().body().unwrap());
    settle().await;
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("false"),
        "a press outside closes the list"
    );
    assert_eq!(email.value(), "an", "the text stays");
}

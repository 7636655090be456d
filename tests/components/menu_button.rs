//! The menu button pattern, from the keyboard.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use share_spa::ui::{MenuButton, MenuItem};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{focused, key, mount, settle, Mounted};

fn menu(chosen: Arc<AtomicUsize>) -> Mounted {
    mount(move || {
        let items = vec![
            MenuItem::new("Invite users", || ()),
            MenuItem::new("Manage guest access", move || {
                chosen.fetch_add(1, Ordering::SeqCst);
            }),
            MenuItem::new("Report", || ()),
        ];
        view! { <MenuButton label="More actions" items>"⋯"</MenuButton> }.into_any()
    })
}

fn focused_text() -> String {
    focused().unwrap().text_content().unwrap()
}

#[wasm_bindgen_test]
async fn given_enter_on_the_button_should_open_the_menu_on_its_first_item() {
    let page = menu(Arc::default());
    settle().await;
    let button = page.get("button[aria-haspopup=menu]");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("More actions")
    );
    assert!(page.find("[role=menu]").is_none());

    button.focus().unwrap();
    key(&button, "Enter", false);
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(page.all("[role=menuitem]").len(), 3);
    let scoped = |e: &web_sys::HtmlElement| e.class_name().split(' ').any(|c| c.starts_with("l-"));
    assert!(
        page.all("[role=menuitem]").iter().all(scoped),
        "menu items carry the scope class"
    );
    assert_eq!(focused_text(), "Invite users");
}

#[wasm_bindgen_test]
async fn given_an_open_menu_arrows_home_and_end_should_move_and_wrap() {
    let page = menu(Arc::default());
    settle().await;
    let button = page.get("button[aria-haspopup=menu]");
    key(&button, "ArrowUp", false);
    settle().await;
    assert_eq!(focused_text(), "Report", "ArrowUp opens on the last item");
    key(&focused().unwrap(), "ArrowDown", false);
    assert_eq!(
        focused_text(),
        "Invite users",
        "ArrowDown wraps to the first"
    );
    key(&focused().unwrap(), "ArrowDown", false);
    assert_eq!(focused_text(), "Manage guest access");
    key(&focused().unwrap(), "End", false);
    assert_eq!(focused_text(), "Report");
    key(&focused().unwrap(), "Home", false);
    assert_eq!(focused_text(), "Invite users");
    key(&focused().unwrap(), "m", false);
    assert_eq!(focused_text(), "Manage guest access", "typeahead");
}

#[wasm_bindgen_test]
async fn given_escape_in_the_menu_should_close_it_and_return_focus_to_the_button() {
    let page = menu(Arc::default());
    settle().await;
    let button = page.get("button[aria-haspopup=menu]");
    key(&button, "ArrowDown", false);
    settle().await;
    key(&focused().unwrap(), "Escape", false);
    settle().await;
    assert!(page.find("[role=menu]").is_none());
    assert_eq!(focused().unwrap(), button);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn given_an_item_chosen_should_run_it_once_and_close_the_menu() {
    let chosen = Arc::new(AtomicUsize::new(0));
    let page = menu(chosen.clone());
    settle().await;
    page.get("button[aria-haspopup=menu]").click();
    settle().await;
    page.by_text("[role=menuitem]", "Manage guest access")
        .click();
    settle().await;
    assert_eq!(chosen.load(Ordering::SeqCst), 1);
    assert!(page.find("[role=menu]").is_none());
}

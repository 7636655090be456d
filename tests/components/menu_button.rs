//! The menu button pattern, from the keyboard and the pointer, and where the menu opens.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use share_spa::ui::{MenuButton, MenuItem};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{document, focused, key, mount, press, settle, Mounted};

fn menu(chosen: Arc<AtomicUsize>) -> Mounted {
    mount(move || {
        let items = vec![
            MenuItem::new("Invite users", || ()),
            MenuItem::new("Manage guest access", move || {
                chosen.fetch_add(1, Ordering::SeqCst);
            }),
            MenuItem::new("Report", || ()),
        ];
        view! {
            <MenuButton label="More actions" items>
                "⋯"
            </MenuButton>
        }
        .into_any()
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

#[wasm_bindgen_test]
async fn given_a_press_outside_should_close_the_menu_and_leave_focus_where_it_went() {
    let page = menu(Arc::default());
    settle().await;
    let button = page.get("button[aria-haspopup=menu]");
    key(&button, "ArrowDown", false);
    settle().await;
    assert!(page.find("[role=menu]").is_some());

    press(&page.get("[role=menu]"));
    settle().await;
    assert!(
        page.find("[role=menu]").is_some(),
        "a press inside keeps it open"
    );

    press(&document().body().unwrap());
    settle().await;
    assert!(
        page.find("[role=menu]").is_none(),
        "a press outside closes it"
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_ne!(
        focused(),
        Some(button),
        "focus is not pulled back to the button"
    );
}

#[wasm_bindgen_test]
async fn given_a_menu_inside_an_open_menu_layer_escape_should_close_only_the_last_opened() {
    let first = menu(Arc::default());
    let second = menu(Arc::default());
    settle().await;
    first.get("button[aria-haspopup=menu]").click();
    settle().await;
    let second_button = second.get("button[aria-haspopup=menu]");
    second_button.click();
    settle().await;
    // The second opened last, so it is the topmost layer (the first stays open beneath it:
    // no press reached the document to close it).
    assert!(first.find("[role=menu]").is_some());
    key(&focused().unwrap(), "Escape", false);
    settle().await;
    assert!(second.find("[role=menu]").is_none(), "the topmost closed");
    assert!(
        first.find("[role=menu]").is_some(),
        "the one beneath did not"
    );
    assert_eq!(focused(), Some(second_button));
    key(&focused().unwrap(), "Escape", false);
    settle().await;
    assert!(first.find("[role=menu]").is_none());
}

/// Mounts the menu fixed in a corner of the viewport (`css` places it: `left: 0; top: 0`).
fn menu_at(css: &[(&str, &str)]) -> Mounted {
    let page = menu(Arc::default());
    let style = page.root.style();
    style.set_property("position", "fixed").unwrap();
    for (property, value) in css {
        style.set_property(property, value).unwrap();
    }
    page
}

fn viewport() -> (f64, f64) {
    let root = document().document_element().unwrap();
    (
        f64::from(root.client_width()),
        f64::from(root.client_height()),
    )
}

#[wasm_bindgen_test]
async fn given_a_menu_button_at_the_left_edge_should_keep_the_menu_inside_the_viewport() {
    let page = menu_at(&[("left", "0"), ("top", "0")]);
    settle().await;
    page.get("button[aria-haspopup=menu]").click();
    settle().await;
    let menu = page.get("[role=menu]").get_bounding_client_rect();
    let (width, _) = viewport();
    assert!(
        menu.width() >= 200.0,
        "the menu is wider than its button: {}",
        menu.width()
    );
    assert!(
        menu.left() >= 0.0,
        "menu starts {} px past the left edge",
        -menu.left()
    );
    assert!(
        menu.right() <= width,
        "menu ends past the right edge: {}",
        menu.right()
    );
    assert!(
        menu.right() <= 360.0,
        "it fits a 360 px phone: ends at {}",
        menu.right()
    );
}

#[wasm_bindgen_test]
async fn given_a_menu_button_at_the_bottom_edge_should_open_the_menu_above_it() {
    let page = menu_at(&[("right", "0"), ("bottom", "0")]);
    settle().await;
    let button = page.get("button[aria-haspopup=menu]");
    button.click();
    settle().await;
    let menu = page.get("[role=menu]").get_bounding_client_rect();
    let (width, height) = viewport();
    assert!(
        menu.bottom() <= height,
        "menu ends {} px below the window",
        menu.bottom() - height
    );
    assert!(
        menu.bottom() <= button.get_bounding_client_rect().top(),
        "it opens above"
    );
    assert!(menu.right() <= width);
    assert!(menu.top() >= 0.0);
}

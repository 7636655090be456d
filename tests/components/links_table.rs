//! The links table while access is off: one banner says why, each row is tagged, and a link
//! with nothing to hand on (expired, used up) cannot be copied.

use std::sync::{Arc, Mutex};

use chrono::Utc;
use contract::{GuestAccess, GuestLink, LinkStatus};
use leptos::prelude::*;
use share_spa::host::guest_access::GuestAccessPanel;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, settle, Mounted};

fn link(id: i64, name: &str, status: LinkStatus) -> GuestLink {
    GuestLink {
        id,
        name: name.into(),
        url: format!("http://x/guest/t{id}"),
        created_at: Utc::now(),
        expires_at: None,
        max_clicks: Some(5),
        clicks: if status == LinkStatus::Exhausted {
            5
        } else {
            1
        },
        status,
        admission: Default::default(),
    }
}

fn panel(enabled: bool, copied: Arc<Mutex<Vec<String>>>) -> Mounted {
    let access = GuestAccess {
        enabled,
        max_links: 3,
        links: vec![
            link(1, "Press", LinkStatus::Active),
            link(2, "Partners", LinkStatus::Exhausted),
        ],
    };
    let notice: Option<String> = None;
    mount(move || {
        view! {
            <GuestAccessPanel
                access=Signal::stored(access)
                toggle_busy=false
                notice
                on_toggle=Callback::new(|_| ())
                on_create=Callback::new(|_| ())
                on_copy=Callback::new(move |l: GuestLink| copied.lock().unwrap().push(l.name))
                on_qr=Callback::new(|_| ())
                on_edit=Callback::new(|_| ())
                on_delete=Callback::new(|_| ())
            />
        }
        .into_any()
    })
}

const BANNER: &str = "Guest access is off: these links don't work and no new link can be created. Turn it on to use them again.";

#[wasm_bindgen_test]
async fn given_access_off_should_say_so_once_and_tag_every_row() {
    let page = panel(false, Arc::default());
    settle().await;
    let banners: Vec<_> = page
        .all("p")
        .into_iter()
        .filter(|p| p.text_content().unwrap() == BANNER)
        .collect();
    assert_eq!(banners.len(), 1, "one banner, not one per row");
    // The banner is also why "Create new link" is unavailable.
    let create = page.by_text("button", "Create new link");
    assert_eq!(
        create.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    assert_eq!(
        create.get_attribute("aria-describedby"),
        Some(banners[0].id())
    );
    let rows = page.all("tbody tr");
    assert_eq!(rows.len(), 2);
    let press = rows[0].text_content().unwrap();
    assert!(press.contains("Inactive"), "{press}");
    assert!(!press.contains("guest access is off"), "{press}");
    let partners = rows[1].text_content().unwrap();
    assert!(
        partners.contains("Inactive · click limit reached"),
        "a used-up link keeps its own reason: {partners}"
    );
}

#[wasm_bindgen_test]
async fn given_access_on_should_show_no_banner() {
    let page = panel(true, Arc::default());
    settle().await;
    assert!(!page.text().contains("Guest access is off"));
    assert!(!page
        .get("tbody tr")
        .text_content()
        .unwrap()
        .contains("Inactive"));
}

#[wasm_bindgen_test]
async fn given_a_used_up_link_should_not_copy_it_but_copy_a_link_that_only_waits_for_access() {
    let copied: Arc<Mutex<Vec<String>>> = Arc::default();
    let page = panel(false, copied.clone());
    settle().await;
    let dead = page.get("button[aria-label=\"Can't copy Partners: the link is inactive\"]");
    assert_eq!(dead.get_attribute("aria-disabled").as_deref(), Some("true"));
    dead.click();
    settle().await;
    assert!(
        copied.lock().unwrap().is_empty(),
        "nothing copied from a used-up link"
    );

    let waiting = page.get("button[aria-label='Copy link: Press']");
    assert_eq!(
        waiting.get_attribute("aria-disabled").as_deref(),
        Some("false")
    );
    waiting.click();
    settle().await;
    assert_eq!(*copied.lock().unwrap(), vec!["Press".to_string()]);
}

#[wasm_bindgen_test]
async fn given_links_should_offer_a_qr_code_only_for_one_worth_handing_on() {
    let page = panel(true, Arc::default());
    settle().await;
    assert!(page.find("button[aria-label='QR code: Press']").is_some());
    assert!(
        page.find("button[aria-label='QR code: Partners']")
            .is_none(),
        "a used-up link's code would only lead to a message page"
    );
}

//! The gallery's review switches: dark mode forces the dark tokens, phone width shows the
//! gallery in a 360 px frame that keeps the theme.

use leptos::prelude::*;
use share_spa::gallery::ViewSwitches;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlIFrameElement;

use crate::support::{document, mount, settle};

#[wasm_bindgen_test]
async fn given_the_switches_should_force_dark_and_frame_the_gallery_at_phone_width() {
    let root = document().document_element().unwrap();
    root.remove_attribute("data-theme").unwrap();
    let page = mount(|| {
        view! {
            <ViewSwitches>
                <p class="specimen-stand-in">"A specimen"</p>
            </ViewSwitches>
        }
        .into_any()
    });
    settle().await;
    assert_eq!(
        root.get_attribute("data-theme"),
        None,
        "the page follows the system until asked"
    );
    let dark = page.by_text("button", "Dark mode");
    let was = dark.get_attribute("aria-pressed").unwrap();
    dark.click();
    settle().await;
    let now_dark = was == "false";
    assert_eq!(
        dark.get_attribute("aria-pressed").unwrap(),
        now_dark.to_string()
    );
    assert_eq!(
        root.get_attribute("data-theme").as_deref(),
        Some(if now_dark { "dark" } else { "light" })
    );
    if !now_dark {
        dark.click();
        settle().await;
        assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    }

    let phone = page.by_text("button", "Phone width (360 px)");
    assert_eq!(
        phone.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    phone.click();
    settle().await;
    assert_eq!(phone.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(
        page.find(".specimen-stand-in").is_none(),
        "the frame replaces the page's own"
    );
    let frame: HtmlIFrameElement = page.get("iframe").unchecked_into();
    assert_eq!(frame.width(), "360");
    assert_eq!(frame.height(), "740");
    assert_eq!(
        frame.get_attribute("src").as_deref(),
        Some("?embedded&theme=dark")
    );
    assert_eq!(frame.title(), "The gallery at phone width");

    phone.click();
    settle().await;
    assert!(page.find("iframe").is_none());
    assert!(page.find(".specimen-stand-in").is_some());
    root.remove_attribute("data-theme").unwrap();
}

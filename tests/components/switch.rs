//! The switch pattern.

use leptos::prelude::*;
use share_spa::ui::Switch;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{document, mount, settle};

#[wasm_bindgen_test]
async fn given_a_switch_should_be_named_by_its_label_and_report_its_state() {
    let on = RwSignal::new(false);
    let page = mount(move || {
        view! {
            <Switch
                label="Enable guest access"
                checked=on
                on_toggle=Callback::new(move |v| on.set(v))
            />
        }
        .into_any()
    });
    settle().await;
    let switch = page.get("[role=switch]");
    let label_id = switch.get_attribute("aria-labelledby").unwrap();
    let label = document().get_element_by_id(&label_id).unwrap();
    assert_eq!(label.text_content().unwrap(), "Enable guest access");
    assert_eq!(
        switch.get_attribute("aria-checked").as_deref(),
        Some("false")
    );
    assert_eq!(
        switch.tag_name(),
        "BUTTON",
        "a button, so Space and Enter toggle it"
    );

    switch.click();
    settle().await;
    assert_eq!(
        switch.get_attribute("aria-checked").as_deref(),
        Some("true")
    );
    switch.click();
    settle().await;
    assert_eq!(
        switch.get_attribute("aria-checked").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn given_a_busy_switch_should_ignore_presses_and_say_it_is_busy() {
    let on = RwSignal::new(true);
    let page = mount(move || {
        view! {
            <Switch
                label="Enable guest access"
                checked=on
                busy=true
                on_toggle=Callback::new(move |v| on.set(v))
            />
        }
        .into_any()
    });
    settle().await;
    let switch = page.get("[role=switch]");
    assert_eq!(switch.get_attribute("aria-busy").as_deref(), Some("true"));
    switch.click();
    settle().await;
    assert_eq!(
        switch.get_attribute("aria-checked").as_deref(),
        Some("true")
    );
}

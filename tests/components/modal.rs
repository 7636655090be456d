//! The dialog pattern: focus in, Tab loops, Escape closes only the topmost, focus returns.

use leptos::prelude::*;
use share_spa::ui::Modal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{document, focused, key, mount, settle};

fn by_id(id: &str) -> HtmlElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into()
}

fn dialogs() -> u32 {
    document()
        .query_selector_all("[role=dialog]")
        .unwrap()
        .length()
}

#[wasm_bindgen_test]
async fn given_an_opened_modal_should_be_a_labelled_modal_dialog_with_focus_inside() {
    let open = RwSignal::new(false);
    let _page = mount(move || {
        view! {
            <button id="opener" on:click=move |_| open.set(true)>"Open"</button>
            <Modal open on_close=Callback::new(move |_| open.set(false)) title="Rename link">
                <input id="first-input" />
                <button id="ok">"OK"</button>
            </Modal>
        }
        .into_any()
    });
    settle().await;
    by_id("opener").focus().unwrap();
    by_id("opener").click();
    settle().await;

    let dialog = document().query_selector("[role=dialog]").unwrap().unwrap();
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    let title_id = dialog.get_attribute("aria-labelledby").unwrap();
    assert_eq!(by_id(&title_id).text_content().unwrap(), "Rename link");
    assert_eq!(focused().unwrap().id(), "first-input");
}

#[wasm_bindgen_test]
async fn given_focus_at_either_end_tab_should_loop_inside_the_dialog() {
    let open = RwSignal::new(true);
    let _page = mount(move || {
        view! {
            <Modal open on_close=Callback::new(move |_| open.set(false)) title="Loop">
                <input id="loop-first" />
                <button id="loop-middle">"Middle"</button>
            </Modal>
        }
        .into_any()
    });
    settle().await;
    // The close button is the dialog's last focusable element.
    let close = document()
        .query_selector("[role=dialog] [aria-label=Close]")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>();
    close.focus().unwrap();
    key(&close, "Tab", false);
    assert_eq!(focused().unwrap().id(), "loop-first");
    key(&by_id("loop-first"), "Tab", true);
    assert_eq!(focused().unwrap(), close);
    // In the middle, Tab is left to the browser.
    by_id("loop-first").focus().unwrap();
    key(&by_id("loop-first"), "Tab", false);
    assert_eq!(focused().unwrap().id(), "loop-first");
    open.set(false);
    settle().await;
}

#[wasm_bindgen_test]
async fn given_stacked_dialogs_escape_should_close_only_the_top_one_and_return_focus() {
    let outer = RwSignal::new(false);
    let inner = RwSignal::new(false);
    let _page = mount(move || {
        view! {
            <button id="outer-opener" on:click=move |_| outer.set(true)>"Manage"</button>
            <Modal open=outer on_close=Callback::new(move |_| outer.set(false)) title="Outer">
                <button id="inner-opener" on:click=move |_| inner.set(true)>"Create"</button>
            </Modal>
            <Modal open=inner on_close=Callback::new(move |_| inner.set(false)) title="Inner">
                <input id="inner-input" />
            </Modal>
        }
        .into_any()
    });
    settle().await;
    by_id("outer-opener").focus().unwrap();
    by_id("outer-opener").click();
    settle().await;
    assert_eq!(focused().unwrap().id(), "inner-opener");
    by_id("inner-opener").click();
    settle().await;
    assert_eq!(dialogs(), 2);
    assert_eq!(focused().unwrap().id(), "inner-input");

    key(&by_id("inner-input"), "Escape", false);
    settle().await;
    assert_eq!(dialogs(), 1, "only the top dialog closed");
    assert_eq!(
        focused().unwrap().id(),
        "inner-opener",
        "focus is back on its opener"
    );

    key(&by_id("inner-opener"), "Escape", false);
    settle().await;
    assert_eq!(dialogs(), 0);
    assert_eq!(focused().unwrap().id(), "outer-opener");
}

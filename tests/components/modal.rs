//! The dialog pattern on `<dialog>` + `showModal()`: focus in, Tab loops, Escape closes only
//! the topmost, focus returns, the backdrop keeps focus inside, the page behind is inert and
//! does not scroll.

use leptos::prelude::*;
use share_spa::ui::{use_toaster, Modal, ToastRegion};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement};

use crate::support::{document, focused, key, mount, press, settle};

fn by_id(id: &str) -> HtmlElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into()
}

fn the_dialog() -> Element {
    document()
        .query_selector("[role=dialog]")
        .unwrap()
        .expect("an open dialog")
}

fn body() -> Element {
    document().body().unwrap().into()
}

/// Where the page's scrolling stands: `<html>`'s computed `overflow-y`.
fn page_overflow() -> String {
    let root = document().document_element().unwrap();
    web_sys::window()
        .unwrap()
        .get_computed_style(&root)
        .unwrap()
        .unwrap()
        .get_property_value("overflow-y")
        .unwrap()
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
            <button id="opener" on:click=move |_| open.set(true)>
                "Open"
            </button>
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
            <button id="outer-opener" on:click=move |_| outer.set(true)>
                "Manage"
            </button>
            <Modal open=outer on_close=Callback::new(move |_| outer.set(false)) title="Outer">
                <button id="inner-opener" on:click=move |_| inner.set(true)>
                    "Create"
                </button>
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

#[wasm_bindgen_test]
async fn given_an_opened_modal_should_be_a_native_dialog_in_the_top_layer_with_the_page_inert() {
    let open = RwSignal::new(false);
    let _page = mount(move || {
        view! {
            <button id="inert-opener" on:click=move |_| open.set(true)>
                "Open"
            </button>
            <Modal open on_close=Callback::new(move |_| open.set(false)) title="Top layer">
                <input id="inert-first" />
            </Modal>
        }
        .into_any()
    });
    settle().await;
    by_id("inert-opener").focus().unwrap();
    by_id("inert-opener").click();
    settle().await;
    let dialog = the_dialog();
    assert_eq!(dialog.tag_name(), "DIALOG");
    assert!(dialog.matches(":modal").unwrap(), "opened with showModal()");
    assert_eq!(focused().unwrap().id(), "inert-first");

    by_id("inert-opener").focus().unwrap();
    assert_eq!(
        focused().unwrap().id(),
        "inert-first",
        "the page behind is inert: its button cannot take focus"
    );
    open.set(false);
    settle().await;
    assert_eq!(focused().unwrap().id(), "inert-opener");
}

#[wasm_bindgen_test]
async fn given_a_dialog_that_keeps_its_backdrop_a_backdrop_press_then_tab_and_escape_should_stay_inside_and_close(
) {
    let open = RwSignal::new(false);
    let _page = mount(move || {
        view! {
            <button id="form-opener" on:click=move |_| open.set(true)>
                "Create new link"
            </button>
            <Modal
                open
                on_close=Callback::new(move |_| open.set(false))
                title="Create new link"
                close_on_backdrop=false
            >
                <input id="form-first" />
                <button id="form-last">"Create link"</button>
            </Modal>
        }
        .into_any()
    });
    settle().await;
    by_id("form-opener").focus().unwrap();
    by_id("form-opener").click();
    settle().await;
    assert_eq!(focused().unwrap().id(), "form-first");

    // The press lands on the `<dialog>` box around the panel: its backdrop.
    let focus_would_move = press(&the_dialog());
    settle().await;
    assert!(
        !focus_would_move,
        "the backdrop press keeps focus where it was"
    );
    assert_eq!(dialogs(), 1, "this dialog does not close on backdrop");
    assert_eq!(focused().unwrap().id(), "form-first");

    // Even with focus lost to <body>, Tab goes back in and Escape still closes.
    focused().unwrap().blur().unwrap();
    assert_eq!(focused().unwrap().tag_name(), "BODY");
    key(&body(), "Tab", false);
    assert_eq!(
        focused().unwrap().id(),
        "form-first",
        "Tab comes back inside"
    );
    focused().unwrap().blur().unwrap();
    key(&body(), "Tab", true);
    assert_eq!(
        focused().unwrap().get_attribute("aria-label").as_deref(),
        Some("Close"),
        "Shift+Tab comes back in at the end"
    );
    focused().unwrap().blur().unwrap();
    key(&body(), "Escape", false);
    settle().await;
    assert_eq!(dialogs(), 0, "Escape closes it");
    assert_eq!(
        focused().unwrap().id(),
        "form-opener",
        "focus is back on its opener"
    );
}

#[wasm_bindgen_test]
async fn given_a_dialog_that_closes_on_backdrop_a_press_on_it_should_close_it_but_not_a_press_inside(
) {
    let open = RwSignal::new(true);
    let _page = mount(move || {
        view! {
            <Modal open on_close=Callback::new(move |_| open.set(false)) title="Share">
                <p id="share-text">"Share this media"</p>
            </Modal>
        }
        .into_any()
    });
    settle().await;
    press(&by_id("share-text"));
    settle().await;
    assert_eq!(dialogs(), 1, "a press inside the panel keeps it open");
    press(&the_dialog());
    settle().await;
    assert_eq!(dialogs(), 0, "a press on the backdrop closes it");
}

#[wasm_bindgen_test]
async fn given_stacked_dialogs_a_backdrop_press_should_close_only_the_top_one() {
    let outer = RwSignal::new(true);
    let inner = RwSignal::new(false);
    let _page = mount(move || {
        view! {
            <Modal open=outer on_close=Callback::new(move |_| outer.set(false)) title="Outer">
                <button id="stack-opener" on:click=move |_| inner.set(true)>
                    "Delete"
                </button>
            </Modal>
            <Modal open=inner on_close=Callback::new(move |_| inner.set(false)) title="Inner">
                <button id="stack-cancel">"Cancel"</button>
            </Modal>
        }
        .into_any()
    });
    settle().await;
    by_id("stack-opener").click();
    settle().await;
    assert_eq!(dialogs(), 2);
    let top = document()
        .query_selector_all("[role=dialog]")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into::<Element>();
    press(&top);
    settle().await;
    assert_eq!(dialogs(), 1, "only the top dialog closed");
    assert_eq!(focused().unwrap().id(), "stack-opener");
    outer.set(false);
    settle().await;
}

#[wasm_bindgen_test]
async fn given_an_open_dialog_the_page_behind_should_not_scroll_until_the_last_one_closes() {
    let outer = RwSignal::new(false);
    let inner = RwSignal::new(false);
    let _page = mount(move || {
        view! {
            <div style:height="300vh">"A long page"</div>
            <Modal open=outer on_close=Callback::new(move |_| outer.set(false)) title="Outer">
                <p>"Outer"</p>
            </Modal>
            <Modal open=inner on_close=Callback::new(move |_| inner.set(false)) title="Inner">
                <p>"Inner"</p>
            </Modal>
        }
        .into_any()
    });
    settle().await;
    let before = page_overflow();
    assert_ne!(before, "hidden");
    outer.set(true);
    settle().await;
    assert_eq!(page_overflow(), "hidden", "the page is held still");
    inner.set(true);
    settle().await;
    inner.set(false);
    settle().await;
    assert_eq!(
        page_overflow(),
        "hidden",
        "still held under the outer dialog"
    );
    outer.set(false);
    settle().await;
    assert_eq!(
        page_overflow(),
        before,
        "scrolls again once no dialog is open"
    );
}

#[wasm_bindgen_test]
async fn given_a_toast_shown_from_a_dialog_should_announce_it_inside_that_dialog() {
    let open = RwSignal::new(true);
    let page = mount(move || {
        view! {
            <ToastRegion>
                <Modal
                    open
                    on_close=Callback::new(move |_| open.set(false))
                    title="Manage guest access"
                >
                    <CopyButton />
                </Modal>
            </ToastRegion>
        }
        .into_any()
    });
    settle().await;
    by_id("copy").click();
    settle().await;
    let region = document()
        .query_selector("[role=dialog] [role=status]")
        .unwrap()
        .expect("a live region inside the dialog, the only part of the page not inert");
    assert_eq!(region.text_content().unwrap(), "Link copied");
    let page_region = page.get("[role=status]");
    assert_eq!(
        page_region.text_content().unwrap(),
        "",
        "not also behind the backdrop"
    );
    open.set(false);
    settle().await;
}

#[component]
fn CopyButton() -> impl IntoView {
    let toaster = use_toaster();
    view! {
        <button id="copy" on:click=move |_| toaster.show("Link copied")>
            "Copy link"
        </button>
    }
}

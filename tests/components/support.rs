//! Mounting, querying and driving components in the test page.

use leptos::mount::mount_to;
use leptos::tachys::view::any_view::AnyView;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

/// A component mounted into its own container, removed when dropped.
pub struct Mounted {
    pub root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts `view` into a fresh container at the end of `<body>`.
///
/// A test that panics never drops what it mounted (wasm has no unwinding); a modal it left
/// open would make every later test's page inert, and their focus checks would fail for a
/// reason not theirs. So leftovers from a failed test are removed first, and said.
pub fn mount(view: impl FnOnce() -> AnyView + 'static) -> Mounted {
    remove_leftovers();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), view);
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

fn remove_leftovers() {
    let open = document().query_selector_all("dialog[open]").unwrap();
    for i in 0..open.length() {
        if let Some(dialog) = open
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlDialogElement>().ok())
        {
            web_sys::console::warn_1(&"a failed test left a dialog open; removed it".into());
            dialog.close();
            dialog.remove();
        }
    }
}

/// Waits (up to 3 s) until `check` holds: answers from the stub arrive as tasks, not at once.
pub async fn until(page: &Mounted, what: &str, check: impl Fn(&Mounted) -> bool) {
    for _ in 0..300 {
        settle().await;
        if check(page) {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    panic!(
        "timed out waiting for {what} in:\n{}",
        page.root.inner_html()
    );
}

/// Lets effects and microtasks run, as the browser would between two events.
pub async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

impl Mounted {
    pub fn find(&self, css: &str) -> Option<Element> {
        self.root.query_selector(css).unwrap()
    }

    pub fn get(&self, css: &str) -> HtmlElement {
        self.find(css)
            .unwrap_or_else(|| panic!("no `{css}` in:\n{}", self.root.inner_html()))
            .unchecked_into()
    }

    pub fn all(&self, css: &str) -> Vec<HtmlElement> {
        let list = self.root.query_selector_all(css).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|node| node.unchecked_into())
            .collect()
    }

    /// The first element matching `css` whose text contains `text`.
    pub fn by_text(&self, css: &str, text: &str) -> HtmlElement {
        self.all(css)
            .into_iter()
            .find(|e| e.text_content().unwrap_or_default().contains(text))
            .unwrap_or_else(|| panic!("no `{css}` with {text:?} in:\n{}", self.root.inner_html()))
    }

    pub fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }
}

/// The element that has focus.
pub fn focused() -> Option<HtmlElement> {
    document().active_element().map(|e| e.unchecked_into())
}

/// Dispatches a `keydown` of `key` ("Enter", "ArrowDown", "Tab", "Escape") on `target`.
pub fn key(target: &Element, key: &str, shift: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_shift_key(shift);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// The input named `name` in the open dialog.
pub fn dialog_input(name: &str) -> HtmlInputElement {
    document()
        .query_selector(&format!("[role=dialog] input[name={name}]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no input {name}"))
        .unchecked_into()
}

/// Types `text` into `input` the way the browser reports typing: a new value, then `input`.
pub fn type_text(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
}

/// The error message `input` points at with `aria-describedby`, if it shows one.
pub fn error_for(input: &HtmlInputElement) -> Option<String> {
    input
        .get_attribute("aria-describedby")?
        .split(' ')
        .filter_map(|id| document().get_element_by_id(id))
        .find(|e| e.id().starts_with("field-error"))
        .and_then(|e| e.text_content())
}

/// Presses `target` the way a pointer does: `pointerdown`, `mousedown`, `mouseup`, `click`.
/// Returns false when a handler prevented the `mousedown`'s default (focus stays put).
pub fn press(target: &Element) -> bool {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let fire = |name: &str| {
        let event = web_sys::MouseEvent::new_with_mouse_event_init_dict(name, &init).unwrap();
        target.dispatch_event(&event).unwrap()
    };
    fire("pointerdown");
    let focus_moves = fire("mousedown");
    fire("mouseup");
    fire("click");
    focus_moves
}

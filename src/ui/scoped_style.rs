//! Component-scoped CSS from stylers, each component's sheet in the file beside it
//! (`switch.rs` + `switch.css`), read at compile time by [`scoped_css!`].
//!
//! stylers' `style_sheet_str!` reads the file as CSS text and returns `(class, css)`: every
//! selector in it gains the class (`.track` becomes `.track.l-123456`), so the sheet styles its
//! own component's elements and nothing else. The CSS is attached here as a constructable
//! stylesheet, once per class, which a strict Content-Security-Policy (`style-src 'self'`, no
//! inline `<style>`) allows. (Not `style!` with a build script: it derives its class from the
//! CSS's length, so two sheets of equal length collide, and its build step races Trunk. Not
//! `style_str!` with the CSS inline: it reads CSS as Rust tokens, so `0.5em` did not parse,
//! strings lost their quotes and comments had to be Rust's.)
//!
//! Why each nested `view! { class=scope, ... }` stays: the class is on every element, because
//! that is the one kind of scoping every browser a guest may hold applies. A component's
//! elements built in a closure (a row per link, a state's branch) come from their own `view!`,
//! and a `view!` adds a class only to its own elements, so each names it again. The
//! alternatives were weighed and lost: CSS `@scope` (one class on the root, a boundary at the
//! next component) is in every engine only since Firefox 146 (December 2025) and not on
//! iPhones that stop at iOS 16, where a guest would see no component styles at all; a root
//! class with descendant selectors (`.root .track`) reaches into the components nested inside
//! it, whose class names (`.actions`, `.title`) repeat. `tests/components/scoped_style.rs`
//! catches a nested view that forgot the class.

use std::cell::RefCell;
use std::collections::HashSet;

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static ATTACHED: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

/// A component's scoped CSS from the file at `$path` (from the crate's root, beside the
/// component): attaches it once and gives its class, for `view! { class=scope, ... }`.
///
/// stylers reads the file but does not tell cargo, so the `include_str!` is what rebuilds the
/// component when its CSS changes. The path is a `tt`, not a `literal`: a `literal` fragment
/// reaches a proc macro wrapped in an invisible group, which stylers refuses.
macro_rules! scoped_css {
    ($path:tt) => {{
        const _: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path));
        $crate::ui::scoped(::stylers_macro::style_sheet_str!($path))
    }};
}
pub(crate) use scoped_css;

/// Attaches `css` to the document the first time `class` is seen and returns `class`, for
/// `view! { class=scope, ... }`.
pub fn scoped((class, css): (&'static str, &'static str)) -> &'static str {
    let first = ATTACHED.with(|seen| seen.borrow_mut().insert(class));
    if first {
        attach(css);
    }
    class
}

fn attach(css: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(css).is_err() {
        return;
    }
    let key = JsValue::from_str("adoptedStyleSheets");
    let sheets = js_sys::Reflect::get(&document, &key)
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
        .unwrap_or_default();
    // `adoptedStyleSheets` is an observable array: assign a new one rather than push.
    let next = js_sys::Array::from(&sheets);
    next.push(&sheet);
    let _ = js_sys::Reflect::set(&document, &key, &next);
}

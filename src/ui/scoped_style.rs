//! Component-scoped CSS from stylers.
//!
//! We use `stylers::style_str!`, which returns `(class, css)` at compile time, instead of
//! `style!` with a build script: `style!` derives its class name from the CSS's length (two
//! blocks of equal length collide) and its build step races Trunk. The CSS is attached here
//! as a constructable stylesheet, once per class, which a strict Content-Security-Policy
//! (`style-src 'self'`, no inline `<style>`) allows.
//!
//! `style_str!` reads CSS as Rust tokens: write lengths in `rem` or `px`, never `em`
//! (`0.5em` tokenizes as a float with a broken exponent), and use no CSS strings: stylers drops
//! their quotes (`content: ": "` comes out as `content: : ;`, and the rule is lost).

use std::cell::RefCell;
use std::collections::HashSet;

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static ATTACHED: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

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

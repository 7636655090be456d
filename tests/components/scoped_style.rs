//! Every element a component styles carries its scope class, in every `view!` it comes from.
//!
//! A component's sheet (`switch.css` beside `switch.rs`) reaches an element only through the
//! class stylers adds to each selector (`.track` becomes `.track.l-123456`), and a `view!` in
//! a closure adds it only if it says `class=scope` again (`src/ui/scoped_style.rs` says why).
//! A view that forgets it renders an element that the sheet names but does not reach: an
//! element inside the component's own elements, with a class its sheet styles, and no scope
//! class of its own. The gallery renders every screen, so every sheet is checked here.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use share_spa::gallery::GalleryApp;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::support::{document, mount, settle};

/// Each scope class with the classes its sheet pairs it with, read from the document's
/// adopted sheets (inside `@media` and `@supports` too).
fn scoped_classes() -> BTreeMap<String, BTreeSet<String>> {
    let get = |target: &JsValue, key: &str| js_sys::Reflect::get(target, &key.into()).unwrap();
    let sheets: js_sys::Array = get(&document(), "adoptedStyleSheets").unchecked_into();
    let mut texts = Vec::new();
    let mut pending: Vec<JsValue> = sheets.iter().map(|s| get(&s, "cssRules")).collect();
    while let Some(rules) = pending.pop() {
        for rule in js_sys::Array::from(&rules).iter() {
            let selector = get(&rule, "selectorText");
            if let Some(text) = selector.as_string() {
                texts.push(text);
            }
            let inner = get(&rule, "cssRules");
            if !inner.is_undefined() {
                pending.push(inner);
            }
        }
    }
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for text in texts {
        for compound in text.split([' ', '>', '+', '~', ',', '(', ')']) {
            let classes: Vec<&str> = compound
                .split('.')
                .skip(1)
                .map(|c| c.split([':', '[']).next().unwrap_or(c))
                .collect();
            let Some(scope) = classes.iter().find(|c| is_scope(c)) else {
                continue;
            };
            let named = classes
                .iter()
                .filter(|c| !is_scope(c))
                .map(|c| c.to_string());
            map.entry(scope.to_string()).or_default().extend(named);
        }
    }
    map
}

fn is_scope(class: &str) -> bool {
    class
        .strip_prefix("l-")
        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
}

/// The elements under `root` that a sheet names but cannot reach, each with its place.
fn unreached(root: &Element, scopes: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let all = root.query_selector_all("[class]").unwrap();
    let mut found = Vec::new();
    for i in 0..all.length() {
        let element: Element = all.item(i).unwrap().unchecked_into();
        let list = element.class_list();
        let classes: Vec<String> = (0..list.length()).filter_map(|i| list.item(i)).collect();
        if classes.iter().any(|c| is_scope(c)) {
            continue;
        }
        for (scope, styled) in scopes {
            let inside = element
                .parent_element()
                .and_then(|p| p.closest(&format!(".{scope}")).unwrap());
            let missed: Vec<&String> = classes.iter().filter(|c| styled.contains(*c)).collect();
            if inside.is_some() && !missed.is_empty() {
                let specimen = element
                    .closest("[data-specimen]")
                    .unwrap()
                    .and_then(|s| s.get_attribute("data-specimen"))
                    .unwrap_or_default();
                found.push(format!(
                    "<{} class={:?}> in {specimen:?}: {scope}'s sheet styles {missed:?}",
                    element.tag_name().to_lowercase(),
                    classes.join(" "),
                ));
            }
        }
    }
    found
}

#[wasm_bindgen_test]
async fn given_every_screen_should_give_each_styled_element_its_scope_class() {
    let page = mount(|| view! { <GalleryApp /> }.into_any());
    for _ in 0..5 {
        settle().await;
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    let scopes = scoped_classes();
    let found = unreached(&page.root, &scopes);

    // The check itself finds a forgotten class: a row without its table's scope.
    let (scope, styled) = scopes
        .iter()
        .find(|(_, styled)| !styled.is_empty())
        .expect("a sheet that styles a class");
    let owner = page.get(&format!(".{scope}"));
    let planted = document().create_element("span").unwrap();
    planted.set_class_name(styled.first().unwrap());
    owner.append_child(&planted).unwrap();
    let caught = unreached(&page.root, &scopes).len();
    planted.remove();
    drop(page);

    assert!(
        scopes.len() > 40,
        "every sheet attached: {} scopes",
        scopes.len()
    );
    assert!(
        caught > found.len(),
        "a planted element without its scope is found"
    );
    assert!(
        found.is_empty(),
        "{} elements their sheet cannot reach:\n{}",
        found.len(),
        found.join("\n")
    );
}

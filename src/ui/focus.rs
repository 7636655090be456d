//! Moving focus the way the WAI-ARIA patterns ask: into a scope, around it, and back.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

const FOCUSABLE: &str =
    "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), \
     select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// The elements Tab can reach inside `scope`, in document order.
pub fn focusables(scope: &Element) -> Vec<HtmlElement> {
    let Ok(list) = scope.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .filter(|e| e.get_client_rects().length() > 0 || e.offset_parent().is_some())
        .collect()
}

/// The element that has focus now.
pub fn active_element() -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Focuses `[data-autofocus]` inside `scope`, else its first focusable, else `scope` itself.
pub fn focus_first(scope: &HtmlElement) {
    let preferred = scope
        .query_selector("[data-autofocus]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let target = preferred
        .or_else(|| focusables(scope).into_iter().next())
        .unwrap_or_else(|| scope.clone());
    let _ = target.focus();
}

/// Keeps Tab and Shift+Tab inside `scope`, wrapping at either end. Returns true when it moved
/// focus (the caller then prevents the browser's own move).
pub fn trap_tab(scope: &Element, backwards: bool) -> bool {
    let items = focusables(scope);
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return true;
    };
    let active = active_element();
    let at_edge = |edge: &HtmlElement| active.as_ref().is_some_and(|a| a == edge);
    let outside = active.as_ref().is_none_or(|a| !scope.contains(Some(a)));
    if backwards && (at_edge(first) || outside) {
        let _ = last.focus();
        true
    } else if !backwards && (at_edge(last) || outside) {
        let _ = first.focus();
        true
    } else {
        false
    }
}

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

/// Focuses `[data-autofocus]` inside `scope`, else its first focusable other than a dialog's
/// close button, else `scope` itself (content still loading: the dialog is announced, and
/// [`claim_focus_in_dialog`] moves focus on once the content arrives).
pub fn focus_first(scope: &HtmlElement) {
    let preferred = scope
        .query_selector("[data-autofocus]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let target = preferred
        .or_else(|| {
            focusables(scope)
                .into_iter()
                .find(|e| !e.has_attribute("data-dialog-close"))
        })
        .unwrap_or_else(|| scope.clone());
    let _ = target.focus();
}

/// Focuses `element` if focus still rests on the dialog that contains it: for content that
/// arrives after its dialog opened.
pub fn claim_focus_in_dialog(element: &HtmlElement) {
    let dialog = element.closest("[role=dialog]").ok().flatten();
    let on_dialog = match (&dialog, active_element()) {
        (Some(dialog), Some(active)) => {
            let active: &web_sys::Element = &active;
            dialog == active
        }
        _ => false,
    };
    if on_dialog {
        let _ = element.focus();
    }
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
    // Focus on the scope itself (a dialog focused while its content loads, or after a press
    // on its padding) counts as outside: either Tab goes to an end, not out of the scope.
    let outside = active.as_ref().is_none_or(|a| {
        let a: &Element = a;
        !scope.contains(Some(a)) || a == scope
    });
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

/// Focuses `element` if focus was lost (it rests on `<body>` or on nothing): after a list
/// re-rendered away the element that had it.
pub fn refocus_if_lost(element: &HtmlElement) {
    let lost = match active_element() {
        None => true,
        Some(active) => !active.is_connected() || active.tag_name() == "BODY",
    };
    if lost {
        let _ = element.focus();
    }
}

//! What every bundle's `main` does, once: panics to the console, the page's language, then
//! the app mounted on the page's `#app` (guest.html and invite.html: above their language
//! links), else on `<body>`.

use leptos::prelude::IntoView;
use wasm_bindgen::JsCast;

/// Starts `app`: a panic reaches the console as one readable line instead of an
/// `unreachable` trap, and the page's language is chosen (`crate::wording::choice`) before
/// the first sentence is read.
pub fn start<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    crate::wording::start_page_lang(None);
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => leptos::mount::mount_to(root.unchecked_into(), app).forget(),
        None => leptos::mount::mount_to_body(app),
    }
}

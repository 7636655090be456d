//! What every bundle's `main` does, once: panics to the console, the page's language, then
//! the app mounted on `<body>`.

use leptos::prelude::IntoView;

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
    leptos::mount::mount_to_body(app);
}

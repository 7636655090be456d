//! Mounts the app; everything else lives in the library so tests can mount parts of it.

fn main() {
    console_error_panic_hook_lite();
    // The page's language, before the first sentence is read (src/wording/choice.rs).
    share_spa::wording::start_page_lang(None);
    leptos::mount::mount_to_body(share_spa::App);
}

/// Panics go to the console as one readable line instead of `unreachable` traps.
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}

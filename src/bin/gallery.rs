//! The designer gallery's bundle (`gallery.html`, built into `dist/gallery/`, public URL
//! `/gallery/`). It mounts only [`share_spa::gallery::GalleryApp`]: fixture data, no router,
//! no backend, so `trunk serve gallery.html` is all a designer needs, and the host bundle
//! carries none of it.

fn main() {
    // As in the host app: a panic reaches the console as one readable line.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    // The page's language, before the first sentence is read (src/wording/choice.rs).
    share_spa::wording::start_page_lang(None);
    leptos::mount::mount_to_body(share_spa::gallery::GalleryApp);
}

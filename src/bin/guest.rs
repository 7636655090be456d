//! The guest bundle: what a guest downloads from a guest link (`guest.html`, built
//! into `dist/g/`). It mounts only [`share_spa::guest::GuestApp`]: no router, no host
//! windows, no gallery, so the page stays within the guest path's size budget
//! (`scripts/bench-size.sh`). guest.html keeps its comments short (they ship) and asks
//! Trunk for no Subresource Integrity digests (`data-integrity="none"`): every asset is
//! same-origin and content-hashed, the Content-Security-Policy allows only our own origin,
//! and five sha384 digests were ~350 B of the budget that brotli cannot compress.

fn main() {
    // As in the host app: a panic reaches the console as one readable line.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    // The page's language, before the first sentence is read (src/wording/choice.rs).
    share_spa::wording::start_page_lang(None);
    leptos::mount::mount_to_body(share_spa::guest::GuestApp);
}

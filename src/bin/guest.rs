//! The guest bundle: what a guest downloads from a guest link (`guest.html`, built
//! into `dist/g/`). It mounts only [`share_spa::guest::GuestApp`]: no router, no host
//! windows, no gallery, so the page stays within the guest path's size budget
//! (`scripts/bench-size.sh`).

fn main() {
    // As in the host app: a panic reaches the console as one readable line.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    leptos::mount::mount_to_body(share_spa::guest::GuestApp);
}

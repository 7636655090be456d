//! The guest bundle: what a guest downloads from a guest or invite link (`guest.html`, built
//! into `dist/g/`). It mounts only [`share_spa::guest::GuestApp`]: no router, no host
//! windows, no gallery, so the page stays within the guest path's size budget.

fn main() {
    leptos::mount::mount_to_body(share_spa::guest::GuestApp);
}

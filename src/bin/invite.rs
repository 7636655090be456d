//! The invitee bundle: what an invitee downloads from an invite link (`invite.html`, built
//! into `dist/i/`). It mounts only [`share_spa::guest::InviteApp`]: the invite lobby, without
//! the guest link's pages, so each of the two public paths carries only its own screens
//! (`scripts/bench-size.sh`).

fn main() {
    // As in the host app: a panic reaches the console as one readable line.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    // The page's language, before the first sentence is read (src/wording/choice.rs).
    share_spa::wording::start_page_lang(None);
    leptos::mount::mount_to_body(share_spa::guest::InviteApp);
}

//! The Participants tab's bundle: what a host downloads for `/media/:id/live` (`live.html`,
//! built into `dist/l/`). It mounts only [`share_spa::LiveApp`]: the tab and the windows it
//! opens, without the media list or the media page, so each host path stays smaller
//! (`scripts/bench-size.sh`).

fn main() {
    // As in the host app: a panic reaches the console as one readable line.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    // The page's language, before the first sentence is read (src/wording/choice.rs).
    share_spa::wording::start_page_lang(None);
    leptos::mount::mount_to_body(share_spa::LiveApp);
}

//! What every bundle's `main` does, once: panics to the console, the page's language, then
//! the app mounted on the page's `#app` (guest.html and invite.html: above their language
//! links), else on `<body>`. The host's bundles ([`start_host`]) first ask the platform for
//! its default language when the reader has chosen none.

use leptos::prelude::IntoView;
use wasm_bindgen::JsCast;

use crate::wording::{reader_lang, start_page_lang, BUNDLE_LANG};

/// How long a host page waits for the platform's settings before it chooses its language
/// without them: long enough for a backend that answers, short enough that a slow one
/// leaves the page blank for no more than a moment.
pub const SETTINGS_WAIT_MS: u32 = 1_000;

/// Starts `app`: in a debug build (the component tests) a panic reaches the console as one
/// readable line instead of an `unreachable` trap (the release bundles' panics abort at once:
/// `scripts/build-web.sh`), and the page's language is chosen (`crate::wording::choice`)
/// before the first sentence is read.
pub fn start<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    panics_to_console();
    start_page_lang(None);
    mount(app);
}

/// Starts a host app (`src/main.rs`, `src/bin/live.rs`) as [`start`] does, with the
/// platform's `default_locale` among the page's language sources: when neither `?lang=` nor
/// a remembered choice names a language, `GET /settings` is asked first (at most
/// [`SETTINGS_WAIT_MS`]) and the app mounts once the language is chosen, so no screen shows
/// in another language first. Without an answer the browser's languages decide, as before.
/// The guest's and invitee's bundles don't ask: their pages' answers carry the platform's
/// language themselves.
pub fn start_host<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    panics_to_console();
    if BUNDLE_LANG.is_some() || reader_lang().is_some() {
        start_page_lang(None);
        mount(app);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let platform = crate::api::media::default_locale_within(SETTINGS_WAIT_MS)
            .await
            .ok()
            .flatten();
        start_page_lang(platform.as_deref());
        mount(app);
    });
}

/// A panic reaches the console as one readable line (where panics unwind to a hook at all:
/// not in the release bundles, built with `-Cpanic=immediate-abort`).
fn panics_to_console() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}

/// Mounts `app` on the page's `#app` when it has one, else on `<body>`.
fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => leptos::mount::mount_to(root.unchecked_into(), app).forget(),
        None => leptos::mount::mount_to_body(app),
    }
}

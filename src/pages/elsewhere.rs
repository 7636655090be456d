//! Host routes live in two bundles (the host app and the Participants tab's, see `src/app.rs`):
//! a client-side navigation to a route of the other bundle becomes a full page load, so the
//! server sends the page that routes it.

use std::sync::OnceLock;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::NotFound;

/// The path this page was loaded at, before any client-side navigation.
static LOADED_AT: OnceLock<String> = OnceLock::new();

/// Remembers the path the page was loaded at; call once, before the router mounts.
pub fn remember_loaded_path() {
    LOADED_AT.get_or_init(|| {
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default()
    });
}

/// The router's fallback. After a client-side navigation it loads the address afresh, since
/// another bundle may route it; for the address the page was loaded at (the server sent this
/// bundle, so no bundle routes it) it is [`NotFound`].
#[component]
pub fn Elsewhere() -> impl IntoView {
    let location = use_location();
    // The router's address: it renders the new route before it writes it into history.
    let href = LOADED_AT.get().and_then(|loaded_at| {
        elsewhere_href(
            loaded_at,
            &location.pathname.get_untracked(),
            &location.search.get_untracked(),
            &location.hash.get_untracked(),
        )
    });
    let Some(href) = href else {
        return view! { <NotFound /> }.into_any();
    };
    // Once the router has pushed the address, the load replaces that history entry, so Back
    // returns to the page the link was on.
    set_timeout(
        move || {
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(&href);
            }
        },
        Duration::ZERO,
    );
    ().into_any()
}

/// The address to load afresh when the router has no route for `path`: `None` when `path` is
/// where the page was loaded (the server sent this bundle for it, so none routes it).
/// `search` comes without its `?`, `hash` with its `#`, as the router keeps them.
fn elsewhere_href(loaded_at: &str, path: &str, search: &str, hash: &str) -> Option<String> {
    if path == loaded_at {
        return None;
    }
    let query = if search.is_empty() { "" } else { "?" };
    Some(format!("{path}{query}{search}{hash}"))
}

#[cfg(test)]
mod tests {
    use super::elsewhere_href;

    #[test]
    fn given_the_address_the_page_was_loaded_at_should_stay_not_found() {
        assert_eq!(elsewhere_href("/no/such", "/no/such", "", ""), None);
    }

    #[test]
    fn given_a_navigation_to_another_bundles_route_should_load_it_with_its_query() {
        assert_eq!(
            elsewhere_href("/media/3", "/media/3/live", "", "").as_deref(),
            Some("/media/3/live")
        );
        assert_eq!(
            elsewhere_href("/media/3/live", "/", "lang=es", "#main").as_deref(),
            Some("/?lang=es#main")
        );
    }
}

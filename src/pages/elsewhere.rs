//! Host routes live in two bundles (the host app and the Participants tab's, see `src/app.rs`):
//! a client-side navigation to a route of the other bundle becomes a full page load, so the
//! server sends the page that routes it.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::NotFound;

/// The path this page was loaded at, before any client-side navigation.
static LOADED_AT: OnceLock<String> = OnceLock::new();

/// Remembers the path the page was loaded at; call once, before the router mounts.
pub fn remember_loaded_path() {
    LOADED_AT.get_or_init(current_path);
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The router's fallback. After a client-side navigation it loads the address afresh, since
/// another bundle may route it; for the address the page was loaded at (the server sent this
/// bundle, so no bundle routes it) it is [`NotFound`].
#[component]
pub fn Elsewhere() -> impl IntoView {
    let loaded_at = LOADED_AT.get().cloned().unwrap_or_default();
    if current_path() != loaded_at {
        if let Some(window) = web_sys::window() {
            if window.location().reload().is_ok() {
                return ().into_any();
            }
        }
    }
    view! { <NotFound /> }.into_any()
}

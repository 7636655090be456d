//! Run-time configuration, read from the page so one build serves any backend.
//!
//! `index.html` carries `<meta name="share-api-base" content="/api/v1">`; a deployment points
//! the SPA at another backend by editing that one attribute in the built `index.html`
//! (for example `https://media.example.com/api/v1`), with no rebuild.

use std::sync::OnceLock;

static API_BASE: OnceLock<String> = OnceLock::new();

/// The backend's base URL, without a trailing slash.
pub fn api_base() -> &'static str {
    API_BASE.get_or_init(|| {
        let from_meta = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                d.query_selector("meta[name='share-api-base']")
                    .ok()
                    .flatten()
            })
            .and_then(|meta| meta.get_attribute("content"))
            .filter(|content| !content.trim().is_empty());
        from_meta
            .unwrap_or_else(|| contract::API_PREFIX.to_string())
            .trim_end_matches('/')
            .to_string()
    })
}

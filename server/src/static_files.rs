//! The built SPA: files from `--static-dir`, `index.html` for every client route, security
//! headers, precompressed variants and cache rules that fit hashed file names. When the
//! directory holds the lean guest bundle (`g/index.html`, built from `guest.html`) and the
//! invitee bundle (`i/index.html`, from `invite.html`), guest and invite links get those pages
//! instead of the host app's. The Participants tab's bundle (`l/index.html`, from `live.html`)
//! is served for `/media/{id}/live`; the host app's `index.html` for every other client route
//! (`/`, `/sign-in`, `/media/{id}`). The designer gallery's
//! bundle (`gallery/index.html`, built from `gallery.html`) is served at `/gallery/` and at
//! `/gallery` alike: the same page, never a redirect.

use std::path::Path;

use axum::extract::Request;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, LOCATION, REFERRER_POLICY,
    X_CONTENT_TYPE_OPTIONS,
};
use axum::http::HeaderValue;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get_service;
use axum::Router;
use tower_http::services::{ServeDir, ServeFile};

use crate::csp;

/// Assets whose names carry a content hash never change: cache them for a year.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Everything else, `index.html` above all, is revalidated on each use.
const REVALIDATE: &str = "no-cache";

/// Where the guest bundle's page lives inside the static directory.
const GUEST_INDEX: &str = "g/index.html";
/// Where the invitee bundle's page lives inside the static directory.
const INVITE_INDEX: &str = "i/index.html";
/// Where the Participants tab's page lives inside the static directory.
const LIVE_INDEX: &str = "l/index.html";
/// Where the designer gallery's page lives inside the static directory.
const GALLERY_INDEX: &str = "gallery/index.html";

/// A router serving `dir`, falling back to `index.html` for paths that are not files, and
/// serving `g/index.html` for `/guest/*`, `i/index.html` for `/invite/*`,
/// `l/index.html` for `/media/{id}/live` and `gallery/index.html` for `/gallery` when they
/// exist.
pub fn router(dir: &Path) -> Router {
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(page(&dir.join("index.html")));
    let router = Router::new();
    let guest_index = dir.join(GUEST_INDEX);
    let router = if guest_index.is_file() {
        router.route("/guest/{*rest}", get_service(page(&guest_index)))
    } else {
        router
    };
    let invite_index = dir.join(INVITE_INDEX);
    let router = if invite_index.is_file() {
        router.route("/invite/{*rest}", get_service(page(&invite_index)))
    } else {
        router
    };
    let live_index = dir.join(LIVE_INDEX);
    let router = if live_index.is_file() {
        router.route("/media/{id}/live", get_service(page(&live_index)))
    } else {
        router
    };
    // Its assets use absolute `/gallery/...` URLs (Trunk's public URL), so the page works at
    // both addresses; the files themselves come from `ServeDir` below.
    let gallery_index = dir.join(GALLERY_INDEX);
    let router = if gallery_index.is_file() {
        router
            .route("/gallery", get_service(page(&gallery_index)))
            .route("/gallery/", get_service(page(&gallery_index)))
    } else {
        router
    };
    router
        .fallback_service(files)
        .layer(middleware::from_fn(headers))
}

/// An HTML page, sent precompressed when the browser accepts it.
fn page(path: &Path) -> ServeFile {
    ServeFile::new(path).precompressed_br().precompressed_gzip()
}

/// Adds the security and cache headers to a static response.
async fn headers(request: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    keep_redirect_on_this_host(&mut response);
    let is_html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(csp::CONTENT_SECURITY_POLICY),
    );
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Guest and invite tokens are in our URLs: never send them to another site.
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    let cache = if hashed && !is_html {
        IMMUTABLE
    } else {
        REVALIDATE
    };
    headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

/// A directory redirect of `//g` would say `Location: //g/`, which a browser reads as the
/// host `g`: keep every redirect a path on this host by collapsing its leading slashes.
fn keep_redirect_on_this_host(response: &mut Response) {
    let Some(location) = response
        .headers()
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
    else {
        return;
    };
    if location.starts_with("//") || location.starts_with("/\\") {
        let path = format!("/{}", location.trim_start_matches(['/', '\\']));
        if let Ok(value) = HeaderValue::from_str(&path) {
            response.headers_mut().insert(LOCATION, value);
        }
    }
}

/// A file name like `app-3f2a9c0d1e4b5a6f.js` or `style-3f2a9c0d1e4b5a6f_bg.wasm`: a stem
/// with a `-` followed by at least 16 hex digits.
pub fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    stem.split('-').skip(1).any(|part| {
        let hex = part.split('_').next().unwrap_or_default();
        hex.len() >= 16 && hex.chars().all(|c| c.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_trunk_style_names_should_treat_them_as_hashed() {
        assert!(is_hashed_asset("/share-spa-3f2a9c0d1e4b5a6f.js"));
        assert!(is_hashed_asset("/share-spa-3f2a9c0d1e4b5a6f_bg.wasm"));
        assert!(is_hashed_asset("/style-0123456789abcdef0123.css"));
    }

    #[test]
    fn given_plain_names_should_not_treat_them_as_hashed() {
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/media/3"));
        assert!(!is_hashed_asset("/favicon.ico"));
        assert!(!is_hashed_asset("/my-app.js"));
    }
}

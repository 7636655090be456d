//! Serving the built SPA: client routes, security headers, precompressed files, caching, CORS.

mod common;

use std::sync::OnceLock;

use common::{send, TestApp};
use share_server::CONTENT_SECURITY_POLICY;

const INDEX: &str = "<!doctype html><title>Share</title>";
const SCRIPT: &str = "share-spa-0123456789abcdef.js";
/// The guest bundle's page and its WebAssembly, as `scripts/build-web.sh` writes them.
const GUEST_INDEX: &str = "<!doctype html><title>Share: guest</title>";
const GUEST_WASM: &str = "share-guest-0123456789abcdef_bg.wasm";
/// The invitee bundle's page, as `scripts/build-web.sh` writes it.
const INVITE_INDEX: &str = "<!doctype html><title>Share: invitee</title>";
/// The Participants tab's page, as `scripts/build-web.sh` writes it.
const LIVE_INDEX: &str = "<!doctype html><title>Share: participants</title>";
/// The designer gallery's page and its WebAssembly, as `scripts/build-web.sh` writes them.
const GALLERY_INDEX: &str = "<!doctype html><title>Share: gallery</title>";
const GALLERY_WASM: &str = "share-gallery-0123456789abcdef_bg.wasm";

/// A built SPA, host app, Participants tab, guest and invitee bundles and gallery, written once for all tests
/// of this file.
fn static_dir() -> std::path::PathBuf {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let dir = host_only_build();
        let guest = dir.path().join("g");
        std::fs::create_dir(&guest).unwrap();
        std::fs::write(guest.join("index.html"), GUEST_INDEX).unwrap();
        std::fs::write(guest.join("index.html.br"), b"guest brotli bytes").unwrap();
        std::fs::write(guest.join(GUEST_WASM), b"\0asm guest").unwrap();
        let invite = dir.path().join("i");
        std::fs::create_dir(&invite).unwrap();
        std::fs::write(invite.join("index.html"), INVITE_INDEX).unwrap();
        let live = dir.path().join("l");
        std::fs::create_dir(&live).unwrap();
        std::fs::write(live.join("index.html"), LIVE_INDEX).unwrap();
        let gallery = dir.path().join("gallery");
        std::fs::create_dir(&gallery).unwrap();
        std::fs::write(gallery.join("index.html"), GALLERY_INDEX).unwrap();
        std::fs::write(gallery.join(GALLERY_WASM), b"\0asm gallery").unwrap();
        dir
    });
    dir.path().to_path_buf()
}

/// A built SPA without the guest bundle and the gallery (a plain `trunk build`).
fn host_only_dir() -> std::path::PathBuf {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(host_only_build).path().to_path_buf()
}

fn host_only_build() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), INDEX).unwrap();
    std::fs::write(dir.path().join(SCRIPT), "console.log(1)").unwrap();
    std::fs::write(dir.path().join(format!("{SCRIPT}.br")), b"brotli bytes").unwrap();
    dir
}

async fn app() -> TestApp {
    TestApp::start_with(|config| {
        config.static_dir = Some(static_dir());
        config.allow_origins = vec!["http://localhost:8080".into()];
    })
    .await
}

/// `GET` a path outside the API, accepting the brotli variant.
async fn get_brotli(app: &TestApp, path: &str) -> reqwest::Response {
    send(
        app.anonymous()
            .get(format!("{}{path}", app.url))
            .header("accept-encoding", "br"),
    )
    .await
}

/// Asserts an HTML page with the SPA's security headers, revalidated on each use.
fn assert_page_headers(response: &reqwest::Response, path: &str) {
    assert_eq!(response.status(), 200, "{path}");
    let headers = response.headers();
    assert_eq!(headers["content-security-policy"], CONTENT_SECURITY_POLICY);
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["cache-control"], "no-cache", "{path}");
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
}

#[tokio::test]
async fn given_a_client_route_should_serve_index_html_with_security_headers_and_no_cache() {
    let app = app().await;
    // "/galleryx": only the gallery's own address leads to the gallery's bundle.
    for path in ["/", "/media/3", "/sign-in", "/guest", "/galleryx"] {
        let response = app.get_page(path).await;
        assert_page_headers(&response, path);
        assert_eq!(response.text().await.unwrap(), INDEX);
    }
}

#[tokio::test]
async fn given_a_guest_or_invite_link_should_serve_its_own_bundle_with_the_same_headers() {
    let app = app().await;
    for (path, page) in [
        ("/guest/some-token", GUEST_INDEX),
        ("/invite/other-token", INVITE_INDEX),
        ("/guest/t/", GUEST_INDEX),
        ("/invite/t/", INVITE_INDEX),
    ] {
        let response = app.get_page(path).await;
        assert_page_headers(&response, path);
        assert_eq!(response.text().await.unwrap(), page, "{path}");
    }
    let compressed = get_brotli(&app, "/guest/some-token").await;
    assert_page_headers(&compressed, "/guest/some-token (br)");
    assert_eq!(compressed.headers()["content-encoding"], "br");
    assert_eq!(
        compressed.bytes().await.unwrap().as_ref(),
        b"guest brotli bytes"
    );
}

#[tokio::test]
async fn given_a_participants_tab_should_serve_its_own_bundle_and_the_host_app_around_it() {
    let app = app().await;
    for (path, page) in [
        ("/media/3/live", LIVE_INDEX),
        ("/media/abc/live", LIVE_INDEX),
        // Only the tab's own address: the media page and deeper paths are the host app's.
        ("/media/3", INDEX),
        ("/media/3/live/", INDEX),
        ("/media/3/live/more", INDEX),
        ("/media/live", INDEX),
    ] {
        let response = app.get_page(path).await;
        assert_page_headers(&response, path);
        assert_eq!(response.text().await.unwrap(), page, "{path}");
    }
}

#[tokio::test]
async fn given_a_guest_bundle_asset_should_serve_it_under_g_cached_for_a_year() {
    let app = app().await;
    let response = app.get_page(&format!("/g/{GUEST_WASM}")).await;
    assert_eq!(response.status(), 200);
    let headers = response.headers();
    assert_eq!(headers["content-type"], "application/wasm");
    assert_eq!(headers["content-security-policy"], CONTENT_SECURITY_POLICY);
    assert!(headers["cache-control"]
        .to_str()
        .unwrap()
        .contains("max-age=31536000"));
    assert_eq!(response.bytes().await.unwrap().as_ref(), b"\0asm guest");
}

#[tokio::test]
async fn given_no_guest_bundle_should_serve_the_host_app_for_guest_links() {
    let app = TestApp::start_with(|config| config.static_dir = Some(host_only_dir())).await;
    for path in ["/guest/some-token", "/invite/other-token", "/media/3/live"] {
        let response = app.get_page(path).await;
        assert_page_headers(&response, path);
        assert_eq!(response.text().await.unwrap(), INDEX, "{path}");
    }
}

#[tokio::test]
async fn given_the_gallery_bundle_should_serve_it_at_gallery_with_and_without_a_slash() {
    let app = app().await;
    // No redirect is followed: both addresses answer the page itself.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for path in ["/gallery/", "/gallery"] {
        let response = send(client.get(format!("{}{path}", app.url))).await;
        assert_page_headers(&response, path);
        assert_eq!(response.text().await.unwrap(), GALLERY_INDEX, "{path}");
    }
    let asset = app.get_page(&format!("/gallery/{GALLERY_WASM}")).await;
    assert_eq!(asset.status(), 200);
    assert_eq!(asset.headers()["content-type"], "application/wasm");
    assert!(asset.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("max-age=31536000"));
    assert_eq!(asset.bytes().await.unwrap().as_ref(), b"\0asm gallery");
}

#[tokio::test]
async fn given_no_gallery_bundle_should_serve_the_host_app_for_gallery() {
    let app = TestApp::start_with(|config| config.static_dir = Some(host_only_dir())).await;
    let response = app.get_page("/gallery").await;
    assert_page_headers(&response, "/gallery");
    assert_eq!(response.text().await.unwrap(), INDEX);
}

#[tokio::test]
async fn given_a_hashed_asset_should_serve_the_brotli_variant_cached_for_a_year() {
    let app = app().await;
    let response = get_brotli(&app, &format!("/{SCRIPT}")).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
    assert!(response.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("max-age=31536000"));
    assert_eq!(response.bytes().await.unwrap().as_ref(), b"brotli bytes");
    let plain = app.get_page(&format!("/{SCRIPT}")).await;
    assert_eq!(plain.text().await.unwrap(), "console.log(1)");
}

#[tokio::test]
async fn given_an_unknown_api_path_should_still_answer_json_not_the_spa() {
    let app = app().await;
    let response = app.get(&app.anonymous(), "/nothing-here").await;
    common::assert_error(response, 404, contract::ErrorCode::NotFound).await;
}

#[tokio::test]
async fn given_an_allowed_origin_should_answer_cors_with_credentials() {
    let app = app().await;
    let preflight = app
        .anonymous()
        .request(reqwest::Method::OPTIONS, app.api("/me"))
        .header("origin", "http://localhost:8080")
        .header("access-control-request-method", "GET");
    let response = send(preflight).await;
    let headers = response.headers();
    assert_eq!(
        headers["access-control-allow-origin"],
        "http://localhost:8080"
    );
    assert_eq!(headers["access-control-allow-credentials"], "true");
    let other = app
        .anonymous()
        .get(app.api("/settings"))
        .header("origin", "http://evil.example");
    let other = send(other).await;
    assert!(!other.headers().contains_key("access-control-allow-origin"));
}

//! The foundation's components: load states, the media card, the gallery.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use contract::{MediaKind, MediaStatus, MediaSummary};
use leptos::prelude::*;
use share_spa::api::ApiError;
use share_spa::gallery::Gallery;
use share_spa::host::MediaCard;
use share_spa::ui::{LoadError, LoadErrorPage, LoadingPage, ToastRegion};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, settle};

#[wasm_bindgen_test]
async fn given_a_network_error_should_explain_it_and_retry_on_request() {
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = retries.clone();
    let retry = Callback::new(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    let page = mount(move || view! { <LoadError error=ApiError::Network retry /> }.into_any());
    settle().await;

    let alert = page.get("[role=alert]");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("couldn't reach the server"));
    page.by_text("button", "Try again").click();
    settle().await;
    assert_eq!(retries.load(Ordering::SeqCst), 1);
    let button = page.by_text("button", "Trying again…");
    assert_eq!(
        button.get_attribute("aria-busy").as_deref(),
        Some("true"),
        "a pressed Try again says it is working until the owner shows the outcome"
    );
}

#[wasm_bindgen_test]
async fn given_a_refusal_that_retrying_cannot_fix_should_offer_no_retry() {
    let error = ApiError::Server {
        status: 403,
        code: contract::ErrorCode::Forbidden,
        fields: Default::default(),
        expired_at: None,
    };
    let page = mount(move || view! { <LoadError error retry=|| () /> }.into_any());
    settle().await;
    assert!(page.text().contains("don't have permission"));
    assert!(page.find("button").is_none());
}

#[wasm_bindgen_test]
async fn given_a_page_still_loading_should_give_it_a_main_landmark_and_a_heading() {
    let page = mount(|| view! { <LoadingPage label="Loading media" /> }.into_any());
    settle().await;
    assert_eq!(page.get("main").id(), "main", "the skip link's target");
    assert_eq!(page.get("main h1").text_content().unwrap(), "Loading media");
    assert!(page
        .get("main [role=status]")
        .text_content()
        .unwrap()
        .contains("Loading media"));
}

#[wasm_bindgen_test]
async fn given_a_page_that_failed_to_load_should_name_it_say_why_and_offer_try_again() {
    let page = mount(|| {
        view! {
            <LoadErrorPage
                title="Your media didn't load"
                error=ApiError::Unexpected {
                    status: 502,
                }
                retry=|| ()
            />
        }
        .into_any()
    });
    settle().await;
    assert_eq!(page.get("main").id(), "main");
    assert_eq!(
        page.get("main h1").text_content().unwrap(),
        "Your media didn't load"
    );
    assert!(page
        .get("main [role=alert]")
        .text_content()
        .unwrap()
        .contains("Something went wrong on our side"));
    assert!(page.by_text("button", "Try again").is_connected());
}

#[wasm_bindgen_test]
async fn given_a_title_with_markup_should_render_it_as_text() {
    let media = MediaSummary {
        id: 7,
        title: "<img src=x onerror=alert(1)> & <b>bold</b>".into(),
        kind: MediaKind::Video,
        status: MediaStatus::Ended,
    };
    let page = mount(move || view! { <MediaCard media /> }.into_any());
    settle().await;
    assert!(page.find("img").is_none() && page.find("b").is_none());
    assert!(page
        .text()
        .contains("<img src=x onerror=alert(1)> & <b>bold</b>"));
    assert_eq!(page.get("a").get_attribute("href").unwrap(), "/media/7");
}

#[wasm_bindgen_test]
async fn given_the_gallery_should_render_every_specimen() {
    let page = mount(|| {
        view! {
            <ToastRegion>
                <Gallery />
            </ToastRegion>
        }
        .into_any()
    });
    settle().await;
    let specimens = page.all("[data-specimen]");
    assert!(specimens.len() >= 10, "{} specimens", specimens.len());
    assert!(page.text().contains("Designer gallery"));
}

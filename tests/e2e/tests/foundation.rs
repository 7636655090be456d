//! The foundation's journeys: a host signs in and opens a media item; the gallery loads.

use contract::MediaSummary;
use e2e::{check_screen, Browser, Result, Stack};
use fantoccini::Locator;

#[tokio::test]
async fn given_the_seeded_host_should_sign_in_open_a_media_item_and_see_its_title() -> Result {
    let stack = Stack::start().await?;
    let browser = Browser::launch().await?;

    browser.goto(&stack.page("/")).await?;
    browser.wait_text("h1", "Sign in to continue").await?;
    check_screen(&browser, "signed out").await?;

    browser.wait_text("a", "Sign in").await?.click().await?;
    browser.wait_text("h1", "Sign in").await?;
    check_screen(&browser, "sign in").await?;
    browser
        .wait_text("button", "host@example.com")
        .await?
        .click()
        .await?;

    browser.wait_text("h1", "My media").await?;
    let seeded: Vec<MediaSummary> = stack
        .host_api("host@example.com")
        .await?
        .get(stack.api("/media"))
        .send()
        .await?
        .json()
        .await?;
    assert!(
        seeded.len() >= 9,
        "every kind is seeded, got {}",
        seeded.len()
    );
    let cards = browser.find_all(Locator::Css("main li a")).await?;
    assert_eq!(
        cards.len(),
        seeded.len(),
        "the list shows every seeded item"
    );
    check_screen(&browser, "my media").await?;

    let first = &seeded[0];
    browser
        .find(Locator::Css(&format!("a[href='/media/{}']", first.id)))
        .await?
        .click()
        .await?;
    let heading = browser.wait_text("h1", &first.title).await?;
    assert_eq!(heading.text().await?, first.title);
    assert!(browser
        .current_url()
        .await?
        .path()
        .ends_with(&format!("/media/{}", first.id)));
    check_screen(&browser, "media page").await?;
    browser.quit().await
}

#[tokio::test]
async fn given_an_unknown_address_should_show_the_not_found_page() -> Result {
    let stack = Stack::start().await?;
    let browser = Browser::launch().await?;
    browser.goto(&stack.page("/no/such/page")).await?;
    browser.wait_text("h1", "Page not found").await?;
    check_screen(&browser, "not found").await?;
    browser.quit().await
}

#[tokio::test]
async fn given_the_gallery_should_render_every_specimen_with_no_errors() -> Result {
    let stack = Stack::start().await?;
    let browser = Browser::launch().await?;
    browser.goto(&stack.page("/gallery")).await?;
    browser.wait_text("h1", "Designer gallery").await?;
    let specimens = browser.find_all(Locator::Css("[data-specimen]")).await?;
    assert!(
        specimens.len() >= 10,
        "gallery shows {} specimens",
        specimens.len()
    );
    for specimen in specimens {
        let title = specimen.attr("data-specimen").await?.unwrap_or_default();
        let rendered = specimen.find_all(Locator::Css(".frame > *")).await?;
        assert!(!rendered.is_empty(), "specimen {title:?} rendered nothing");
    }
    check_screen(&browser, "gallery").await?;
    browser.quit().await
}

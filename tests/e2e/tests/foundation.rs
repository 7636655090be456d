//! The foundation's journeys: a host signs in and opens a media item; the gallery loads.

use contract::{MediaKind, MediaStatus, MediaSummary};
use e2e::{check_screen, sign_in, Browser, Result, Stack};
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
async fn given_the_media_page_and_the_participants_tab_in_two_bundles_should_link_both_ways(
) -> Result {
    let stack = Stack::start().await?;
    let room = stack
        .seeded(MediaKind::Room, Some(MediaStatus::Live))
        .await?;
    let browser = Browser::launch().await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    browser
        .goto(&stack.page(&format!("/media/{}", room.id)))
        .await?;
    browser.wait_text("h1", &room.title).await?;
    let bundle = "return document.querySelector('script[data-wasm]').dataset.wasm;";
    let wasm = browser.execute(bundle, vec![]).await?;
    assert!(
        wasm.as_str().is_some_and(|w| w.starts_with("/share-spa-")),
        "the media page loads {wasm}"
    );

    // The tab is another bundle: its link is a full page load that lands on the tab.
    browser
        .wait_text("a", "Participants")
        .await?
        .click()
        .await?;
    browser.wait_text("h2", "Waiting to join (0)").await?;
    assert!(browser
        .current_url()
        .await?
        .path()
        .ends_with(&format!("/media/{}/live", room.id)));
    let wasm = browser.execute(bundle, vec![]).await?;
    assert!(
        wasm.as_str()
            .is_some_and(|w| w.starts_with("/l/share-live-")),
        "the Participants tab loads {wasm}"
    );
    check_screen(&browser, "Participants tab, from the media page").await?;

    // And back: the brand link leads to the media list, in the host bundle again.
    browser.wait_text("a", "MediaShare").await?.click().await?;
    browser.wait_text("h1", "My media").await?;
    browser.back().await?;
    browser.wait_text("h2", "Waiting to join (0)").await?;
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
    // The gallery's own bundle (dist/gallery/), at its public address.
    browser.goto(&stack.page("/gallery/")).await?;
    browser.wait_text("h1", "Designer gallery").await?;
    let wasm = browser
        .execute(
            "return document.querySelector('script[data-wasm]').dataset.wasm;",
            vec![],
        )
        .await?;
    assert!(
        wasm.as_str()
            .is_some_and(|w| w.starts_with("/gallery/share-gallery-")),
        "the gallery page loads {wasm}, not the gallery bundle's WebAssembly"
    );
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

#[tokio::test]
async fn given_the_release_build_should_run_under_a_csp_that_allows_no_inline_script() -> Result {
    let stack = Stack::start().await?;
    let response = reqwest::get(stack.page("/media/1")).await?;
    let csp = response
        .headers()
        .get("content-security-policy")
        .ok_or("no Content-Security-Policy header")?
        .to_str()?
        .to_string();
    let html = response.text().await?;
    let script_src = csp
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"))
        .ok_or("no script-src")?;
    assert_eq!(script_src, "script-src 'self' 'wasm-unsafe-eval'", "{csp}");
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"),
        "{csp}"
    );
    // Every script the built page carries is a file, none inline.
    for tag in html.split("<script").skip(1) {
        let open = &tag[..tag.find('>').ok_or("unclosed script tag")?];
        assert!(
            open.contains("src="),
            "inline script in index.html: <script{open}>"
        );
    }
    // And the app boots under that policy (a violation would log a console error).
    let browser = Browser::launch().await?;
    browser.goto(&stack.page("/")).await?;
    browser.wait_text("h1", "Sign in to continue").await?;
    check_screen(&browser, "signed out, under the CSP").await?;
    browser.quit().await
}

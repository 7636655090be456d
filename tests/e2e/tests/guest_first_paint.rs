//! The guest page's first paint, in a real browser on a slow network: the link's details are
//! asked for once, while the WebAssembly downloads (not after it), the entry card's
//! skeleton gives way to the real card, and what a guest types into the skeleton's form
//! before the app has run is the app's form's.

use std::time::Duration;

use contract::MediaKind;
use e2e::{check_screen, link_named, token_of, Browser, Key, Result, Stack};
use fantoccini::Locator;
use serde_json::json;

#[tokio::test]
async fn given_a_slow_network_the_guest_page_should_ask_for_the_link_once_while_the_wasm_downloads(
) -> Result {
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let link = stack
        .guest_link(video.id, link_named("First paint"))
        .await?;
    let browser = Browser::launch().await?;
    browser.cdp("Network.enable", json!({})).await?;
    browser
        .cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 93_750 }),
        )
        .await?;

    browser.goto(&link.url).await?;
    browser.wait_text("h1", &video.title).await?;
    browser.wait_css("input[name=name]").await?;

    let timings = browser
        .execute(
            "const entries = performance.getEntriesByType('resource');\
             const info = entries.filter(e => e.name.endsWith('/api/v1/guest/' + arguments[0]));\
             const wasm = entries.find(e => e.name.endsWith('.wasm'));\
             return { asked: info.length, info_start: info[0] && info[0].startTime,\
                      wasm_end: wasm && wasm.responseEnd,\
                      skeleton: !!document.getElementById('guest-skeleton'),\
                      mains: document.querySelectorAll('main').length };",
            vec![json!(token_of(&link.url))],
        )
        .await?;
    assert_eq!(timings["asked"], 1, "one request for the link: {timings}");
    let (info_start, wasm_end) = (
        timings["info_start"]
            .as_f64()
            .ok_or("no request for the link")?,
        timings["wasm_end"]
            .as_f64()
            .ok_or("no WebAssembly download")?,
    );
    assert!(
        info_start < wasm_end,
        "asked while the WebAssembly downloaded: {timings}"
    );
    assert_eq!(timings["skeleton"], false, "the card replaced the skeleton");
    assert_eq!(timings["mains"], 1);
    check_screen(&browser, "guest entry after first paint").await?;
    browser.quit().await?;
    Ok(())
}

/// What the page holds now: the skeleton or the app's form, the name inputs' values, the
/// focused input's id and name, its caret, and the address's query.
const STATE: &str = "const skeleton = document.getElementById('guest-skeleton-name');\
    const app = document.querySelector('main#main input[name=name]');\
    const focused = document.activeElement;\
    return { skeleton: skeleton && skeleton.value, app: app && app.value,\
             focused_id: focused.id, focused_name: focused.getAttribute('name'),\
             caret: focused.selectionStart, query: location.search };";

#[tokio::test]
async fn given_a_name_typed_before_the_app_ran_should_keep_every_keystroke_and_join() -> Result {
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let link = stack
        .guest_link(video.id, link_named("Typed early"))
        .await?;
    let browser = Browser::launch().await?;
    browser.cdp("Network.enable", json!({})).await?;
    // About 30 kB/s: the WebAssembly takes seconds, so the guest types while it downloads.
    browser
        .cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": 150, "downloadThroughput": 30_000, "uploadThroughput": 30_000 }),
        )
        .await?;

    browser.goto(&link.url).await?;
    // By its label, as a guest finds it.
    let label = browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::XPath(
            "//label[starts-with(normalize-space(.), 'Name')]",
        ))
        .await?;
    let id = label
        .attr("for")
        .await?
        .ok_or("a label tied to its input")?;
    browser
        .find(Locator::Id(&id))
        .await?
        .send_keys("Ann")
        .await?;
    // Enter before the app runs submits nothing: no reload, nothing lost.
    browser.press(&Key::Enter).await?;
    let early = browser.execute(STATE, vec![]).await?;
    assert_eq!(early["skeleton"], "Ann", "typed into the skeleton: {early}");
    assert!(early["app"].is_null(), "before the app ran: {early}");
    assert_eq!(early["query"], "", "Enter sent nothing: {early}");
    check_screen(&browser, "guest entry before the app ran, a name typed").await?;

    browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("main#main input[name=name]"))
        .await?;
    let adopted = browser.execute(STATE, vec![]).await?;
    assert!(
        adopted["skeleton"].is_null(),
        "the skeleton is gone: {adopted}"
    );
    assert_eq!(adopted["app"], "Ann", "the app's form has it: {adopted}");
    assert_eq!(adopted["focused_name"], "name", "and the focus: {adopted}");
    assert_eq!(adopted["caret"], 3, "the caret after it: {adopted}");
    browser.press(" Guest").await?;
    let typed = browser.execute(STATE, vec![]).await?;
    assert_eq!(typed["app"], "Ann Guest", "no keystroke dropped: {typed}");
    check_screen(&browser, "guest entry with the adopted name").await?;

    let label = browser
        .find(Locator::XPath(
            "//label[starts-with(normalize-space(.), 'Email')]",
        ))
        .await?;
    let id = label
        .attr("for")
        .await?
        .ok_or("a label tied to its input")?;
    browser
        .find(Locator::Id(&id))
        .await?
        .send_keys("ann.guest@example.com")
        .await?;
    browser.press(&Key::Enter).await?;
    browser
        .wait_text_within("p", "You're watching as a guest.", Duration::from_secs(20))
        .await?;
    check_screen(&browser, "guest view after an early name").await?;
    browser.quit().await?;
    Ok(())
}

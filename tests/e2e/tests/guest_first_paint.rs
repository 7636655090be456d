//! The guest page's first paint, in a real browser on a slow network: the link's details are
//! asked for once, while the WebAssembly downloads (not after it), and the entry card's
//! skeleton gives way to the real card.

use contract::MediaKind;
use e2e::{check_screen, link_named, token_of, Browser, Result, Stack};
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

//! Benchmark: a guest opening a guest link cold (empty cache) in headless Chromium with
//! Lighthouse's slow-4G profile (150 ms RTT, 1.6 Mbps down, 750 kbps up, 4x CPU slowdown),
//! against the reference backend on loopback. Prints, as the median of five loads: Largest
//! Contentful Paint, the moment the entry form accepts input (the app's `guest:form-ready`
//! mark), and the bytes transferred.

use contract::MediaKind;
use e2e::{link_named, Browser, Result, Stack};
use serde_json::json;

const RUNS: usize = 5;

#[tokio::main]
async fn main() -> Result {
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let link = stack.guest_link(video.id, link_named("Bench")).await?;

    let (mut lcps, mut readies, mut bytes) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let browser = Browser::launch().await?;
        browser.cdp("Network.enable", json!({})).await?;
        browser
            .cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
            .await?;
        browser
            .cdp(
                "Network.emulateNetworkConditions",
                json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 93_750 }),
            )
            .await?;
        browser
            .cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
            .await?;
        browser.goto(&link.url).await?;
        browser.wait_css("input[name=name]").await?;
        let figures = browser
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 new PerformanceObserver(list => {\
                   const lcp = list.getEntries().at(-1).startTime;\
                   const ready = performance.getEntriesByName('guest:form-ready')[0].startTime;\
                   const bytes = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))\
                     .reduce((sum, e) => sum + (e.transferSize || 0), 0);\
                   done({ lcp, ready, bytes });\
                 }).observe({ type: 'largest-contentful-paint', buffered: true });",
                vec![],
            )
            .await?;
        lcps.push(figures["lcp"].as_f64().ok_or("no LCP")?);
        readies.push(figures["ready"].as_f64().ok_or("no form-ready mark")?);
        bytes.push(figures["bytes"].as_f64().unwrap_or_default());
        browser.quit().await?;
    }
    println!("Guest entry page, cold load, slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) and 4x CPU, median of {RUNS}:");
    println!("  Largest Contentful Paint      {:>7.0} ms", median(lcps));
    println!(
        "  form accepts input            {:>7.0} ms",
        median(readies)
    );
    println!(
        "  bytes transferred             {:>7.0} B (gzip: Chromium offers brotli on HTTPS only)",
        median(bytes)
    );
    Ok(())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

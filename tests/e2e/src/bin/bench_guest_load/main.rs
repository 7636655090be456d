//! Benchmark: a guest opening a guest link cold (empty cache) in headless Chromium with
//! Lighthouse's slow-4G profile (150 ms RTT, 1.6 Mbps down, 750 kbps up, 4x CPU slowdown),
//! against the reference backend on loopback, beside its yardstick: a static HTML form with
//! the same content ([`static_form`]) served by the same server. The two pages load
//! alternately, five cold loads each, so both meet the same machine. Prints both medians and
//! their ratios: Largest Contentful Paint; the moment a guest can type, measured the same
//! way on both pages: the later of the first name input (`autocomplete="name"`) being in
//! the document ([`PROBE`]) and First Contentful Paint (on the guest page that input is the
//! skeleton's, whose typing the app adopts); when the app's own form is in the page (its
//! `guest:form-ready` mark); Cumulative Layout Shift; bytes transferred.

mod static_form;

use std::path::PathBuf;

use contract::{GuestLinkInfo, MediaKind};
use e2e::{link_named, token_of, workspace_root, Browser, Result, Stack};
use serde_json::json;

const RUNS: usize = 5;

/// Runs before any of the page's scripts (DevTools' new-document script, outside the
/// page's Content-Security-Policy): notes when the first name input is in the document.
const PROBE: &str = "new MutationObserver((_, observer) => {\
      if (document.querySelector('input[autocomplete=name]')) {\
        window.__nameInputAt = performance.now(); observer.disconnect();\
      }\
    }).observe(document, { childList: true, subtree: true });";

/// Read once the form is in the page, a second later, so late shifts are counted too.
const FIGURES: &str = "const done = arguments[arguments.length - 1];\
    let cls = 0;\
    new PerformanceObserver(list => {\
      for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value;\
    }).observe({ type: 'layout-shift', buffered: true });\
    setTimeout(() => new PerformanceObserver(list => {\
      const lcp = list.getEntries().at(-1).startTime;\
      const nav = performance.getEntriesByType('navigation')[0];\
      const mark = performance.getEntriesByName('guest:form-ready')[0];\
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];\
      const typeable = window.__nameInputAt === undefined ? nav.domInteractive : window.__nameInputAt;\
      const ready = Math.max(typeable, fcp ? fcp.startTime : 0);\
      const form = mark ? mark.startTime : ready;\
      const bytes = [nav].concat(performance.getEntriesByType('resource'))\
        .reduce((sum, e) => sum + (e.transferSize || 0), 0);\
      done({ lcp, ready, form, bytes, cls });\
    }).observe({ type: 'largest-contentful-paint', buffered: true }), 1000);";

/// One page's figures, one value per load.
#[derive(Default)]
struct Figures {
    lcp: Vec<f64>,
    ready: Vec<f64>,
    /// The app's own form in the page (the static form: ready to type).
    form: Vec<f64>,
    cls: Vec<f64>,
    bytes: Vec<f64>,
}

#[tokio::main]
async fn main() -> Result {
    let dist = std::env::var_os("SHARE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("dist"));
    let dir = tempfile::tempdir()?;
    static_form::copy_dir(&dist, dir.path())?;
    std::env::set_var("SHARE_DIST", dir.path());
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let link = stack.guest_link(video.id, link_named("Bench")).await?;
    let info: GuestLinkInfo = reqwest::get(stack.api(&format!("/guest/{}", token_of(&link.url))))
        .await?
        .error_for_status()?
        .json()
        .await?;
    static_form::write(dir.path(), &info)?;
    let form_url = stack.page(&format!("/{}", static_form::FILE));

    let (mut form, mut app) = (Figures::default(), Figures::default());
    for _ in 0..RUNS {
        load(&form_url, &mut form).await?;
        load(&link.url, &mut app).await?;
    }
    println!("Guest entry page against a static HTML form with the same content, same server, cold loads,");
    println!("slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) and 4x CPU, alternating, median of {RUNS} each:");
    println!("                                static form   guest page     ratio  (goal)");
    row(
        "Largest Contentful Paint",
        "ms",
        &form.lcp,
        &app.lcp,
        "<= 2x",
    );
    row("ready to type", "ms", &form.ready, &app.ready, "<= 1.5x");
    row(
        "the app's form in the page",
        "ms",
        &form.form,
        &app.form,
        "",
    );
    println!(
        "  {:<28}{:>11.3}   {:>10.3}            (< 0.05)",
        "Cumulative Layout Shift",
        median(&form.cls),
        median(&app.cls)
    );
    row("bytes transferred", "B ", &form.bytes, &app.bytes, "");
    println!("  (bytes: gzip, as Chromium offers brotli on HTTPS only)");
    Ok(())
}

/// One cold load of `url` in a fresh, throttled browser.
async fn load(url: &str, figures: &mut Figures) -> Result {
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
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": PROBE }),
        )
        .await?;
    browser.goto(url).await?;
    browser.wait_css("input[name=name]").await?;
    let value = browser.execute_async(FIGURES, vec![]).await?;
    let number = |key: &str| value[key].as_f64().ok_or(format!("no {key} at {url}"));
    figures.lcp.push(number("lcp")?);
    figures.ready.push(number("ready")?);
    figures.form.push(number("form")?);
    figures.cls.push(number("cls")?);
    figures
        .bytes
        .push(value["bytes"].as_f64().unwrap_or_default());
    browser.quit().await?;
    Ok(())
}

fn row(name: &str, unit: &str, form: &[f64], app: &[f64], goal: &str) {
    let (form, app) = (median(form), median(app));
    let goal = match goal {
        "" => String::new(),
        goal => format!("({goal})"),
    };
    println!(
        "  {name:<28}{form:>8.0} {unit}   {app:>7.0} {unit}   {:>6.2}x  {goal}",
        app / form
    );
}

fn median(values: &[f64]) -> f64 {
    let mut values = values.to_vec();
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

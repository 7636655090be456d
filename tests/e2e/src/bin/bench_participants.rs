//! Benchmark: the Participants tab with 10,000 participants and 1,000 waiting guests, in
//! headless Chromium against the reference backend. Prints, at 1x and 4x CPU throttling:
//! the snapshot's fetch and parse (for context), time to first render of the lists (from the
//! snapshot parsed to the next frame), time to
//! apply one live join (event received to DOM updated), and time to reflect Admit all of
//! 1,000 (click to both lists showing it). Run by `scripts/bench-participants.sh`.

use std::time::Duration;

use contract::{JoinRequest, MediaKind, MediaStatus};
use e2e::{link_named, sign_in, token_of, Browser, Result, Stack};
use serde_json::json;

const PARTICIPANTS: usize = 10_000;
const WAITING: usize = 1_000;

#[tokio::main]
async fn main() -> Result {
    println!("Participants tab: {PARTICIPANTS} participants, {WAITING} waiting (goals: first render <= 150 ms, one join <= 5 ms, admit-all <= 100 ms)");
    println!(
        "{:<6} {:>22} {:>18} {:>14} {:>22}",
        "CPU", "fetch + parse (ms)", "first render (ms)", "one join (ms)", "admit all 1,000 (ms)"
    );
    for rate in [1, 4] {
        let (fetch, render, join, admit_all) = run(rate).await?;
        println!(
            "{:<6} {fetch:>22.1} {render:>18.1} {join:>14.2} {admit_all:>22.1}",
            format!("{rate}x")
        );
    }
    Ok(())
}

/// One full run on a fresh backend; figures are medians of three page loads where repeatable.
async fn run(rate: u32) -> Result<(f64, f64, f64, f64)> {
    let stack = Stack::start().await?;
    let room = stack
        .seeded(MediaKind::Room, Some(MediaStatus::Live))
        .await?;
    stack
        .host_api("host@example.com")
        .await?
        .post(stack.api(&format!("/dev/media/{}/crowd", room.id)))
        .json(&json!({ "participants": PARTICIPANTS, "waiting": WAITING }))
        .send()
        .await?
        .error_for_status()?;
    let link = stack.guest_link(room.id, link_named("Bench")).await?;

    let browser = Browser::launch().await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    browser
        .cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }))
        .await?;
    let page = stack.page(&format!("/media/{}/live", room.id));
    let mut renders = Vec::new();
    let mut fetches = Vec::new();
    for _ in 0..3 {
        browser.goto(&page).await?;
        browser.wait_text("h2", "All participants (1").await?;
        browser.wait_text("[role=status] p", "Live").await?;
        renders.push(last(&browser, "participants:first-render").await?);
        fetches.push(last(&browser, "participants:fetch-and-parse").await?);
    }

    let token = token_of(&link.url);
    let mut joins = Vec::new();
    for i in 0..5 {
        let name = format!("Bench guest {i}");
        reqwest::Client::new()
            .post(stack.api(&format!("/guest/{token}/join")))
            .json(&JoinRequest {
                name: name.clone(),
                email: format!("bench{i}@example.org"),
                device: None,
            })
            .send()
            .await?
            .error_for_status()?;
        browser
            .wait_text("h2", &format!("Waiting to join (1,00{})", i + 1))
            .await?;
        joins.push(last(&browser, "participants:apply").await?);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    browser
        .wait_text("button", "Admit all")
        .await?
        .click()
        .await?;
    browser.wait_text("h2", "Waiting to join (0)").await?;
    browser
        .wait_js(
            "admit-all reflected",
            "performance.getEntriesByName('participants:admit-all-reflected').length > 0",
        )
        .await?;
    let admit_all = last(&browser, "participants:admit-all-reflected").await?;
    browser.quit().await?;
    Ok((median(fetches), median(renders), median(joins), admit_all))
}

async fn last(browser: &Browser, measure: &str) -> Result<f64> {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(value) = browser.measures(measure).await?.last() {
            return Ok(*value);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("no `{measure}` measure was recorded").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

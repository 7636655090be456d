//! Benchmark: the Participants tab with 10,000 participants and 1,000 waiting guests, in
//! headless Chromium against the reference backend. Prints, at 1x and 4x CPU throttling, as
//! medians of several runs (each on a fresh backend and browser): the snapshot's fetch and
//! parse (for context), time to first render of the lists (from the snapshot parsed to the
//! next frame), time to apply one live join (event received to DOM updated), and time to
//! reflect Admit all of 1,000 (click to both lists showing it), split into its phases.
//! Run by `scripts/bench-participants.sh`.
//!
//! `BENCH_RUNS` (default 5) sets the runs per figure. `BENCH_BUILDS` compares builds in one
//! run, interleaved so the machine's noise falls on each alike:
//! `before=target/share-server-before:dist-before,after=target/release/share-server:dist`
//! (label=server binary:static build). Without it: `SHARE_SERVER_BIN` (else
//! `target/release/share-server`) serving `SHARE_DIST` (else `dist/`).

use std::path::PathBuf;
use std::time::Duration;

use contract::{JoinRequest, MediaKind, MediaStatus};
use e2e::{link_named, sign_in, token_of, workspace_root, Browser, Result, Stack};
use serde::Deserialize;
use serde_json::json;

const PARTICIPANTS: usize = 10_000;
const WAITING: usize = 1_000;
const JOINS: usize = 2;

/// A server binary and the static build it serves.
struct Build {
    label: String,
    bin: PathBuf,
    dist: PathBuf,
}

/// One run's figures, in ms unless named otherwise.
#[derive(Default)]
struct Run {
    fetch: Vec<f64>,
    render: Vec<f64>,
    joins: Vec<f64>,
    admit_all: Vec<f64>,
    phases: Vec<Phases>,
}

/// Where admit-all's time went, read from the page's own timeline (ms since the click).
#[derive(Deserialize, Clone, Copy, Default)]
struct Phases {
    /// The admit-all request's response fully received.
    answered: f64,
    /// The first and the last stream message received after the click.
    first_event: f64,
    last_event: f64,
    /// Stream messages received, and list updates applied (each followed by a render).
    messages: f64,
    renders: f64,
    /// Main-thread tasks over 50 ms between the click and both lists showing it.
    long_tasks: f64,
}

#[tokio::main]
async fn main() -> Result {
    let builds = builds()?;
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let rates = [1u32, 4];
    let mut results: Vec<Vec<Run>> = rates
        .iter()
        .map(|_| builds.iter().map(|_| Run::default()).collect())
        .collect();
    for round in 0..runs {
        for (r, &rate) in rates.iter().enumerate() {
            for (b, build) in builds.iter().enumerate() {
                let run = &mut results[r][b];
                sample(build, rate, run)
                    .await
                    .map_err(|e| format!("{} at {rate}x, run {}: {e}", build.label, round + 1))?;
            }
        }
    }

    println!(
        "Participants tab: {PARTICIPANTS} participants, {WAITING} waiting, median of {runs} runs \
         (goals: first render <= 150 ms, one join <= 5 ms, admit-all <= 100 ms)"
    );
    println!(
        "{:<8} {:<4} {:>13} {:>13} {:>9} {:>10}  | admit all: {:>8} {:>8} {:>8} {:>9} {:>8} {:>11}",
        "build",
        "CPU",
        "fetch+parse",
        "first render",
        "one join",
        "admit all",
        "answered",
        "1st msg",
        "last msg",
        "messages",
        "renders",
        "long tasks"
    );
    for (r, rate) in rates.iter().enumerate() {
        for (b, build) in builds.iter().enumerate() {
            let run = &results[r][b];
            let phase = |f: fn(&Phases) -> f64| median(run.phases.iter().map(f).collect());
            println!(
                "{:<8} {:<4} {:>13.1} {:>13.1} {:>9.2} {:>10.1}  | {:>19.1} {:>8.1} {:>8.1} {:>9.0} {:>8.0} {:>11.1}",
                build.label,
                format!("{rate}x"),
                median(run.fetch.clone()),
                median(run.render.clone()),
                median(run.joins.clone()),
                median(run.admit_all.clone()),
                phase(|p| p.answered),
                phase(|p| p.first_event),
                phase(|p| p.last_event),
                phase(|p| p.messages),
                phase(|p| p.renders),
                phase(|p| p.long_tasks),
            );
        }
    }
    println!("(admit all: ms after the click; messages = stream messages received, renders = list updates applied)");
    Ok(())
}

fn builds() -> Result<Vec<Build>> {
    let root = workspace_root();
    let Ok(spec) = std::env::var("BENCH_BUILDS") else {
        let bin = std::env::var_os("SHARE_SERVER_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target/release/share-server"));
        let dist = std::env::var_os("SHARE_DIST")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("dist"));
        return Ok(vec![Build {
            label: "this".into(),
            bin,
            dist,
        }]);
    };
    spec.split(',')
        .map(|entry| {
            let (label, paths) = entry
                .split_once('=')
                .ok_or("BENCH_BUILDS: label=bin:dist")?;
            let (bin, dist) = paths
                .split_once(':')
                .ok_or("BENCH_BUILDS: label=bin:dist")?;
            Ok(Build {
                label: label.into(),
                bin: root.join(bin),
                dist: root.join(dist),
            })
        })
        .collect()
}

/// One run on a fresh backend and browser: a page load, a few joins, then Admit all.
async fn sample(build: &Build, rate: u32, run: &mut Run) -> Result {
    let stack = Stack::start_build(build.bin.clone(), build.dist.clone()).await?;
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
    browser
        .goto(&stack.page(&format!("/media/{}/live", room.id)))
        .await?;
    browser.wait_text("h2", "All participants (1").await?;
    browser.wait_text("[role=status] p", "Live").await?;
    run.render
        .push(last(&browser, "participants:first-render").await?);
    run.fetch
        .push(last(&browser, "participants:fetch-and-parse").await?);

    let token = token_of(&link.url);
    for i in 0..JOINS {
        reqwest::Client::new()
            .post(stack.api(&format!("/guest/{token}/join")))
            .json(&JoinRequest {
                name: format!("Bench guest {i}"),
                email: format!("bench{i}@example.org"),
                device: None,
            })
            .send()
            .await?
            .error_for_status()?;
        browser
            .wait_text("h2", &format!("Waiting to join (1,00{})", i + 1))
            .await?;
        run.joins.push(last(&browser, "participants:apply").await?);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    browser.execute(WATCH_LONG_TASKS, vec![]).await?;
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
    run.admit_all
        .push(last(&browser, "participants:admit-all-reflected").await?);
    // Let the last frames and the response land before reading the timeline.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let phases = browser.execute(READ_PHASES, vec![]).await?;
    run.phases.push(serde_json::from_value(phases)?);
    browser.quit().await?;
    Ok(())
}

/// Records main-thread long tasks from now on (they are not buffered by default).
const WATCH_LONG_TASKS: &str = "
    performance.setResourceTimingBufferSize(10000);
    window.__longTasks = [];
    new PerformanceObserver(list => window.__longTasks.push(...list.getEntries()))
        .observe({ type: 'longtask' });
";

/// Admit-all's phases, from the click's mark, the marks of stream messages and list updates,
/// the request's resource timing and the long tasks.
const READ_PHASES: &str = "
    const t0 = performance.getEntriesByName('participants:admit-all', 'mark').at(-1).startTime;
    const end = performance.getEntriesByName('participants:admit-all-reflected', 'measure').at(-1);
    const t1 = end.startTime + end.duration;
    const request = performance.getEntriesByType('resource')
        .filter(e => e.name.includes('/waiting/admit-all')).at(-1);
    const messages = performance.getEntriesByName('participants:event', 'mark')
        .filter(e => e.startTime >= t0);
    const renders = performance.getEntriesByName('participants:apply', 'measure')
        .filter(e => e.startTime >= t0 && e.startTime <= t1);
    const long = window.__longTasks
        .filter(e => e.startTime + e.duration >= t0 && e.startTime <= t1)
        .reduce((sum, e) => sum + e.duration, 0);
    return {
        answered: request ? request.responseEnd - t0 : -1,
        first_event: messages.length ? messages[0].startTime - t0 : -1,
        last_event: messages.length ? messages.at(-1).startTime - t0 : -1,
        messages: messages.length,
        renders: renders.length,
        long_tasks: long,
    };
";

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
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

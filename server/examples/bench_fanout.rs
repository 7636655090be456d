//! Benchmark (not a test): guests joining a live room's waiting room, with 0 and then with
//! 1,000 open guest event streams on it, while another client reads `GET /settings`.
//! Prints joins per second and `/settings` p50/p99 for each run. Loopback only, about 20 s.
//!
//! `cargo build --release -p share-server && cargo run --release -p share-server --example
//! bench_fanout [SERVER_BINARY]` (default `target/release/share-server`).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use reqwest::header::{HeaderMap, HeaderValue, ORIGIN};
use serde_json::{json, Value};

const ROOM: i64 = 8;
const STREAMS: usize = 1_000;
const RUN: Duration = Duration::from_secs(5);
const JOINERS: usize = 16;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

#[tokio::main]
async fn main() -> Result {
    let binary = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/release/share-server".into());
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let dir = tempfile::tempdir()?;
    let mut server = tokio::process::Command::new(&binary)
        .args([
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--dev",
            "--public-url",
            &base,
        ])
        .arg("--db")
        .arg(dir.path().join("bench.db"))
        .stdout(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let api = |path: &str| format!("{base}/api/v1{path}");
    let mut headers = HeaderMap::new();
    headers.insert(ORIGIN, HeaderValue::from_str(&base)?);
    let host = reqwest::Client::builder()
        .cookie_store(true)
        .default_headers(headers)
        .build()?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while host.get(api("/settings")).send().await.is_err() {
        if Instant::now() > deadline {
            return Err("the server did not start".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    host.post(api("/dev/sign-in"))
        .json(&json!({ "email": "host@example.com" }))
        .send()
        .await?
        .error_for_status()?;
    host.put(api(&format!("/media/{ROOM}/guest-access")))
        .json(&json!({ "enabled": true }))
        .send()
        .await?
        .error_for_status()?;
    let link: Value = host
        .post(api(&format!("/media/{ROOM}/guest-links")))
        .json(&json!({ "name": "Bench", "max_clicks": null, "duration_days": null }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let token = link["url"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let join_url = api(&format!("/guest/{token}/join"));
    let guests = reqwest::Client::new();

    println!("Fan-out: guests joining one live room's waiting room for {} s each run, {JOINERS} at a time, while one client reads GET /settings every 10 ms; loopback, release build:", RUN.as_secs());
    let quiet = run(&guests, &join_url, &api("/settings")).await?;
    print_run("0 open guest streams", &quiet);

    // 1,000 waiting guests, each with its event stream open and read.
    let streams = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()?;
    let events = Arc::new(AtomicUsize::new(0));
    let mut readers = Vec::with_capacity(STREAMS);
    for n in 0..STREAMS {
        let joined: Value = guests
            .post(&join_url)
            .json(&json!({ "name": format!("Streaming guest {n}"), "email": format!("s{n}@example.org") }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let url = api(&format!(
            "/guest-sessions/{}/events?token={}",
            joined["guest_id"],
            joined["guest_token"].as_str().unwrap()
        ));
        let response = streams.get(url).send().await?.error_for_status()?;
        let events = events.clone();
        readers.push(tokio::spawn(async move {
            let mut body = response.bytes_stream();
            while let Some(Ok(chunk)) = body.next().await {
                let text = String::from_utf8_lossy(&chunk);
                events.fetch_add(text.matches("event: admission").count(), Ordering::Relaxed);
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let before = events.load(Ordering::Relaxed);
    let busy = run(&guests, &join_url, &api("/settings")).await?;
    print_run(&format!("{STREAMS} open guest streams"), &busy);
    // Admitting the first waiting guest moves every other one up a place: 999 pushes.
    let room: Value = host
        .get(api(&format!("/media/{ROOM}/participants")))
        .send()
        .await?
        .json()
        .await?;
    let first = room["waiting"][0]["guest_id"].as_i64().unwrap();
    let admitted = Instant::now();
    host.post(api(&format!("/media/{ROOM}/waiting/{first}/admit")))
        .send()
        .await?
        .error_for_status()?;
    let target = before + STREAMS;
    while events.load(Ordering::Relaxed) < target && admitted.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    println!(
        "  one admission, every stream told its new place  {:>6.0} ms for {} events",
        admitted.elapsed().as_secs_f64() * 1000.0,
        events.load(Ordering::Relaxed) - before
    );
    println!(
        "  throughput with {STREAMS} streams: {:.0}% of the throughput without",
        busy.joins_per_second / quiet.joins_per_second * 100.0
    );
    for reader in readers {
        reader.abort();
    }
    server.kill().await?;
    Ok(())
}

struct Figures {
    joins_per_second: f64,
    p50: Duration,
    p99: Duration,
}

fn print_run(label: &str, figures: &Figures) {
    println!(
        "  {label:<22} {:>6.0} joins/s   GET /settings p50 {:>5.1} ms  p99 {:>5.1} ms",
        figures.joins_per_second,
        figures.p50.as_secs_f64() * 1000.0,
        figures.p99.as_secs_f64() * 1000.0
    );
}

/// Joins for [`RUN`] with [`JOINERS`] clients at once while timing `GET /settings`.
async fn run(client: &reqwest::Client, join_url: &str, settings_url: &str) -> Result<Figures> {
    let stop = Arc::new(AtomicBool::new(false));
    let joins = Arc::new(AtomicUsize::new(0));
    let mut joiners = Vec::new();
    for worker in 0..JOINERS {
        let (client, url, stop, joins) = (
            client.clone(),
            join_url.to_string(),
            stop.clone(),
            joins.clone(),
        );
        joiners.push(tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                let body =
                    json!({ "name": format!("Joiner {worker}-{n}"), "email": "j@example.org" });
                if let Ok(response) = client.post(&url).json(&body).send().await {
                    if response.status() == 201 {
                        joins.fetch_add(1, Ordering::Relaxed);
                    }
                }
                n += 1;
            }
        }));
    }
    let prober = {
        let (client, url, stop) = (
            reqwest::Client::new(),
            settings_url.to_string(),
            stop.clone(),
        );
        tokio::spawn(async move {
            let mut latencies = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let sent = Instant::now();
                if client.get(&url).send().await.is_ok() {
                    latencies.push(sent.elapsed());
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            latencies
        })
    };
    let started = Instant::now();
    tokio::time::sleep(RUN).await;
    stop.store(true, Ordering::Relaxed);
    let elapsed = started.elapsed();
    for joiner in joiners {
        joiner.await?;
    }
    let mut latencies = prober.await?;
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    Ok(Figures {
        joins_per_second: joins.load(Ordering::Relaxed) as f64 / elapsed.as_secs_f64(),
        p50: pct(0.50),
        p99: pct(0.99),
    })
}

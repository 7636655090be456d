//! Benchmark (not a test): guests joining a live room's waiting room with 0 and with 1,000
//! open guest event streams on it, while another client reads `GET /settings`. Prints joins
//! per second and `/settings` p50/p99 for each, then how long one admission takes to reach
//! every stream. Loopback only, about 30 s.
//!
//! Fair by construction: each scenario gets its own server on a fresh database, and both
//! start with the same 1,000 waiting guests (only their streams differ), so neither run
//! inherits the other's queue.
//!
//! `cargo build --release -p share-server --bin share-server --example bench_fanout &&
//! target/release/examples/bench_fanout [SERVER_BINARY] [--elsewhere] [--crowd N]` (default
//! binary `target/release/share-server`). `--elsewhere` adds a scenario whose 1,000 streams
//! watch another item's waiting room: what open connections cost without any fan-out.
//! `--crowd N` puts N more guests (up to 20,000) in the queue before anyone joins, in every
//! scenario: what a long queue costs.

use std::process::Stdio;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use reqwest::header::{HeaderMap, HeaderValue, ORIGIN};
use reqwest::Client;
use serde_json::{json, Value};

/// The seeded live room the guests join, and a live event for `--elsewhere`.
const ROOM: i64 = 8;
const OTHER_ROOM: i64 = 6;
/// Guests already waiting when a run starts, in every scenario.
const WAITING: usize = 1_000;
const RUN: Duration = Duration::from_secs(5);
const JOINERS: usize = 16;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

#[derive(Clone, Copy, PartialEq)]
enum Streams {
    None,
    OnRoom,
    Elsewhere,
}

#[tokio::main]
async fn main() -> Result {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let elsewhere = args.iter().any(|a| a == "--elsewhere");
    let crowd: usize = match args.iter().position(|a| a == "--crowd") {
        Some(at) => args.get(at + 1).ok_or("--crowd N")?.parse()?,
        None => 0,
    };
    let binary = args
        .iter()
        .enumerate()
        .find(|(at, a)| !a.starts_with("--") && (*at == 0 || args[at - 1] != "--crowd"))
        .map(|(_, a)| a.clone())
        .unwrap_or_else(|| "target/release/share-server".into());
    println!(
        "Fan-out: for {} s, {JOINERS} clients join one live room's waiting room (already {} waiting) while one client reads GET /settings every 10 ms; a fresh server and database per scenario; loopback:",
        RUN.as_secs(),
        WAITING + crowd
    );
    let quiet = scenario(&binary, Streams::None, crowd).await?;
    let busy = scenario(&binary, Streams::OnRoom, crowd).await?;
    if elsewhere {
        scenario(&binary, Streams::Elsewhere, crowd).await?;
    }
    println!(
        "  throughput with {WAITING} streams: {:.0}% of the throughput without",
        busy.joins_per_second / quiet.joins_per_second * 100.0
    );
    Ok(())
}

/// A server of its own, on a fresh database in a temporary directory.
struct Server {
    process: tokio::process::Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Server {
    async fn start(binary: &str) -> Result<Server> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let base = format!("http://127.0.0.1:{port}");
        let dir = tempfile::tempdir()?;
        let process = tokio::process::Command::new(binary)
            .args(["--listen", &format!("127.0.0.1:{port}"), "--dev"])
            .args(["--public-url", &base])
            .arg("--db")
            .arg(dir.path().join("bench.db"))
            .stdout(Stdio::null())
            .kill_on_drop(true)
            .spawn()?;
        Ok(Server {
            process,
            base,
            _dir: dir,
        })
    }

    fn api(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.base)
    }

    /// The seeded host, signed in, once the server answers.
    async fn host(&self) -> Result<Client> {
        let mut headers = HeaderMap::new();
        headers.insert(ORIGIN, HeaderValue::from_str(&self.base)?);
        let host = Client::builder()
            .cookie_store(true)
            .default_headers(headers)
            .build()?;
        let deadline = Instant::now() + Duration::from_secs(30);
        while host.get(self.api("/settings")).send().await.is_err() {
            if Instant::now() > deadline {
                return Err("the server did not start".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        host.post(self.api("/dev/sign-in"))
            .json(&json!({ "email": "host@example.com" }))
            .send()
            .await?
            .error_for_status()?;
        Ok(host)
    }

    /// Turns guest access on for an item and answers the join URL of a new unlimited link.
    async fn join_url(&self, host: &Client, media_id: i64) -> Result<String> {
        host.put(self.api(&format!("/media/{media_id}/guest-access")))
            .json(&json!({ "enabled": true }))
            .send()
            .await?
            .error_for_status()?;
        let link: Value = host
            .post(self.api(&format!("/media/{media_id}/guest-links")))
            .json(&json!({ "name": "Bench", "max_clicks": null, "duration_days": null }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let token = link["url"].as_str().ok_or("a link URL")?.rsplit('/').next();
        Ok(self.api(&format!("/guest/{}/join", token.ok_or("a token")?)))
    }
}

/// One scenario on a fresh server: `crowd` guests put in the queue, [`WAITING`] guests join (with their streams open, on this
/// room or another), then [`run`].
async fn scenario(binary: &str, streams: Streams, crowd: usize) -> Result<Figures> {
    let mut server = Server::start(binary).await?;
    let host = server.host().await?;
    let join_url = server.join_url(&host, ROOM).await?;
    if crowd > 0 {
        host.post(server.api(&format!("/dev/media/{ROOM}/crowd")))
            .json(&json!({ "participants": 0, "waiting": crowd }))
            .send()
            .await?
            .error_for_status()?;
    }
    let stream_room = match streams {
        Streams::Elsewhere => OTHER_ROOM,
        _ => ROOM,
    };
    let stream_join_url = match streams {
        Streams::Elsewhere => server.join_url(&host, OTHER_ROOM).await?,
        _ => join_url.clone(),
    };
    let guests = Client::new();
    let stream_client = Client::builder().pool_max_idle_per_host(0).build()?;
    let events = Arc::new(AtomicUsize::new(0));
    let mut readers = Vec::new();
    for n in 0..WAITING {
        if streams == Streams::Elsewhere {
            join(&guests, &join_url, &format!("Waiting guest {n}")).await?;
        }
        let url = if streams == Streams::Elsewhere {
            &stream_join_url
        } else {
            &join_url
        };
        let joined = join(&guests, url, &format!("Streaming guest {n}")).await?;
        if streams == Streams::None {
            continue;
        }
        let url = server.api(&format!(
            "/guest-sessions/{}/events?token={}",
            joined["guest_id"],
            joined["guest_token"].as_str().ok_or("a guest token")?
        ));
        let response = stream_client.get(url).send().await?.error_for_status()?;
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
    let label = match streams {
        Streams::None => "0 open guest streams".to_string(),
        Streams::OnRoom => format!("{WAITING} open guest streams"),
        Streams::Elsewhere => format!("{WAITING} streams, other room"),
    };
    let before = events.load(Ordering::Relaxed);
    let figures = run(&guests, &join_url, &server.api("/settings")).await?;
    let room: Value = host
        .get(server.api(&format!("/media/{ROOM}/participants")))
        .send()
        .await?
        .json()
        .await?;
    let waiting = room["waiting"].as_array().map_or(0, Vec::len);
    figures.print(&label, waiting);
    if streams != Streams::None {
        // Admitting the first waiting guest of the streams' room moves every other streaming
        // guest up a place, and tells the first: one event per stream.
        let room: Value = host
            .get(server.api(&format!("/media/{stream_room}/participants")))
            .send()
            .await?
            .json()
            .await?;
        let first = room["waiting"][0]["guest_id"]
            .as_i64()
            .ok_or("a waiting guest")?;
        let before = events.load(Ordering::Relaxed).max(before);
        let admitted = Instant::now();
        host.post(server.api(&format!("/media/{stream_room}/waiting/{first}/admit")))
            .send()
            .await?
            .error_for_status()?;
        let target = before + WAITING;
        while events.load(Ordering::Relaxed) < target
            && admitted.elapsed() < Duration::from_secs(10)
        {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        println!(
            "    one admission, every stream told its new place  {:>6.0} ms for {} events",
            admitted.elapsed().as_secs_f64() * 1000.0,
            events.load(Ordering::Relaxed) - before
        );
    }
    for reader in readers {
        reader.abort();
    }
    server.process.kill().await?;
    Ok(figures)
}

async fn join(client: &Client, url: &str, name: &str) -> Result<Value> {
    let body = json!({ "name": name, "email": "w@example.org" });
    let response = client.post(url).json(&body).send().await?;
    Ok(response.error_for_status()?.json().await?)
}

struct Figures {
    joins_per_second: f64,
    p50: Duration,
    p99: Duration,
}

impl Figures {
    fn print(&self, label: &str, waiting: usize) {
        println!(
            "  {label:<26} {:>6.0} joins/s   GET /settings p50 {:>5.1} ms  p99 {:>5.1} ms   ({waiting} waiting after)",
            self.joins_per_second,
            self.p50.as_secs_f64() * 1000.0,
            self.p99.as_secs_f64() * 1000.0
        );
    }
}

/// Joins for [`RUN`] with [`JOINERS`] clients at once while timing `GET /settings`.
async fn run(client: &Client, join_url: &str, settings_url: &str) -> Result<Figures> {
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
        let (client, url, stop) = (Client::new(), settings_url.to_string(), stop.clone());
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

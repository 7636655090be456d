//! Benchmark: the reference backend under 2,000 concurrent joins on one guest link, over
//! loopback (load generator and server share this machine's cores). Prints joins per second
//! and the latency percentiles, and checks the click limit held: with a limit of 1,500,
//! exactly 1,500 joins succeed and the rest are told `link_exhausted`.

use std::time::{Duration, Instant};

use contract::{JoinRequest, MediaKind, NewGuestLink};
use e2e::{token_of, Result, Stack};

const JOINS: usize = 2_000;
const LIMIT: i64 = 1_500;

#[tokio::main]
async fn main() -> Result {
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let link = stack
        .guest_link(
            video.id,
            NewGuestLink {
                name: "Load".into(),
                max_clicks: Some(LIMIT),
                duration_days: None,
                admission: None,
            },
        )
        .await?;
    let url = stack.api(&format!("/guest/{}/join", token_of(&link.url)));
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(JOINS)
        .build()?;

    let started = Instant::now();
    let tasks: Vec<_> = (0..JOINS)
        .map(|i| {
            let (client, url) = (client.clone(), url.clone());
            tokio::spawn(async move {
                let sent = Instant::now();
                let body = JoinRequest {
                    name: format!("Load guest {i}"),
                    email: format!("load{i}@example.org"),
                    device: None,
                };
                let status = client
                    .post(&url)
                    .json(&body)
                    .send()
                    .await
                    .map(|r| r.status().as_u16());
                (status, sent.elapsed())
            })
        })
        .collect();
    let mut latencies = Vec::with_capacity(JOINS);
    let (mut created, mut exhausted, mut other) = (0, 0, 0);
    for task in tasks {
        let (status, latency) = task.await?;
        latencies.push(latency);
        match status {
            Ok(201) => created += 1,
            Ok(410) => exhausted += 1,
            _ => other += 1,
        }
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("Reference backend: {JOINS} concurrent joins on one link (limit {LIMIT}), loopback, release build:");
    println!(
        "  throughput                    {:>7.0} joins/s ({:.2} s in all)",
        JOINS as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64()
    );
    println!(
        "  latency p50 / p99 / max       {:>7.1} / {:.1} / {:.1} ms",
        ms(pct(0.50)),
        ms(pct(0.99)),
        ms(*latencies.last().unwrap())
    );
    println!("  outcome                       {created} joined, {exhausted} link_exhausted, {other} other");
    if created != LIMIT as usize || other != 0 {
        return Err(
            format!("the click limit did not hold: {created} joined, {other} other").into(),
        );
    }
    Ok(())
}

//! Reading a server-sent event stream event by event, each read bounded by [`super::WAIT`].

use std::pin::Pin;

use futures::{Stream, StreamExt};
use reqwest::Client;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::within;

type Chunks = Pin<Box<dyn Stream<Item = reqwest::Result<Vec<u8>>> + Send>>;

/// A server-sent event stream read event by event.
pub struct EventStream {
    chunks: Chunks,
    buffer: String,
}

/// One server-sent event.
#[derive(Debug)]
pub struct ServerEvent {
    pub name: String,
    pub data: Value,
}

impl EventStream {
    /// Opens `url` with `client` and checks it is an event stream.
    pub async fn open(client: &Client, url: &str) -> EventStream {
        let response = within(client.get(url).send()).await.expect("stream opens");
        assert_eq!(response.status(), 200, "stream status");
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            content_type.starts_with("text/event-stream"),
            "{content_type}"
        );
        EventStream {
            chunks: Box::pin(
                response
                    .bytes_stream()
                    .map(|chunk| chunk.map(|b| b.to_vec())),
            ),
            buffer: String::new(),
        }
    }

    /// The next event (comments skipped), within [`super::WAIT`].
    pub async fn next(&mut self) -> ServerEvent {
        within(async {
            loop {
                if let Some(end) = self.buffer.find("\n\n") {
                    let block: String = self.buffer.drain(..end + 2).collect();
                    if let Some(event) = parse_event(&block) {
                        return event;
                    }
                    continue;
                }
                let chunk = self
                    .chunks
                    .next()
                    .await
                    .expect("the stream stays open")
                    .expect("a chunk");
                self.buffer.push_str(&String::from_utf8_lossy(&chunk));
            }
        })
        .await
    }

    /// The next event, which must have this name.
    pub async fn expect(&mut self, name: &str) -> Value {
        let event = self.next().await;
        assert_eq!(event.name, name, "event {event:?}");
        event.data
    }

    /// The next event, which must have this name, read as the contract type it carries.
    pub async fn expect_as<T: DeserializeOwned>(&mut self, name: &str) -> T {
        let data = self.expect(name).await;
        serde_json::from_value(data).expect("the event's contract type")
    }
}

fn parse_event(block: &str) -> Option<ServerEvent> {
    let mut name = None;
    let mut data = String::new();
    for line in block.lines() {
        if let Some(value) = line.strip_prefix("event:") {
            name = Some(value.trim().to_string());
        } else if let Some(value) = line.strip_prefix("data:") {
            data.push_str(value.trim_start());
        }
    }
    Some(ServerEvent {
        name: name?,
        data: serde_json::from_str(&data).expect("JSON data"),
    })
}

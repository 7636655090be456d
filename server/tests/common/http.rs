//! Requests to the API as one call each: a test names the caller, the path and the body, and
//! reads the answer, instead of spelling out the builder, the send and the unwrap every time.

use reqwest::{Client, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;

use super::TestApp;

/// Sends a request; the test fails if no answer comes (each client is bounded by `WAIT`).
pub async fn send(request: RequestBuilder) -> Response {
    request.send().await.expect("an answer")
}

/// Asserts a success response: its status, and a body of the contract type `T`.
pub async fn assert_json<T: DeserializeOwned>(response: Response, status: u16) -> T {
    let actual = response.status().as_u16();
    let text = response.text().await.expect("a body");
    assert_eq!(actual, status, "status of {text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

impl TestApp {
    /// `GET` an API path as `client`.
    pub async fn get(&self, client: &Client, path: &str) -> Response {
        send(client.get(self.api(path))).await
    }

    /// `GET` an API path as `client`, which must answer 200 with a `T`.
    pub async fn get_ok<T: DeserializeOwned>(&self, client: &Client, path: &str) -> T {
        assert_json(self.get(client, path).await, 200).await
    }

    /// `POST` a JSON body to an API path as `client`.
    pub async fn post(&self, client: &Client, path: &str, body: impl Serialize) -> Response {
        send(client.post(self.api(path)).json(&body)).await
    }

    /// `POST` to an API path without a body, as the waiting-room decisions take it.
    pub async fn post_empty(&self, client: &Client, path: &str) -> Response {
        send(client.post(self.api(path))).await
    }

    /// `PUT` a JSON body to an API path as `client`.
    pub async fn put(&self, client: &Client, path: &str, body: impl Serialize) -> Response {
        send(client.put(self.api(path)).json(&body)).await
    }

    /// `PATCH` a JSON body to an API path as `client`.
    pub async fn patch(&self, client: &Client, path: &str, body: impl Serialize) -> Response {
        send(client.patch(self.api(path)).json(&body)).await
    }

    /// `DELETE` an API path as `client`.
    pub async fn delete(&self, client: &Client, path: &str) -> Response {
        send(client.delete(self.api(path))).await
    }

    /// `GET` a path outside the API (the SPA, or a version that does not exist) without a session.
    pub async fn get_page(&self, path: &str) -> Response {
        send(self.anonymous().get(format!("{}{path}", self.url))).await
    }

    /// Turns guest access on or off for an item, as its owner.
    pub async fn set_guest_access(&self, host: &Client, media_id: i64, enabled: bool) {
        let path = format!("/media/{media_id}/guest-access");
        let response = self.put(host, &path, json!({ "enabled": enabled })).await;
        assert_eq!(
            response.status(),
            200,
            "switch guest access on item {media_id}"
        );
    }
}

//! Starts the app on 127.0.0.1:0 with its own SQLite file, and the helpers every test area uses.
#![allow(dead_code)]

mod events;
mod http;
pub mod smtp;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use contract::{ApiErrorBody, ErrorCode, GuestLink, JoinResponse};
use reqwest::{Client, Response};
use serde_json::{json, Value};
use share_server::Config;
use tempfile::TempDir;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

// Every test file compiles this module on its own and uses a different part of it.
#[allow(unused_imports)]
pub use events::{EventStream, ServerEvent};
#[allow(unused_imports)]
pub use http::{assert_json, send};

/// The longest any single wait in a test may take.
pub const WAIT: Duration = Duration::from_secs(20);

/// The sender of the test server's invite emails.
pub const MAIL_FROM: &str = "Share <no-reply@share.example.test>";

/// The SPA origin the test server builds link URLs with.
pub const PUBLIC_URL: &str = "http://share.example.test";

/// Seeded ids (see `server/src/seed.rs`).
pub mod seeded {
    pub const VIDEO: i64 = 1;
    pub const AUDIO: i64 = 2;
    pub const DOCUMENT: i64 = 3;
    pub const QUIZ: i64 = 4;
    pub const IMAGE: i64 = 5;
    pub const LIVE_EVENT: i64 = 6;
    pub const SCHEDULED_EVENT: i64 = 7;
    pub const LIVE_ROOM: i64 = 8;
    pub const SCHEDULED_ROOM: i64 = 9;
    pub const CHANNEL_ROOM: i64 = 10;
    pub const GALLERY_ROOM: i64 = 11;
    pub const UNAVAILABLE: i64 = 12;
    pub const HOST: &str = "host@example.com";
    pub const COHOST: &str = "cohost@example.com";
    pub const VIEWER: &str = "viewer@example.com";
    /// A directory user, member of nothing.
    pub const OUTSIDER: &str = "ann.lee@example.com";
}

/// A running server on its own database file.
pub struct TestApp {
    pub url: String,
    pub db_path: PathBuf,
    dir: Arc<TempDir>,
    server: JoinHandle<()>,
    configure: fn(&mut Config),
    /// The mail server the app delivers to, if any.
    smtp_url: Option<String>,
}

fn no_change(_: &mut Config) {}

impl TestApp {
    /// A fresh, seeded server.
    pub async fn start() -> TestApp {
        TestApp::start_with(no_change).await
    }

    /// A fresh server with a changed configuration.
    pub async fn start_with(configure: fn(&mut Config)) -> TestApp {
        let dir = Arc::new(tempfile::tempdir().expect("temp dir"));
        TestApp::start_in(dir, configure, None).await
    }

    /// A fresh server that delivers invite emails to `smtp_url`, from `MAIL_FROM`, retrying
    /// after 200 ms, then 400 ms, and so on, up to 6 attempts.
    pub async fn start_mailing(smtp_url: &str) -> TestApp {
        let dir = Arc::new(tempfile::tempdir().expect("temp dir"));
        TestApp::start_in(dir, no_change, Some(smtp_url.to_string())).await
    }

    async fn start_in(
        dir: Arc<TempDir>,
        configure: fn(&mut Config),
        smtp_url: Option<String>,
    ) -> TestApp {
        let db_path = dir.path().join("share.db");
        let mut config = Config::with_db(&db_path);
        config.public_url = PUBLIC_URL.to_string();
        // Tests sign in and set fixtures up through the dev endpoints.
        config.dev = true;
        if let Some(url) = &smtp_url {
            config.smtp_url = Some(url.clone());
            config.mail_from = Some(MAIL_FROM.to_string());
            config.mail_retry_ms = 200;
            config.mail_attempts = 6;
        }
        configure(&mut config);
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let app = tokio::time::timeout(WAIT, share_server::build_app(config))
            .await
            .expect("built in time")
            .expect("app builds");
        let server = tokio::spawn(async move {
            share_server::serve(listener, app).await.expect("serves");
        });
        TestApp {
            url,
            db_path,
            dir,
            server,
            configure,
            smtp_url,
        }
    }

    /// Stops this server and starts another on the same database file.
    pub async fn restart(self) -> TestApp {
        self.server.abort();
        let _ = self.server.await;
        TestApp::start_in(self.dir, self.configure, self.smtp_url.clone()).await
    }

    /// The absolute URL of an API path under `/api/v1`.
    pub fn api(&self, path: &str) -> String {
        format!("{}/api/v1{}", self.url, path)
    }

    /// A client without a session.
    pub fn anonymous(&self) -> Client {
        client(true)
    }

    /// A client signed in as a seeded account.
    pub async fn signed_in(&self, email: &str) -> Client {
        self.sign_in(client(true), email).await
    }

    /// A client signed in as a seeded account, for event streams (no overall timeout).
    pub async fn signed_in_for_streams(&self, email: &str) -> Client {
        self.sign_in(stream_client(true), email).await
    }

    async fn sign_in(&self, client: Client, email: &str) -> Client {
        let response = self
            .post(&client, "/dev/sign-in", json!({ "email": email }))
            .await;
        assert_eq!(response.status(), 200, "sign in as {email}");
        client
    }

    /// The seeded owner of every item.
    pub async fn host(&self) -> Client {
        self.signed_in(seeded::HOST).await
    }

    /// Changes the database behind the server's back, e.g. to move a date into the past.
    pub fn sql(&self, sql: &str) {
        let conn = rusqlite::Connection::open(&self.db_path).expect("open db");
        conn.busy_timeout(WAIT).expect("busy timeout");
        conn.execute_batch(sql).expect("sql runs");
    }

    /// One number from the database.
    pub fn sql_number(&self, sql: &str) -> i64 {
        let conn = rusqlite::Connection::open(&self.db_path).expect("open db");
        conn.busy_timeout(WAIT).expect("busy timeout");
        conn.query_row(sql, [], |row| row.get(0))
            .expect("query runs")
    }

    /// Creates a guest link as the host and returns it.
    pub async fn create_link(&self, host: &Client, media_id: i64, body: Value) -> GuestLink {
        let path = format!("/media/{media_id}/guest-links");
        assert_json(self.post(host, &path, body).await, 201).await
    }

    /// Joins by a link token as a guest.
    pub async fn join(&self, token: &str, name: &str) -> JoinResponse {
        let body = json!({ "name": name, "email": "guest@example.com" });
        let response = self
            .post(&self.anonymous(), &format!("/guest/{token}/join"), body)
            .await;
        assert_json(response, 201).await
    }
}

/// An HTTP client whose every request is bounded by [`WAIT`]. It sends `Origin` as the SPA
/// does, so the server takes its cookie writes as same-site.
pub fn client(cookies: bool) -> Client {
    Client::builder()
        .cookie_store(cookies)
        .default_headers(same_origin())
        .timeout(WAIT)
        .build()
        .expect("client")
}

/// `Origin: PUBLIC_URL`, what a browser on the SPA sends with every write.
pub fn same_origin() -> reqwest::header::HeaderMap {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ORIGIN,
        reqwest::header::HeaderValue::from_static(PUBLIC_URL),
    );
    headers
}

/// The secret token at the end of a link URL.
pub fn token_of(url: &str) -> String {
    url.rsplit('/').next().expect("a token").to_string()
}

/// Asserts an error response: its status, and the contract's shape with this code.
pub async fn assert_error(response: Response, status: u16, code: ErrorCode) -> ApiErrorBody {
    let actual = response.status().as_u16();
    let text = response.text().await.expect("a body");
    assert_eq!(actual, status, "status of {text}");
    let body: ApiErrorBody = serde_json::from_str(&text).expect("the error shape");
    assert_eq!(body.error.code, code, "code of {text}");
    assert!(!body.error.message.is_empty());
    if status != 422 {
        assert_eq!(body.error.fields, None, "fields only on 422");
    }
    if code != ErrorCode::LinkExpired {
        assert_eq!(
            body.error.expired_at, None,
            "expired_at only with link_expired"
        );
    }
    body
}

/// Asserts a 422 naming exactly these fields with these reasons.
pub async fn assert_fields(response: Response, expected: &[(&str, &str)]) {
    let body = assert_error(response, 422, ErrorCode::ValidationFailed).await;
    let fields = serde_json::to_value(body.error.fields.expect("fields")).expect("json");
    let expected: serde_json::Map<String, Value> = expected
        .iter()
        .map(|(field, reason)| (field.to_string(), json!(reason)))
        .collect();
    assert_eq!(fields, Value::Object(expected));
}

/// Bounds a future by [`WAIT`].
pub async fn within<F: std::future::Future>(future: F) -> F::Output {
    tokio::time::timeout(WAIT, future)
        .await
        .expect("finished in time")
}

/// An SSE client: no overall timeout, since streams stay open; each read is bounded instead.
pub fn stream_client(cookies: bool) -> Client {
    Client::builder()
        .cookie_store(cookies)
        .default_headers(same_origin())
        .build()
        .expect("client")
}

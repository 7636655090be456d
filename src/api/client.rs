//! The one place that talks HTTP: base URL, credentials, bearer tokens, abort on cleanup,
//! and turning every failure into an [`ApiError`].

use gloo_net::http::{Method, RequestBuilder};
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use serde::{de::DeserializeOwned, Serialize};
use web_sys::{AbortController, RequestCredentials};

use super::ApiError;
use crate::config::api_base;

/// Who is calling: the host's platform session cookie, or a guest's or invitee's bearer token.
#[derive(Clone, Copy, Debug)]
pub enum Auth<'a> {
    Cookie,
    Bearer(&'a str),
}

/// `GET path`, parsed as JSON. Aborted if the component or resource that asked is cleaned up
/// first (the person navigated away), so a slow answer can't land on the wrong page.
pub(crate) async fn get<T: DeserializeOwned>(path: &str, auth: Auth<'_>) -> Result<T, ApiError> {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let controller = SendWrapper::new(controller);
    on_cleanup(move || {
        if let Some(controller) = controller.take() {
            controller.abort();
        }
    });
    let request = builder(Method::GET, path, auth).abort_signal(signal.as_ref());
    let (status, body) = finish(request.send().await).await?;
    parse(status, &body)
}

/// Like [`get`], but aborted after `ms` milliseconds ([`ApiError::Network`]): for an answer
/// the page would rather go on without than wait long for. Owned by no component (it runs
/// before the app mounts), so only its deadline aborts it.
pub(crate) async fn get_within<T: DeserializeOwned>(
    path: &str,
    auth: Auth<'_>,
    ms: u32,
) -> Result<T, ApiError> {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    // Dropped when the answer is read, which cancels the timer.
    let _deadline = controller.map(|c| gloo_timers::callback::Timeout::new(ms, move || c.abort()));
    let request = builder(Method::GET, path, auth).abort_signal(signal.as_ref());
    let (status, body) = finish(request.send().await).await?;
    parse(status, &body)
}

/// Like [`get`] (with the cookie), but first takes the answer the page prefetched for this
/// path ([`super::prefetch`]) when there is one. A prefetch that failed, or whose answer is a
/// retryable error, is asked again.
pub(crate) async fn get_prefetched<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    if let Some((status, body)) = super::prefetch::take(&url(path)).await {
        let answer = checked(status, body).and_then(|(status, body)| parse(status, &body));
        match answer {
            Err(error) if error.is_retryable() => {}
            answer => return answer,
        }
    }
    get(path, Auth::Cookie).await
}

/// A request with a JSON body, parsed as JSON. Never aborted: a write, once sent, is awaited.
pub(crate) async fn send<B: Serialize, T: DeserializeOwned>(
    method: Method,
    path: &str,
    auth: Auth<'_>,
    body: &B,
) -> Result<T, ApiError> {
    let request = with_json(builder(method, path, auth), body)?;
    let (status, body) = finish(request.send().await).await?;
    parse(status, &body)
}

/// A request whose success has no body (204), with an optional JSON body.
pub(crate) async fn send_empty<B: Serialize>(
    method: Method,
    path: &str,
    auth: Auth<'_>,
    body: Option<&B>,
) -> Result<(), ApiError> {
    let builder = builder(method, path, auth);
    let sent = match body {
        Some(body) => with_json(builder, body)?.send().await,
        None => builder.send().await,
    };
    finish(sent).await.map(|_| ())
}

/// The absolute URL of a path under the API base, for `EventSource`.
pub(crate) fn url(path: &str) -> String {
    format!("{}{}", api_base(), path)
}

fn builder(method: Method, path: &str, auth: Auth<'_>) -> RequestBuilder {
    let builder = RequestBuilder::new(&url(path))
        .method(method)
        .credentials(RequestCredentials::Include)
        .header("Accept", "application/json");
    match auth {
        Auth::Cookie => builder,
        Auth::Bearer(token) => builder.header("Authorization", &format!("Bearer {token}")),
    }
}

/// The request with `body` as its JSON body.
fn with_json<B: Serialize>(
    builder: RequestBuilder,
    body: &B,
) -> Result<gloo_net::http::Request, ApiError> {
    let text = super::json::to_string(body).ok_or(ApiError::Unexpected { status: 0 })?;
    builder
        .header("Content-Type", "application/json")
        .body(text)
        .map_err(|_| ApiError::Unexpected { status: 0 })
}

async fn finish(
    sent: Result<gloo_net::http::Response, gloo_net::Error>,
) -> Result<(u16, String), ApiError> {
    let response = sent.map_err(|_| ApiError::Network)?;
    let status = response.status();
    let body = response.text().await.map_err(|_| ApiError::Network)?;
    checked(status, body)
}

/// A success's status and body, or the error any other status means.
fn checked(status: u16, body: String) -> Result<(u16, String), ApiError> {
    if (200..300).contains(&status) {
        Ok((status, body))
    } else {
        Err(ApiError::from_response(status, &body))
    }
}

fn parse<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, ApiError> {
    super::json::from_str(body).ok_or(ApiError::Unexpected { status })
}

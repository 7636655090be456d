use crate::{Browser, Result};
use serde_json::json;

/// Fails if the page logged an error (a panic, an uncaught exception, a failed asset) since the
/// last call. Failed API calls the page handled (a 4xx it shows as a message) are expected and
/// recognised by their `/api/v1/` URL.
pub async fn assert_no_console_errors(browser: &Browser, screen: &str) -> Result {
    // ChromeDriver's log endpoint (`goog:loggingPrefs` is set at launch), which WebDriver
    // itself lacks: the only way to see a panic or a failed load from outside the page.
    let entries = browser
        .session_post("se/log", json!({ "type": "browser" }))
        .await?;
    let errors: Vec<String> = entries
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["level"] == "SEVERE")
        .map(|e| e["message"].as_str().unwrap_or_default().to_string())
        .filter(|message| !is_handled_api_status(message) && !is_failed_api_request(message))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("console errors on {screen}:\n{}", errors.join("\n")).into())
    }
}

/// Chromium logs every non-2xx fetch as an error, even when the app handles it (a 401 before
/// sign-in, a 410 for an expired link). Those are the app's business, not a failure.
fn is_handled_api_status(message: &str) -> bool {
    message.contains("/api/v1/")
        && message.contains("Failed to load resource: the server responded with a status of")
}

/// An API request or event stream the network failed (a stopped server, a dropped
/// connection) is logged by Chromium as a failed load; the app reports it on screen and
/// offers to retry or reconnects, which the journeys check themselves.
fn is_failed_api_request(message: &str) -> bool {
    message.contains("/api/v1/") && message.contains("net::ERR_")
}

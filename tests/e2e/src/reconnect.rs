//! Waiting out a dropped event stream the way a person would: pressing "Reconnect now".

use std::time::{Duration, Instant};

use fantoccini::Locator;

use crate::{Browser, Result};

/// Waits (up to 20 s) until the page says `done`, pressing the stream notice's "Reconnect
/// now" whenever it shows. The notice comes and goes as the page retries on its own (and may
/// have reconnected by itself already), so it is found and pressed in one step.
pub async fn reconnect_until(browser: &Browser, done: &str) -> Result {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let state = browser
            .execute(
                "if (document.body.innerText.includes(arguments[0])) return 'done'; \
                 const b = [...document.querySelectorAll('[role=status] button')] \
                     .find(b => b.innerText.includes('Reconnect now')); \
                 if (b) { b.focus(); b.click(); return 'pressed'; } return 'waiting';",
                vec![serde_json::json!(done)],
            )
            .await?;
        if state == "done" {
            return Ok(());
        }
        if Instant::now() > deadline {
            let body = browser.find(Locator::Css("body")).await?.text().await?;
            return Err(
                format!("never reconnected to show {done:?}; the page says:\n{body}").into(),
            );
        }
        let pause = if state == "pressed" { 300 } else { 50 };
        tokio::time::sleep(Duration::from_millis(pause)).await;
    }
}

use std::ops::Deref;
use std::process::Stdio;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use tokio::process::{Child, Command};

use crate::stack::free_port;
use crate::Result;

pub use fantoccini::key::Key;

/// Headless Chromium driven by its own ChromeDriver, closed when dropped.
pub struct Browser {
    client: Client,
    _driver: Child,
    _profile: tempfile::TempDir,
}

impl Deref for Browser {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Browser {
    /// A fresh browser profile: no cookies, no storage.
    pub async fn launch() -> Result<Browser> {
        let port = free_port()?;
        let driver = Command::new(std::env::var("CHROMEDRIVER").unwrap_or("chromedriver".into()))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("starting chromedriver: {e}"))?;
        let profile = tempfile::tempdir()?;
        let capabilities = json!({
            "goog:chromeOptions": {
                "binary": std::env::var("CHROME_BIN").unwrap_or("/usr/bin/chromium".into()),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-quic",
                    "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let capabilities = match capabilities {
            serde_json::Value::Object(map) => map,
            _ => unreachable!("capabilities are an object"),
        };
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            match ClientBuilder::native()
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if Instant::now() > deadline => {
                    return Err(format!("chromedriver did not start: {e}").into())
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Ok(Browser {
            client,
            _driver: driver,
            _profile: profile,
        })
    }

    /// Waits up to 10 s for an element matching `css`.
    pub async fn wait_css(&self, css: &str) -> Result<fantoccini::elements::Element> {
        Ok(self
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("waiting for `{css}`: {e}"))?)
    }

    /// Waits up to 10 s for an element matching `css` whose text contains `text`.
    pub async fn wait_text(&self, css: &str, text: &str) -> Result<fantoccini::elements::Element> {
        self.wait_text_within(css, text, Duration::from_secs(10))
            .await
    }

    /// Waits up to `limit` for an element matching `css` whose text contains `text`.
    pub async fn wait_text_within(
        &self,
        css: &str,
        text: &str,
        limit: Duration,
    ) -> Result<fantoccini::elements::Element> {
        let deadline = Instant::now() + limit;
        loop {
            for element in self.find_all(Locator::Css(css)).await? {
                if element.text().await.unwrap_or_default().contains(text) {
                    return Ok(element);
                }
            }
            if Instant::now() > deadline {
                let body = self.find(Locator::Css("body")).await?.text().await?;
                return Err(
                    format!("no `{css}` containing {text:?}; the page says:\n{body}").into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Presses keys on whatever has focus, as a keyboard user would.
    pub async fn press(&self, keys: &str) -> Result {
        self.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    /// The focused element's name as assistive technology gets it (simplified): its
    /// `aria-label`, else the text of what `aria-labelledby` names, else its `<label>`, else its
    /// text or value.
    pub async fn focused_label(&self) -> Result<String> {
        let label = self
            .execute(
                "const e = document.activeElement; if (!e) return ''; \
                 const by = (e.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean) \
                     .map(id => (document.getElementById(id) || {}).innerText || '').join(' '); \
                 const label = e.labels && e.labels.length ? e.labels[0].innerText : ''; \
                 return (e.getAttribute('aria-label') || by || label || e.innerText || e.value || '').trim();",
                vec![],
            )
            .await?;
        Ok(label.as_str().unwrap_or_default().to_string())
    }

    /// Ends the WebDriver session.
    pub async fn quit(self) -> Result {
        self.client.close().await?;
        Ok(())
    }
}

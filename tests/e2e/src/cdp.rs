use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use crate::{Browser, Result};

/// ChromeDriver's pass-through to the Chrome DevTools Protocol, for what WebDriver lacks
/// (CPU and network throttling).
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> std::result::Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Runs one DevTools command, e.g. `("Emulation.setCPUThrottlingRate", {"rate": 4})`.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
        Ok(self
            .issue_cmd(Cdp {
                cmd: cmd.to_string(),
                params,
            })
            .await?)
    }

    /// The durations (ms) of every User Timing measure named `name`, oldest first.
    pub async fn measures(&self, name: &str) -> Result<Vec<f64>> {
        let value = self
            .execute(
                "return performance.getEntriesByName(arguments[0], 'measure').map(e => e.duration);",
                vec![json!(name)],
            )
            .await?;
        Ok(value
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_f64)
            .collect())
    }
}

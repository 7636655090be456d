use serde_json::{json, Value};

use crate::{Browser, Result};

impl Browser {
    /// Runs one DevTools command, e.g. `("Emulation.setCPUThrottlingRate", {"rate": 4})`,
    /// through ChromeDriver's pass-through, for what WebDriver lacks (CPU and network
    /// throttling).
    pub async fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
        let body = json!({ "cmd": cmd, "params": params });
        self.session_post("goog/cdp/execute", body).await
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

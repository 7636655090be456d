use serde_json::json;

use crate::{Browser, Result};

impl Browser {
    /// What is on the clipboard now, read by the page itself.
    pub async fn clipboard_text(&self) -> Result<String> {
        // WebDriver's "Set Permission" (Permissions spec extension), which ChromeDriver implements.
        let grant = json!({ "descriptor": { "name": "clipboard-read" }, "state": "granted" });
        self.session_post("permissions", grant).await?;
        let text = self
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 navigator.clipboard.readText().then(done, e => done('clipboard error: ' + e));",
                vec![],
            )
            .await?;
        Ok(text.as_str().unwrap_or_default().to_string())
    }
}

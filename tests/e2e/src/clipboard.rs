use fantoccini::wd::WebDriverCompatibleCommand;

use crate::{Browser, Result};

/// WebDriver's "Set Permission" (Permissions spec extension), which ChromeDriver implements.
#[derive(Debug)]
struct GrantClipboardRead;

impl WebDriverCompatibleCommand for GrantClipboardRead {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> std::result::Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/permissions",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = r#"{"descriptor":{"name":"clipboard-read"},"state":"granted"}"#;
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// What is on the clipboard now, read by the page itself.
    pub async fn clipboard_text(&self) -> Result<String> {
        self.issue_cmd(GrantClipboardRead).await?;
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

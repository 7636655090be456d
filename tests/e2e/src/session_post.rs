//! WebDriver session commands fantoccini has no method for: ChromeDriver's own extensions (the
//! DevTools pass-through, the browser log) and the Permissions extension.

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::Value;

use crate::{Browser, Result};

/// `POST /session/{id}/{path}` with a JSON body.
#[derive(Debug)]
struct SessionPost {
    path: &'static str,
    body: Value,
}

impl WebDriverCompatibleCommand for SessionPost {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> std::result::Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/{}",
            session.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

impl Browser {
    /// Sends `body` to the session's `path` and returns the command's value.
    pub(crate) async fn session_post(&self, path: &'static str, body: Value) -> Result<Value> {
        Ok(self.issue_cmd(SessionPost { path, body }).await?)
    }
}

//! The harness for browser journeys: a reference backend on a fresh SQLite file serving the
//! release build, ChromeDriver with headless Chromium, and checks every journey runs on each
//! screen it visits (axe-core, browser console errors).

mod audit;
mod browser;
mod console;
mod paths;
mod stack;

pub use audit::audit;
pub use browser::{Browser, Key};
pub use console::assert_no_console_errors;
pub use paths::workspace_root;
pub use stack::Stack;

/// Every journey's result type: any failure ends the test with its message.
pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Checks a screen as the journeys require: no axe-core violations and no console errors.
pub async fn check_screen(browser: &Browser, screen: &str) -> Result {
    audit(browser, screen).await?;
    assert_no_console_errors(browser, screen).await
}

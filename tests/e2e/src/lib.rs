//! The harness for browser journeys: a reference backend on a fresh SQLite file serving the
//! release build, ChromeDriver with headless Chromium, and checks every journey runs on each
//! screen it visits (axe-core, browser console errors).

mod audit;
mod browser;
mod cdp;
mod clipboard;
mod console;
mod dead_ends;
mod downloads;
mod fault_proxy;
mod fixtures;
mod inert;
mod keyboard;
mod layout_check;
mod paths;
mod reconnect;
mod session_post;
mod stack;

pub use audit::audit;
pub use browser::{Browser, Key};
pub use console::assert_no_console_errors;
pub use dead_ends::assert_no_way_elsewhere;
pub use downloads::saved_file;
pub use fault_proxy::{Fault, FaultProxy};
pub use fixtures::{link_named, token_of};
pub use inert::assert_inert;
pub use layout_check::{Finding, Mode, MODES};
pub use paths::workspace_root;
pub use reconnect::reconnect_until;
pub use stack::Stack;

/// Every journey's result type: any failure ends the test with its message.
pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Checks a screen as the journeys require: no axe-core violations and no console errors.
pub async fn check_screen(browser: &Browser, screen: &str) -> Result {
    audit(browser, screen).await?;
    assert_no_console_errors(browser, screen).await
}

/// Signs in through the reference backend's sign-in page, from the keyboard.
pub async fn sign_in(browser: &Browser, stack: &Stack, email: &str) -> Result {
    browser.goto(&stack.page("/sign-in")).await?;
    browser.wait_text("h1", "Sign in").await?;
    browser.wait_text("button", email).await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !browser.focused_label().await?.starts_with(email) {
        browser.key(Key::Tab).await?;
        if std::time::Instant::now() > deadline {
            return Err(format!("Tab never reached the {email} button").into());
        }
    }
    browser.key(Key::Enter).await?;
    browser.wait_text("h1", "My media").await?;
    Ok(())
}

/// Opens Manage guest access for `media` the quick way, by pointer: the media page, Share,
/// then Guest access. The keyboard journey opens it through the three-dot menu instead.
pub async fn open_guest_access(browser: &Browser, stack: &Stack, media: i64) -> Result {
    browser
        .goto(&stack.page(&format!("/media/{media}")))
        .await?;
    browser.wait_text("button", "Share").await?.click().await?;
    browser
        .wait_text("[role=dialog] button", "Guest access")
        .await?
        .click()
        .await?;
    browser
        .wait_text("[role=dialog] h2", "Manage guest access")
        .await?;
    Ok(())
}

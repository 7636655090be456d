//! The host's alerts for new guests: a tab the host isn't looking at carries the waiting
//! count in its title, and, once the host allowed it from the button, a browser notification
//! names the guest who arrived.

use contract::{JoinRequest, MediaKind, MediaStatus};
use e2e::{check_screen, link_named, sign_in, Browser, Result, Stack};
use serde_json::json;

/// Records every notification the page constructs (title and whether the page was hidden),
/// then lets the real one be built: the app's own code is what calls it.
const RECORD_NOTIFICATIONS: &str = r#"
(() => {
  const Real = window.Notification;
  if (!Real) return;
  window.__notifications = [];
  const Recording = function (title, options) {
    window.__notifications.push({ title, hidden: document.visibilityState === 'hidden' });
    return new Real(title, options);
  };
  Object.defineProperty(Recording, 'permission', { get: () => Real.permission });
  Recording.requestPermission = (...args) => Real.requestPermission(...args);
  Recording.prototype = Real.prototype;
  window.Notification = Recording;
})();
"#;

#[tokio::test]
async fn given_the_host_allowed_notifications_and_looks_at_another_tab_should_count_in_the_title_and_notify(
) -> Result {
    let stack = Stack::start().await?;
    let room = stack
        .seeded(MediaKind::Room, Some(MediaStatus::Live))
        .await?;
    let link = stack.guest_link(room.id, link_named("Alerts")).await?;
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": RECORD_NOTIFICATIONS }),
    )
    .await?;
    host.goto(&stack.page(&format!("/media/{}/live", room.id)))
        .await?;
    host.wait_text("h2", "Waiting to join (0)").await?;
    host.wait_text("[role=switch]", "Sound for new guests")
        .await?;
    check_screen(&host, "Participants tab, alerts off").await?;

    // The page opened before the browser had any answer, so it offers the button; the host's
    // "yes" is granted here, as the browser's prompt would, and pressing asks for it.
    let origin = stack.page("/");
    host.cdp(
        "Browser.grantPermissions",
        json!({ "permissions": ["notifications"], "origin": origin.trim_end_matches('/') }),
    )
    .await?;
    host.wait_text("button", "Notify me when guests arrive")
        .await?
        .click()
        .await?;
    let notify = host
        .wait_text("[role=switch]", "Notifications for new guests")
        .await?;
    assert_eq!(notify.attr("aria-checked").await?.as_deref(), Some("true"));
    check_screen(&host, "Participants tab, notifications on").await?;

    // The host looks at another tab, which hides the live page; a guest arrives meanwhile.
    // Switching back (to read the live tab) brings it forward, so everything is read after
    // the fact: the title as it was set, each notification with the visibility it saw.
    let live = host.window().await?;
    let other = host.new_window(true).await?;
    host.switch_to_window(other.handle).await?;
    host.goto(&stack.page("/")).await?;
    let request = JoinRequest {
        name: "Priya Raman".into(),
        email: "priya@example.org".into(),
        device: None,
    };
    stack.join(&link, &request).await?;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    host.switch_to_window(live).await?;
    let title = host.title().await?;
    assert!(title.starts_with("(1 waiting) Participants"), "{title}");
    let shown = host
        .execute("return window.__notifications;", vec![])
        .await?;
    assert_eq!(
        shown,
        json!([{ "title": "Priya Raman is waiting", "hidden": true }]),
        "one notification, while the page was hidden"
    );
    host.wait_text("li", "Priya Raman").await?;
    host.wait_text("li time", "just now").await?;
    check_screen(&host, "Participants tab, a guest waiting, alerts on").await?;
    host.quit().await
}

//! Changing a guest link over time (issue 14 items 2 and 5): a used-up link renewed by a
//! higher limit, renamed, refused below the clicks used with the values kept; the expiry read
//! as a date and how far it is, the exact time with its zone on hover and focus; and the
//! guest's message page giving an expired link's date in the guest's own time zone.

use contract::{JoinRequest, LinkStatus, MediaKind, NewGuestLink};
use e2e::{check_screen, open_guest_access, sign_in, Browser, Key, Result, Stack};
use fantoccini::Locator;
use serde_json::json;

/// Empties the focused field the way a person does, one Backspace per character.
async fn clear_focused(browser: &Browser) -> Result {
    let value = browser.active_element().await?.prop("value").await?;
    for _ in 0..value.unwrap_or_default().chars().count() {
        browser.key(Key::Backspace).await?;
    }
    Ok(())
}

async fn row_text(browser: &Browser, name: &str) -> Result<String> {
    Ok(browser.wait_text("tbody tr", name).await?.text().await?)
}

#[tokio::test]
async fn given_a_used_up_link_should_renew_it_by_a_higher_limit_and_rename_it_in_place() -> Result {
    let stack = Stack::start().await?;
    let browser = Browser::launch().await?;
    // Exact times name the browser's zone: fix it so the journey reads the same anywhere.
    browser
        .cdp(
            "Emulation.setTimezoneOverride",
            json!({ "timezoneId": "Asia/Tokyo" }),
        )
        .await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let link = stack
        .guest_link(
            video.id,
            NewGuestLink {
                name: "Press".into(),
                max_clicks: Some(2),
                duration_days: Some(3),
                ..Default::default()
            },
        )
        .await?;
    for (name, email) in [("Ann", "ann@example.com"), ("Bob", "bob@example.com")] {
        let request = JoinRequest {
            name: name.into(),
            email: email.into(),
            device: None,
        };
        stack.join(&link, &request).await?;
    }
    sign_in(&browser, &stack, "host@example.com").await?;
    open_guest_access(&browser, &stack, video.id).await?;

    let row = row_text(&browser, "Press").await?;
    assert!(row.contains("Inactive · click limit reached"), "{row}");
    assert!(row.contains("2 / 2"), "{row}");
    assert!(row.contains(" · in 3 days"), "expiry says how far: {row}");
    let time = browser.find(Locator::Css("tbody time")).await?;
    let title = time.attr("title").await?.unwrap_or_default();
    assert!(
        title.starts_with("Expires ") && title.ends_with("GMT+9 (Asia/Tokyo)"),
        "exact time with its zone: {title}"
    );
    assert!(time.attr("datetime").await?.is_some());
    check_screen(&browser, "Manage guest access, expiry with relative dates").await?;

    // Edit link, from the row's own button; its name shows on focus, like the other icons.
    browser.tab_to("Edit link: Press").await?;
    let exact = browser
        .find(Locator::Css("tbody .exact"))
        .await?
        .text()
        .await?;
    assert_eq!(
        exact, title,
        "the exact time shows under the date while the row has focus"
    );
    browser.key(Key::Enter).await?;
    browser.wait_text("[role=dialog] h2", "Edit link").await?;
    browser
        .wait_js(
            "focus in Link Name, filled",
            "document.activeElement.name === 'name' && document.activeElement.value === 'Press'",
        )
        .await?;
    let clicks = browser
        .find(Locator::Css("[role=dialog] input[name=max_clicks]"))
        .await?;
    assert_eq!(clicks.prop("value").await?.as_deref(), Some("2"));
    browser
        .wait_text("[role=dialog]", "Used 2 times so far.")
        .await?;
    check_screen(&browser, "Edit link").await?;

    // A new name, and a limit below the clicks used: refused under its field, values kept.
    clear_focused(&browser).await?;
    browser.type_text("Press kit").await?;
    browser.key(Key::Tab).await?;
    clear_focused(&browser).await?;
    browser.type_text("1").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=dialog]", "already used 2 times: enter 2 or more")
        .await?;
    let input = browser
        .find(Locator::Css("[role=dialog] input[name=max_clicks]"))
        .await?;
    assert_eq!(input.attr("aria-invalid").await?.as_deref(), Some("true"));
    let name = browser
        .find(Locator::Css("[role=dialog] input[name=name]"))
        .await?;
    assert_eq!(name.prop("value").await?.as_deref(), Some("Press kit"));
    check_screen(&browser, "Edit link, limit below the clicks used").await?;

    // A higher limit renews the link: the row changes in place, focus back on its Edit.
    input.click().await?;
    clear_focused(&browser).await?;
    browser.type_text("5").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=status]", "Link “Press kit” updated")
        .await?;
    browser
        .wait_js(
            "the Edit window to close",
            "document.querySelectorAll('[role=dialog]').length === 1",
        )
        .await?;
    browser.wait_focus("Edit link: Press kit").await?;
    let row = row_text(&browser, "Press kit").await?;
    assert!(row.contains("2 / 5"), "{row}");
    assert!(!row.contains("Inactive"), "active again: {row}");
    assert!(row.contains(" · in 3 days"), "the expiry is kept: {row}");
    let links = stack.guest_access(video.id).await?.links;
    assert_eq!(links.len(), 1);
    assert_eq!(
        (links[0].name.as_str(), links[0].status, links[0].max_clicks),
        ("Press kit", LinkStatus::Active, Some(5))
    );
    assert_eq!(
        links[0].expires_at, link.expires_at,
        "a rename keeps the expiry"
    );
    check_screen(&browser, "Manage guest access, link renewed").await?;
    browser.quit().await
}

#[tokio::test]
async fn given_an_expired_link_should_give_the_guest_its_date_in_their_own_time_zone() -> Result {
    let stack = Stack::start().await?;
    let guest = Browser::launch().await?;
    // 2026-04-23 20:00 UTC is already April 24 in Tokyo.
    guest
        .cdp(
            "Emulation.setTimezoneOverride",
            json!({ "timezoneId": "Asia/Tokyo" }),
        )
        .await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let expired = stack
        .guest_link(
            video.id,
            NewGuestLink {
                name: "Last week".into(),
                duration_days: Some(7),
                ..Default::default()
            },
        )
        .await?;
    let db = rusqlite::Connection::open(&stack.db_path)?;
    db.busy_timeout(std::time::Duration::from_secs(10))?;
    db.execute(
        "UPDATE guest_links SET expires_at = 1776974400000 WHERE id = ?1",
        [expired.id],
    )?;
    guest.goto(&expired.url).await?;
    guest.wait_text("h1", "This link has expired").await?;
    guest
        .wait_text("p", "This link stopped working on April 24, 2026.")
        .await?;
    check_screen(&guest, "message: link expired, in the guest's zone").await?;
    guest.quit().await
}

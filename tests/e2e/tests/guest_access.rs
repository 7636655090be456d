//! Guest links, host side, from the keyboard alone: the three-dot menu, Manage guest access,
//! three links and the refused fourth, copy, delete, and switching access off.

use contract::MediaKind;
use e2e::{check_screen, link_named, open_guest_access, sign_in, Browser, Key, Result, Stack};
use fantoccini::Locator;

async fn link_count(browser: &Browser, text: &str) -> Result {
    browser.wait_text("[data-testid=link-count]", text).await?;
    Ok(())
}

async fn create_link(browser: &Browser, name: &str, clicks: &str, days: &str) -> Result {
    browser.tab_to("Create new link").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=dialog] h2", "Create new link")
        .await?;
    browser
        .wait_js(
            "focus in Link Name",
            "document.activeElement.labels?.[0]?.innerText.startsWith('Link Name')",
        )
        .await?;
    browser.type_text(name).await?;
    browser.key(Key::Tab).await?;
    browser.type_text(clicks).await?;
    browser.key(Key::Tab).await?;
    browser.type_text(days).await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_js(
            "the Create window to close",
            "document.querySelectorAll('[role=dialog]').length === 1",
        )
        .await
}

#[tokio::test]
async fn given_a_host_on_the_keyboard_should_create_copy_delete_and_switch_off_guest_links(
) -> Result {
    let stack = Stack::start().await?;
    let browser = Browser::launch().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    stack.set_guest_access(video.id, false).await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    browser
        .goto(&stack.page(&format!("/media/{}", video.id)))
        .await?;
    browser.wait_text("h1", &video.title).await?;

    // The three-dot menu, by the menu button pattern.
    browser.tab_to("More actions").await?;
    browser.key(Key::Enter).await?;
    browser.wait_css("[role=menu]").await?;
    browser.wait_focus("Invite users").await?;
    check_screen(&browser, "media page with the More actions menu open").await?;
    browser.key(Key::Down).await?;
    browser.wait_focus("Manage guest access").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=dialog] h2", "Manage guest access")
        .await?;
    link_count(&browser, "No links added").await?;
    check_screen(&browser, "Manage guest access, off").await?;

    // Focus is on the switch; Space turns access on.
    let switch = browser.find(Locator::Css("[role=switch]")).await?;
    let focused_role = browser.active_element().await?.attr("role").await?;
    assert_eq!(
        focused_role.as_deref(),
        Some("switch"),
        "focus moved into the dialog"
    );
    assert_eq!(switch.attr("aria-checked").await?.as_deref(), Some("false"));
    browser.key(Key::Space).await?;
    browser
        .wait_js(
            "access on",
            "document.querySelector('[role=switch]').getAttribute('aria-checked') === 'true'",
        )
        .await?;
    check_screen(&browser, "Manage guest access, on, no links").await?;

    // Three links, one with a click and a day limit.
    browser.tab_to("Create new link").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=dialog] h2", "Create new link")
        .await?;
    check_screen(&browser, "Create new link").await?;
    browser.key(Key::Escape).await?;
    browser
        .wait_js(
            "only the Create window closed",
            "document.querySelectorAll('[role=dialog]').length === 1",
        )
        .await?;
    browser.wait_focus("Create new link").await?; // back on the opener
    browser.chord(&[Key::Shift], Key::Tab).await?;
    create_link(&browser, "Press preview", "5", "30").await?;
    link_count(&browser, "1 link").await?;
    create_link(&browser, "Partners", "", "").await?;
    link_count(&browser, "2 links").await?;
    create_link(&browser, "Conference", "", "").await?;
    link_count(&browser, "3 links").await?;
    let row = browser
        .wait_text("tr", "Press preview")
        .await?
        .text()
        .await?;
    assert!(row.contains("0 / 5"), "clicks read used / limit: {row}");
    assert!(browser
        .wait_text("tr", "Partners")
        .await?
        .text()
        .await?
        .contains("Never"));
    check_screen(&browser, "Manage guest access, 3 links").await?;

    // The fourth is refused, with its reason, and the button stays reachable.
    browser.wait_focus("Create new link").await?;
    let create = browser.active_element().await?;
    assert_eq!(create.attr("aria-disabled").await?.as_deref(), Some("true"));
    browser.wait_text("p", "maximum of 3 guest links").await?;
    browser.key(Key::Enter).await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        browser.find_all(Locator::Css("[role=dialog]")).await?.len(),
        1,
        "no Create window"
    );

    // Copy: the clipboard holds exactly the row's link.
    let access = stack.guest_access(video.id).await?;
    let press = access
        .links
        .iter()
        .find(|l| l.name == "Press preview")
        .ok_or("link")?;
    browser.tab_to("Copy link: Press preview").await?;
    browser.key(Key::Enter).await?;
    browser.wait_text("[role=status]", "Link copied").await?;
    assert_eq!(browser.clipboard_text().await?, press.url);

    // Delete, with confirmation; focus lands back on Create new link.
    browser.tab_to("Delete link: Partners").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=dialog] h2", "Delete guest link?")
        .await?;
    browser
        .wait_text("[role=dialog] p", "Deleted links can't be restored.")
        .await?;
    browser.wait_focus("Cancel").await?; // the safe choice has focus
    check_screen(&browser, "Delete guest link").await?;
    browser.tab_to("Delete").await?;
    browser.key(Key::Enter).await?;
    link_count(&browser, "2 links").await?;
    browser.wait_focus("Create new link").await?;
    assert!(stack
        .guest_access(video.id)
        .await?
        .links
        .iter()
        .all(|l| l.name != "Partners"));

    // Switching off marks every row inactive at once.
    browser.shift_tab_to("Enable guest access").await?;
    browser.key(Key::Space).await?;
    browser
        .wait_js(
            "access off",
            "document.querySelector('[role=switch]').getAttribute('aria-checked') === 'false'",
        )
        .await?;
    let rows = browser.find_all(Locator::Css("tbody tr")).await?;
    assert_eq!(rows.len(), 2);
    for row in rows {
        assert!(row.text().await?.contains("Inactive · guest access is off"));
    }
    assert!(!stack.guest_access(video.id).await?.enabled);
    check_screen(&browser, "Manage guest access, switched off").await?;

    // Escape closes the window and focus returns to the menu button.
    browser.key(Key::Escape).await?;
    browser
        .wait_js(
            "no dialog",
            "document.querySelectorAll('[role=dialog]').length === 0",
        )
        .await?;
    browser.wait_focus("More actions").await?;
    browser.quit().await
}

#[tokio::test]
async fn given_the_limit_reached_in_another_tab_should_explain_the_refusal_and_refresh_the_list(
) -> Result {
    let stack = Stack::start().await?;
    let browser = Browser::launch().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    for name in ["One", "Two"] {
        let link = link_named(name);
        stack.guest_link(video.id, link).await?;
    }
    sign_in(&browser, &stack, "host@example.com").await?;
    open_guest_access(&browser, &stack, video.id).await?;
    link_count(&browser, "2 links").await?;
    browser
        .wait_text("button", "Create new link")
        .await?
        .click()
        .await?;
    browser
        .wait_text("[role=dialog] h2", "Create new link")
        .await?;
    browser.type_text("From this tab").await?;

    // Meanwhile, another tab takes the last place.
    let link = link_named("Other tab");
    stack.guest_link(video.id, link).await?;

    browser.key(Key::Enter).await?;
    browser
        .wait_text(
            "[role=dialog] [role=alert]",
            "maximum number of guest links",
        )
        .await?;
    let name = browser
        .find(Locator::Css("[role=dialog] input[name=name]"))
        .await?;
    assert_eq!(
        name.prop("value").await?.as_deref(),
        Some("From this tab"),
        "the value survives"
    );
    check_screen(&browser, "Create new link refused by a conflict").await?;
    browser.key(Key::Escape).await?;
    link_count(&browser, "3 links").await?;
    browser.wait_text("tr", "Other tab").await?;
    browser.quit().await
}

//! Asking the host for access (issue 14 item 3): a guest meets an expired link and asks; the
//! host's open Manage guest access shows the request without a reload; Extend link renews the
//! link and the guest's link works again; Dismiss removes a request. axe-core on each screen.

use contract::{MediaKind, NewGuestLink};
use e2e::{check_screen, open_guest_access, sign_in, Browser, Key, Result, Stack};
use fantoccini::elements::Element;
use fantoccini::Locator;

/// The control labelled `label`, found the way a person finds it: by its label.
async fn field(browser: &Browser, label: &str) -> Result<Element> {
    let label = browser
        .find(Locator::XPath(&format!(
            "//label[starts-with(normalize-space(.), '{label}')]"
        )))
        .await?;
    let id = label
        .attr("for")
        .await?
        .ok_or("a label tied to its input")?;
    Ok(browser.find(Locator::Id(&id)).await?)
}

async fn type_into(browser: &Browser, label: &str, text: &str) -> Result {
    field(browser, label).await?.send_keys(text).await?;
    Ok(())
}

/// The button whose visible text is `text`.
async fn button(browser: &Browser, text: &str) -> Result<Element> {
    Ok(browser
        .find(Locator::XPath(&format!(
            "//button[normalize-space(.) = '{text}']"
        )))
        .await?)
}

/// Empties the focused field the way a person does, one Backspace per character.
async fn clear_focused(browser: &Browser) -> Result {
    let value = browser.active_element().await?.prop("value").await?;
    for _ in 0..value.unwrap_or_default().chars().count() {
        browser.key(Key::Backspace).await?;
    }
    Ok(())
}

#[tokio::test]
async fn given_an_expired_link_should_let_the_guest_ask_and_the_host_extend_it_live() -> Result {
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let link = stack
        .guest_link(
            video.id,
            NewGuestLink {
                name: "Press".into(),
                duration_days: Some(7),
                ..Default::default()
            },
        )
        .await?;
    let db = rusqlite::Connection::open(&stack.db_path)?;
    db.busy_timeout(std::time::Duration::from_secs(10))?;
    db.execute(
        "UPDATE guest_links SET expires_at = 1000 WHERE id = ?1",
        [link.id],
    )?;

    // The host's window is open before anyone asks.
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    open_guest_access(&host, &stack, video.id).await?;

    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest.wait_text("h1", "This link has expired").await?;
    button(&guest, "Ask the host for access")
        .await?
        .click()
        .await?;
    guest.wait_text("h2", "Ask the host for access").await?;
    check_screen(&guest, "message: expired, asking for access").await?;
    // A refused submit keeps the values and says what to fix under the field.
    type_into(&guest, "Name", "Priya Raman").await?;
    type_into(&guest, "Email", "priya@").await?;
    type_into(&guest, "Note to the host", "I missed last week's session.").await?;
    button(&guest, "Send request").await?.click().await?;
    guest
        .wait_text("form", "Enter an email address like name@example.com.")
        .await?;
    let name = field(&guest, "Name").await?;
    assert_eq!(name.prop("value").await?.as_deref(), Some("Priya Raman"));
    check_screen(&guest, "asking for access, email refused").await?;
    type_into(&guest, "Email", "example.com").await?;
    button(&guest, "Send request").await?.click().await?;
    guest
        .wait_text("[role=status] h2", "The host was told")
        .await?;
    guest
        .wait_text("[role=status]", "they'll reach you by their own means")
        .await?;
    check_screen(&guest, "asking for access, the host was told").await?;

    // The request shows in the open window by itself.
    host.wait_text("[role=dialog] section h3", "Access requests")
        .await?;
    let section = host
        .wait_text("[role=dialog] section", "Priya Raman")
        .await?
        .text()
        .await?;
    assert!(section.contains("priya@example.com"), "{section}");
    assert!(
        section.contains("I missed last week's session."),
        "{section}"
    );
    assert!(section.contains("By link Press"), "{section}");
    assert!(section.contains("1 request"), "{section}");
    check_screen(&host, "Manage guest access, an access request").await?;

    // Extend link opens Edit link for that link; 7 days renew it.
    button(&host, "Extend link").await?.click().await?;
    host.wait_text("[role=dialog] h2", "Edit link").await?;
    let days = host
        .find(Locator::Css("[role=dialog] input[name=duration_days]"))
        .await?;
    days.click().await?;
    clear_focused(&host).await?;
    host.type_text("7").await?;
    host.key(Key::Enter).await?;
    host.wait_text("[role=status]", "Link “Press” updated")
        .await?;
    let links = stack.guest_access(video.id).await?.links;
    assert_eq!(links[0].status, contract::LinkStatus::Active);

    // The guest's link works again.
    guest.goto(&link.url).await?;
    guest.wait_css("input[autocomplete=name]").await?;
    guest.wait_text("main", "Continue").await?;
    check_screen(&guest, "guest entry after the link was extended").await?;

    // Dismiss removes the request; with none left the section goes.
    host.wait_css("[role=dialog] section").await?;
    host.find(Locator::Css(
        "button[aria-label='Dismiss the request of Priya Raman']",
    ))
    .await?
    .click()
    .await?;
    host.wait_js(
        "the request to go",
        "!document.body.innerText.includes('Priya Raman')",
    )
    .await?;
    check_screen(&host, "Manage guest access, request dismissed").await?;
    guest.quit().await?;
    host.quit().await
}

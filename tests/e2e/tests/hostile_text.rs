//! Text from people is always shown as text: hostile link names, guest names and emails and
//! lobby messages go through every screen that shows them without becoming markup.

use contract::hostile::HOSTILE_NAMES;
use contract::JoinRequest;
use e2e::{
    assert_inert, check_screen, link_named, open_guest_access, sign_in, Browser, Result, Stack,
};
use fantoccini::Locator;
use serde_json::json;

const ROOM: i64 = 8;

#[tokio::test]
async fn given_hostile_link_names_the_host_windows_should_show_them_as_text() -> Result {
    let stack = Stack::start().await?;
    let names = &HOSTILE_NAMES[..3];
    for name in names {
        let link = link_named(name);
        stack.guest_link(ROOM, link).await?;
    }
    let browser = Browser::launch().await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    open_guest_access(&browser, &stack, ROOM).await?;
    browser
        .wait_text("[data-testid=link-count]", "3 links")
        .await?;
    assert_inert(&browser, "[role=dialog] table", names).await?;
    check_screen(&browser, "Manage guest access with hostile link names").await?;

    browser
        .find(Locator::Css(&format!(
            "button[aria-label='Delete link: {}']",
            names[1].replace('\'', "\\'")
        )))
        .await?
        .click()
        .await?;
    browser
        .wait_text("[role=dialog] h2", "Delete guest link?")
        .await?;
    let dialogs = browser.find_all(Locator::Css("[role=dialog]")).await?;
    assert_eq!(dialogs.len(), 2);
    assert_inert(
        &browser,
        "body > div:last-of-type [role=dialog]",
        &[names[1]],
    )
    .await?;
    browser.quit().await
}

#[tokio::test]
async fn given_hostile_guest_names_and_lobby_messages_every_live_screen_should_show_them_as_text(
) -> Result {
    let stack = Stack::start().await?;
    let link = link_named("Everyone");
    let link = stack.guest_link(ROOM, link).await?;
    for name in HOSTILE_NAMES {
        let request = JoinRequest {
            name: name.to_string(),
            email: "guest@example.org".into(),
            device: None,
        };
        stack.join(&link, &request).await?;
    }
    let message = HOSTILE_NAMES.join(" | ");
    stack
        .host_api("host@example.com")
        .await?
        .put(stack.api(&format!("/media/{ROOM}/lobby-message")))
        .json(&json!({ "message": message }))
        .send()
        .await?
        .error_for_status()?;

    // The host's waiting room and the lobby message they see.
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.goto(&stack.page(&format!("/media/{ROOM}/live")))
        .await?;
    host.wait_text("h2", &format!("Waiting to join ({})", HOSTILE_NAMES.len()))
        .await?;
    assert_inert(&host, "main", HOSTILE_NAMES).await?;
    check_screen(&host, "Participants tab with hostile names").await?;
    host.wait_text("button", "Admit all").await?.click().await?;
    host.wait_text("h2", "Waiting to join (0)").await?;
    host.wait_text("[role=group] li", HOSTILE_NAMES[0]).await?;
    assert_inert(&host, "[role=group]:has(li)", &HOSTILE_NAMES[..4]).await?;

    // A guest waiting sees the hostile lobby message as text.
    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest
        .wait_css("input[name=name]")
        .await?
        .send_keys(HOSTILE_NAMES[1])
        .await?;
    guest
        .find(Locator::Css("input[name=email]"))
        .await?
        .send_keys("guest@example.org")
        .await?;
    guest
        .find(Locator::Css("form button[type=submit]"))
        .await?
        .click()
        .await?;
    guest.wait_text("h1", "Waiting for the moderator").await?;
    guest.wait_css("blockquote").await?;
    assert_inert(&guest, "main", &[HOSTILE_NAMES[0], HOSTILE_NAMES[7]]).await?;
    check_screen(&guest, "waiting page with a hostile lobby message").await?;
    guest.quit().await?;
    host.quit().await
}

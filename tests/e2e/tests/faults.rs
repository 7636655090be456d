//! Faults: with the backend stopped, slow or failing, every screen says what happened, offers
//! to try again, keeps what the person typed, and recovers when the backend returns; the live
//! streams resume after a server restart without losing an admission decision.
//!
//! Browsers talk to a [`FaultProxy`] in front of the reference backend; set-up and checks go
//! to the server directly ([`Stack::api`]), so they never meet the fault.

use std::time::{Duration, Instant};

use contract::{MediaKind, MediaStatus, MediaSummary};
use e2e::{check_screen, link_named, reconnect_until, sign_in, Browser, Fault, Key, Result, Stack};
use fantoccini::Locator;

/// What the proxy's slow mode holds each API request for.
const SLOW: Duration = Duration::from_secs(5);

/// Long enough for two slow requests in a row (the session, then the page's data).
const SLOW_LIMIT: Duration = Duration::from_secs(15);

/// The first seeded item of `kind` that guests can open (`Live` for live kinds).
async fn seeded(stack: &Stack, kind: MediaKind) -> Result<MediaSummary> {
    let usable = |status: MediaStatus| match kind.is_live() {
        true => status == MediaStatus::Live,
        false => status != MediaStatus::Unavailable,
    };
    Ok(stack
        .media()
        .await?
        .into_iter()
        .find(|m| m.kind == kind && usable(m.status))
        .ok_or(format!("no usable seeded {kind:?}"))?)
}

/// The value of the input named `name` (inside a dialog when `css_scope` says so).
async fn value_of(browser: &Browser, css_scope: &str, name: &str) -> Result<String> {
    Ok(browser
        .find(Locator::Css(&format!("{css_scope} input[name={name}]")))
        .await?
        .prop("value")
        .await?
        .unwrap_or_default())
}

/// Marks the alerts on screen now, so [`wait_new_alert`] can tell a fresh one from them.
async fn mark_alerts(browser: &Browser) -> Result {
    browser
        .execute(
            "document.querySelectorAll('[role=alert]').forEach(a => a.dataset.seen = '1');",
            vec![],
        )
        .await?;
    Ok(())
}

/// Waits for an alert containing `text` that was not on screen at [`mark_alerts`].
async fn wait_new_alert(browser: &Browser, text: &str) -> Result {
    browser
        .wait_js(
            &format!("a new alert saying {text:?}"),
            &format!(
                "[...document.querySelectorAll('[role=alert]:not([data-seen])')]\
                 .some(a => a.innerText.includes({text:?}))"
            ),
        )
        .await
}

/// Fails if the page shows raw JSON, HTML or the proxy's wording anywhere.
async fn assert_nothing_raw(browser: &Browser, screen: &str) -> Result {
    let text = browser.find(Locator::Css("body")).await?.text().await?;
    for raw in ["{", "<", "Bad Gateway", "\"code\"", "internal", "Injected"] {
        assert!(
            !text.contains(raw),
            "{screen} shows {raw:?} to the person:\n{text}"
        );
    }
    Ok(())
}

/// Waits up to `limit` for `css` containing `text`, failing the moment the page is blank
/// meanwhile: something (a loading status, a message, the content) must always be shown.
async fn wait_never_blank(browser: &Browser, css: &str, text: &str, limit: Duration) -> Result {
    let deadline = Instant::now() + limit;
    let script = format!(
        "const found = [...document.querySelectorAll({css:?})].some(e => e.innerText.includes({text:?})); \
         const shown = [...document.querySelectorAll('main, [role=status], [role=alert]')] \
             .some(e => e.innerText.trim().length > 0); \
         return [found, shown, document.body.innerText];"
    );
    loop {
        let state = browser.execute(&script, vec![]).await?;
        if state[0].as_bool() == Some(true) {
            return Ok(());
        }
        if state[1].as_bool() != Some(true) {
            return Err(format!(
                "a blank page while waiting for {text:?}; it says only:\n{}",
                state[2]
            )
            .into());
        }
        if Instant::now() > deadline {
            return Err(format!("no `{css}` containing {text:?} within {limit:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn given_the_backend_down_or_failing_manage_guest_access_should_say_so_keep_the_typed_link_and_recover(
) -> Result {
    let stack = Stack::start_behind_proxy().await?;
    let proxy = stack.proxy();
    let video = seeded(&stack, MediaKind::Video).await?;
    stack.set_guest_access(video.id, true).await?;
    let browser = Browser::launch().await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    browser
        .goto(&stack.page(&format!("/media/{}", video.id)))
        .await?;
    browser.wait_text("h1", &video.title).await?;
    check_screen(&browser, "media page").await?;

    // The backend goes away; the host opens Manage guest access from the three-dot menu.
    proxy.set(Fault::Down);
    browser.tab_to("More actions").await?;
    browser.key(Key::Enter).await?;
    browser.wait_css("[role=menu]").await?;
    browser.key(Key::Down).await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text(
            "[role=dialog] [role=alert]",
            "We couldn't reach the server.",
        )
        .await?;
    browser
        .wait_text("[role=dialog] button", "Try again")
        .await?;
    check_screen(&browser, "Manage guest access, backend down").await?;

    // Back: "Try again" loads the window.
    proxy.set(Fault::Pass);
    browser.tab_to("Try again").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[data-testid=link-count]", "No links added")
        .await?;
    check_screen(&browser, "Manage guest access, loaded after Try again").await?;

    // The backend answers 500: the form says so and keeps every value.
    proxy.set(Fault::Fail500);
    browser.tab_to("Create new link").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=dialog] h2", "Create new link")
        .await?;
    browser.type_text("Press preview").await?;
    browser.key(Key::Tab).await?;
    browser.type_text("5").await?;
    browser.key(Key::Tab).await?;
    browser.type_text("30").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text(
            "[role=dialog] [role=alert]",
            "The link wasn't created. Something went wrong on our side. Please try again in a moment.",
        )
        .await?;
    let form = "[role=dialog] form";
    assert_eq!(value_of(&browser, form, "name").await?, "Press preview");
    assert_eq!(value_of(&browser, form, "max_clicks").await?, "5");
    assert_eq!(value_of(&browser, form, "duration_days").await?, "30");
    assert_nothing_raw(&browser, "Create new link, backend answering 500").await?;
    check_screen(&browser, "Create new link, backend answering 500").await?;

    // A gateway's HTML error page instead: the same plain sentence, never the page.
    proxy.set(Fault::BadGateway);
    mark_alerts(&browser).await?;
    browser.key(Key::Enter).await?;
    wait_new_alert(
        &browser,
        "The link wasn't created. Something went wrong on our side.",
    )
    .await?;
    assert_eq!(value_of(&browser, form, "name").await?, "Press preview");
    assert_nothing_raw(&browser, "Create new link, gateway error page").await?;
    check_screen(&browser, "Create new link, gateway error page").await?;

    // Back: the same Create succeeds and the list shows the link.
    proxy.set(Fault::Pass);
    browser.key(Key::Enter).await?;
    browser
        .wait_js(
            "the Create window to close",
            "document.querySelectorAll('[role=dialog]').length === 1",
        )
        .await?;
    browser
        .wait_text("[data-testid=link-count]", "1 link")
        .await?;
    let row = browser
        .wait_text("tr", "Press preview")
        .await?
        .text()
        .await?;
    assert!(row.contains("0 / 5"), "clicks read used / limit: {row}");
    let links = stack.guest_access(video.id).await?.links;
    assert_eq!(links.len(), 1, "exactly one link was created");
    assert_eq!(links[0].max_clicks, Some(5));
    check_screen(
        &browser,
        "Manage guest access, link created after the fault",
    )
    .await?;
    browser.quit().await
}

#[tokio::test]
async fn given_a_slow_or_down_backend_my_media_and_the_media_page_should_show_loading_or_try_again_then_the_content(
) -> Result {
    let stack = Stack::start_behind_proxy().await?;
    let proxy = stack.proxy();
    let media = stack.media().await?;
    let first = media.first().ok_or("seeded media")?;
    let browser = Browser::launch().await?;
    sign_in(&browser, &stack, "host@example.com").await?;

    // Slow: each step shows a loading state (never a blank page), then the content.
    proxy.set(Fault::Slow(SLOW));
    browser.goto(&stack.page("/")).await?;
    browser
        .wait_text("[role=status]", "Checking your session")
        .await?;
    check_screen(&browser, "My media, checking the session (slow backend)").await?;
    wait_never_blank(&browser, "[role=status]", "Loading your media", SLOW_LIMIT).await?;
    check_screen(&browser, "My media, loading (slow backend)").await?;
    wait_never_blank(&browser, "h1", "My media", SLOW_LIMIT).await?;
    check_screen(&browser, "My media after a slow load").await?;
    browser
        .find(Locator::Css(&format!("a[href='/media/{}']", first.id)))
        .await?
        .click()
        .await?;
    browser.wait_text("[role=status]", "Loading media").await?;
    check_screen(&browser, "media page, loading (slow backend)").await?;
    wait_never_blank(&browser, "h1", &first.title, SLOW_LIMIT).await?;
    check_screen(&browser, "media page after a slow load").await?;

    // Down on a first load: the error with Try again, then the page once it is back.
    proxy.set(Fault::Down);
    browser.goto(&stack.page("/")).await?;
    browser
        .wait_text("[role=alert]", "We couldn't reach the server.")
        .await?;
    check_screen(&browser, "My media, backend down").await?;
    // Trying again while it is still down fails again at once: the message stays, and the
    // button is not left saying it is working.
    browser
        .wait_text("[role=alert] button", "Try again")
        .await?
        .click()
        .await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let button = browser
        .wait_text("[role=alert] button", "Try again")
        .await?;
    assert_eq!(button.attr("aria-busy").await?.as_deref(), Some("false"));
    browser
        .wait_text("[role=alert]", "We couldn't reach the server.")
        .await?;
    proxy.set(Fault::Pass);
    browser
        .wait_text("[role=alert] button", "Try again")
        .await?
        .click()
        .await?;
    browser.wait_text("h1", "My media").await?;

    // Down while opening an item from the list: the media page's own error, then the item.
    proxy.set(Fault::Down);
    browser
        .find(Locator::Css(&format!("a[href='/media/{}']", first.id)))
        .await?
        .click()
        .await?;
    browser
        .wait_text("main [role=alert]", "We couldn't reach the server.")
        .await?;
    check_screen(&browser, "media page, backend down").await?;
    // It comes back, slowly: Try again says it is working until the item arrives.
    proxy.set(Fault::Slow(SLOW));
    browser.tab_to("Try again").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("main [role=alert] button[aria-busy=true]", "Trying again…")
        .await?;
    check_screen(&browser, "media page, trying again (slow backend)").await?;
    wait_never_blank(&browser, "h1", &first.title, SLOW_LIMIT).await?;
    check_screen(&browser, "media page after Try again").await?;
    browser.quit().await
}

#[tokio::test]
async fn given_a_failing_backend_a_guest_should_see_why_keep_their_values_and_join_exactly_once(
) -> Result {
    let stack = Stack::start_behind_proxy().await?;
    let proxy = stack.proxy();
    let video = seeded(&stack, MediaKind::Video).await?;
    let link = stack.guest_link(video.id, link_named("Faults")).await?;
    assert!(
        link.url.starts_with(proxy.url()),
        "guest links lead through the proxy: {}",
        link.url
    );

    // Down on first load: the network message page, and Try again gets in once it is back.
    proxy.set(Fault::Down);
    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest
        .wait_text("h1", "We couldn't reach the server")
        .await?;
    check_screen(&guest, "guest: network message page").await?;
    proxy.set(Fault::Pass);
    guest.tab_to("Try again").await?;
    guest.key(Key::Enter).await?;
    guest.wait_text("h1", &video.title).await?;
    check_screen(&guest, "guest entry after Try again").await?;

    guest
        .find(Locator::Css("input[name=name]"))
        .await?
        .send_keys("Ann Guest")
        .await?;
    guest
        .find(Locator::Css("input[name=email]"))
        .await?
        .send_keys("ann.guest@example.com")
        .await?;

    // A gateway's HTML page, then the contract's 500: a plain sentence, values kept.
    for (fault, screen) in [
        (Fault::BadGateway, "guest entry, gateway error page"),
        (Fault::Fail500, "guest entry, backend answering 500"),
    ] {
        proxy.set(fault);
        mark_alerts(&guest).await?;
        guest.press(&Key::Enter).await?;
        wait_new_alert(
            &guest,
            "You haven't joined yet. Something went wrong on our side.",
        )
        .await?;
        assert_eq!(value_of(&guest, "form", "name").await?, "Ann Guest");
        assert_eq!(
            value_of(&guest, "form", "email").await?,
            "ann.guest@example.com"
        );
        assert_nothing_raw(&guest, screen).await?;
        check_screen(&guest, screen).await?;
    }
    assert_eq!(stack.guest_access(video.id).await?.links[0].clicks, 0);

    // Slow: the button says it is working, and pressing again sends nothing more.
    proxy.set(Fault::Slow(SLOW));
    guest.press(&Key::Enter).await?;
    let button = guest.wait_text("button[type=submit]", "Joining…").await?;
    assert_eq!(button.attr("aria-busy").await?.as_deref(), Some("true"));
    guest.press(&Key::Enter).await?;
    button.click().await.ok();
    check_screen(&guest, "guest entry, joining (slow backend)").await?;
    // The held join goes through after its 5 s; what follows need not wait.
    proxy.set(Fault::Pass);
    guest
        .wait_text_within("p", "You're watching as a guest.", SLOW_LIMIT)
        .await?;
    check_screen(&guest, "guest view after a slow join").await?;
    assert_eq!(
        stack.guest_access(video.id).await?.links[0].clicks,
        1,
        "exactly one join"
    );
    guest.quit().await
}

#[tokio::test]
async fn given_a_server_restart_and_a_dropped_guest_connection_the_live_pages_should_resume_and_lose_no_decision(
) -> Result {
    let mut stack = Stack::start_behind_proxy().await?;
    let room = seeded(&stack, MediaKind::Room).await?;
    let link = stack.guest_link(room.id, link_named("Lobby")).await?;
    // The guest's browser has a proxy of its own, so its connection can drop alone.
    let guest_proxy = stack.another_proxy().await?;

    let guest = Browser::launch().await?;
    guest.goto(&guest_proxy.via(&link.url)?).await?;
    guest.wait_text("h1", &room.title).await?;
    check_screen(&guest, "guest entry of a live room").await?;
    guest
        .find(Locator::Css("input[name=name]"))
        .await?
        .send_keys("Gia Guest")
        .await?;
    guest
        .find(Locator::Css("input[name=email]"))
        .await?
        .send_keys("gia@example.org")
        .await?;
    guest.press(&Key::Enter).await?;
    guest
        .wait_text("h1", "Waiting for the moderator to let you in")
        .await?;
    check_screen(&guest, "waiting page").await?;

    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.goto(&stack.page(&format!("/media/{}/live", room.id)))
        .await?;
    host.wait_text("[role=status] p", "Live").await?;
    host.wait_text("li", "Gia Guest").await?;
    check_screen(&host, "Participants tab, a guest waiting").await?;

    // The server stops: both pages say the connection dropped.
    stack.stop().await?;
    host.wait_text("[role=status]", "Live updates are interrupted")
        .await?;
    guest
        .wait_text(
            "[role=status]",
            "The connection dropped; you're still in line.",
        )
        .await?;
    check_screen(&host, "Participants tab, server stopped").await?;
    check_screen(&guest, "waiting page, server stopped").await?;

    // It comes back on the same port and database: the host's tab reconnects ("Reconnect
    // now" if it hasn't already), the guest's page by itself on its next try.
    stack.restart().await?;
    reconnect_until(&host, "● Live").await?;
    check_screen(&host, "Participants tab, reconnected after the restart").await?;
    guest
        .wait_text_within(
            "[role=status]",
            "Keep this page open",
            Duration::from_secs(20),
        )
        .await?;
    check_screen(&guest, "waiting page, reconnected after the restart").await?;

    // Admitted after the restart: the guest's page moves into the guest view by itself.
    host.find(Locator::Css("button[aria-label='Admit Gia Guest']"))
        .await?
        .click()
        .await?;
    guest.wait_text("p", "You're watching as a guest.").await?;
    check_screen(&guest, "guest view, admitted after the restart").await?;

    // The guest leaves and joins again, under another name, with the values still there.
    guest.wait_text("button", "Leave").await?.click().await?;
    guest.wait_text("h1", "You left").await?;
    check_screen(&guest, "you left").await?;
    guest
        .wait_text("button", "Back to the entry form")
        .await?
        .click()
        .await?;
    guest.wait_text("h1", &room.title).await?;
    assert_eq!(value_of(&guest, "form", "name").await?, "Gia Guest");
    check_screen(&guest, "guest entry again, values kept").await?;
    let name = guest.find(Locator::Css("input[name=name]")).await?;
    name.clear().await?;
    name.send_keys("Gia Again").await?;
    guest.press(&Key::Enter).await?;
    guest
        .wait_text("h1", "Waiting for the moderator to let you in")
        .await?;
    host.wait_text("li", "Gia Again").await?;
    check_screen(&guest, "waiting page again").await?;

    // Only the guest's connection drops; the host denies them meanwhile.
    guest_proxy.set(Fault::Down);
    guest
        .wait_text("[role=status]", "The connection dropped")
        .await?;
    check_screen(&guest, "waiting page, guest's connection dropped").await?;
    host.find(Locator::Css("button[aria-label='Deny Gia Again']"))
        .await?
        .click()
        .await?;
    host.wait_text("h2", "Waiting to join (0)").await?;
    check_screen(&host, "Participants tab after denying a disconnected guest").await?;

    // When the guest's page reconnects, it shows the decision made while it was away.
    guest_proxy.set(Fault::Pass);
    reconnect_until(&guest, "You weren't let in").await?;
    guest.wait_text("h1", "You weren't let in").await?;
    check_screen(&guest, "message: denied while disconnected").await?;
    host.quit().await?;
    guest.quit().await
}

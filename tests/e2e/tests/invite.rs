//! Invite links, end to end: a host invites a new address as Speaker to a scheduled live event
//! with the keyboard only, copies the link; the invitee tries a wrong email, then the right
//! one, waits through the countdown and enters by themself at the start; the used link is
//! refused elsewhere; a revoked link says so.

use std::time::{Duration, Instant};

use contract::{Invite, MediaKind, MediaStatus, MediaSummary, OutboxEmail};
use e2e::{assert_no_way_elsewhere, check_screen, Browser, Key, Result, Stack};
use fantoccini::Locator;
use serde_json::json;

const INVITED: &str = "nora.newcomb@example.net";

/// Presses Tab until the focused element's label contains `label` (at most 25 times).
async fn tab_to(browser: &Browser, label: &str) -> Result {
    for _ in 0..25 {
        browser.press(&Key::Tab).await?;
        if browser.focused_label().await?.contains(label) {
            return Ok(());
        }
    }
    Err(format!("Tab never reached {label:?}").into())
}

/// One property of the focused element, as text.
async fn focused(browser: &Browser, property: &str) -> Result<String> {
    let value = browser
        .execute(
            &format!("return String(document.activeElement.{property} ?? '');"),
            vec![],
        )
        .await?;
    Ok(value.as_str().unwrap_or_default().to_string())
}

/// Waits up to `limit` for `css` with `text`; longer than `wait_text`'s 10 s, still bounded.
async fn wait_long(browser: &Browser, css: &str, text: &str, limit: Duration) -> Result {
    let deadline = Instant::now() + limit;
    loop {
        for element in browser.find_all(Locator::Css(css)).await? {
            if element.text().await.unwrap_or_default().contains(text) {
                return Ok(());
            }
        }
        if Instant::now() > deadline {
            let body = browser.find(Locator::Css("body")).await?.text().await?;
            return Err(format!("no `{css}` with {text:?} after {limit:?}:\n{body}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until no dialog titled `title` is open.
async fn wait_closed(browser: &Browser, title: &str) -> Result {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mut open = false;
        for heading in browser.find_all(Locator::Css("[role=dialog] h2")).await? {
            open |= heading.text().await.unwrap_or_default() == title;
        }
        if !open {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("the {title:?} dialog stayed open").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Moves the item's start to `seconds` from now, as the platform would reschedule it.
fn start_in(stack: &Stack, media: i64, seconds: i64) -> Result {
    let db = rusqlite::Connection::open(&stack.db_path)?;
    db.busy_timeout(Duration::from_secs(5))?;
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_millis() as i64;
    db.execute(
        "UPDATE media SET starts_at = ?1 WHERE id = ?2",
        (now_ms + seconds * 1000, media),
    )?;
    Ok(())
}

async fn open_invite_window(browser: &Browser) -> Result {
    tab_to(browser, "More actions").await?;
    browser.press(&Key::Enter).await?;
    browser.wait_focus("Invite users").await?;
    browser.press(&Key::Enter).await?;
    browser
        .wait_text("[role=dialog] h2", "Invite users")
        .await?;
    // Focus starts in the email field.
    let deadline = Instant::now() + Duration::from_secs(5);
    while focused(browser, "getAttribute('role')").await? != "combobox" {
        if Instant::now() > deadline {
            return Err("focus should start in the email field".into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

#[tokio::test]
async fn given_an_invite_as_speaker_should_let_only_the_invitee_in_once_at_the_start() -> Result {
    let stack = Stack::start().await?;
    let api = stack.host_api("host@example.com").await?;
    let media: Vec<MediaSummary> = api.get(stack.api("/media")).send().await?.json().await?;
    let event = media
        .iter()
        .find(|m| m.kind == MediaKind::LiveEvent && m.status == MediaStatus::Scheduled)
        .ok_or("no scheduled live event is seeded")?
        .id;

    // The host, keyboard only.
    let host = Browser::launch().await?;
    host.goto(&stack.page("/sign-in")).await?;
    host.wait_text("h1", "Sign in").await?;
    check_screen(&host, "sign in").await?;
    tab_to(&host, "host@example.com").await?;
    host.press(&Key::Enter).await?;
    host.wait_text("h1", "My media").await?;
    check_screen(&host, "my media").await?;
    host.goto(&stack.page(&format!("/media/{event}"))).await?;
    host.wait_text("[data-testid=media-actions] button", "Share")
        .await?;
    check_screen(&host, "scheduled live event").await?;

    open_invite_window(&host).await?;
    host.wait_text("[role=dialog] h3", "Pending invites")
        .await?;
    host.wait_text("[role=dialog] p", "No invites yet").await?;
    check_screen(&host, "invite users").await?;
    host.press(INVITED).await?;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(
        focused(&host, "getAttribute('aria-expanded')").await?,
        "false",
        "a new address has nothing to suggest"
    );
    host.press(&Key::Tab).await?;
    assert_eq!(focused(&host, "name").await?, "first_name");
    host.press("Nora").await?;
    host.press(&Key::Tab).await?;
    host.press("Newcomb").await?;
    host.press(&Key::Tab).await?;
    assert_eq!(focused(&host, "value").await?, "Viewer");
    host.press(&Key::Down).await?;
    host.press(&Key::Down).await?;
    assert_eq!(focused(&host, "value").await?, "Speaker");
    assert_eq!(focused(&host, "checked").await?, "true");
    host.press(&Key::Tab).await?;
    assert_eq!(focused(&host, "name").await?, "send_email");
    host.press(&Key::Space).await?;
    host.press(&Key::Tab).await?;
    host.wait_focus("Generate invite link").await?;
    host.press(&Key::Enter).await?;

    host.wait_text("[role=dialog] h2", "Invite link ready")
        .await?;
    host.wait_focus("Copy link").await?;
    check_screen(&host, "invite link ready").await?;
    host.press(&Key::Enter).await?;
    host.wait_text("[role=status] div", "Link copied").await?;
    let shown = host
        .find(Locator::Css("[data-testid=invite-url]"))
        .await?
        .text()
        .await?;
    let invites: Vec<Invite> = api
        .get(stack.api(&format!("/media/{event}/invites")))
        .send()
        .await?
        .json()
        .await?;
    let invite = invites.first().ok_or("the invite was not stored")?;
    assert_eq!(shown, invite.url);
    assert_eq!(
        (
            invite.email.as_str(),
            invite.first_name.as_str(),
            invite.role
        ),
        (INVITED, "Nora", contract::InviteRole::Speaker)
    );
    assert!(invite.emailed);
    let outbox: Vec<OutboxEmail> = api
        .get(stack.api("/dev/outbox"))
        .send()
        .await?
        .json()
        .await?;
    assert!(outbox
        .iter()
        .any(|m| m.to == INVITED && m.body.contains(&invite.url)));
    let confirmation = host
        .wait_text("[role=dialog]", &format!("Yes, to {INVITED}"))
        .await?
        .text()
        .await?;
    assert!(confirmation.contains("Role\nSpeaker"), "{confirmation}");

    host.press(&Key::Escape).await?;
    wait_closed(&host, "Invite link ready").await?;
    host.wait_focus("Generate invite link").await?;
    host.wait_text("[role=dialog] li", "Nora Newcomb").await?;
    host.wait_text("[role=dialog] li", "Not used yet").await?;
    check_screen(&host, "invite users with a pending invite").await?;

    // Her email was delivered and the invite still opens: the host can send it again (she
    // lost it, or it went to spam), and a second email with the same link goes out.
    host.wait_css("[role=dialog] li button[aria-label='Resend invite email to Nora Newcomb']")
        .await?
        .click()
        .await?;
    host.wait_text("[role=status] div", "Sending the invite email again")
        .await?;
    let mut emailed = 0;
    for _ in 0..50 {
        let outbox: Vec<OutboxEmail> = api
            .get(stack.api("/dev/outbox"))
            .send()
            .await?
            .json()
            .await?;
        emailed = outbox
            .iter()
            .filter(|m| m.to == INVITED && m.body.contains(&invite.url))
            .count();
        if emailed == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(emailed, 2, "the resend should email the same link again");

    // The invitee: a wrong email first, then the invited one, shortly before the start.
    let invitee = Browser::launch().await?;
    invitee.goto(&invite.url).await?;
    invitee.wait_text("h1", "Hi Nora, you're invited").await?;
    invitee.wait_text("p", "You're invited as Speaker.").await?;
    // Served by the invitee bundle, which carries none of the guest link's pages.
    let boot = invitee.find(Locator::Css("script[data-wasm]")).await?;
    let wasm = boot.attr("data-wasm").await?.unwrap_or_default();
    assert!(
        wasm.starts_with("/i/share-invite-"),
        "served by the invitee bundle, got {wasm}"
    );
    check_screen(&invitee, "invite lobby").await?;
    let email = invitee.find(Locator::Css("input[name=email]")).await?;
    email.send_keys("someone.else@example.net").await?;
    let login = invitee.wait_text("button[type=submit]", "Login").await?;
    login.click().await?;
    invitee
        .wait_text("p", "isn't the email address the invitation was sent to")
        .await?;
    assert_eq!(
        focused(&invitee, "name").await?,
        "email",
        "focus is back on the field"
    );
    assert_eq!(
        email.prop("value").await?.as_deref(),
        Some("someone.else@example.net")
    );
    check_screen(&invitee, "invite lobby: wrong email").await?;

    start_in(&stack, event, 8)?;
    email.clear().await?;
    email.send_keys(" Nora.Newcomb@EXAMPLE.net ").await?;
    login.click().await?;
    invitee.wait_css("[role=timer]").await?;
    invitee.wait_text("h1", "The session starts soon").await?;
    check_screen(&invitee, "countdown").await?;
    wait_long(
        &invitee,
        "p",
        "You're in as Speaker",
        Duration::from_secs(25),
    )
    .await?;
    assert_no_way_elsewhere(&invitee).await?;
    check_screen(&invitee, "invitee inside the session").await?;
    // The tab kept its session: a refresh stays inside instead of meeting the used link.
    invitee.refresh().await?;
    invitee.wait_text("p", "You're in as Speaker").await?;

    // The same link on another device.
    let other = Browser::launch().await?;
    other.goto(&invite.url).await?;
    other
        .wait_text("h1", "This invitation was already used")
        .await?;
    check_screen(&other, "invite already used").await?;

    // A second invite, revoked by the host from the list, keyboard only.
    let revoked: Invite = api
        .post(stack.api(&format!("/media/{event}/invites")))
        .json(&json!({
            "email": "rae.voke@example.net", "first_name": "Rae", "last_name": "Voke",
            "role": "viewer", "send_email": false
        }))
        .send()
        .await?
        .json()
        .await?;
    host.press(&Key::Escape).await?;
    wait_closed(&host, "Invite users").await?;
    host.wait_focus("More actions").await?;
    host.press(&Key::Enter).await?;
    host.wait_focus("Invite users").await?;
    host.press(&Key::Enter).await?;
    host.wait_text("[role=dialog] li", "Rae Voke").await?;
    host.wait_text("[role=dialog] li", "Used").await?;
    tab_to(&host, "Revoke invite for Rae Voke").await?;
    host.press(&Key::Enter).await?;
    host.wait_text("[role=dialog] h2", "Revoke invite?").await?;
    host.wait_focus("Cancel").await?;
    check_screen(&host, "revoke an invite").await?;
    host.press(&Key::Tab).await?;
    host.wait_focus("Revoke").await?;
    host.press(&Key::Enter).await?;
    wait_closed(&host, "Revoke invite?").await?;
    host.wait_text("[role=status] div", "Invite revoked")
        .await?;
    host.wait_focus("Revoke invite for Nora Newcomb").await?;
    let list = host
        .find(Locator::Css("[role=dialog] section"))
        .await?
        .text()
        .await?;
    assert!(
        list.contains("Nora Newcomb") && !list.contains("Rae Voke"),
        "{list}"
    );
    check_screen(&host, "invite users after a revoke").await?;

    other.goto(&revoked.url).await?;
    other.wait_text("h1", "This invitation isn't valid").await?;
    check_screen(&other, "invite revoked").await?;

    other.quit().await?;
    invitee.quit().await?;
    host.quit().await
}

#[tokio::test]
async fn given_hostile_invitee_names_the_invite_window_and_lobby_should_show_them_as_text() -> Result
{
    use contract::hostile::HOSTILE_NAMES;
    use e2e::{assert_inert, sign_in};

    let stack = Stack::start().await?;
    let api = stack.host_api("host@example.com").await?;
    let names = &HOSTILE_NAMES[..4];
    let mut invites = Vec::new();
    for (n, name) in names.iter().enumerate() {
        let invite: Invite = api
            .post(stack.api("/media/6/invites"))
            .json(&json!({
                "email": format!("hostile{n}@example.net"), "first_name": name,
                "last_name": "Lee", "role": "speaker", "send_email": false
            }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        invites.push(invite);
    }

    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.goto(&stack.page("/media/6")).await?;
    open_invite_window(&host).await?;
    host.wait_text("[role=dialog] li", "Lee").await?;
    assert_inert(&host, "[role=dialog] section", names).await?;
    check_screen(&host, "pending invites with hostile names").await?;
    host.quit().await?;

    let invitee = Browser::launch().await?;
    for (invite, name) in invites.iter().zip(names) {
        invitee.goto(&invite.url).await?;
        invitee.wait_text("h1", "you're invited").await?;
        assert_inert(&invitee, "main", &[&format!("Hi {name}, you're invited")]).await?;
    }
    check_screen(&invitee, "invite lobby greeting a hostile name").await?;
    invitee.quit().await
}

//! Guest entry journeys: a host makes a guest link through the API; a guest opens it in a
//! fresh browser (the lean guest bundle, served from `dist/g/`), joins with the keyboard, and
//! meets every reason a link can fail, each on its own message page.

use contract::{GuestLink, JoinRequest, MediaKind, MediaStatus, MediaSummary, NewGuestLink};
use e2e::{assert_no_way_elsewhere, check_screen, link_named, Browser, Key, Result, Stack};
use fantoccini::elements::Element;
use fantoccini::Locator;

/// The seeded items a guest watches on demand (admitted at once), in order.
async fn on_demand_media(stack: &Stack) -> Result<Vec<MediaSummary>> {
    let on_demand = [
        MediaKind::Video,
        MediaKind::Audio,
        MediaKind::Document,
        MediaKind::Quiz,
        MediaKind::Image,
    ];
    Ok(stack
        .media()
        .await?
        .into_iter()
        .filter(|m| on_demand.contains(&m.kind) && m.status != MediaStatus::Unavailable)
        .collect())
}

/// Joins by `link` as another guest would, from the API.
async fn join_by_api(stack: &Stack, link: &GuestLink, name: &str) -> Result {
    let request = JoinRequest {
        name: name.into(),
        email: "someone@example.com".into(),
        device: None,
    };
    stack.join(link, &request).await?;
    Ok(())
}

/// The input labelled `label`, found the way a person finds it: by its label.
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
    let input = field(browser, label).await?;
    input.clear().await?;
    input.send_keys(text).await?;
    Ok(())
}

/// The message shown under the field labelled `label`, via its `aria-describedby`.
async fn error_under(browser: &Browser, label: &str) -> Result<String> {
    let input = field(browser, label).await?;
    let ids = input.attr("aria-describedby").await?.unwrap_or_default();
    let id = ids
        .split(' ')
        .find(|id| id.starts_with("field-error"))
        .ok_or_else(|| format!("no error under {label}"))?;
    Ok(browser.find(Locator::Id(id)).await?.text().await?)
}

/// Asserts the page came from the guest bundle, not the host app.
async fn assert_guest_bundle(browser: &Browser) -> Result {
    let boot = browser.find(Locator::Css("script[data-wasm]")).await?;
    let wasm = boot.attr("data-wasm").await?.unwrap_or_default();
    assert!(
        wasm.starts_with("/g/share-guest-"),
        "served by the guest bundle, got {wasm}"
    );
    Ok(())
}

#[tokio::test]
async fn given_a_guest_link_should_join_by_keyboard_stay_in_on_refresh_and_leave() -> Result {
    let stack = Stack::start().await?;
    let media = on_demand_media(&stack).await?.remove(0);
    let link = stack
        .guest_link(media.id, link_named("Press preview"))
        .await?;

    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest.wait_text("h1", &media.title).await?;
    assert_guest_bundle(&guest).await?;
    guest
        .wait_text("p", "Enter your name and email to continue")
        .await?;
    guest
        .wait_text("p", "Email is collected for identification only")
        .await?;
    // The card says where the link leads: the platform, with its logo loaded, and who shares.
    guest.wait_text("p", "MediaShare").await?;
    guest.wait_text("p", "Shared by Hana Host").await?;
    let logo = guest
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             const img = document.querySelector('main img'); \
             if (!img) return done(0); \
             if (img.complete) return done(img.naturalWidth); \
             img.addEventListener('load', () => done(img.naturalWidth)); \
             img.addEventListener('error', () => done(0));",
            vec![],
        )
        .await?;
    assert!(
        logo.as_u64().unwrap_or(0) > 0,
        "the platform logo loads: {logo}"
    );
    check_screen(&guest, "guest entry").await?;

    type_into(&guest, "Name", "   ").await?;
    type_into(&guest, "Email", "not-an-email").await?;
    guest.press(&Key::Enter).await?;
    guest
        .wait_text("[role=alert]", "Check the highlighted fields.")
        .await?;
    assert_eq!(error_under(&guest, "Name").await?, "Enter a name.");
    assert_eq!(
        error_under(&guest, "Email").await?,
        "Enter an email address like name@example.com."
    );
    guest
        .wait_js(
            "focus on the first field that needs attention",
            "document.activeElement.getAttribute('name') === 'name'",
        )
        .await?;
    check_screen(&guest, "guest entry: validation errors").await?;

    type_into(&guest, "Name", "Ann Guest").await?;
    type_into(&guest, "Email", "ann.guest@example.com").await?;
    guest.press(&Key::Enter).await?;
    guest.wait_text("p", "You're watching as a guest.").await?;
    guest.wait_text("h1", &media.title).await?;
    assert_no_way_elsewhere(&guest).await?;
    check_screen(&guest, "guest view").await?;

    guest.refresh().await?;
    guest.wait_text("p", "You're watching as a guest.").await?;
    check_screen(&guest, "guest view after a refresh").await?;

    guest.wait_text("button", "Leave").await?.click().await?;
    guest.wait_text("h1", "You left").await?;
    check_screen(&guest, "you left").await?;
    guest.refresh().await?;
    guest.wait_text("h1", &media.title).await?;
    // The static skeleton shows the title before the app mounts and replaces its inputs:
    // read the app's own form (its `main#main`), not the skeleton's.
    guest.wait_css("main#main input[name=name]").await?;
    assert_eq!(
        field(&guest, "Name").await?.prop("value").await?.as_deref(),
        Some(""),
        "after leaving, a refresh starts at the entry form"
    );
    check_screen(&guest, "guest entry after leaving").await?;

    // Back in, then the host deletes the link: the next refresh shows why it stopped.
    type_into(&guest, "Name", "Ann Guest").await?;
    type_into(&guest, "Email", "ann.guest@example.com").await?;
    guest.press(&Key::Enter).await?;
    guest.wait_text("p", "You're watching as a guest.").await?;
    stack.delete_guest_link(media.id, link.id).await?;
    guest.refresh().await?;
    guest.wait_text("h1", "This link doesn't work").await?;
    guest.wait_text("p", "Ask the host for a new link.").await?;
    check_screen(&guest, "message: link deleted, guest was inside").await?;
    guest.quit().await
}

#[tokio::test]
async fn given_each_reason_a_link_is_unusable_should_show_its_own_message_page() -> Result {
    let stack = Stack::start().await?;
    let media = on_demand_media(&stack).await?;
    assert!(media.len() >= 4, "four on-demand items are seeded");
    let guest = Browser::launch().await?;

    // Click limit reached: one click, used by someone else.
    let exhausted = stack
        .guest_link(
            media[0].id,
            NewGuestLink {
                name: "One use".into(),
                max_clicks: Some(1),
                ..Default::default()
            },
        )
        .await?;
    join_by_api(&stack, &exhausted, "First comer").await?;
    guest.goto(&exhausted.url).await?;
    guest
        .wait_text("h1", "This link has reached its limit")
        .await?;
    assert_guest_bundle(&guest).await?;
    check_screen(&guest, "message: click limit reached").await?;

    // Expired, with its date: 2025-03-14 12:00 UTC, stored as Unix milliseconds.
    let expired = stack
        .guest_link(
            media[1].id,
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
        "UPDATE guest_links SET expires_at = 1741953600000 WHERE id = ?1",
        [expired.id],
    )?;
    guest.goto(&expired.url).await?;
    guest.wait_text("h1", "This link has expired").await?;
    guest
        .wait_text("p", "This link stopped working on March 14, 2025.")
        .await?;
    check_screen(&guest, "message: link expired").await?;

    // Deleted.
    let deleted = stack.guest_link(media[2].id, link_named("Deleted")).await?;
    stack.delete_guest_link(media[2].id, deleted.id).await?;
    guest.goto(&deleted.url).await?;
    guest.wait_text("h1", "This link doesn't work").await?;
    check_screen(&guest, "message: link deleted").await?;

    // Guest access turned off.
    let switched_off = stack
        .guest_link(media[3].id, link_named("Switched off"))
        .await?;
    stack.set_guest_access(media[3].id, false).await?;
    guest.goto(&switched_off.url).await?;
    guest.wait_text("h1", "Guest access is turned off").await?;
    check_screen(&guest, "message: guest access off").await?;

    // The media is no longer available.
    let unavailable = stack
        .media()
        .await?
        .into_iter()
        .find(|m| m.status == MediaStatus::Unavailable)
        .ok_or("an unavailable item is seeded")?;
    let gone = stack.guest_link(unavailable.id, link_named("Gone")).await?;
    guest.goto(&gone.url).await?;
    guest
        .wait_text("h1", "This media is no longer available")
        .await?;
    check_screen(&guest, "message: media unavailable").await?;

    // A token that never existed.
    guest.goto(&stack.page("/guest/no-such-token")).await?;
    guest.wait_text("h1", "This link doesn't work").await?;
    check_screen(&guest, "message: unknown link").await?;
    guest.quit().await
}

#[tokio::test]
async fn given_a_live_session_should_wait_and_a_denied_guest_should_stay_out_on_refresh() -> Result
{
    let stack = Stack::start().await?;
    let live = stack
        .media()
        .await?
        .into_iter()
        .find(|m| m.kind == MediaKind::LiveEvent && m.status == MediaStatus::Live)
        .ok_or("a live event is seeded")?;
    let link = stack.guest_link(live.id, link_named("Live guests")).await?;

    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest.wait_text("h1", &live.title).await?;
    guest.wait_text("p", "A moderator lets guests in").await?;
    type_into(&guest, "Name", "Wendy Waiting").await?;
    type_into(&guest, "Email", "wendy@example.com").await?;
    guest.press(&Key::Enter).await?;
    guest
        .wait_text("h1", "Waiting for the moderator to let you in")
        .await?;
    guest
        .wait_text("[role=status]", "You're next in line.")
        .await?;
    check_screen(&guest, "waiting page").await?;

    let participants = stack.participants(live.id).await?;
    let waiting = participants
        .waiting
        .iter()
        .find(|w| w.name == "Wendy Waiting")
        .ok_or("the guest is in the waiting room")?;
    stack.deny(live.id, waiting.guest_id).await?;

    // No reload, no button: the page follows the guest's own event stream.
    guest.wait_text("h1", "You weren't let in").await?;
    check_screen(&guest, "message: denied").await?;
    guest.refresh().await?;
    guest.wait_text("h1", "You weren't let in").await?;
    assert!(
        guest.find_all(Locator::Css("input")).await?.is_empty(),
        "a refresh keeps a denied guest out"
    );
    check_screen(&guest, "message: denied, after a refresh").await?;
    guest.quit().await
}

//! Layout checks: the designer gallery (in English, in the pseudo-locale and in Hebrew, right
//! to left) and the host's sharing windows at 1280x800 and 360x740, light and dark, measured
//! by one injected function
//! (tests/e2e/src/layout_check.js): nothing of an open menu, dialog or toast outside the viewport, no toast over the open window's
//! controls and one at a time, no sideways scrolling, tap targets of 44x44 px, and a window's
//! primary action on screen as it opens; and, with the text at 200% on a phone, no heading
//! in the gallery that breaks inside a word. axe-core audits every screen in every mode too.
//!
//! `LAYOUT_SHOTS=/some/dir` also saves a PNG of each screen in each mode there.

use std::time::Duration;

use contract::{JoinRequest, MediaKind, NewGuestLink};
use e2e::{
    check_screen, link_named, open_guest_access, sign_in, token_of, Browser, Finding, Key, Mode,
    Result, Stack, MODES,
};

/// The gallery with every sentence accented and ~40% longer (src/wording/pseudo.rs).
const PSEUDO_GALLERY: &str = "gallery in the pseudo-locale";

/// What a screen's check found, in which mode.
struct Found {
    screen: &'static str,
    mode: Mode,
    finding: Finding,
}

/// Checks the screen now shown: the geometry, then axe-core; records what is wrong instead of
/// stopping, so one run lists everything.
async fn check(
    browser: &Browser,
    screen: &'static str,
    mode: Mode,
    vertical: bool,
    found: &mut Vec<Found>,
    audits: &mut Vec<String>,
    screens: &mut Vec<&'static str>,
) -> Result {
    // Past the open transitions (160 ms), so boxes are where they come to rest.
    tokio::time::sleep(Duration::from_millis(350)).await;
    for finding in browser.layout_findings(vertical).await? {
        found.push(Found {
            screen,
            mode,
            finding,
        });
    }
    let name = format!("{screen} ({})", mode.name);
    // axe-core audits the gallery in English. In the pseudo-locale each sentence is marked and
    // padded on its own, so a button's "Admit" is no longer a part of its label "Admit Ann":
    // that is the pseudo-locale's doing, not the screen's; its geometry is what it is for.
    if screen != PSEUDO_GALLERY {
        if let Err(error) = check_screen(browser, &name).await {
            audits.push(error.to_string());
        }
    }
    let slug: String = screen
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    browser.shot(&format!("{slug}-{}", mode.slug())).await?;
    if !screens.contains(&screen) {
        screens.push(screen);
    }
    Ok(())
}

/// Waits until the guest access switch reads `checked` and is not busy.
async fn switch_settles(browser: &Browser, checked: bool) -> Result {
    browser
        .wait_js(
            &format!("the switch {}", if checked { "on" } else { "off" }),
            &format!(
                "(s => s && s.getAttribute('aria-checked') === '{checked}' \
                 && s.getAttribute('aria-busy') !== 'true' && !s.disabled)\
                 (document.querySelector('[role=dialog] [role=switch]'))"
            ),
        )
        .await
}

#[tokio::test]
async fn given_every_mode_the_gallery_and_the_sharing_windows_should_hold_their_layout() -> Result {
    let stack = Stack::start().await?;
    let browser = Browser::launch().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let press = stack
        .guest_link(
            video.id,
            NewGuestLink {
                name: "Press preview".into(),
                max_clicks: Some(5),
                duration_days: Some(30),
                admission: None,
            },
        )
        .await?;
    // Someone came by it, so its "Used by" window lists a person.
    stack
        .join(
            &press,
            &JoinRequest {
                name: "Ann Example".into(),
                email: "ann@example.com".into(),
                device: None,
            },
        )
        .await?;
    stack.guest_link(video.id, link_named("Partners")).await?;
    // A guest asked for access by a link deleted since: the window shows the request.
    let old = stack
        .guest_link(video.id, link_named("Old partners"))
        .await?;
    stack.delete_guest_link(video.id, old.id).await?;
    let asked = reqwest::Client::new()
        .post(stack.api(&format!("/guest/{}/access-requests", token_of(&old.url))))
        .json(&serde_json::json!({
            "name": "Priya Raman",
            "email": "priya@example.com",
            "note": "I missed the session last week. Could you send me a new link?"
        }))
        .send()
        .await?;
    assert_eq!(asked.status(), 204);
    sign_in(&browser, &stack, "host@example.com").await?;
    let media_page = stack.page(&format!("/media/{}", video.id));

    let mut found = Vec::new();
    let mut audits = Vec::new();
    let mut screens = Vec::new();
    for mode in MODES {
        browser.set_mode(mode).await?;
        let mut look = async |screen: &'static str, vertical: bool| {
            check(
                &browser,
                screen,
                mode,
                vertical,
                &mut found,
                &mut audits,
                &mut screens,
            )
            .await
        };

        browser.goto(&stack.page("/gallery/")).await?;
        browser.wait_text("h1", "Designer gallery").await?;
        look("gallery", false).await?;
        // Every sentence accented and ~40% longer (src/wording/pseudo.rs): what a longer
        // language would clip or push sideways shows here first.
        browser.goto(&stack.page("/gallery/?lang=pseudo")).await?;
        browser.wait_text("h1", "Designer gallery").await?;
        look(PSEUDO_GALLERY, false).await?;
        // Right to left (Hebrew): what a physical side or a pointing icon would misplace.
        browser.goto(&stack.page("/gallery/?lang=he")).await?;
        browser.wait_text("h1", "Designer gallery").await?;
        look("gallery in Hebrew, right to left", false).await?;

        browser.goto(&media_page).await?;
        browser.wait_text("h1", &video.title).await?;
        look("media page", true).await?;

        // The menu opened with its button at the viewport's bottom edge, where it must flip.
        browser
            .execute(
                "const b = document.querySelector('[aria-haspopup=menu]'); \
                 b.scrollIntoView({ block: 'end' }); b.click();",
                vec![],
            )
            .await?;
        browser.wait_css("[role=menu]").await?;
        look("media page, More actions menu open", true).await?;
        browser.goto(&media_page).await?;
        browser.wait_text("h1", &video.title).await?;

        browser.wait_text("button", "Share").await?.click().await?;
        browser.wait_text("[role=dialog] h2", "Share").await?;
        look("Share window", true).await?;

        open_guest_access(&browser, &stack, video.id).await?;
        switch_settles(&browser, true).await?;
        look("Manage guest access", true).await?;
        browser
            .wait_text("[role=dialog] section h3", "Access requests")
            .await?;
        look("Manage guest access, an access request", true).await?;

        // Icon buttons name themselves on keyboard focus: a CSS tooltip from aria-label.
        browser.tab_to("Copy link: Press preview").await?;
        let tooltip = browser
            .execute(
                "return getComputedStyle(document.activeElement, '::after').content;",
                vec![],
            )
            .await?;
        assert_eq!(
            tooltip.as_str(),
            Some("\"Copy link: Press preview\""),
            "the focused icon button shows its name ({})",
            mode.name
        );

        // Off and on again: the toasts of both presses, over the window's own rows.
        let switch = "[role=dialog] [role=switch]";
        browser.wait_css(switch).await?.click().await?;
        switch_settles(&browser, false).await?;
        browser.wait_css(switch).await?.click().await?;
        switch_settles(&browser, true).await?;
        look("Manage guest access, switched off and on", true).await?;

        // Off: every row inactive.
        browser.wait_css(switch).await?.click().await?;
        switch_settles(&browser, false).await?;
        look("Manage guest access, off", true).await?;
        browser.wait_css(switch).await?.click().await?;
        switch_settles(&browser, true).await?;

        // A confirmation over the window must not cover its rows or buttons.
        browser
            .wait_css("[role=dialog] button[aria-label='Copy link: Press preview']")
            .await?
            .click()
            .await?;
        browser.wait_css("[role=dialog] [aria-live] .toast").await?;
        look("Manage guest access, link copied", true).await?;

        browser
            .wait_css("[role=dialog] button[aria-label='Edit link: Press preview']")
            .await?
            .click()
            .await?;
        browser.wait_text("[role=dialog] h2", "Edit link").await?;
        look("Edit link", true).await?;
        browser.key(Key::Escape).await?;
        browser
            .wait_js(
                "only the Edit window closed",
                "document.querySelectorAll('[role=dialog]').length === 1",
            )
            .await?;

        browser
            .wait_css("[role=dialog] button[aria-label='Used by: Press preview']")
            .await?
            .click()
            .await?;
        browser
            .wait_text("[role=dialog] h2", "Used by: Press preview")
            .await?;
        browser
            .wait_text("[data-testid=joins-count]", "1 person used this link")
            .await?;
        look("Used by", true).await?;
        browser.key(Key::Escape).await?;
        browser
            .wait_js(
                "only the Used by window closed",
                "document.querySelectorAll('[role=dialog]').length === 1",
            )
            .await?;

        browser
            .wait_text("[role=dialog] button", "Create new link")
            .await?
            .click()
            .await?;
        browser
            .wait_text("[role=dialog] h2", "Create new link")
            .await?;
        look("Create new link", true).await?;
        browser
            .wait_text("[role=dialog] button[type=submit]", "Create")
            .await?
            .click()
            .await?;
        browser.wait_css("[role=dialog] .field-error").await?;
        look("Create new link, with errors", true).await?;

        browser.goto(&media_page).await?;
        browser.wait_text("h1", &video.title).await?;
        browser
            .wait_css("[aria-haspopup=menu]")
            .await?
            .click()
            .await?;
        browser
            .wait_text("[role=menuitem]", "Invite users")
            .await?
            .click()
            .await?;
        browser
            .wait_text("[role=dialog] h2", "Invite users")
            .await?;
        look("Invite users", true).await?;
    }

    // 200% text (WCAG 1.4.4) on a phone: every gallery specimen, guest pages included, keeps
    // its headings' words whole.
    let phone = MODES[2];
    browser.set_mode(phone).await?;
    browser.goto(&stack.page("/gallery/")).await?;
    browser.wait_text("h1", "Designer gallery").await?;
    browser
        .execute("document.documentElement.style.fontSize = '200%';", vec![])
        .await?;
    tokio::time::sleep(Duration::from_millis(350)).await;
    let breaks = browser.heading_breaks().await?;
    for finding in breaks {
        found.push(Found {
            screen: "gallery at 200% text",
            mode: phone,
            finding,
        });
    }
    screens.push("gallery at 200% text");

    for Found {
        screen,
        mode,
        finding,
    } in &found
    {
        println!("layout: {screen} ({}): {finding}", mode.name);
    }
    println!(
        "layout: {} screens x {} modes checked, {} findings",
        screens.len(),
        MODES.len(),
        found.len()
    );
    assert!(
        audits.is_empty(),
        "axe-core or the console failed on {} screen(s):\n{}",
        audits.len(),
        audits.join("\n")
    );
    assert!(
        found.is_empty(),
        "{} layout finding(s), listed above",
        found.len()
    );
    browser.quit().await
}

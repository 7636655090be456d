//! "Used by" (issue 14 item 1): a live room's guest link opens who came in by it, newest
//! first, each with what became of them (waiting, denied, entered, left) as the host and the
//! guests decided it through the API; "Load more" brings the rest and moves focus to the first
//! person it added; "Download CSV" saves every join, a name a spreadsheet would run as a
//! formula neutralised; focus returns to the row's button.

use contract::{JoinRequest, MediaKind, MediaStatus};
use e2e::{
    check_screen, link_named, open_guest_access, saved_file, sign_in, Browser, Key, Result, Stack,
};
use fantoccini::Locator;

/// People who joined before the four whose fates the journey decides: enough that the first
/// page (the server's 50) does not hold everyone.
const EARLIER: usize = 49;

/// The text of each listed person's row, top to bottom.
async fn rows(browser: &Browser) -> Result<Vec<String>> {
    let mut texts = Vec::new();
    for row in browser
        .find_all(Locator::XPath(
            "//table[caption[normalize-space()='People who used this link, newest first']]/tbody/tr",
        ))
        .await?
    {
        texts.push(row.text().await?);
    }
    Ok(texts)
}

#[tokio::test]
async fn given_guests_who_came_by_a_link_the_host_should_see_each_fate_page_through_and_save_a_csv(
) -> Result {
    let stack = Stack::start().await?;
    let room = stack
        .seeded(MediaKind::Room, Some(MediaStatus::Live))
        .await?;
    stack.set_guest_access(room.id, true).await?;
    let link = stack.guest_link(room.id, link_named("Press")).await?;
    let join = async |name: &str, email: &str| {
        let request = JoinRequest {
            name: name.into(),
            email: email.into(),
            device: None,
        };
        stack.join(&link, &request).await
    };
    for n in 1..=EARLIER {
        join(&format!("Guest {n}"), &format!("guest{n}@example.com")).await?;
    }
    join("Ann Waiting", "ann@example.com").await?;
    let bob = join("Bob Denied", "bob@example.com").await?;
    let cy = join("Cy Entered", "cy@example.com").await?;
    let dee = join("=Dee Left", "dee@example.com").await?;

    stack.deny(room.id, bob.guest_id).await?;
    stack.admit(room.id, cy.guest_id).await?;
    reqwest::Client::new()
        .delete(stack.api(&format!("/guest-sessions/{}", dee.guest_id)))
        .bearer_auth(&dee.guest_token)
        .send()
        .await?
        .error_for_status()?;
    let participants = stack.participants(room.id).await?;
    assert!(
        participants.waiting.iter().any(|w| w.name == "Ann Waiting"),
        "Ann is still waiting"
    );

    let browser = Browser::launch().await?;
    let downloads = browser.allow_downloads().await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    open_guest_access(&browser, &stack, room.id).await?;

    browser.tab_to("Used by: Press").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=dialog] h2", "Used by: Press")
        .await?;
    let total = EARLIER + 4;
    browser
        .wait_text(
            "[data-testid=joins-count]",
            &format!("{total} people used this link"),
        )
        .await?;
    browser.wait_focus("Done").await?;
    let first_page = rows(&browser).await?;
    assert_eq!(first_page.len(), 50, "the first page holds the server's 50");
    for (row, (name, outcome)) in first_page.iter().zip([
        ("=Dee Left", "Left"),
        ("Cy Entered", "Entered"),
        ("Bob Denied", "Denied"),
        ("Ann Waiting", "Waiting"),
        ("Guest 49", "Waiting"),
    ]) {
        assert!(
            row.contains(name) && row.contains(outcome),
            "newest first, each with its fate: {row:?} should be {name} ({outcome})"
        );
    }
    assert!(
        first_page[0].contains("dee@example.com"),
        "{}",
        first_page[0]
    );
    assert!(first_page[0].contains("just now"), "{}", first_page[0]);
    browser
        .wait_text(
            "[role=dialog] [role=status]",
            &format!("Showing 50 of {total}"),
        )
        .await?;
    check_screen(&browser, "Used by, the first page").await?;

    browser.shift_tab_to("Load more").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text(
            "[role=dialog] [role=status]",
            &format!("Showing {total} of {total}"),
        )
        .await?;
    let all = rows(&browser).await?;
    assert_eq!(all.len(), total, "Load more adds the rest below");
    assert!(all[50].contains("Guest 3"), "{}", all[50]);
    assert!(all[total - 1].contains("Guest 1"), "{}", all[total - 1]);
    browser
        .wait_js(
            "focus on the first person Load more added",
            "document.activeElement.cells?.[0]?.innerText.trim() === 'Guest 3'",
        )
        .await?;
    assert!(
        browser
            .find_all(Locator::XPath(
                "//*[@role='dialog']//button[normalize-space()='Load more']"
            ))
            .await?
            .is_empty(),
        "nothing more to load"
    );
    check_screen(&browser, "Used by, every page").await?;

    browser.tab_to("Download CSV").await?;
    browser.key(Key::Enter).await?;
    let file = saved_file(downloads.path(), "press-used-by.csv").await?;
    let csv = std::fs::read_to_string(&file)?;
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0], "\u{feff}Name,Email,Joined at (UTC),Outcome",
        "a byte-order mark, then the header"
    );
    assert_eq!(lines.len(), total + 2, "every join, then the last CRLF");
    assert_eq!(lines[total + 1], "");
    assert!(
        lines[1].starts_with("'=Dee Left,dee@example.com,") && lines[1].ends_with(",Left"),
        "a formula-like name is neutralised: {}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("Cy Entered,cy@example.com,20") && lines[2].ends_with("Z,Entered"),
        "UTC times: {}",
        lines[2]
    );
    assert!(lines[total].starts_with("Guest 1,guest1@example.com,"));

    browser.key(Key::Escape).await?;
    browser.wait_focus("Used by: Press").await?;
    browser
        .wait_js(
            "only the Used by window closed",
            "document.querySelectorAll('[role=dialog]').length === 1",
        )
        .await?;
    browser.quit().await
}

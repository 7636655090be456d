//! What a guest or invitee can reach from their page: nothing else on the site. The only links
//! their pages have are the language links at the foot (guest.html, invite.html), which open
//! the same page in another language.

use crate::{Browser, Result};
use fantoccini::Locator;

/// Asserts the page links nowhere but to itself in another language (`?lang=xx`), and that
/// its three language links are there.
pub async fn assert_no_way_elsewhere(browser: &Browser) -> Result {
    let elsewhere = browser
        .execute(
            "return [...document.querySelectorAll('a[href]')].map((a) => a.href)\
             .filter((href) => { const to = new URL(href); \
               return to.pathname !== location.pathname || !/^\\?lang=[a-z]+$/.test(to.search); })",
            vec![],
        )
        .await?;
    assert_eq!(
        elsewhere,
        serde_json::json!([]),
        "nothing else on the site is reachable"
    );
    assert_eq!(
        browser
            .find_all(Locator::Css(".language-links a[href]"))
            .await?
            .len(),
        3,
        "the language links"
    );
    Ok(())
}

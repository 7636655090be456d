//! The host's pages in Spanish and Hebrew (issue 15): the header's language menu opens the
//! same page in the chosen language, `<html lang dir>` say which, Hebrew reads right to left,
//! and the choice is remembered until a `?lang=` says otherwise. axe-core on each screen.

use contract::MediaKind;
use e2e::{check_screen, sign_in, Browser, Result, Stack};
use fantoccini::Locator;

/// Chooses `value` in the menu whose label reads `label`, as a person picks from a list.
async fn choose_language(browser: &Browser, label: &str, value: &str) -> Result {
    let label = browser
        .find(Locator::XPath(&format!(
            "//label[normalize-space()='{label}']"
        )))
        .await?;
    let id = label.attr("for").await?.ok_or("the label names its menu")?;
    browser
        .find(Locator::Id(&id))
        .await?
        .select_by_value(value)
        .await?;
    Ok(())
}

/// `<html lang>` and `<html dir>`.
async fn page_language(browser: &Browser) -> Result<(String, String)> {
    let root = browser.find(Locator::Css("html")).await?;
    Ok((
        root.attr("lang").await?.unwrap_or_default(),
        root.attr("dir").await?.unwrap_or_default(),
    ))
}

#[tokio::test]
async fn given_a_host_choosing_spanish_then_hebrew_should_read_each_and_keep_the_choice() -> Result
{
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let browser = Browser::launch().await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    let media_page = stack.page(&format!("/media/{}", video.id));
    browser.goto(&media_page).await?;
    browser.wait_text("h1", &video.title).await?;
    browser.wait_text("button", "Share").await?;
    assert_eq!(page_language(&browser).await?, ("en".into(), "ltr".into()));

    choose_language(&browser, "Language", "es").await?;
    browser.wait_text("button", "Compartir").await?;
    browser.wait_text("h1", &video.title).await?;
    assert_eq!(page_language(&browser).await?, ("es".into(), "ltr".into()));
    assert!(
        browser.current_url().await?.query() == Some("lang=es"),
        "the address says the language, so it can be shared"
    );
    browser.wait_text("button", "Cerrar sesión").await?;
    check_screen(&browser, "media page in Spanish").await?;

    choose_language(&browser, "Idioma", "he").await?;
    browser.wait_text("button", "שיתוף").await?;
    assert_eq!(page_language(&browser).await?, ("he".into(), "rtl".into()));
    // The title is a person's text: it keeps its own direction inside the Hebrew page.
    browser.wait_text("h1", &video.title).await?;
    check_screen(&browser, "media page in Hebrew").await?;
    browser.wait_text("button", "שיתוף").await?.click().await?;
    browser.wait_css("[role=dialog]").await?;
    check_screen(&browser, "Share window in Hebrew").await?;

    // Remembered: the plain address opens in Hebrew; `?lang=` still wins.
    browser.goto(&media_page).await?;
    browser.wait_text("button", "שיתוף").await?;
    assert_eq!(page_language(&browser).await?, ("he".into(), "rtl".into()));
    browser.goto(&format!("{media_page}?lang=en")).await?;
    browser.wait_text("button", "Share").await?;
    assert_eq!(page_language(&browser).await?, ("en".into(), "ltr".into()));
    browser.quit().await
}

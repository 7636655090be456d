//! The host's pages in Spanish and Hebrew (issue 15): the header's language menu opens the
//! same page in the chosen language, `<html lang dir>` say which, Hebrew reads right to left,
//! and the choice is remembered until a `?lang=` says otherwise; a host who chose nothing
//! reads the platform's `default_locale`, and a platform slow to say it costs them only a
//! moment. axe-core on each screen.

use std::time::{Duration, Instant};

use contract::MediaKind;
use e2e::{check_screen, sign_in, Browser, Fault, Result, Stack};
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

#[tokio::test]
async fn given_a_platform_defaulting_to_spanish_should_open_a_host_who_chose_nothing_in_spanish(
) -> Result {
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let browser = Browser::launch().await?;
    // Signed in while the platform still says English: the helper reads the English page.
    sign_in(&browser, &stack, "host@example.com").await?;
    let before = stack.set_default_locale(Some("es")).await?;
    let media_page = stack.page(&format!("/media/{}", video.id));

    browser.goto(&media_page).await?;
    browser.wait_text("button", "Compartir").await?;
    browser.wait_text("h1", &video.title).await?;
    assert_eq!(page_language(&browser).await?, ("es".into(), "ltr".into()));
    assert!(
        browser.current_url().await?.query().is_none(),
        "the platform's language needs no `?lang=`"
    );
    let remembered = browser
        .execute("return localStorage.getItem('share.lang');", vec![])
        .await?;
    assert!(
        remembered.is_null(),
        "the host chose nothing, so nothing is remembered: {remembered}"
    );
    check_screen(&browser, "media page in the platform's Spanish").await?;

    // A tag with a region, as platforms send them, reads as its language.
    stack.set_default_locale(Some("he-IL")).await?;
    browser.goto(&media_page).await?;
    browser.wait_text("button", "שיתוף").await?;
    assert_eq!(page_language(&browser).await?, ("he".into(), "rtl".into()));

    // `?lang=` still wins over the platform.
    browser.goto(&format!("{media_page}?lang=en")).await?;
    browser.wait_text("button", "Share").await?;
    assert_eq!(page_language(&browser).await?, ("en".into(), "ltr".into()));

    stack.put_settings(&before).await?;
    browser.goto(&media_page).await?;
    browser.wait_text("button", "Share").await?;
    assert_eq!(page_language(&browser).await?, ("en".into(), "ltr".into()));
    browser.quit().await
}

#[tokio::test]
async fn given_a_platform_slow_to_answer_should_open_the_hosts_page_in_the_browsers_language(
) -> Result {
    let stack = Stack::start_behind_proxy().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let browser = Browser::launch().await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    stack.set_default_locale(Some("es")).await?;
    // Every API request held far longer than the host page waits for the settings.
    let held = Duration::from_secs(8);
    stack.proxy().set(Fault::Slow(held));

    let opened = Instant::now();
    browser
        .goto(&stack.page(&format!("/media/{}", video.id)))
        .await?;
    browser
        .wait_text_within("label", "Language", Duration::from_secs(5))
        .await?;
    assert!(
        opened.elapsed() < held,
        "the page waited for the settings: {:?}",
        opened.elapsed()
    );
    // The browser's own language (English here), not a blank page.
    assert_eq!(page_language(&browser).await?, ("en".into(), "ltr".into()));
    browser.quit().await
}

//! Guests in Spanish and Hebrew (issue 15): the guest page is built once per language, and a
//! guest downloads only their own language's WebAssembly, chosen before it loads (the
//! platform's default, `?lang=`, a tap on the page's language links, remembered); the entry
//! page, the waiting room and the guest view speak it, Hebrew right to left; the host's
//! Manage guest access window in both. axe-core on each screen.

use contract::{MediaKind, MediaStatus, Settings};
use e2e::{check_screen, link_named, sign_in, Browser, Key, Result, Stack};
use fantoccini::Locator;

/// `<html lang>` and `<html dir>`.
async fn page_language(browser: &Browser) -> Result<(String, String)> {
    let root = browser.find(Locator::Css("html")).await?;
    Ok((
        root.attr("lang").await?.unwrap_or_default(),
        root.attr("dir").await?.unwrap_or_default(),
    ))
}

/// The WebAssembly files the page downloaded, by name.
async fn wasm_downloaded(browser: &Browser) -> Result<Vec<String>> {
    let names = browser
        .execute(
            "return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)\
             .filter((path) => path.endsWith('.wasm'))",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(names)?)
}

/// The boot script's name for `lang`'s WebAssembly (English: `data-wasm`).
async fn wasm_of(browser: &Browser, lang: &str) -> Result<String> {
    let boot = browser.find(Locator::Css("script[data-wasm]")).await?;
    let attribute = match lang {
        "en" => "data-wasm".to_string(),
        _ => format!("data-wasm-{lang}"),
    };
    Ok(boot
        .attr(&attribute)
        .await?
        .ok_or_else(|| format!("the page names no {attribute}"))?)
}

/// Asserts the page downloaded `lang`'s WebAssembly and no other language's.
async fn assert_only_wasm_of(browser: &Browser, lang: &str) -> Result {
    let downloaded = wasm_downloaded(browser).await?;
    assert_eq!(
        downloaded,
        vec![wasm_of(browser, lang).await?],
        "one language's bundle"
    );
    for other in ["en", "es", "he"]
        .into_iter()
        .filter(|other| *other != lang)
    {
        assert_ne!(
            wasm_of(browser, other).await?,
            downloaded[0],
            "{other}'s is another file"
        );
    }
    Ok(())
}

/// Sets the platform's default language through the dev settings.
async fn set_platform_language(stack: &Stack, locale: Option<&str>) -> Result {
    let client = reqwest::Client::new();
    let mut settings: Settings = client
        .get(stack.api("/settings"))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    settings.default_locale = locale.map(str::to_string);
    client
        .put(stack.api("/dev/settings"))
        .json(&settings)
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}

#[tokio::test]
async fn given_a_spanish_platform_its_guest_should_download_spanish_and_enter_in_it() -> Result {
    let stack = Stack::start().await?;
    set_platform_language(&stack, Some("es-ES")).await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let link = stack.guest_link(video.id, link_named("Clase")).await?;

    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest.wait_text("h1", &video.title).await?;
    guest
        .wait_text("p", "Escribe tu nombre y correo electrónico para continuar")
        .await?;
    assert_eq!(page_language(&guest).await?, ("es".into(), "ltr".into()));
    assert_only_wasm_of(&guest, "es").await?;
    guest
        .wait_text(".language-links a[aria-current=true]", "Español")
        .await?;
    check_screen(&guest, "guest entry in Spanish").await?;

    // A refused submit speaks Spanish too, and keeps what was typed.
    guest.wait_css("input[name=name]").await?.click().await?;
    guest.type_text("Lucía Gómez").await?;
    guest.key(Key::Enter).await?;
    guest
        .wait_text("p", "Escribe una dirección de correo electrónico.")
        .await?;
    let name = guest.find(Locator::Css("input[name=name]")).await?;
    assert_eq!(name.prop("value").await?.as_deref(), Some("Lucía Gómez"));
    check_screen(&guest, "guest entry in Spanish, refused").await?;
    guest
        .find(Locator::Css("input[name=email]"))
        .await?
        .click()
        .await?;
    guest.type_text("lucia@example.org").await?;
    guest.key(Key::Enter).await?;
    guest.wait_text("p", "Estás viendo como invitado.").await?;
    guest.wait_text("button", "Salir").await?;
    check_screen(&guest, "guest view in Spanish").await?;
    guest.quit().await
}

#[tokio::test]
async fn given_a_hebrew_guest_should_wait_and_enter_right_to_left_then_switch_to_spanish() -> Result
{
    let stack = Stack::start().await?;
    let room = stack
        .seeded(MediaKind::Room, Some(MediaStatus::Live))
        .await?;
    let link = stack.guest_link(room.id, link_named("Lobby")).await?;

    let guest = Browser::launch().await?;
    guest.goto(&format!("{}?lang=he", link.url)).await?;
    guest.wait_text("h1", &room.title).await?;
    guest
        .wait_text("p", "כדי להמשיך יש להזין שם ואימייל")
        .await?;
    assert_eq!(page_language(&guest).await?, ("he".into(), "rtl".into()));
    assert_only_wasm_of(&guest, "he").await?;
    check_screen(&guest, "guest entry in Hebrew").await?;
    guest.wait_css("input[name=name]").await?.click().await?;
    guest.type_text("Noa Levi").await?;
    guest.key(Key::Tab).await?;
    guest.type_text("noa@example.org").await?;
    guest.key(Key::Enter).await?;
    guest.wait_text("h1", "ממתינים לאישור כניסה מהמנחה").await?;
    guest.wait_text("[role=status]", "התור שלך הבא.").await?;
    // The guest's own name keeps its direction inside the Hebrew sentence.
    guest.wait_text("p", "Noa Levi").await?;
    check_screen(&guest, "waiting room in Hebrew").await?;

    let room_now = stack.participants(room.id).await?;
    let guest_id = room_now
        .waiting
        .first()
        .ok_or("the guest is waiting")?
        .guest_id;
    stack.admit(room.id, guest_id).await?;
    guest.wait_text("p", "צפייה במצב אורח.").await?;
    guest.wait_text("button", "יציאה").await?;
    check_screen(&guest, "guest view in Hebrew").await?;

    // The page's language links: a tap opens the page in Spanish, and it is remembered (this
    // browser prefers English, the platform names no language).
    guest
        .wait_text(".language-links a", "Español")
        .await?
        .click()
        .await?;
    guest.wait_text("p", "Estás viendo como invitado.").await?;
    assert_eq!(page_language(&guest).await?, ("es".into(), "ltr".into()));
    assert_only_wasm_of(&guest, "es").await?;
    guest.goto(&link.url).await?;
    guest.wait_text("p", "Estás viendo como invitado.").await?;
    assert_eq!(page_language(&guest).await?, ("es".into(), "ltr".into()));
    guest.quit().await
}

#[tokio::test]
async fn given_a_host_in_spanish_and_hebrew_manage_guest_access_should_speak_each() -> Result {
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    stack.set_guest_access(video.id, true).await?;
    stack.guest_link(video.id, link_named("Socios")).await?;
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    for (lang, more, manage) in [
        ("es", "Más acciones", "Gestionar el acceso de invitados"),
        ("he", "פעולות נוספות", "ניהול גישת אורחים"),
    ] {
        host.goto(&stack.page(&format!("/media/{}?lang={lang}", video.id)))
            .await?;
        host.wait_text("h1", &video.title).await?;
        host.tab_to(more).await?;
        host.key(Key::Enter).await?;
        host.wait_css("[role=menu]").await?;
        host.key(Key::Down).await?;
        host.wait_focus(manage).await?;
        host.key(Key::Enter).await?;
        host.wait_text("[role=dialog] h2", manage).await?;
        host.wait_text("[role=dialog] td", "Socios").await?;
        check_screen(&host, &format!("Manage guest access in {lang}")).await?;
        host.key(Key::Escape).await?;
        host.wait_focus(more).await?;
    }
    host.quit().await
}

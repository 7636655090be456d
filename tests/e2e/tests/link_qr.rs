//! A guest link handed on as a QR code: the row's button opens the code, the saved PNG scans
//! back (decoded here by an independent decoder) to the very link, and focus returns to the
//! row. A fresh invite link shows its code too.

use contract::MediaKind;
use e2e::{
    check_screen, link_named, open_guest_access, saved_file, sign_in, Browser, Key, Result, Stack,
};

/// Decodes the one QR code in a PNG file.
fn scan(png_file: &std::path::Path) -> Result<String> {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png_file)?));
    let mut reader = decoder.read_info()?;
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels)?;
    let channels = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[(y * w + x) * channels]);
    let grids = image.detect_grids();
    let grid = grids.first().ok_or("no QR code in the picture")?;
    Ok(grid.decode()?.1)
}

#[tokio::test]
async fn given_a_guest_link_should_show_its_qr_code_and_save_a_png_that_scans_to_it() -> Result {
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    stack.set_guest_access(video.id, true).await?;
    let link = stack
        .guest_link(video.id, link_named("Press preview"))
        .await?;
    let browser = Browser::launch().await?;
    let downloads = browser.allow_downloads().await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    open_guest_access(&browser, &stack, video.id).await?;

    browser.tab_to("QR code: Press preview").await?;
    browser.key(Key::Enter).await?;
    browser.wait_text("[role=dialog] h2", "QR code").await?;
    browser
        .wait_css("[role=dialog] svg[role=img][aria-label='QR code for Press preview']")
        .await?;
    browser.wait_focus("Done").await?;
    check_screen(&browser, "QR code of a guest link").await?;

    browser.shift_tab_to("Download PNG").await?;
    browser.key(Key::Enter).await?;
    let file = saved_file(downloads.path(), "press-preview-qr.png").await?;
    assert_eq!(scan(&file)?, link.url, "the saved code opens the link");

    browser.key(Key::Escape).await?;
    browser.wait_focus("QR code: Press preview").await?;
    browser.quit().await
}

#[tokio::test]
async fn given_a_new_invite_link_should_show_its_qr_code_on_request() -> Result {
    let stack = Stack::start().await?;
    let video = stack.seeded(MediaKind::Video, None).await?;
    let browser = Browser::launch().await?;
    sign_in(&browser, &stack, "host@example.com").await?;
    browser
        .goto(&stack.page(&format!("/media/{}", video.id)))
        .await?;
    browser.wait_text("button", "Share").await?.click().await?;
    browser
        .wait_text("[role=dialog] button", "Invite users")
        .await?
        .click()
        .await?;
    browser
        .wait_text("[role=dialog] h2", "Invite users")
        .await?;
    browser.wait_focus("Email address *").await?;
    browser.type_text("quinn@example.org").await?;
    browser.key(Key::Tab).await?;
    browser.type_text("Quinn").await?;
    browser.key(Key::Tab).await?;
    browser.type_text("Adler").await?;
    browser.tab_to("Generate invite link").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=dialog] h2", "Invite link ready")
        .await?;

    browser.tab_to("Show QR code").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_css("[role=dialog] button[aria-expanded=true]")
        .await?;
    browser
        .wait_css("[role=dialog] svg[role=img][aria-label='QR code for Quinn Adler']")
        .await?;
    browser.wait_focus("Hide QR code").await?;
    check_screen(&browser, "Invite link ready, with its QR code").await?;
    let shown = browser
        .find(fantoccini::Locator::Css("[data-testid=invite-url]"))
        .await?
        .text()
        .await?;

    // Later, from the list: the pending invite's link copies again.
    browser.tab_to("Done").await?;
    browser.key(Key::Enter).await?;
    browser
        .wait_text("[role=dialog] h3", "Pending invites")
        .await?;
    browser.tab_to("Copy link for Quinn Adler").await?;
    browser.key(Key::Enter).await?;
    browser.wait_text("[role=status]", "copied").await?;
    assert_eq!(browser.clipboard_text().await?, shown);
    check_screen(&browser, "Invite users, a pending invite's link copied").await?;
    browser.quit().await
}

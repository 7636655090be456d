//! A link's QR code: named for a screen reader, drawn on white, and saved as SVG and PNG files
//! named after the link.

use leptos::prelude::*;
use share_spa::host::LinkQr;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, settle, Mounted};

const URL: &str = "https://share.example.com/guest/fixture-token-1";

fn qr(name: &str) -> Mounted {
    let name = name.to_string();
    mount(move || view! { <LinkQr name url=URL.to_string() /> }.into_any())
}

/// Makes the next download link report instead of saving: `window.__saved` gets its
/// `[download, href]`, and links click as before after that one.
fn catch_downloads() {
    js_sys::Function::new_no_args(
        "window.__saved = [];
         const click = HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () {
             HTMLAnchorElement.prototype.click = click;
             window.__saved.push([this.download, this.href]);
         };",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
}

fn saved() -> Vec<(String, String)> {
    let saved = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__saved".into()).unwrap();
    js_sys::Array::from(&saved)
        .iter()
        .map(|pair| {
            let pair = js_sys::Array::from(&pair);
            (
                pair.get(0).as_string().unwrap(),
                pair.get(1).as_string().unwrap(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn given_a_link_should_show_its_code_named_for_a_screen_reader() {
    let page = qr("Press preview");
    settle().await;
    let image = page.get("svg[role=img]");
    assert_eq!(
        image.get_attribute("aria-label").as_deref(),
        Some("QR code for Press preview")
    );
    let path = page.get("svg[role=img] path");
    assert!(path.get_attribute("d").unwrap().starts_with('M'));
    assert!(page
        .text()
        .contains("Point a phone's camera at the code to open Press preview."));
}

#[wasm_bindgen_test]
async fn given_download_svg_should_save_a_named_svg_file_of_the_same_code() {
    catch_downloads();
    let page = qr("Press preview");
    settle().await;
    page.by_text("button", "Download SVG").click();
    settle().await;
    let saved = saved();
    assert_eq!(saved.len(), 1);
    let (file, href) = &saved[0];
    assert_eq!(file, "press-preview-qr.svg");
    let response: web_sys::Response =
        JsFuture::from(web_sys::window().unwrap().fetch_with_str(href))
            .await
            .unwrap()
            .unchecked_into();
    let text = JsFuture::from(response.text().unwrap())
        .await
        .unwrap()
        .as_string()
        .unwrap();
    assert!(text.starts_with("<?xml"), "{text}");
    let shown = page.get("svg[role=img] path").get_attribute("d").unwrap();
    assert!(
        text.contains(&format!("<path d=\"{shown}\"")),
        "the file is the code on screen"
    );
}

#[wasm_bindgen_test]
async fn given_download_png_should_save_a_named_png_eight_pixels_per_module() {
    catch_downloads();
    let page = qr("Año 2026");
    settle().await;
    page.by_text("button", "Download PNG").click();
    settle().await;
    let saved = saved();
    assert_eq!(saved.len(), 1);
    let (file, href) = &saved[0];
    assert_eq!(file, "año-2026-qr.png");
    assert!(href.starts_with("data:image/png;base64,"));
    // The picture's size: the on-screen code's modules (its viewBox) times eight.
    let modules: u32 = page
        .get("svg[role=img]")
        .get_attribute("viewBox")
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let image = web_sys::HtmlImageElement::new().unwrap();
    image.set_src(href);
    JsFuture::from(image.decode()).await.unwrap();
    assert_eq!(image.natural_width(), modules * 8);
    assert_eq!(image.natural_height(), modules * 8);
}

//! Files the browser saves for the person: text through a blob URL, a picture drawn on a
//! canvas as a PNG. Each is handed over by a click on a detached `download` link.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
};

use super::QrMatrix;

/// Saves `text` as the file `file_name` of type `mime`.
pub fn save_text(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let saved = click_download(file_name, &url);
    // The browser has read the URL once the download starts; free it a moment later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    saved
}

/// Saves the code as a PNG, `scale` pixels per module, black on white.
pub fn save_qr_png(file_name: &str, matrix: &QrMatrix, scale: usize) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.unchecked_into();
    let px = (matrix.size() * scale) as u32;
    canvas.set_width(px);
    canvas.set_height(px);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .unchecked_into();
    context.set_fill_style_str("#fff");
    context.fill_rect(0.0, 0.0, px as f64, px as f64);
    context.set_fill_style_str("#000");
    let s = scale as f64;
    for (x, y, len) in matrix.runs() {
        context.fill_rect(x as f64 * s, y as f64 * s, len as f64 * s, s);
    }
    click_download(file_name, &canvas.to_data_url_with_type("image/png")?)
}

fn click_download(file_name: &str, href: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(href);
    link.set_download(file_name);
    link.click();
    Ok(())
}

/// A file name from a name people gave (a link's name): letters and digits kept, everything
/// else one dash, lower case; `fallback` when nothing is left.
pub fn file_stem(name: &str, fallback: &str) -> String {
    let mut stem = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem
        .trim_end_matches('-')
        .chars()
        .take(60)
        .collect::<String>();
    if stem.is_empty() {
        fallback.to_string()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn given_names_people_give_should_make_safe_file_names() {
        assert_eq!(file_stem("Press preview", "link"), "press-preview");
        assert_eq!(file_stem("  ../../etc/passwd ", "link"), "etc-passwd");
        assert_eq!(
            file_stem("Año 2026: <b>Café</b>", "link"),
            "año-2026-b-café-b"
        );
        assert_eq!(file_stem("***", "link"), "link");
    }
}

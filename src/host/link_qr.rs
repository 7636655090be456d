//! A link's QR code, for handing a link on in a room or on a slide: on screen, and saved as an
//! SVG (for print) or a PNG (for slides and chat). The guest link's window and the new invite
//! link's panel both show it.

use leptos::html;
use leptos::prelude::*;

use crate::ui::download::{file_stem, save_qr_png, save_text};
use crate::ui::{scoped_css, Modal, QrImage, QrMatrix};
use crate::wording::host_t;

/// Pixels per module of the saved files: a 25-module code with its quiet zone is 264 px wide
/// as PNG, sharp on a slide; the SVG scales without loss.
const FILE_SCALE: usize = 8;

/// The window of a guest link's code; open while there is a link.
#[component]
pub fn LinkQrWindow(
    /// The link's name and URL.
    #[prop(into)]
    target: Signal<Option<(String, String)>>,
    on_close: Callback<()>,
    /// The row's QR button, for focus to return to.
    #[prop(optional)]
    return_focus: Option<NodeRef<html::Button>>,
) -> impl IntoView {
    let w = host_t().qr;
    view! {
        <Modal
            open=Signal::derive(move || target.with(Option::is_some))
            on_close
            title=w.title
            return_focus=return_focus.unwrap_or_default()
        >
            {move || {
                target
                    .get()
                    .map(|(name, url)| {
                        view! {
                            <LinkQr name url />
                            <div class="buttons">
                                <button
                                    type="button"
                                    class="btn"
                                    data-autofocus=""
                                    on:click=move |_| on_close.run(())
                                >
                                    {w.done}
                                </button>
                            </div>
                        }
                    })
            }}
        </Modal>
    }
}

/// The code of `url`, what it does, and its two downloads; `name` says whose it is.
#[component]
pub fn LinkQr(name: String, url: String) -> impl IntoView {
    let scope = scoped_css!("src/host/link_qr.css");
    let w = host_t().qr;
    let Some(matrix) = QrMatrix::encode(&url) else {
        return view! { class=scope,
            <p class="notice notice-error" role="alert">
                {w.not_made}
            </p>
        }
        .into_any();
    };
    let failed = RwSignal::new(false);
    let stem = format!("{}-qr", file_stem(&name, "link"));
    let svg = StoredValue::new((format!("{stem}.svg"), matrix.svg_document(FILE_SCALE)));
    let png = StoredValue::new((format!("{stem}.png"), matrix.clone()));
    let save_svg = move |_| {
        let saved = svg.with_value(|(file, text)| save_text(file, "image/svg+xml", text));
        failed.set(saved.is_err());
    };
    let save_png = move |_| {
        let saved = png.with_value(|(file, matrix)| save_qr_png(file, matrix, FILE_SCALE));
        failed.set(saved.is_err());
    };
    view! { class=scope,
        <div class="qr">
            <div class="frame">
                <QrImage matrix label=w.image(&name) />
            </div>
            <p class="hint">{w.scan(&name)}</p>
            <div class="downloads">
                <button type="button" class="btn" on:click=save_svg>
                    {w.download_svg}
                </button>
                <button type="button" class="btn" on:click=save_png>
                    {w.download_png}
                </button>
            </div>
            <Show when=move || failed.get()>
                <p class="notice notice-error" role="alert">
                    {w.not_saved}
                </p>
            </Show>
        </div>
    }
    .into_any()
}

//! A QR code drawn from its modules: an `<svg>` on screen and in the SVG download, a canvas
//! for the PNG. The `qrcode` crate encodes (without its image renderers: the module matrix is
//! all a browser needs); only the host bundle links this.

use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code on every side: the standard's quiet zone, which scanners need.
const QUIET: usize = 4;

/// A code's modules, quiet zone included, row by row.
#[derive(Clone, Debug, PartialEq)]
pub struct QrMatrix {
    size: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// The code for `text` at error correction level M (about 15% may be smudged or covered);
    /// `None` when the text is too long for any QR version.
    pub fn encode(text: &str) -> Option<Self> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let width = code.width();
        let colors = code.to_colors();
        let size = width + 2 * QUIET;
        let mut dark = vec![false; size * size];
        for (i, color) in colors.into_iter().enumerate() {
            if color == Color::Dark {
                let (x, y) = (i % width + QUIET, i / width + QUIET);
                dark[y * size + x] = true;
            }
        }
        Some(Self { size, dark })
    }

    /// Modules per side, quiet zone included.
    pub fn size(&self) -> usize {
        self.size
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.size + x]
    }

    /// Each row's runs of dark modules, as `(x, y, length)`.
    pub fn runs(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        (0..self.size).flat_map(move |y| {
            let mut runs = Vec::new();
            let mut x = 0;
            while x < self.size {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.size && self.is_dark(x, y) {
                        x += 1;
                    }
                    runs.push((start, y, x - start));
                } else {
                    x += 1;
                }
            }
            runs
        })
    }

    /// The dark modules as one SVG path in module units: a rectangle per run.
    pub fn path(&self) -> String {
        let mut d = String::new();
        for (x, y, len) in self.runs() {
            d.push_str(&format!("M{x} {y}h{len}v1h-{len}z"));
        }
        d
    }

    /// A standalone SVG file of the code, `scale` pixels per module, black on white.
    pub fn svg_document(&self, scale: usize) -> String {
        let n = self.size;
        let px = n * scale;
        format!(
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8"?>"#,
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" "#,
                r#"viewBox="0 0 {n} {n}" shape-rendering="crispEdges">"#,
                r##"<rect width="{n}" height="{n}" fill="#fff"/>"##,
                r##"<path d="{d}" fill="#000"/></svg>"##
            ),
            px = px,
            n = n,
            d = self.path()
        )
    }
}

/// The code on screen: black on white in both themes (scanners need the contrast), as large as
/// its container allows, named for a screen reader.
#[component]
pub fn QrImage(matrix: QrMatrix, #[prop(into)] label: String) -> impl IntoView {
    let n = matrix.size();
    let view_box = format!("0 0 {n} {n}");
    // Module edges on whole pixels, no anti-aliased seams between neighbours.
    let rendering = "crispEdges";
    view! {
        <svg
            class="qr-image"
            role="img"
            aria-label=label
            viewBox=view_box
            shape-rendering=rendering
        >
            <rect width=n height=n fill="#fff" />
            <path d=matrix.path() fill="#000" />
        </svg>
    }
}

// Native only: the independent decoder is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "qr_code_tests.rs"]
mod tests;

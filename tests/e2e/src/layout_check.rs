//! The layout check: window sizes and colour schemes to look at a screen in, and one injected
//! function (layout_check.js) that measures what a person sees and lists what is wrong.

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;
use serde_json::json;

use crate::{Browser, Result};

/// A window size and colour scheme a screen is checked in.
#[derive(Clone, Copy, Debug)]
pub struct Mode {
    pub name: &'static str,
    pub width: u32,
    pub height: u32,
    pub dark: bool,
}

/// The four modes every screen is checked in: a desktop window and a phone, light and dark.
pub const MODES: [Mode; 4] = [
    Mode {
        name: "1280x800 light",
        width: 1280,
        height: 800,
        dark: false,
    },
    Mode {
        name: "1280x800 dark",
        width: 1280,
        height: 800,
        dark: true,
    },
    Mode {
        name: "360x740 light",
        width: 360,
        height: 740,
        dark: false,
    },
    Mode {
        name: "360x740 dark",
        width: 360,
        height: 740,
        dark: true,
    },
];

impl Mode {
    /// A file-name-friendly form: "360x740-dark".
    pub fn slug(&self) -> String {
        self.name.replace(' ', "-")
    }
}

/// One thing the check found: where (a short selector path and the element's name), what,
/// and the element's box in CSS pixels.
#[derive(Debug, Deserialize)]
pub struct Finding {
    pub path: String,
    pub what: String,
    pub rect: Rect,
}

#[derive(Debug, Deserialize)]
pub struct Rect {
    pub x: i64,
    pub y: i64,
    pub w: i64,
    pub h: i64,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Rect { x, y, w, h } = self.rect;
        write!(f, "{}: {} (at {x},{y} {w}x{h})", self.path, self.what)
    }
}

impl Browser {
    /// Puts the browser in `mode`: its viewport (the window, through WebDriver, corrected for
    /// the browser's own frame) and `prefers-color-scheme` (DevTools' media emulation).
    pub async fn set_mode(&self, mode: Mode) -> Result {
        self.set_window_size(mode.width, mode.height).await?;
        let inner = self
            .execute("return [innerWidth, innerHeight];", vec![])
            .await?;
        let (inner_w, inner_h) = (
            inner[0].as_i64().unwrap_or(0),
            inner[1].as_i64().unwrap_or(0),
        );
        let (dw, dh) = (
            i64::from(mode.width) - inner_w,
            i64::from(mode.height) - inner_h,
        );
        if dw != 0 || dh != 0 {
            let outer = |size: u32, delta: i64| (i64::from(size) + delta).max(1) as u32;
            self.set_window_size(outer(mode.width, dw), outer(mode.height, dh))
                .await?;
        }
        let scheme = if mode.dark { "dark" } else { "light" };
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .await?;
        let inner = self
            .execute("return [innerWidth, innerHeight];", vec![])
            .await?;
        if inner != json!([mode.width, mode.height]) {
            return Err(format!("the viewport is {inner}, not {}", mode.name).into());
        }
        Ok(())
    }

    /// What is wrong with the layout on screen now (see layout_check.js). `vertical`: whether
    /// an open menu must fit the viewport's height too (false where it scrolls with the page).
    pub async fn layout_findings(&self, vertical: bool) -> Result<Vec<Finding>> {
        let value = self
            .execute(
                include_str!("layout_check.js"),
                vec![json!(vertical), json!(false)],
            )
            .await?;
        Ok(serde_json::from_value(value)?)
    }

    /// Only the headings that break inside a word, for the pass at 200% text size.
    pub async fn heading_breaks(&self) -> Result<Vec<Finding>> {
        let value = self
            .execute(
                include_str!("layout_check.js"),
                vec![json!(false), json!(true)],
            )
            .await?;
        Ok(serde_json::from_value(value)?)
    }

    /// Saves a PNG of the viewport as `<dir>/<name>.png` when `LAYOUT_SHOTS` names a
    /// directory (e.g. `/work/shots/after`); does nothing otherwise.
    pub async fn shot(&self, name: &str) -> Result {
        let Some(dir) = std::env::var_os("LAYOUT_SHOTS").map(PathBuf::from) else {
            return Ok(());
        };
        std::fs::create_dir_all(&dir)?;
        let png = self.screenshot().await?;
        std::fs::write(dir.join(format!("{name}.png")), png)?;
        Ok(())
    }
}

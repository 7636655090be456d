use serde_json::json;

use crate::{Browser, Result};

/// Asserts that inside `css` every text in `texts` is shown as text, and that no element a
/// hostile string could have injected (script, img, iframe, event-handler attributes,
/// `javascript:` links, bold) exists, and that no payload ran (`window.__xss`).
pub async fn assert_inert(browser: &Browser, css: &str, texts: &[&str]) -> Result {
    let found = browser
        .execute(
            "const root = document.querySelector(arguments[0]); if (!root) return null; \
             const bad = [...root.querySelectorAll('script, img, iframe, object, embed, b, \
                 [onerror], [onload], [onclick], [onmouseover], a[href^=\"javascript\"], svg:not(.icon)')] \
                 .map(e => e.outerHTML.slice(0, 120)); \
             return { bad, ran: window.__xss === 1, text: root.textContent };",
            vec![json!(css)],
        )
        .await?;
    if found.is_null() {
        return Err(format!("nothing matches `{css}`").into());
    }
    let bad = found["bad"].as_array().cloned().unwrap_or_default();
    if !bad.is_empty() {
        return Err(format!("markup from user text became elements in `{css}`: {bad:?}").into());
    }
    if found["ran"] == true {
        return Err("a hostile payload ran (window.__xss was set)".into());
    }
    let shown = found["text"].as_str().unwrap_or_default();
    for text in texts {
        if !shown.contains(text) {
            return Err(
                format!("`{css}` does not show {text:?} as text; it shows:\n{shown}").into(),
            );
        }
    }
    Ok(())
}

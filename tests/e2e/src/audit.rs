use std::sync::OnceLock;

use serde_json::Value;

use crate::{workspace_root, Browser, Result};

fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = workspace_root().join("node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (run `npm ci`)", path.display()))
    })
}

/// Runs axe-core on the whole document and fails on any violation, listing each with the
/// offending elements and why. First waits (2 s at most) for the page's finite animations and
/// transitions to end: a window still fading in would be measured half transparent, its
/// colours blended with the backdrop's (seen: a Share window's hints at 4.43:1 mid-fade).
pub async fn audit(browser: &Browser, screen: &str) -> Result {
    browser.execute(axe_source(), vec![]).await?;
    let violations = browser
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             const settled = Promise.all(document.getAnimations()\
                .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)\
                .map(a => a.finished.catch(() => {})));\
             Promise.race([settled, new Promise(r => setTimeout(r, 2000))])\
                .then(() => axe.run(document, { resultTypes: ['violations'] }))\
                .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact,\
                    help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary) }))))\
                .catch(e => done([{ id: 'axe-error', help: String(e), nodes: [] }]));",
            vec![],
        )
        .await?;
    let list = violations.as_array().cloned().unwrap_or_default();
    if list.is_empty() {
        println!("axe-core: no violations on {screen}");
        return Ok(());
    }
    let report: Vec<String> = list.iter().map(describe).collect();
    Err(format!(
        "axe-core found {} violation(s) on {screen}:\n{}",
        list.len(),
        report.join("\n")
    )
    .into())
}

fn describe(violation: &Value) -> String {
    format!(
        "- {} ({}): {} at {}",
        violation["id"].as_str().unwrap_or("?"),
        violation["impact"].as_str().unwrap_or("?"),
        violation["help"].as_str().unwrap_or("?"),
        violation["nodes"]
    )
}

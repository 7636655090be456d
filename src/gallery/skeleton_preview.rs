//! guest.html's skeleton (`#guest-skeleton`) in the gallery: the guest page before its
//! WebAssembly has run. Its markup is read from guest.html at build time, so the specimen
//! never drifts from the page.

use leptos::prelude::*;

use super::{guest_media, platform};
use crate::wording::t;

/// The page the markup comes from.
const GUEST_HTML: &str = include_str!("../../guest.html");

/// The skeleton as the page shows it: empty, or (`filled`) with the platform's name and the
/// item's title that `public/prefetch.js` writes in when the link's details arrive
/// first. A `<div>` here, not the page's `<main>`, and without its id, so the gallery keeps
/// one main landmark and no guest page mistakes it for its own skeleton; its inputs' ids are
/// the specimen's own, so two specimens tie each label to its own input.
#[component]
pub fn SkeletonPreview(#[prop(optional)] filled: bool) -> impl IntoView {
    let prefix = if filled { "filled" } else { "empty" };
    let mut markup = skeleton_markup(prefix);
    // The page's words as boot.js writes them in the page's language, from the catalog.
    let g = t().guest;
    for (key, text) in [
        ("guest.opening_link", g.opening_link),
        ("guest.entry_lead", g.entry_lead),
        ("guest.name", g.name),
        ("guest.email", g.email),
        ("guest.email_help", g.email_help),
        ("guest.continue_", g.continue_),
    ] {
        markup = fill_marked(&markup, &format!(r#"data-wording="{key}""#), text);
    }
    if filled {
        for (slot, text) in [
            ("platform", platform().name),
            ("title", guest_media().title),
        ] {
            markup = fill(&markup, slot, &text);
        }
    }
    view! { <div inner_html=markup></div> }
}

/// The skeleton's element from guest.html, as a `<div>` without its id, its inner ids
/// starting with `prefix`.
fn skeleton_markup(prefix: &str) -> String {
    let start = GUEST_HTML
        .find(r#"<main id="guest-skeleton""#)
        .expect("guest.html has the skeleton");
    let length = GUEST_HTML[start..]
        .find("</main>")
        .expect("the skeleton's end");
    let inner = &GUEST_HTML[start..start + length];
    let inner = &inner[inner.find('>').expect("the start tag's end") + 1..];
    let inner = inner.replace(
        r#""guest-skeleton-"#,
        &format!(r#""{prefix}-guest-skeleton-"#),
    );
    format!(r#"<div class="page-narrow">{inner}</div>"#)
}

/// `text`, escaped, as the content of the element whose `data-fill` is `slot` (as the
/// script's `textContent` does: what it held goes).
fn fill(markup: &str, slot: &str, text: &str) -> String {
    fill_marked(markup, &format!(r#"data-fill="{slot}""#), text)
}

/// `text`, escaped, as the content of the element whose start tag holds `mark`.
fn fill_marked(markup: &str, mark: &str, text: &str) -> String {
    let text = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let Some(at) = markup.find(mark) else {
        return markup.to_string();
    };
    let tag_start = markup[..at].rfind('<').expect("the slot's tag") + 1;
    let tag = markup[tag_start..]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    let content = at + markup[at..].find('>').expect("the start tag's end") + 1;
    let end = content
        + markup[content..]
            .find(&format!("</{tag}>"))
            .expect("the slot's end tag");
    format!("{}{text}{}", &markup[..content], &markup[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_guest_html_should_find_the_skeleton_and_fill_its_slots() {
        let empty = skeleton_markup("empty");
        assert!(empty.contains("skeleton-card"));
        assert!(
            !empty.contains(r#""guest-skeleton""#),
            "no id: not the page's own"
        );
        assert!(
            empty.contains(r#"for="empty-guest-skeleton-name""#)
                && empty.contains(r#"id="empty-guest-skeleton-name""#),
            "the specimen's own ids: {empty}"
        );
        assert!(!empty.contains(r#""guest-skeleton-"#));
        let filled = fill(&empty, "title", "<b>Launch</b> & more");
        assert!(filled.contains(r#"data-fill="title">&lt;b&gt;Launch&lt;/b&gt; &amp; more</h1>"#));
    }
}

//! The language links guest.html and invite.html end with: each language in its own name, at
//! the page's foot (as Google's and Wikipedia's), plain links to the page with `?lang=`. Their
//! markup is in the pages, not here: it is there before the WebAssembly has run and costs the
//! guest's bundle nothing; public/prefetch.js marks the page's language (`aria-current`),
//! remembers a tap and carries what was typed into the entry form over to the page it opens.
//! The app mounts into the pages' `#app`, above them (`crate::start`). The skeleton's words
//! are English in guest.html, each other language's beside them (`data-es`, `data-he`), which
//! prefetch.js puts in. These tests keep the two pages' links equal to each other, to
//! [`Lang::ALL`] and to the catalog.

use crate::wording::Lang;

const GUEST_HTML: &str = include_str!("../../guest.html");
const INVITE_HTML: &str = include_str!("../../invite.html");

/// A page's `<footer class="language-links">…</footer>`.
fn footer(page: &'static str) -> &'static str {
    let start = page
        .find(r#"<footer class="language-links">"#)
        .expect("the page's language links");
    let end = start + page[start..].find("</footer>").expect("their end");
    &page[start..end]
}

/// The value of `name` in the first start tag of `markup` that has it.
fn attribute<'a>(markup: &'a str, name: &str) -> Option<&'a str> {
    let marker = format!(r#" {name}=""#);
    let at = markup.find(&marker)? + marker.len();
    Some(&markup[at..at + markup[at..].find('"')?])
}

/// Each link's start tag and text, in order.
fn links(footer: &'static str) -> Vec<(&'static str, &'static str)> {
    footer
        .match_indices("<a ")
        .map(|(at, _)| {
            let rest = &footer[at..];
            let tag_end = rest.find('>').expect("the tag's end");
            let text = &rest[tag_end + 1..];
            (
                &rest[..tag_end],
                &text[..text.find('<').expect("the link's end")],
            )
        })
        .collect()
}

#[test]
fn given_the_guest_and_invite_pages_should_end_with_the_same_language_links() {
    assert_eq!(footer(GUEST_HTML), footer(INVITE_HTML));
    let mount = GUEST_HTML.find(r#"<div id="app"></div>"#);
    assert!(
        mount.is_some_and(|at| at < GUEST_HTML.find("<footer").unwrap()),
        "the app mounts above the links"
    );
    assert!(INVITE_HTML.contains(r#"<div id="app"></div>"#));
}

#[test]
fn given_the_language_links_should_name_every_language_in_its_own_words() {
    let links = links(footer(GUEST_HTML));
    assert_eq!(links.len(), Lang::ALL.len());
    for ((tag, text), lang) in links.into_iter().zip(Lang::ALL) {
        assert_eq!(attribute(tag, "href"), Some(lang.query()), "{lang:?}");
        assert_eq!(attribute(tag, "hreflang"), Some(lang.code()), "{lang:?}");
        assert_eq!(attribute(tag, "lang"), Some(lang.code()), "{lang:?}");
        assert_eq!(text, lang.native_name(), "{lang:?}");
        assert_eq!(
            attribute(tag, "dir").unwrap_or("ltr"),
            lang.dir(),
            "{lang:?}'s name keeps its own direction"
        );
    }
}

#[test]
fn given_the_language_links_heading_should_be_the_catalogs_in_every_language() {
    let footer = footer(GUEST_HTML);
    let heading = &footer[footer.find("<h2").expect("the links' heading")..];
    let heading = &heading[..heading.find("</h2>").expect("its end")];
    let (tag, text) = heading.split_once('>').expect("its start tag");
    assert_eq!(attribute(tag, "data-wording"), Some("common.language"));
    for lang in Lang::ALL {
        let words = match lang {
            Lang::En => Some(text),
            _ => attribute(tag, &format!("data-{}", lang.code())),
        };
        assert_eq!(words, Some(lang.catalog().common.language), "{lang:?}");
    }
    assert_eq!(
        attribute(footer, "aria-labelledby"),
        attribute(tag, "id"),
        "the heading names the links' landmark"
    );
}

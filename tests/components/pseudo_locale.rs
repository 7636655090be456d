//! The designer gallery in the pseudo-locale: every sentence a person can read or hear on any
//! of its screens comes from the catalog. Each catalog sentence is accented and wrapped in
//! `⟦…⟧` there (`share_spa::wording::speak_pseudo`), so a sentence still written in code is
//! the text left with an English letter outside those marks.
//!
//! Not checked, by the rules rather than by exception: text from people (inside `dir="auto"`
//! or `<bdi>`, as names, link names, titles and lobby messages must be), what `Intl` writes
//! (inside `<time>`), text explicitly in another language (`lang` on its element: a language
//! menu names each language in itself), what guest.html's prefetch script writes from the
//! link's details (its `data-fill` slots: a platform's name, a title), text with no letter (counts, dates, symbols), and the
//! gallery's own chrome, marked `data-gallery-chrome`, which only designers read.

use leptos::prelude::*;
use share_spa::gallery::GalleryApp;
use share_spa::wording::{speak_pseudo, PSEUDO_MARKS};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, Node};

use crate::support::{mount, settle};

/// Where text is not the page's wording (see the module's comment).
const NOT_WORDING: &str =
    "[dir=auto], bdi, time, [lang], [data-fill], [data-gallery-chrome], style, script";

/// The attributes a person hears or reads in place of text.
const READ_ATTRIBUTES: [&str; 4] = ["aria-label", "placeholder", "title", "alt"];

/// The part of `text` outside the catalog's sentences: outside each `⟦…⟧`, counting a text
/// that opens inside a sentence (a name in bold splits one into three nodes) as inside until
/// its first unmatched `⟧`.
fn outside_marks(text: &str) -> String {
    let (open, close) = PSEUDO_MARKS;
    let (mut depth, mut lowest) = (0i32, 0i32);
    for c in text.chars() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            lowest = lowest.min(depth);
        }
    }
    let mut depth = -lowest;
    let mut outside = String::new();
    for c in text.chars() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
        } else if depth == 0 {
            outside.push(c);
        }
    }
    outside
}

/// Whether `text` holds an English letter the catalog did not write.
fn from_code(text: &str) -> bool {
    outside_marks(text).chars().any(|c| c.is_ascii_alphabetic())
}

/// Where a finding is: its element and the specimen it is in.
fn place(element: &Element) -> String {
    let specimen = element
        .closest("[data-specimen]")
        .ok()
        .flatten()
        .and_then(|s| s.get_attribute("data-specimen"))
        .unwrap_or_default();
    let class = element.get_attribute("class").unwrap_or_default();
    format!(
        "<{} class={class:?}> in {specimen:?}",
        element.tag_name().to_lowercase()
    )
}

/// Every text and read attribute under `node` that is not from the catalog.
fn findings(node: &Node, out: &mut Vec<String>) {
    if let Some(element) = node.dyn_ref::<Element>() {
        if element.matches(NOT_WORDING).unwrap_or(false) {
            return;
        }
        for name in READ_ATTRIBUTES {
            if let Some(value) = element.get_attribute(name) {
                if from_code(&value) {
                    out.push(format!("{name}={value:?} on {}", place(element)));
                }
            }
        }
    } else if node.node_type() == Node::TEXT_NODE {
        let text = node.text_content().unwrap_or_default();
        if from_code(&text) {
            let parent = node.parent_element().expect("text sits in an element");
            out.push(format!("{:?} in {}", text.trim(), place(&parent)));
        }
        return;
    }
    let children = node.child_nodes();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            findings(&child, out);
        }
    }
}

#[wasm_bindgen_test]
fn given_text_split_around_a_name_should_count_each_part_inside_its_sentence() {
    assert_eq!(outside_marks("⟦Ĥï "), "");
    assert_eq!(outside_marks("ţö"), "ţö");
    assert_eq!(outside_marks(" ýöü⟧."), ".");
    assert_eq!(outside_marks("⟦Á ⟦ƀ⟧ ç⟧ and ⟦ð⟧"), " and ");
    assert!(from_code("⟦Šáṽë⟧ changes"));
    assert!(from_code("Save"));
    assert!(!from_code("⟦Ĥëļļö, Ann⟧"));
    assert!(!from_code("12 / 100 · 3:04"));
}

#[wasm_bindgen_test]
async fn given_the_pseudo_locale_should_show_no_sentence_that_is_not_from_the_catalog() {
    speak_pseudo(true);
    let page = mount(|| view! { <GalleryApp /> }.into_any());
    for _ in 0..5 {
        settle().await;
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    let mut found = Vec::new();
    findings(&page.root, &mut found);
    let specimens = page.all("[data-specimen]").len();
    drop(page);
    speak_pseudo(false);
    assert!(
        specimens > 50,
        "every screen rendered: {specimens} specimens"
    );
    assert!(
        found.is_empty(),
        "{} texts not from the catalog:\n{}",
        found.len(),
        found.join("\n")
    );
}

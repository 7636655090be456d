//! The entry card that `guest.html` shows before the app has run (`#guest-skeleton`, styled
//! by `style/guest-skeleton.css`, filled in by `public/prefetch.js`, shown in the
//! gallery by `src/gallery/skeleton_preview.rs`). While the page opens the link it stands in
//! for the loading page; the app's first real screen replaces it.
//!
//! Its name and email inputs are real, so a guest can type before the WebAssembly has run:
//! the entry form takes over what they typed and the focus ([`take`], [`focus_field`]). They
//! have no `name` attribute: `input[name=...]` is the app's form. With two text inputs and no
//! submit button, Enter submits nothing (no reload, nothing lost); "Continue" is
//! `aria-disabled` until the app's own replaces it. Every visible word is the catalog's
//! (`data-wording="key"`, checked by the tests below); placeholders say nothing, and until
//! the title arrives the heading says to screen readers that the link is opening.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The skeleton's element id in `guest.html`.
const ID: &str = "guest-skeleton";

/// The skeleton's inputs in `guest.html` by id, with the entry form's field each stands for.
const INPUTS: [(&str, Field); 2] = [
    ("guest-skeleton-name", Field::Name),
    ("guest-skeleton-email", Field::Email),
];

/// One of the entry form's fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Email,
}

impl Field {
    /// The app's input for it.
    fn selector(self) -> &'static str {
        match self {
            Field::Name => "main#main input[name=name]",
            Field::Email => "main#main input[name=email]",
        }
    }
}

/// What a guest typed into the skeleton's form before the app ran.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typed {
    pub name: String,
    pub email: String,
    /// The field whose skeleton input had the focus.
    pub focused: Option<Field>,
}

fn element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(ID)
}

/// Whether the page still shows the skeleton.
pub fn present() -> bool {
    element().is_some()
}

/// Takes the skeleton out of the page (a page that has no form for its words).
pub fn remove() {
    if let Some(skeleton) = element() {
        skeleton.remove();
    }
}

/// Takes the skeleton out of the page, in the same task that puts the first screen in, so
/// no frame shows both, and gives what was typed into it (`None`: no skeleton).
pub fn take() -> Option<Typed> {
    let skeleton = element()?;
    let document = web_sys::window()?.document()?;
    let active = document.active_element();
    let mut typed = Typed::default();
    for (id, field) in INPUTS {
        let Some(input) = document
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        if active.as_ref() == Some(input.unchecked_ref()) {
            typed.focused = Some(field);
        }
        match field {
            Field::Name => typed.name = input.value(),
            Field::Email => typed.email = input.value(),
        }
    }
    skeleton.remove();
    Some(typed)
}

/// After the entry form is in the page: focuses its input for `field`, with the caret
/// after what was typed, so the next keystroke lands where the last one did.
pub fn focus_field(field: Field) {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(field.selector()).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        // Past the end is clamped to it. An email input has no selection API (it throws);
        // setting its value already put the caret at the end.
        let _ = input.set_selection_range(u32::MAX, u32::MAX);
    }
}

#[cfg(test)]
mod tests {
    //! guest.html's words are written out by hand, before any catalog is loaded: these
    //! tests keep them equal to the catalog's, so the catalog stays the one source.

    use crate::wording::{Catalog, Lang};

    const GUEST_HTML: &str = include_str!("../../guest.html");

    /// `catalog`'s sentence for a `data-wording` key of guest.html.
    fn sentence(catalog: &'static Catalog, key: &str) -> Option<&'static str> {
        let guest = &catalog.guest;
        Some(match key {
            "guest.entry_lead" => guest.entry_lead,
            "guest.name" => guest.name,
            "guest.email" => guest.email,
            "guest.email_help" => guest.email_help,
            "guest.continue_" => guest.continue_,
            "guest.opening_link" => guest.opening_link,
            // The page's language links (src/guest/language_links.rs).
            "common.language" => catalog.common.language,
            _ => return None,
        })
    }

    /// One `data-wording="key"` element of guest.html: its key, its text (up to its first
    /// tag) and its start tag's attributes, where the other languages' words are.
    struct Worded {
        key: &'static str,
        text: &'static str,
        start_tag: &'static str,
    }

    impl Worded {
        /// The element's words in `lang`: its text in English, else its `data-<code>`.
        fn words(&self, lang: Lang) -> Option<&'static str> {
            if lang == Lang::En {
                return Some(self.text);
            }
            let marker = format!(r#" data-{}=""#, lang.code());
            let at = self.start_tag.find(&marker)? + marker.len();
            let rest = &self.start_tag[at..];
            Some(&rest[..rest.find('"')?])
        }
    }

    fn worded() -> Vec<Worded> {
        let marker = r#"data-wording=""#;
        GUEST_HTML
            .match_indices(marker)
            .map(|(at, _)| {
                let rest = &GUEST_HTML[at + marker.len()..];
                let key = &rest[..rest.find('"').expect("the key's end")];
                let tag_end = rest.find('>').expect("the start tag's end");
                let text = &rest[tag_end + 1..];
                Worded {
                    key,
                    text: &text[..text.find('<').expect("the element's end")],
                    start_tag: &rest[..tag_end],
                }
            })
            .collect()
    }

    #[test]
    fn given_guest_html_should_write_each_skeleton_word_as_the_catalog_does_in_every_language() {
        let words = worded();
        for lang in Lang::ALL {
            for word in &words {
                let key = word.key;
                let expected = sentence(lang.catalog(), key)
                    .unwrap_or_else(|| panic!("{key}: not a catalog key"));
                assert_eq!(
                    word.words(lang),
                    Some(expected),
                    "guest.html's {key} in {lang:?} differs from the catalog"
                );
            }
        }
        for key in [
            "guest.entry_lead",
            "guest.name",
            "guest.email",
            "guest.email_help",
            "guest.continue_",
            "guest.opening_link",
        ] {
            assert!(words.iter().any(|w| w.key == key), "guest.html has {key}");
        }
    }

    #[test]
    fn given_guest_html_should_show_no_word_outside_the_catalog() {
        let start = GUEST_HTML
            .find(r#"<main id="guest-skeleton""#)
            .expect("the skeleton");
        let end = start + GUEST_HTML[start..].find("</main>").expect("its end");
        let words: Vec<&str> = worded().iter().map(|word| word.text).collect();
        let skeleton = &GUEST_HTML[start..end];
        for text in skeleton.split('<').filter_map(|part| part.split_once('>')) {
            let text = text.1;
            if text.chars().any(char::is_alphabetic) {
                assert!(
                    words.contains(&text),
                    "guest.html's skeleton shows {text:?}, not from the catalog"
                );
            }
        }
    }
}

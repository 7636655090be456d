//! Which language a page speaks, chosen once as it starts: `?lang=` on its URL, else the
//! reader's earlier choice (remembered in this browser), else the platform's
//! `default_locale`, else the browser's languages in their order, else English. A tag the app
//! has no language for is skipped, so `?lang=fr` on a Spanish browser reads Spanish. The
//! host's bundles learn the platform's default from `GET /settings` before they mount
//! (`crate::start_host`), and only when the first two sources name nothing.
//!
//! The choice is made once and kept for the page's life ([`set_page_lang`]): the catalogs are
//! statics, and a different language is a new page load (the language menu reloads with
//! `?lang=`), which keeps every `t()` call a plain read with nothing reactive to track.

use std::cell::Cell;

use super::{Catalog, HostCatalog, Lang};

/// Where a page's language may come from, each a BCP 47 tag as its source spells it.
#[derive(Clone, Copy, Debug, Default)]
pub struct LangSources<'a> {
    /// `?lang=` on the page's URL.
    pub query: Option<&'a str>,
    /// The reader's own earlier choice.
    pub remembered: Option<&'a str>,
    /// The platform's `default_locale`, where the page knows it.
    pub platform: Option<&'a str>,
    /// `navigator.languages`, most preferred first.
    pub browser: &'a [String],
}

/// The first source, in the order above, that names a language the app has; English if none.
pub fn choose(sources: LangSources<'_>) -> Lang {
    [sources.query, sources.remembered, sources.platform]
        .into_iter()
        .flatten()
        .chain(sources.browser.iter().map(String::as_str))
        .find_map(Lang::from_tag)
        .unwrap_or(Lang::En)
}

/// The one language of a bundle built for one (cargo feature `lang-en`, `lang-es` or
/// `lang-he`); `None` for a bundle with every language. A constant, so such a bundle's
/// `t()` names one catalog and the linker drops the others.
pub const BUNDLE_LANG: Option<Lang> = if cfg!(feature = "lang-es") {
    Some(Lang::Es)
} else if cfg!(feature = "lang-he") {
    Some(Lang::He)
} else if cfg!(feature = "lang-en") {
    Some(Lang::En)
} else {
    None
};

thread_local! {
    /// The page's language. Per thread, which on the page is the one thread there is, and in
    /// native tests keeps each test's language its own.
    static PAGE_LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Sets the language every later `t()` and `host_t()` reads.
pub fn set_page_lang(lang: Lang) {
    PAGE_LANG.with(|page| page.set(lang));
}

/// Catalogs read in place of the page language's own (the gallery's pseudo-locale).
type StandIn = Option<(&'static Catalog, &'static HostCatalog)>;

thread_local! {
    /// Set only by the gallery (`super::pseudo`); a bundle built for one language never reads it.
    static STAND_IN: Cell<StandIn> = const { Cell::new(None) };
}

/// Sets (or with `None` clears) the catalogs that stand in for the page language's.
pub(super) fn set_stand_in(catalogs: StandIn) {
    STAND_IN.with(|stand_in| stand_in.set(catalogs));
}

/// The catalogs standing in for the page language's, if any. Always `None` in a bundle built
/// for one language, so its `t()` still names that language's catalog alone.
#[inline]
pub(super) fn stand_in() -> StandIn {
    match BUNDLE_LANG {
        Some(_) => None,
        None => STAND_IN.with(Cell::get),
    }
}

/// The language the page speaks: the bundle's own, or the one chosen as it started
/// (English until [`set_page_lang`]).
#[inline]
pub fn page_lang() -> Lang {
    match BUNDLE_LANG {
        Some(lang) => lang,
        None => PAGE_LANG.with(Cell::get),
    }
}

impl Lang {
    /// The locale `Intl` formats dates and numbers in. English stays `en-US`, whose
    /// "April 23, 2026" product.md shows.
    pub fn intl_locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            other => other.code(),
        }
    }
}

/// The `localStorage` key of the reader's choice.
pub const REMEMBERED_KEY: &str = "share.lang";

/// The value of `lang` in a URL's query (`"?a=1&lang=es"` -> `"es"`), if present and not empty.
pub fn query_lang(search: &str) -> Option<&str> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "lang")
        .map(|(_, value)| value)
        .filter(|value| !value.is_empty())
}

pub use browser::*;

/// Reading the sources from the browser, and saying the choice in the document.
mod browser {
    use super::*;

    /// Chooses the page's language from the URL, the remembered choice and the browser's
    /// languages (and `platform`, where the page has it), sets it for the catalogs, and
    /// writes it to `<html lang dir>`. Returns it. A bundle built for one language
    /// speaks that one.
    pub fn start_page_lang(platform: Option<&str>) -> Lang {
        if let Some(lang) = BUNDLE_LANG {
            say_in_document(lang);
            return lang;
        }
        let window = web_sys::window();
        let search = window
            .as_ref()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let remembered = remembered();
        let browser: Vec<String> = window
            .as_ref()
            .map(|w| {
                w.navigator()
                    .languages()
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect()
            })
            .unwrap_or_default();
        let lang = choose(LangSources {
            query: query_lang(&search),
            remembered: remembered.as_deref(),
            platform,
            browser: &browser,
        });
        set_page_lang(lang);
        say_in_document(lang);
        lang
    }

    /// The language the reader asked for themselves: `?lang=` on the URL, else their
    /// remembered choice, where either names one the app has. When there is one, the
    /// platform's default can't change the choice, so a host page needn't ask for it
    /// (`crate::start_host`).
    pub fn reader_lang() -> Option<Lang> {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let remembered = remembered();
        let chosen = [query_lang(&search), remembered.as_deref()]
            .into_iter()
            .flatten()
            .find_map(Lang::from_tag);
        chosen
    }

    /// The reader's earlier choice, as stored.
    pub fn remembered() -> Option<String> {
        web_sys::window()?
            .local_storage()
            .ok()??
            .get_item(REMEMBERED_KEY)
            .ok()?
    }

    /// Remembers the reader's choice in this browser (nothing happens where storage is off).
    pub fn remember(lang: Lang) {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        if let Some(storage) = storage {
            let _ = storage.set_item(REMEMBERED_KEY, lang.code());
        }
    }

    /// `<html lang dir>`, so screen readers, hyphenation, fonts and the layout's direction
    /// follow the page's language.
    pub fn say_in_document(lang: Lang) {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = root.set_attribute("lang", lang.code());
            let _ = root.set_attribute("dir", lang.dir());
        }
    }
}

/// A page's query with its `lang` set to `lang`, every other parameter kept in its place:
/// `("?embedded&lang=he", Es)` -> `"?embedded&lang=es"`.
pub fn search_with_lang(search: &str, lang: Lang) -> String {
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("lang"))
        .map(str::to_string)
        .collect();
    pairs.push(format!("lang={}", lang.code()));
    format!("?{}", pairs.join("&"))
}

#[cfg(test)]
#[path = "choice_tests.rs"]
mod tests;

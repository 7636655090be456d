//! The designer gallery's pseudo-locale: English with every letter accented, ~40 % longer and
//! each sentence wrapped in `⟦…⟧` (`build.rs` writes it from `en.rs`, `en_host.rs` and the
//! English access requests). In the gallery it shows what a longer language would clip, and
//! any sentence still written in code stands out unaccented; the gallery's test walks every
//! screen in it (tests/components/pseudo_locale.rs).
//!
//! It is not a [`Lang`]: no reader is offered it, `Lang::ALL`, the language menu and
//! `choose()` never see it. It stands in for the page language's catalogs behind the same
//! [`t`](super::t) and [`host_t`](super::host_t) every screen reads, with English's plural
//! rules, direction and `Intl` locale. Only the gallery (and its tests) call
//! [`speak_pseudo`], so no product bundle links these statics.

use super::{set_page_lang, Lang};

mod guest {
    include!(concat!(env!("OUT_DIR"), "/pseudo_en.rs"));
}

mod host {
    include!(concat!(env!("OUT_DIR"), "/pseudo_en_host.rs"));
}

/// The characters that open and close each pseudo-locale sentence.
pub const PSEUDO_MARKS: (char, char) = ('⟦', '⟧');

/// From now on (`on`) every `t()` and `host_t()` reads the pseudo-locale, or again the page
/// language's own catalogs (`!on`). The page's language becomes English, whose plural rules
/// and direction the pseudo-locale follows.
pub fn speak_pseudo(on: bool) {
    set_page_lang(Lang::En);
    let catalogs = on.then_some((&guest::EN, &host::HOST));
    super::choice::set_stand_in(catalogs);
}

/// The pseudo-locale's catalogs, for the catalog's own tests.
#[cfg(test)]
pub(super) fn catalogs() -> (&'static super::Catalog, &'static super::HostCatalog) {
    (&guest::EN, &host::HOST)
}

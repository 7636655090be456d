//! The languages the catalog has, and what a page needs to know about each: its code for
//! `lang`, its direction for `dir`, its name in its own words for a language menu, and its
//! catalogs.
//!
//! How a page's language is chosen is `choice.rs`'s business; [`Lang::from_tag`] reads one
//! BCP 47 tag (a `?lang=` value, a stored choice, the platform's default or a browser
//! language) so that it can try each in turn.

use super::{Catalog, HostCatalog};

/// A language the catalog is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
    He,
}

impl Lang {
    /// Every language, English first (the fallback).
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::He];

    /// The BCP 47 primary subtag, for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::He => "he",
        }
    }

    /// The writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::He
    }

    /// The language of a BCP 47 tag ("es-MX", "he_IL", case-insensitive), by its primary
    /// subtag; "iw" is Hebrew's legacy code, still sent by some platforms. `None` for a
    /// language the catalog lacks.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "he" | "iw" => Some(Lang::He),
            _ => None,
        }
    }

    /// The language's name in itself, so a reader finds their own in a list.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::He => "עברית",
        }
    }

    /// The query that opens a page in this language (`?lang=es`), for a link to it.
    pub fn query(self) -> &'static str {
        match self {
            Lang::En => "?lang=en",
            Lang::Es => "?lang=es",
            Lang::He => "?lang=he",
        }
    }

    /// The guest and invitee catalog in this language.
    pub fn catalog(self) -> &'static Catalog {
        match self {
            Lang::En => &super::en::EN,
            Lang::Es => &super::es::ES,
            Lang::He => &super::he::HE,
        }
    }

    /// The host screens' catalog in this language.
    pub fn host_catalog(self) -> &'static HostCatalog {
        match self {
            Lang::En => &super::en_host::HOST,
            Lang::Es => &super::es_host::HOST,
            Lang::He => &super::he_host::HOST,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn given_each_language_should_name_its_code_and_direction() {
        let codes: Vec<_> = Lang::ALL.iter().map(|l| (l.code(), l.dir())).collect();
        assert_eq!(codes, [("en", "ltr"), ("es", "ltr"), ("he", "rtl")]);
        assert!(Lang::He.is_rtl() && !Lang::En.is_rtl() && !Lang::Es.is_rtl());
    }

    #[test]
    fn given_each_language_should_open_a_page_in_it_by_its_code() {
        for lang in Lang::ALL {
            assert_eq!(lang.query(), format!("?lang={}", lang.code()));
            assert_eq!(
                super::super::query_lang(lang.query()),
                Some(lang.code()),
                "read back as the page's choice"
            );
        }
    }

    #[test]
    fn given_a_bcp47_tag_should_find_its_language_by_the_primary_subtag() {
        for (tag, lang) in [
            ("en", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("es", Some(Lang::Es)),
            ("es-MX", Some(Lang::Es)),
            ("ES_ar", Some(Lang::Es)),
            ("he", Some(Lang::He)),
            ("he-IL", Some(Lang::He)),
            ("iw", Some(Lang::He)),
            ("IW-il", Some(Lang::He)),
            ("fr", None),
            ("", None),
            ("esp", None),
            ("x-he", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
        }
    }

    #[test]
    fn given_each_language_should_name_itself_in_its_own_words() {
        let names: Vec<_> = Lang::ALL.iter().map(|l| l.native_name()).collect();
        assert_eq!(names, ["English", "Español", "עברית"]);
    }

    #[test]
    fn given_each_language_should_hand_out_its_own_catalogs() {
        assert!(std::ptr::eq(Lang::En.catalog(), super::super::t()));
        assert!(std::ptr::eq(
            Lang::En.host_catalog(),
            super::super::host_t()
        ));
        assert_eq!(Lang::Es.catalog().common.cancel, "Cancelar");
        assert_eq!(Lang::He.catalog().common.cancel, "ביטול");
        assert_eq!(Lang::Es.host_catalog().shell.sign_out, "Cerrar sesión");
        assert_eq!(Lang::He.host_catalog().shell.sign_out, "יציאה");
    }
}

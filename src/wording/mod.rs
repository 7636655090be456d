//! Every sentence a person reads, from one catalog: typed groups of `&'static str` (a missing
//! key is a compile error), templates with named arguments (`"Admitted {name}"`) and
//! plural-aware counts (`Plural`). Three languages (issue 15), each an instance of the same
//! groups: English (`en.rs`, `en_host.rs`: product.md's wording), Spanish (`es*.rs`) and
//! Hebrew, right to left (`he*.rs`); [`Lang`] names them and hands out each one's catalogs.
//! [`t`] and [`host_t`] return the page's language, chosen once as the page starts
//! (`choice.rs`); the guest and invitee bundles are built for one language each.
//!
//! Why hand-written and typed, not a crate (issue 15 item 6, measured, BENCHMARKS.md "The i18n
//! crate question"): the same 20 sentences (15 plain, 3 templates, 2 plurals) in English,
//! Spanish and Hebrew, chosen at run time, in a Leptos 0.8.23 `csr` release WASM (this crate's
//! profile, then `wasm-opt -Oz`), brotli 11: these statics 29,997 B; Fluent (`fluent-bundle`
//! 0.16, the concurrent bundle Leptos' `Send` closures need, the FTL embedded) 77,466 B, 47 kB
//! more for its parser, resolver and plural rules; `leptos_i18n` 0.6.2 (the release for Leptos
//! 0.8, its default ICU4X data) 97,031 B, 67 kB more: a third and nearly half of the guest
//! path's 150 kB budget, which the guest bundle already all but fills. The statics also
//! cost nothing to read (no parsing, no hashing), the guest bundle links only the sentences its
//! pages name, and the compiler finds a sentence missing in a language (Fluent finds it only
//! when the page asks). What a runtime loader needs later is only another way to obtain a
//! `&'static Catalog`.
//!
//! The rules, so a second language is a new file and not a hunt:
//! - a plain sentence is a `&'static str` field;
//! - a sentence with values in it is a [`Tpl`] field, readable only through the one method of
//!   its group that names its arguments (so call sites can't disagree with the template, and
//!   the catalog test checks every template against that method);
//! - a count is a [`Plural`], its `{count}` filled by the group's method;
//! - text from people (names, link names, lobby messages) enters only as an argument, and is
//!   rendered as text, never as markup;
//! - dates, times and numbers are formatted in `crate::format`; only the words around them
//!   come from here;
//! - a value shown in markup inside a sentence (a name in bold) is a [`Tpl`] too, its group's
//!   method handing out the text around the placeholder;
//! - the host's screens read [`host_t`] (`host.rs`, `en_host.rs`), everything a guest or
//!   invitee can open reads [`t`], so the guest bundle carries no host sentence.
//!
//! A test keeps it so: `inline_text.rs` scans every `view!` outside `src/wording/` and
//! `src/gallery/` and fails on a string literal with a letter in it that is a child or the
//! value of an attribute people read (its short allow-list says which attributes are not).

mod access_requests;
mod catalog;
mod choice;
mod en;
mod en_host;
mod es;
mod es_host;
mod es_host_links;
mod he;
mod he_host;
mod he_host_links;
mod host;
mod labels;
mod lang;
mod link_edit;
mod link_joins;
mod pseudo;

pub use access_requests::AccessRequestsText;
pub use catalog::*;
pub use choice::*;
pub use host::*;
pub use labels::*;
pub use lang::Lang;
pub use link_edit::*;
pub use link_joins::*;
pub use pseudo::{speak_pseudo, PSEUDO_MARKS};

/// The catalog in the page's language ([`page_lang`]). A bundle built for one language
/// (the guest's and the invitee's) names only that language's catalog here.
#[inline]
pub fn t() -> &'static Catalog {
    match choice::stand_in() {
        Some((catalog, _)) => catalog,
        None => page_lang().catalog(),
    }
}

/// The host screens' catalog in the page's language. Apart from [`t`] so that the guest
/// bundle, which never calls it, links none of the host's sentences.
#[inline]
pub fn host_t() -> &'static HostCatalog {
    match choice::stand_in() {
        Some((_, host)) => host,
        None => page_lang().host_catalog(),
    }
}

/// A sentence with named arguments, `"Admitted {name}"`. Its text is private to this module:
/// only its group's method reads it, and that method names the arguments.
#[derive(Clone, Copy, Debug)]
pub struct Tpl(&'static str);

impl Tpl {
    fn fill(self, args: &[(&str, &str)]) -> String {
        fill(self.0, args)
    }
}

/// Replaces each `{name}` in `template` with its value from `args`. A placeholder without an
/// argument stays as written (visible, and caught by the catalog test); values are inserted
/// as they are and never read again, so a `{` in a person's name is only a character.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match args.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The text before and after `{name}` in `template`, for a value set apart in markup (a name
/// in bold); without the placeholder, all of it comes before.
fn around(template: &'static str, name: &str) -> (&'static str, &'static str) {
    let placeholder = format!("{{{name}}}");
    match template.find(&placeholder) {
        Some(at) => (&template[..at], &template[at + placeholder.len()..]),
        None => (template, ""),
    }
}

/// The CLDR plural category of a count. English needs only `One` and `Other`; Hebrew adds
/// `Two`, others `Few` and `Many`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The category of `count` in the page's language.
pub fn plural_category(count: usize) -> PluralCategory {
    plural_category_for(page_lang(), count)
}

/// The CLDR plural category of a whole `count` in `lang` (CLDR 44+ for Hebrew: `one`, `two`,
/// `other`; Spanish's `many` is for exact millions, "1 000 000 de enlaces").
pub fn plural_category_for(lang: Lang, count: usize) -> PluralCategory {
    match (lang, count) {
        (_, 1) => PluralCategory::One,
        (Lang::He, 2) => PluralCategory::Two,
        (Lang::Es, n) if n != 0 && n % 1_000_000 == 0 => PluralCategory::Many,
        _ => PluralCategory::Other,
    }
}

/// A count's sentence in each plural form its language has; `{count}` is the number. Forms a
/// language lacks are `None` and fall back to `other`.
#[derive(Clone, Copy, Debug)]
pub struct Plural {
    pub one: &'static str,
    pub two: Option<&'static str>,
    pub few: Option<&'static str>,
    pub many: Option<&'static str>,
    pub other: &'static str,
}

impl Plural {
    /// The two forms English has.
    pub const fn en(one: &'static str, other: &'static str) -> Plural {
        Plural {
            one,
            two: None,
            few: None,
            many: None,
            other,
        }
    }

    /// Hebrew's forms: `two` is the dual ("יומיים") or "2 …" where Hebrew has no dual.
    pub const fn he(one: &'static str, two: &'static str, other: &'static str) -> Plural {
        Plural {
            one,
            two: Some(two),
            few: None,
            many: None,
            other,
        }
    }

    /// Spanish's forms: `many` for exact millions ("1 000 000 de enlaces").
    pub const fn es(one: &'static str, other: &'static str, many: &'static str) -> Plural {
        Plural {
            one,
            two: None,
            few: None,
            many: Some(many),
            other,
        }
    }

    /// The form for `count` in the page's language, its `{count}` not yet filled.
    pub fn pick(&self, count: usize) -> &'static str {
        match plural_category(count) {
            PluralCategory::One => self.one,
            PluralCategory::Two => self.two.unwrap_or(self.other),
            PluralCategory::Few => self.few.unwrap_or(self.other),
            PluralCategory::Many => self.many.unwrap_or(self.other),
            PluralCategory::Other => self.other,
        }
    }

    /// The form for `count` by `lang`'s rule, its `{count}` not yet filled.
    pub fn pick_for(&self, lang: Lang, count: usize) -> &'static str {
        self.form(plural_category_for(lang, count))
    }

    /// The form of a category; one the language lacks falls back to `other`. (`pick` keeps
    /// its own match so the bundles, which call only it, stay as they were.)
    fn form(&self, category: PluralCategory) -> &'static str {
        match category {
            PluralCategory::One => self.one,
            PluralCategory::Two => self.two.unwrap_or(self.other),
            PluralCategory::Few => self.few.unwrap_or(self.other),
            PluralCategory::Many => self.many.unwrap_or(self.other),
            PluralCategory::Other => self.other,
        }
    }

    /// The form for `count` with the count in it ("3 links"), other arguments beside it.
    fn count(&self, count: usize, args: &[(&str, &str)]) -> String {
        let n = crate::format::count(count);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(("count", n.as_str()));
        all.extend_from_slice(args);
        fill(self.pick(count), &all)
    }

    /// As [`Plural::count`], with the number as the server sent it ("1000", not "1,000"),
    /// where the screen has always shown it so.
    fn count_plain(&self, count: usize, args: &[(&str, &str)]) -> String {
        let n = count.to_string();
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(("count", n.as_str()));
        all.extend_from_slice(args);
        fill(self.pick(count), &all)
    }
}

#[cfg(test)]
mod host_tests;
#[cfg(test)]
mod inline_text;
#[cfg(test)]
mod lang_tests;
#[cfg(test)]
mod listing;
#[cfg(test)]
mod pseudo_tests;
#[cfg(test)]
mod tests;

//! The pseudo-locale against English: every entry there, accented, longer, marked, with the
//! same placeholders; and read through `t()` and `host_t()` once the gallery asks for it.

use std::collections::BTreeSet;

use super::listing::{catalog_items, host_items, Item};
use super::pseudo::catalogs;
use super::*;

fn items(catalog: &'static Catalog, host: &'static HostCatalog) -> Vec<(String, Item)> {
    let mut all = catalog_items(catalog);
    all.extend(host_items(host));
    all
}

fn texts(item: Item) -> Vec<&'static str> {
    match item {
        Item::Text(text) => vec![text],
        Item::Tpl(tpl) => vec![tpl.0],
        Item::Plural(p) => [Some(p.one), p.two, p.few, p.many, Some(p.other)]
            .into_iter()
            .flatten()
            .collect(),
    }
}

/// The `{names}` in a text, and the text without them.
fn split(text: &str) -> (BTreeSet<String>, String) {
    let (mut names, mut rest) = (BTreeSet::new(), String::new());
    let mut remaining = text;
    while let Some(open) = remaining.find('{') {
        rest.push_str(&remaining[..open]);
        let close = remaining[open..].find('}').expect("a closed placeholder") + open;
        names.insert(remaining[open + 1..close].to_string());
        remaining = &remaining[close + 1..];
    }
    rest.push_str(remaining);
    (names, rest)
}

#[test]
fn given_every_english_entry_should_hold_it_accented_marked_longer_with_its_placeholders() {
    let (open, close) = PSEUDO_MARKS;
    let english = items(Lang::En.catalog(), Lang::En.host_catalog());
    let (catalog, host) = catalogs();
    let pseudo = items(catalog, host);
    let names = |list: &[(String, Item)]| list.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&english), names(&pseudo));
    for ((name, en), (_, ps)) in english.into_iter().zip(pseudo) {
        for (en, ps) in texts(en).into_iter().zip(texts(ps)) {
            let (en_names, en_rest) = split(en);
            let (ps_names, ps_rest) = split(ps);
            assert_eq!(ps_names, en_names, "{name}: {ps:?}");
            if en.is_empty() {
                assert_eq!(ps, "", "{name}");
                continue;
            }
            assert!(
                ps.starts_with(open) && ps.ends_with(close),
                "{name}: {ps:?}"
            );
            assert!(
                !ps_rest.chars().any(|c| c.is_ascii_alphabetic()),
                "{name}: {ps:?} keeps an English letter"
            );
            let (en_len, ps_len) = (en_rest.chars().count(), ps_rest.chars().count() - 2);
            assert!(
                ps_len * 10 >= en_len * 13,
                "{name}: {ps:?} is not ~40% longer"
            );
        }
    }
}

#[test]
fn given_the_pseudo_locale_should_be_what_t_and_host_t_read_until_it_is_turned_off() {
    speak_pseudo(true);
    let (catalog, host) = catalogs();
    assert!(std::ptr::eq(t(), catalog));
    assert!(std::ptr::eq(host_t(), host));
    assert_eq!(page_lang(), Lang::En, "English's rules and direction");
    let one = t().common.links(1);
    let many = t().common.links(1234);
    assert!(one.starts_with("⟦1 ļïñķ") && one.ends_with('⟧'), "{one}");
    assert!(many.starts_with("⟦1,234 ļïñķš"), "{many}");
    assert!(t().guest.shared_by("Hana Host").contains("Hana Host"));
    speak_pseudo(false);
    assert!(std::ptr::eq(t(), Lang::En.catalog()));
    assert!(std::ptr::eq(host_t(), Lang::En.host_catalog()));
    assert_eq!(t().common.cancel, "Cancel");
}

//! The three languages against each other: same entries, same placeholders, the plural forms
//! each language's rule asks for, nothing left in English, Hebrew in Hebrew letters.

use std::collections::BTreeSet;

use super::listing::{catalog_items, host_items, Item};
use super::*;

/// Entries that read the same in every language, so equal to the English and without Hebrew
/// letters by design.
const SAME_EVERYWHERE: &[&str] = &[
    // The brand.
    "shell.brand",
    // Symbols and values only.
    "common.kind_and_status",
    "common.clicks_of",
    "relative.with_date",
];

/// Entries another language may write as the English does (in addition to the above).
const MAY_EQUAL_ENGLISH: &[&str] = &[
    // Spanish: the same word.
    "labels.audio",
    "labels.video",
    // Spanish: the same unit symbols ("min", "h", "d").
    "participants.waited_minutes",
    "participants.waited_hours",
    "participants.waited_hours_minutes",
    "invitee.days_clock",
];

/// Every entry of both catalogs of `lang`, by "group.field".
fn items(lang: Lang) -> Vec<(String, Item)> {
    let mut all = catalog_items(lang.catalog());
    all.extend(host_items(lang.host_catalog()));
    all
}

/// Each text an entry holds, with the plural form's name.
fn texts(item: Item) -> Vec<(&'static str, &'static str)> {
    match item {
        Item::Text(text) => vec![("", text)],
        Item::Tpl(tpl) => vec![("", tpl.0)],
        Item::Plural(p) => [
            ("one", Some(p.one)),
            ("two", p.two),
            ("few", p.few),
            ("many", p.many),
            ("other", Some(p.other)),
        ]
        .into_iter()
        .filter_map(|(form, text)| text.map(|text| (form, text)))
        .collect(),
    }
}

/// The `{names}` in a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        found.insert(&after[..close]);
        rest = &after[close + 1..];
    }
    found
}

/// The English and `lang` entries side by side (the same names in the same order).
fn beside_english(lang: Lang) -> Vec<(String, Item, Item)> {
    let (en, other) = (items(Lang::En), items(lang));
    let names = |list: &[(String, Item)]| list.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&en), names(&other), "{lang:?}");
    en.into_iter()
        .zip(other)
        .map(|((name, en), (_, item))| (name, en, item))
        .collect()
}

#[test]
fn given_the_plural_rules_should_follow_cldr_for_whole_numbers() {
    use PluralCategory::*;
    for (count, en, es, he) in [
        (0, Other, Other, Other),
        (1, One, One, One),
        (2, Other, Other, Two),
        (3, Other, Other, Other),
        (11, Other, Other, Other),
        (20, Other, Other, Other),
        (1_000_000, Other, Many, Other),
        (2_000_000, Other, Many, Other),
        (1_000_001, Other, Other, Other),
    ] {
        assert_eq!(plural_category_for(Lang::En, count), en, "en {count}");
        assert_eq!(plural_category_for(Lang::Es, count), es, "es {count}");
        assert_eq!(plural_category_for(Lang::He, count), he, "he {count}");
        // The page's rule is still English's.
        assert_eq!(plural_category(count), en, "{count}");
    }
}

#[test]
fn given_a_language_should_pick_the_form_its_rule_names() {
    let he = Plural::he("קישור אחד", "שני קישורים", "{count} קישורים");
    assert_eq!(he.pick_for(Lang::He, 1), "קישור אחד");
    assert_eq!(he.pick_for(Lang::He, 2), "שני קישורים");
    assert_eq!(he.pick_for(Lang::He, 3), "{count} קישורים");
    // English's rule, as `pick` still is, never asks for `two`.
    assert_eq!(he.pick(2), "{count} קישורים");
    let es = Plural::es("{count} enlace", "{count} enlaces", "{count} de enlaces");
    assert_eq!(es.pick_for(Lang::Es, 1), "{count} enlace");
    assert_eq!(es.pick_for(Lang::Es, 5), "{count} enlaces");
    assert_eq!(es.pick_for(Lang::Es, 1_000_000), "{count} de enlaces");
    assert_eq!(es.pick(1_000_000), "{count} enlaces");
}

/// A translated template that lost or invented a `{name}` would show it or drop a value.
#[test]
fn given_every_language_should_use_the_english_placeholders() {
    for lang in [Lang::Es, Lang::He] {
        for (name, en, item) in beside_english(lang) {
            match (en, item) {
                (Item::Tpl(en), Item::Tpl(tpl)) => {
                    assert_eq!(
                        placeholders(tpl.0),
                        placeholders(en.0),
                        "{lang:?} {name}: {:?}",
                        tpl.0
                    );
                }
                (Item::Plural(en), Item::Plural(plural)) => {
                    // A form may write the count in words ("Used once", "יומיים"); every other
                    // placeholder stays, and `other` and `many` carry the count as English's
                    // `other` does.
                    let mut wanted = placeholders(en.other);
                    let needs_count = wanted.remove("count");
                    for (form, text) in texts(Item::Plural(plural)) {
                        let mut got = placeholders(text);
                        let has_count = got.remove("count");
                        assert_eq!(got, wanted, "{lang:?} {name}.{form}: {text:?}");
                        if matches!(form, "other" | "many") {
                            assert_eq!(has_count, needs_count, "{lang:?} {name}.{form}: {text:?}");
                        }
                    }
                }
                (Item::Text(_), Item::Text(text)) => {
                    assert!(!text.contains('{'), "{lang:?} {name}: {text:?}");
                }
                _ => unreachable!("the same field has the same type"),
            }
        }
    }
}

/// Each language's `Plural`s have exactly the forms its CLDR rule uses.
#[test]
fn given_every_plural_should_have_the_forms_its_language_uses() {
    for lang in Lang::ALL {
        for (name, item) in items(lang) {
            let Item::Plural(p) = item else { continue };
            let forms = (p.two.is_some(), p.few.is_some(), p.many.is_some());
            let wanted = match lang {
                Lang::En => (false, false, false),
                Lang::Es => (false, false, true),
                Lang::He => (true, false, false),
            };
            assert_eq!(forms, wanted, "{lang:?} {name}: (two, few, many)");
        }
    }
}

/// Through each language's own rule, every count reads without a placeholder left; a form
/// without `{count}` is only for a count a word can say (1, and Hebrew's 2).
#[test]
fn given_every_plural_should_fill_each_count_by_its_language_rule() {
    for lang in Lang::ALL {
        for (name, item) in items(lang) {
            let Item::Plural(p) = item else { continue };
            for n in [0, 1, 2, 3, 7, 11, 100, 1_000_000] {
                let form = p.pick_for(lang, n);
                let text = fill(form, &[("count", &n.to_string()), ("name", "Ann")]);
                assert!(!text.contains('{'), "{lang:?} {name}({n}): {text:?}");
                if !form.contains("{count}") {
                    assert!(
                        matches!(
                            plural_category_for(lang, n),
                            PluralCategory::One | PluralCategory::Two
                        ),
                        "{lang:?} {name}({n}): {text:?}"
                    );
                }
            }
        }
    }
}

/// A Spanish or Hebrew entry equal to the English is most likely one nobody translated.
#[test]
fn given_every_language_should_leave_nothing_in_english() {
    for lang in [Lang::Es, Lang::He] {
        for (name, en, item) in beside_english(lang) {
            if SAME_EVERYWHERE.contains(&name.as_str())
                || (lang == Lang::Es && MAY_EQUAL_ENGLISH.contains(&name.as_str()))
            {
                continue;
            }
            for ((form, en), (_, text)) in texts(en).into_iter().zip(texts(item)) {
                assert_ne!(en, text, "{lang:?} {name} {form} is the English");
            }
        }
    }
}

#[test]
fn given_hebrew_should_write_every_entry_in_hebrew_letters() {
    let hebrew = |c: char| ('\u{05D0}'..='\u{05EA}').contains(&c);
    for (name, item) in items(Lang::He) {
        if SAME_EVERYWHERE.contains(&name.as_str()) {
            continue;
        }
        for (form, text) in texts(item) {
            assert!(text.chars().any(hebrew), "he {name} {form}: {text:?}");
        }
    }
}

/// No entry is empty, and spaces at its edges are only where the English has them (the
/// sentences the screens join to another).
#[test]
fn given_every_language_should_have_no_empty_entry_nor_stray_edge_spaces() {
    let edges = |text: &str| {
        (
            text.starts_with(char::is_whitespace),
            text.ends_with(char::is_whitespace),
        )
    };
    let en_spaced: Vec<String> = items(Lang::En)
        .into_iter()
        .filter(|(_, item)| texts(*item).iter().any(|(_, t)| edges(t) != (false, false)))
        .map(|(name, _)| name)
        .collect();
    assert_eq!(en_spaced, ["guest.only_this_item", "invitee.join_as"]);
    for lang in Lang::ALL {
        for (name, en, item) in beside_english(lang) {
            let en_edges = edges(texts(en)[0].1);
            for (form, text) in texts(item) {
                assert!(!text.trim().is_empty(), "{lang:?} {name} {form} is empty");
                assert_eq!(edges(text), en_edges, "{lang:?} {name} {form}: {text:?}");
            }
        }
    }
}

#[test]
fn given_every_language_should_count_its_entries() {
    let counts: Vec<usize> = Lang::ALL
        .iter()
        .map(|lang| items(*lang).iter().map(|(_, i)| texts(*i).len()).sum())
        .collect();
    let entries = items(Lang::En).len();
    println!("{entries} entries; texts with plural forms (en, es, he): {counts:?}");
    assert!(counts[0] > 300, "{counts:?}");
}

/// A button whose accessible name says whose it is ("Deny Ann") still holds its visible text
/// ("Deny"), in every language: speech input users say what they see (WCAG 2.5.3, axe's
/// label-content-name-mismatch). Hebrew's construct form broke it once ("דחייה" shown,
/// "דחיית Ann" named).
#[test]
fn given_every_language_a_buttons_name_should_hold_its_visible_text() {
    let name = "Ann";
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let h = lang.host_catalog();
        let (p, i, a) = (h.participants, h.invite, h.access_requests);
        let pairs = [
            (p.admit, p.admit_named(name)),
            (p.deny, p.deny_named(name)),
            (i.revoke, i.revoke_for(name)),
            (i.copy_link, i.copy_for(name)),
            (i.issue_new_link, i.reissue_for(name)),
            (i.resend, i.resend_to(name)),
            (a.dismiss, a.dismiss_named(name)),
        ];
        for (visible, label) in pairs {
            if !(label.contains(visible) && label.contains(name)) {
                wrong.push(format!("{lang:?}: {label:?} does not hold {visible:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

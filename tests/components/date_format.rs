//! The host's dates through the browser's `Intl` in the page's language (issue 15); English
//! keeps product.md's own "April 23, 2026, 3:30 PM".

use chrono::{Duration, TimeZone, Utc};
use share_spa::format;
use share_spa::wording::{set_page_lang, Lang};
use wasm_bindgen_test::wasm_bindgen_test;

/// December 3, 2026, 15:30 UTC.
fn december_third() -> contract::Timestamp {
    Utc.with_ymd_and_hms(2026, 12, 3, 15, 30, 0).unwrap()
}

#[wasm_bindgen_test]
fn given_spanish_and_hebrew_dates_should_read_as_each_language_writes_them() {
    let at = december_third();
    let utc = Some("UTC");
    assert_eq!(
        format::localized_date(at, Lang::Es, utc),
        "3 de diciembre de 2026"
    );
    assert_eq!(
        format::localized_date_time(at, Lang::Es, utc),
        "3 de diciembre de 2026 a las 15:30"
    );
    assert_eq!(format::localized_date(at, Lang::He, utc), "3 בדצמבר 2026");
    assert_eq!(
        format::localized_date_time(at, Lang::He, utc),
        "3 בדצמבר 2026 בשעה 15:30"
    );
}

#[wasm_bindgen_test]
fn given_the_page_language_dates_should_follow_it_and_english_should_keep_its_own() {
    // Noon UTC is December 3 in every zone the test browser may be in but ±12 h.
    let noon = Utc.with_ymd_and_hms(2026, 12, 3, 12, 0, 0).unwrap();
    let english = (format::date(noon), format::date_time(noon));
    set_page_lang(Lang::Es);
    let spanish = (format::date(noon), format::date_time(noon));
    set_page_lang(Lang::He);
    let hebrew = (format::date(noon), format::date_time(noon));
    set_page_lang(Lang::En);
    assert_eq!(english.0, "December 3, 2026");
    assert!(
        english.1.starts_with("December 3, 2026, ") && english.1.ends_with('M'),
        "{:?}",
        english.1
    );
    assert_eq!(spanish.0, "3 de diciembre de 2026");
    assert_eq!(spanish.1, format::localized_date_time(noon, Lang::Es, None));
    assert!(
        spanish.1.starts_with("3 de diciembre de 2026 a las "),
        "{:?}",
        spanish.1
    );
    assert_eq!(hebrew.0, "3 בדצמבר 2026");
    assert!(
        hebrew.1.starts_with("3 בדצמבר 2026 בשעה "),
        "{:?}",
        hebrew.1
    );
}

#[wasm_bindgen_test]
fn given_a_links_expiry_in_spanish_or_hebrew_should_read_the_date_and_the_phrase_in_it() {
    let now = Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
    let in_three_days = Some(now + Duration::days(3));
    let two_days_ago = Some(now - Duration::days(2));
    set_page_lang(Lang::Es);
    let spanish = (
        format::expiry(in_three_days, now),
        format::expiry(two_days_ago, now),
    );
    set_page_lang(Lang::He);
    let hebrew = format::expiry(in_three_days, now);
    set_page_lang(Lang::En);
    assert_eq!(
        spanish,
        (
            "3 de diciembre de 2026 · en 3 días".to_string(),
            "28 de noviembre de 2026 · caducó hace 2 días".to_string()
        )
    );
    assert_eq!(hebrew, "3 בדצמבר 2026 · בעוד 3 ימים");
    assert_eq!(
        format::expiry(in_three_days, now),
        "December 3, 2026 · in 3 days"
    );
}

//! How dates, counts and limits read on screen; the words around them come from
//! `crate::wording`.

use chrono::{Datelike, FixedOffset, Local, Offset, TimeZone, Timelike};
use contract::{MediaKind, MediaStatus, Timestamp};

use crate::wording::{host_t, page_lang, t, Lang, Span};

/// A media item's status as people read it: on-demand media that is up reads "Available",
/// not "Live".
pub fn status(kind: MediaKind, status: MediaStatus) -> &'static str {
    match (kind.is_live(), status) {
        (false, MediaStatus::Live) => t().labels.available,
        (_, status) => crate::wording::status_label(status),
    }
}

/// A local calendar date in the page's language: "April 23, 2026", "23 de abril de 2026".
pub fn date(at: Timestamp) -> String {
    match page_lang() {
        Lang::En => date_at_offset(at, local_offset(at)),
        lang => localized_date(at, lang, None),
    }
}

/// [`date`] in English for a given UTC offset, so it can be tested anywhere.
pub fn date_at_offset(at: Timestamp, offset: FixedOffset) -> String {
    let at = at.with_timezone(&offset);
    format!("{} {}, {}", month_name(at.month()), at.day(), at.year())
}

/// A local date and time in the page's language: "April 23, 2026, 3:30 PM",
/// "23 de abril de 2026 a las 15:30", "23 באפריל 2026 בשעה 15:30".
pub fn date_time(at: Timestamp) -> String {
    match page_lang() {
        Lang::En => date_time_at_offset(at, local_offset(at)),
        lang => localized_date_time(at, lang, None),
    }
}

/// [`date_time`] in English for a given UTC offset, so it can be tested anywhere.
///
/// English keeps this hand-made path, as [`count`] keeps its own grouping: `Intl`'s `en-US`
/// reads "April 23, 2026 at 3:30 PM" with a narrow no-break space before "PM", not
/// product.md's "April 23, 2026, 3:30 PM"; and the English screens make no `Intl` call.
pub fn date_time_at_offset(at: Timestamp, offset: FixedOffset) -> String {
    let local = at.with_timezone(&offset);
    let (pm, hour) = local.hour12();
    let minute = local.minute();
    let half = if pm { "PM" } else { "AM" };
    format!("{}, {hour}:{minute:02} {half}", date_at_offset(at, offset))
}

/// `at`'s calendar date through the browser's `Intl` in `lang`, in the reader's time zone
/// or in `zone` (an IANA name such as `"UTC"`, so a test reads the same everywhere).
pub fn localized_date(at: Timestamp, lang: Lang, zone: Option<&str>) -> String {
    intl(at, lang, DATE_FIELDS, zone)
}

/// [`localized_date`] with the time of day, in the language's own clock ("15:30").
pub fn localized_date_time(at: Timestamp, lang: Lang, zone: Option<&str>) -> String {
    intl(at, lang, DATE_TIME_FIELDS, zone)
}

/// `Intl.DateTimeFormat`'s fields of a date ("April 23, 2026").
const DATE_FIELDS: &[(&str, &str)] = &[("year", "numeric"), ("month", "long"), ("day", "numeric")];

/// A date's fields and the time of day's.
const DATE_TIME_FIELDS: &[(&str, &str)] = &[
    ("year", "numeric"),
    ("month", "long"),
    ("day", "numeric"),
    ("hour", "numeric"),
    ("minute", "2-digit"),
];

/// `at` through `Intl.DateTimeFormat` with `fields` in `lang`'s locale.
#[cfg(target_arch = "wasm32")]
fn intl(at: Timestamp, lang: Lang, fields: &[(&str, &str)], zone: Option<&str>) -> String {
    let date = js_sys::Date::new(&(at.timestamp_millis() as f64).into());
    let options = intl_options(fields);
    if let Some(zone) = zone {
        let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &zone.into());
    }
    date.to_locale_string(lang.intl_locale(), &options).into()
}

/// Off the browser (native tests) there is no `Intl`: the English date (and time, when
/// `fields` name the hour), at UTC when `zone` is given (the only zone tests name), else at
/// the local offset.
#[cfg(not(target_arch = "wasm32"))]
fn intl(at: Timestamp, _lang: Lang, fields: &[(&str, &str)], zone: Option<&str>) -> String {
    let offset = match zone {
        Some(_) => FixedOffset::east_opt(0).expect("UTC is an offset"),
        None => local_offset(at),
    };
    if fields.iter().any(|(key, _)| *key == "hour") {
        date_time_at_offset(at, offset)
    } else {
        date_at_offset(at, offset)
    }
}

/// An `Intl` options object from its fields.
#[cfg(target_arch = "wasm32")]
fn intl_options(fields: &[(&str, &str)]) -> js_sys::Object {
    let options = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    options
}

/// A local time of day: "14:05".
pub fn time(at: Timestamp) -> String {
    time_at_offset(at, local_offset(at))
}

/// [`time`] for a given UTC offset, so it can be tested anywhere.
pub fn time_at_offset(at: Timestamp, offset: FixedOffset) -> String {
    let at = at.with_timezone(&offset);
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// The reader's UTC offset at `at` (the browser's time zone in the SPA).
fn local_offset(at: Timestamp) -> FixedOffset {
    Local.offset_from_utc_datetime(&at.naive_utc()).fix()
}

/// A month's English name, 1 = "January", for the English dates (the others are `Intl`'s).
/// Written out rather than through chrono's
/// `format("%B")`: its strftime parser and formatter cost the host bundle ~10 kB of WASM.
fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES[(month as usize + 11) % 12]
}

/// A count as the page's language writes it: "10,000" in English, "10.000" in Spanish (the
/// browser's `Intl`). English, the single-language bundles' language, is grouped here and
/// costs those bundles no `Intl` call.
pub fn count(n: usize) -> String {
    match page_lang() {
        Lang::En => grouped(n),
        lang => localized_count(n, lang),
    }
}

/// `n` through the browser's `Intl.NumberFormat` for `lang`.
#[cfg(target_arch = "wasm32")]
fn localized_count(n: usize, lang: Lang) -> String {
    js_sys::Number::from(n as f64)
        .to_locale_string(lang.intl_locale())
        .into()
}

/// Off the browser (native tests) there is no `Intl`: digits grouped as in English.
#[cfg(not(target_arch = "wasm32"))]
fn localized_count(n: usize, _lang: Lang) -> String {
    grouped(n)
}

/// Digits in groups of three, with commas.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A link's expiration: a local date or "Never".
pub fn expiration(expires_at: Option<Timestamp>) -> String {
    expires_at.map_or_else(|| t().common.never.to_string(), date)
}

/// How far `at` is from `now`, in the largest unit that fits (rounded to the nearest whole
/// one), and whether it is past.
pub fn span(at: Timestamp, now: Timestamp) -> (Span, bool) {
    let seconds = (at - now).num_seconds();
    let (abs, past) = (seconds.unsigned_abs(), seconds <= 0);
    let round = |unit: u64| ((abs + unit / 2) / unit) as u32;
    let span = match (round(60), round(3_600)) {
        (minutes, _) if minutes < 60 => Span::Minutes(minutes),
        (_, hours) if hours < 24 => Span::Hours(hours),
        _ => Span::Days(round(86_400)),
    };
    (span, past)
}

/// A link's expiry as the links table reads it: "April 23, 2026 · in 3 days",
/// "April 20, 2026 · expired 2 days ago", or "Never".
pub fn expiry(expires_at: Option<Timestamp>, now: Timestamp) -> String {
    let Some(at) = expires_at else {
        return t().common.never.to_string();
    };
    let (span, past) = span(at, now);
    let r = host_t().relative;
    r.with_date(&date(at), &r.phrase(span, past))
}

/// The exact moment with its time zone, for hover and focus: "April 23, 2026 at 3:30 PM
/// GMT+2 (Europe/Berlin)", from the browser's `Intl` (chrono knows the offset, not the zone).
#[cfg(target_arch = "wasm32")]
pub fn exact_time(at: Timestamp) -> String {
    let date = js_sys::Date::new(&(at.timestamp_millis() as f64).into());
    let options = intl_options(&[
        ("year", "numeric"),
        ("month", "long"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "2-digit"),
        ("timeZoneName", "short"),
    ]);
    let text: String = date
        .to_locale_string(page_lang().intl_locale(), &options)
        .into();
    let resolved = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    match js_sys::Reflect::get(&resolved, &"timeZone".into())
        .ok()
        .and_then(|zone| zone.as_string())
    {
        Some(zone) => format!("{text} ({zone})"),
        None => text,
    }
}

/// [`exact_time`] off the browser (native tests): the local offset stands for the zone.
#[cfg(not(target_arch = "wasm32"))]
pub fn exact_time(at: Timestamp) -> String {
    let offset = Local.offset_from_utc_datetime(&at.naive_utc()).fix();
    at.with_timezone(&offset)
        .format("%B %-d, %Y at %-I:%M %p UTC%:z")
        .to_string()
}

/// A link's clicks: "used / limit" or "unlimited".
pub fn clicks(used: u32, limit: Option<u32>) -> String {
    match limit {
        Some(limit) => t().common.clicks_of(&used.to_string(), &limit.to_string()),
        None => t().common.unlimited.to_string(),
    }
}

/// The guest-link count line: "No links added", "1 link", "2 links".
pub fn link_count(n: usize) -> String {
    match n {
        0 => t().common.no_links.to_string(),
        n => t().common.links(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn given_a_utc_time_should_show_the_local_calendar_date() {
        let at = Utc.with_ymd_and_hms(2026, 4, 23, 23, 30, 0).unwrap();
        let utc = FixedOffset::east_opt(0).unwrap();
        let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
        assert_eq!(date_at_offset(at, utc), "April 23, 2026");
        assert_eq!(date_at_offset(at, tokyo), "April 24, 2026");
    }

    #[test]
    fn given_a_utc_time_should_show_the_local_date_and_time() {
        let at = Utc.with_ymd_and_hms(2026, 4, 23, 23, 5, 0).unwrap();
        let utc = FixedOffset::east_opt(0).unwrap();
        let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
        assert_eq!(date_time_at_offset(at, utc), "April 23, 2026, 11:05 PM");
        assert_eq!(date_time_at_offset(at, tokyo), "April 24, 2026, 8:05 AM");
    }

    #[test]
    fn given_midnight_and_noon_should_read_twelve() {
        let utc = FixedOffset::east_opt(0).unwrap();
        let midnight = Utc.with_ymd_and_hms(2026, 1, 2, 0, 7, 0).unwrap();
        let noon = Utc.with_ymd_and_hms(2026, 12, 31, 12, 0, 0).unwrap();
        assert_eq!(
            date_time_at_offset(midnight, utc),
            "January 2, 2026, 12:07 AM"
        );
        assert_eq!(
            date_time_at_offset(noon, utc),
            "December 31, 2026, 12:00 PM"
        );
    }

    #[test]
    fn given_a_utc_time_should_show_the_local_time_of_day() {
        let at = Utc.with_ymd_and_hms(2026, 4, 23, 23, 5, 0).unwrap();
        let utc = FixedOffset::east_opt(0).unwrap();
        let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
        assert_eq!(time_at_offset(at, utc), "23:05");
        assert_eq!(time_at_offset(at, tokyo), "08:05");
    }

    #[test]
    fn given_no_expiry_or_limit_should_say_never_and_unlimited() {
        assert_eq!(expiration(None), "Never");
        assert_eq!(clicks(4, None), "unlimited");
        assert_eq!(clicks(4, Some(10)), "4 / 10");
    }

    #[test]
    fn given_an_expiry_should_say_how_far_in_the_largest_unit_rounded() {
        let now = Utc.with_ymd_and_hms(2026, 4, 20, 12, 0, 0).unwrap();
        let at = |s: i64| now + chrono::Duration::seconds(s);
        assert_eq!(span(at(3 * 86_400 - 1), now), (Span::Days(3), false));
        assert_eq!(span(at(-2 * 86_400), now), (Span::Days(2), true));
        assert_eq!(span(at(5 * 3_600 + 60), now), (Span::Hours(5), false));
        assert_eq!(span(at(23 * 3_600 + 40 * 60), now), (Span::Days(1), false));
        assert_eq!(span(at(59 * 60 + 40), now), (Span::Hours(1), false));
        assert_eq!(span(at(-90), now), (Span::Minutes(2), true));
        assert_eq!(span(at(0), now), (Span::Minutes(0), true));
    }

    #[test]
    fn given_an_expiry_should_read_as_a_date_and_a_relative_phrase() {
        let now = Utc.with_ymd_and_hms(2026, 4, 20, 12, 0, 0).unwrap();
        let at = |days: i64| Some(now + chrono::Duration::days(days));
        let date_of = |days: i64| date(now + chrono::Duration::days(days));
        assert_eq!(expiry(at(3), now), format!("{} · in 3 days", date_of(3)));
        assert_eq!(expiry(at(1), now), format!("{} · in 1 day", date_of(1)));
        assert_eq!(
            expiry(at(-2), now),
            format!("{} · expired 2 days ago", date_of(-2))
        );
        assert_eq!(
            expiry(Some(now), now),
            format!("{} · expired just now", date_of(0))
        );
        assert_eq!(expiry(None, now), "Never");
    }

    #[test]
    fn given_large_counts_should_group_thousands() {
        assert_eq!(count(7), "7");
        assert_eq!(count(1_000), "1,000");
        assert_eq!(count(10_000), "10,000");
        assert_eq!(count(1_234_567), "1,234,567");
    }

    #[test]
    fn given_link_counts_should_use_the_products_words() {
        assert_eq!(link_count(0), "No links added");
        assert_eq!(link_count(1), "1 link");
        assert_eq!(link_count(3), "3 links");
    }
}

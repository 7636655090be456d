//! How dates, counts and limits read on screen; the words around them come from
//! `crate::wording`.

use chrono::{Datelike, FixedOffset, Local, Offset, TimeZone, Timelike};
use contract::{MediaKind, MediaStatus, Timestamp};

use crate::wording::t;

/// A media item's status as people read it: on-demand media that is up reads "Available",
/// not "Live".
pub fn status(kind: MediaKind, status: MediaStatus) -> &'static str {
    match (kind.is_live(), status) {
        (false, MediaStatus::Live) => t().labels.available,
        (_, status) => crate::wording::status_label(status),
    }
}

/// A local calendar date: "April 23, 2026".
pub fn date(at: Timestamp) -> String {
    date_at_offset(at, local_offset(at))
}

/// [`date`] for a given UTC offset, so it can be tested anywhere.
pub fn date_at_offset(at: Timestamp, offset: FixedOffset) -> String {
    let at = at.with_timezone(&offset);
    format!("{} {}, {}", month_name(at.month()), at.day(), at.year())
}

/// A local date and time: "April 23, 2026, 3:30 PM".
pub fn date_time(at: Timestamp) -> String {
    date_time_at_offset(at, local_offset(at))
}

/// [`date_time`] for a given UTC offset, so it can be tested anywhere.
pub fn date_time_at_offset(at: Timestamp, offset: FixedOffset) -> String {
    let local = at.with_timezone(&offset);
    let (pm, hour) = local.hour12();
    let minute = local.minute();
    let half = if pm { "PM" } else { "AM" };
    format!("{}, {hour}:{minute:02} {half}", date_at_offset(at, offset))
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

/// A month's English name, 1 = "January". Written out rather than through chrono's
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

/// A count with thousands separators: "10,000".
pub fn count(n: usize) -> String {
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

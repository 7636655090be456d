//! The calendar entry attached to an invite for a scheduled live event or room (RFC 5545):
//! `METHOD:REQUEST`, UTC times, and a UID that stays the same for every email of one invite,
//! so a resend updates the entry instead of adding another.

use chrono::{DateTime, Duration, Utc};

use super::text::one_line;

/// How long the entry lasts: the platform records only when a session starts.
pub const EVENT_LENGTH: Duration = Duration::hours(1);

/// What the calendar entry says.
pub struct CalendarEntry<'a> {
    /// Stable per invite, e.g. `invite-42@share.example.com`.
    pub uid: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub url: &'a str,
    pub starts_at: DateTime<Utc>,
    pub organizer_name: &'a str,
    pub organizer_email: &'a str,
    pub attendee_name: &'a str,
    pub attendee_email: &'a str,
    pub stamp: DateTime<Utc>,
}

/// The `.ics` text, CRLF line ends, lines folded at 75 octets.
pub fn calendar(entry: &CalendarEntry<'_>) -> String {
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//share//reference backend//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:REQUEST".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", text(entry.uid)),
        format!("DTSTAMP:{}", utc(entry.stamp)),
        format!("DTSTART:{}", utc(entry.starts_at)),
        format!("DTEND:{}", utc(entry.starts_at + EVENT_LENGTH)),
        "SEQUENCE:0".to_string(),
        "STATUS:CONFIRMED".to_string(),
        format!("SUMMARY:{}", text(entry.title)),
        format!("DESCRIPTION:{}", text(entry.description)),
        format!("URL:{}", one_line(entry.url)),
        format!(
            "ORGANIZER;CN={}:mailto:{}",
            param(entry.organizer_name),
            one_line(entry.organizer_email)
        ),
        format!(
            "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{}",
            param(entry.attendee_name),
            one_line(entry.attendee_email)
        ),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|line| fold(line)).collect()
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value: one line, with `\`, `;` and `,` escaped.
fn text(value: &str) -> String {
    one_line(value)
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
}

/// A parameter value: quoted, and a quoted value cannot hold `"`.
fn param(value: &str) -> String {
    format!("\"{}\"", one_line(value).replace('"', "'"))
}

/// One content line, folded so no line exceeds 75 octets, never inside a character.
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            folded.push_str("\r\n ");
            width = 1;
        }
        folded.push(c);
        width += c.len_utf8();
    }
    folded.push_str("\r\n");
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_a_long_line_should_fold_it_at_75_octets_between_characters() {
        let folded = fold(&format!("SUMMARY:{}", "é".repeat(60)));
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{line:?}");
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(60)));
    }

    #[test]
    fn given_separators_should_escape_them() {
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d e");
        assert_eq!(param("Ann \"A\" Lee"), "\"Ann 'A' Lee\"");
    }
}

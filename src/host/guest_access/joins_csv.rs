//! "Used by" as a CSV file: UTF-8 with a byte-order mark (so spreadsheet apps read accents),
//! CRLF rows (RFC 4180), every cell quoted where it must be, and formula injection
//! neutralised: names and emails are text from people, and a cell a spreadsheet would run as
//! a formula gets a leading `'`.

use contract::GuestLinkJoin;

use crate::wording::host_t;

/// The file's whole text, the header row first, rows in the order given (newest first).
pub fn joins_csv(joins: &[GuestLinkJoin]) -> String {
    let w = host_t().link_joins;
    let mut out = String::from('\u{feff}');
    push_row(&mut out, w.csv_header);
    for join in joins {
        let at = join
            .joined_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        push_row(
            &mut out,
            [
                join.name.as_str(),
                join.email.as_str(),
                at.as_str(),
                w.outcome_label(join.outcome),
            ],
        );
    }
    out
}

/// The file name for a link's export: "press-kit-used-by.csv".
pub fn joins_file_name(link_name: &str) -> String {
    format!(
        "{}-used-by.csv",
        crate::ui::download::file_stem(link_name, "link")
    )
}

fn push_row<const N: usize>(out: &mut String, cells: [&str; N]) {
    for (i, value) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell(value));
    }
    out.push_str("\r\n");
}

/// One cell: a leading `'` before what a spreadsheet would read as a formula (`=`, `+`, `-`,
/// `@`, or a tab or carriage return before them), then quoted when it holds a comma, a quote,
/// a line break or spaces at its ends, quotes doubled.
fn cell(value: &str) -> String {
    let risky = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let value = if risky {
        format!("'{value}")
    } else {
        value.to_string()
    };
    let quote =
        value.contains([',', '"', '\r', '\n']) || value.starts_with(' ') || value.ends_with(' ');
    if quote {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use contract::JoinOutcome;

    fn join(name: &str, email: &str, outcome: JoinOutcome) -> GuestLinkJoin {
        GuestLinkJoin {
            guest_id: 1,
            name: name.into(),
            email: email.into(),
            joined_at: Utc.with_ymd_and_hms(2026, 4, 23, 13, 30, 5).unwrap(),
            outcome,
        }
    }

    #[test]
    fn given_joins_should_write_a_bom_a_header_and_crlf_rows() {
        let csv = joins_csv(&[
            join("Ann Lee", "ann@example.com", JoinOutcome::Entered),
            join("José Núñez", "jose@example.com", JoinOutcome::Left),
        ]);
        assert_eq!(
            csv,
            "\u{feff}Name,Email,Joined at (UTC),Outcome\r\n\
             Ann Lee,ann@example.com,2026-04-23T13:30:05Z,Entered\r\n\
             José Núñez,jose@example.com,2026-04-23T13:30:05Z,Left\r\n"
        );
        assert_eq!(joins_csv(&[]).lines().count(), 1);
    }

    #[test]
    fn given_text_a_spreadsheet_would_run_should_neutralise_it() {
        for (raw, written) in [
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+1 555", "'+1 555"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("Lee, Ann", "\"Lee, Ann\""),
            ("Say \"hi\"", "\"Say \"\"hi\"\"\""),
            (" padded ", "\" padded \""),
            ("Ann-Marie", "Ann-Marie"),
            ("ann@example.com", "ann@example.com"),
        ] {
            assert_eq!(cell(raw), written, "{raw}");
        }
    }

    #[test]
    fn given_a_link_name_should_name_the_file_after_it() {
        assert_eq!(joins_file_name("Press kit"), "press-kit-used-by.csv");
        assert_eq!(joins_file_name("***"), "link-used-by.csv");
    }
}

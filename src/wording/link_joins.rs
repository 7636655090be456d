//! The host's sentences for "Used by": who came in by a guest link, when, and what became of
//! them, and its CSV export.

use contract::JoinOutcome;

use super::Span;
use super::{Plural, Tpl};

/// "Used by: {link name}", its list, paging and download.
pub struct LinkJoinsText {
    /// The row's button, visible; its accessible name adds the link's name.
    pub row_button: &'static str,
    pub(super) row_button_named: Tpl,
    pub(super) title: Tpl,
    pub(super) count: Plural,
    pub none: &'static str,
    pub caption: &'static str,
    pub name: &'static str,
    pub email: &'static str,
    pub when: &'static str,
    pub outcome: &'static str,
    pub entered: &'static str,
    pub waiting: &'static str,
    pub denied: &'static str,
    pub left: &'static str,
    pub(super) ago_minutes: Plural,
    pub(super) ago_hours: Plural,
    pub(super) ago_days: Plural,
    pub just_now: &'static str,
    pub loading: &'static str,
    pub(super) shown: Tpl,
    pub load_more: &'static str,
    pub loading_more: &'static str,
    pub(super) page_failed: Tpl,
    pub retry: &'static str,
    pub gone: &'static str,
    pub download_csv: &'static str,
    pub preparing_csv: &'static str,
    pub(super) csv_failed: Tpl,
    pub csv_not_saved: &'static str,
    /// The CSV's header cells, in column order.
    pub csv_header: [&'static str; 4],
    pub done: &'static str,
}

impl LinkJoinsText {
    /// The row button's accessible name: its visible text, then whose it is.
    pub fn row_button_named(&self, link: &str) -> String {
        self.row_button_named.fill(&[("name", link)])
    }

    /// The window's title.
    pub fn title(&self, link: &str) -> String {
        self.title.fill(&[("name", link)])
    }

    /// "3 people used this link", or "No one has used this link yet".
    pub fn count(&self, total: u32) -> String {
        match total {
            0 => self.none.into(),
            n => self.count.count(n as usize, &[]),
        }
    }

    /// What became of them, in words (never a colour alone).
    pub fn outcome_label(&self, outcome: JoinOutcome) -> &'static str {
        match outcome {
            JoinOutcome::Entered => self.entered,
            JoinOutcome::Waiting => self.waiting,
            JoinOutcome::Denied => self.denied,
            JoinOutcome::Left => self.left,
        }
    }

    /// How long ago they joined: "5 minutes ago", "just now".
    pub fn ago(&self, span: Span) -> String {
        let (plural, n) = match span {
            Span::Minutes(0) => return self.just_now.into(),
            Span::Minutes(n) => (self.ago_minutes, n),
            Span::Hours(n) => (self.ago_hours, n),
            Span::Days(n) => (self.ago_days, n),
        };
        plural.count(n as usize, &[])
    }

    /// Beside "Load more": how many of how many are listed.
    pub fn shown(&self, shown: usize, total: u32) -> String {
        let (shown, total) = (
            crate::format::count(shown),
            crate::format::count(total as usize),
        );
        self.shown.fill(&[("shown", &shown), ("total", &total)])
    }

    /// A further page failed; the rows listed stay.
    pub fn page_failed(&self, reason: &str) -> String {
        self.page_failed.fill(&[("reason", reason)])
    }

    /// The CSV could not be gathered.
    pub fn csv_failed(&self, reason: &str) -> String {
        self.csv_failed.fill(&[("reason", reason)])
    }
}

#[cfg(test)]
mod tests {
    use crate::wording::{host_t, Span};

    #[test]
    fn given_every_template_should_take_the_arguments_its_method_passes() {
        let w = host_t().link_joins;
        let a = "\u{1}A\u{1}";
        for text in [
            w.row_button_named(a),
            w.title(a),
            w.page_failed(a),
            w.csv_failed(a),
        ] {
            assert!(text.contains(a) && !text.contains('{'), "{text:?}");
        }
        assert!(w.row_button_named("Press").starts_with(w.row_button));
        assert_eq!(w.shown(50, 1200), "Showing 50 of 1,200");
    }

    #[test]
    fn given_counts_should_read_in_plural_forms() {
        let w = host_t().link_joins;
        assert_eq!(w.count(0), "No one has used this link yet");
        assert_eq!(w.count(1), "1 person used this link");
        assert_eq!(w.count(3), "3 people used this link");
        assert_eq!(w.ago(Span::Minutes(0)), "just now");
        assert_eq!(w.ago(Span::Minutes(1)), "1 minute ago");
        assert_eq!(w.ago(Span::Hours(5)), "5 hours ago");
        assert_eq!(w.ago(Span::Days(2)), "2 days ago");
    }
}

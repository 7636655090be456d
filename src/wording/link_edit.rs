//! The host's sentences for changing a guest link ("Edit link") and for how a link's expiry
//! reads over time ("April 23, 2026 · in 3 days", "expired 2 days ago").

use super::{Plural, Tpl};

/// "Edit link", its hints and outcomes.
pub struct LinkEditText {
    pub(super) edit_named: Tpl,
    pub title: &'static str,
    pub description: &'static str,
    pub(super) clicks_used: Plural,
    pub(super) below_used: Plural,
    pub(super) expires_hint: Tpl,
    pub(super) expired_hint: Tpl,
    pub never_hint: &'static str,
    pub save: &'static str,
    pub saving: &'static str,
    pub(super) updated: Tpl,
    pub(super) not_updated: Tpl,
    pub gone: &'static str,
}

impl LinkEditText {
    /// A row's Edit button, for a screen reader and its tooltip.
    pub fn edit_named(&self, name: &str) -> String {
        self.edit_named.fill(&[("name", name)])
    }

    /// Under "# of clicks": how many the link has used, the floor of its limit.
    pub fn clicks_used(&self, used: u32) -> String {
        self.clicks_used.count(used as usize, &[])
    }

    /// Under "# of clicks" when the limit typed is below the clicks used.
    pub fn below_used(&self, used: u32) -> String {
        self.below_used.count(used as usize, &[])
    }

    /// Under "Duration": when the link stops working now, and how saving counts.
    pub fn duration_hint(&self, expiry: Option<(&str, bool)>) -> String {
        match expiry {
            Some((when, false)) => self.expires_hint.fill(&[("when", when)]),
            Some((when, true)) => self.expired_hint.fill(&[("when", when)]),
            None => self.never_hint.into(),
        }
    }

    /// The toast after a link was changed.
    pub fn updated(&self, name: &str) -> String {
        self.updated.fill(&[("name", name)])
    }

    /// Saving failed for a reason other than the fields.
    pub fn not_updated(&self, reason: &str) -> String {
        self.not_updated.fill(&[("reason", reason)])
    }
}

/// How far away a moment is, in the largest whole unit that fits: minutes, hours, days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    Minutes(u32),
    Hours(u32),
    Days(u32),
}

/// A link's expiry relative to now: "in 3 days", "in 5 hours", "expired 2 days ago".
pub struct RelativeText {
    pub(super) in_minutes: Plural,
    pub(super) in_hours: Plural,
    pub(super) in_days: Plural,
    pub(super) expired_minutes: Plural,
    pub(super) expired_hours: Plural,
    pub(super) expired_days: Plural,
    pub expired_now: &'static str,
    pub(super) with_date: Tpl,
    pub(super) exact: Tpl,
    pub(super) exact_past: Tpl,
}

impl RelativeText {
    /// "in 3 days" for a future `span`, "expired 2 days ago" for a past one.
    pub fn phrase(&self, span: Span, past: bool) -> String {
        let (plural, n) = match (span, past) {
            (Span::Minutes(n), false) => (self.in_minutes, n),
            (Span::Hours(n), false) => (self.in_hours, n),
            (Span::Days(n), false) => (self.in_days, n),
            (Span::Minutes(0), true) => return self.expired_now.into(),
            (Span::Minutes(n), true) => (self.expired_minutes, n),
            (Span::Hours(n), true) => (self.expired_hours, n),
            (Span::Days(n), true) => (self.expired_days, n),
        };
        plural.count(n as usize, &[])
    }

    /// The date and the phrase on one line: "April 23, 2026 · in 3 days".
    pub fn with_date(&self, date: &str, phrase: &str) -> String {
        self.with_date.fill(&[("date", date), ("phrase", phrase)])
    }

    /// The exact moment, for hover and focus: "Expires April 23, 2026 at 3:30 PM GMT+2
    /// (Europe/Berlin)", or "Expired ..." once `past`; `time` is formatted with its zone.
    pub fn exact(&self, time: &str, past: bool) -> String {
        let tpl = if past { self.exact_past } else { self.exact };
        tpl.fill(&[("time", time)])
    }
}

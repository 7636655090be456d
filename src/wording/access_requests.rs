//! The host's sentences for guests' requests for access in Manage guest access.

use super::{Plural, Tpl};

/// "Access requests": the section, its rows and their actions.
pub struct AccessRequestsText {
    pub heading: &'static str,
    pub(super) count: Plural,
    pub(super) via: Tpl,
    pub(super) via_deleted: Tpl,
    pub(super) asked_at: Tpl,
    pub extend: &'static str,
    pub create: &'static str,
    pub dismiss: &'static str,
    pub(super) dismiss_named: Tpl,
    pub(super) not_dismissed: Tpl,
}

impl AccessRequestsText {
    /// "1 request", "3 requests".
    pub fn count(&self, n: usize) -> String {
        self.count.count(n, &[])
    }

    /// Which link the guest came by, while it exists.
    pub fn via(&self, link: &str) -> String {
        self.via.fill(&[("link", link)])
    }

    /// Which link the guest came by, deleted since.
    pub fn via_deleted(&self, link: &str) -> String {
        self.via_deleted.fill(&[("link", link)])
    }

    /// When they asked (formatted).
    pub fn asked_at(&self, when: &str) -> String {
        self.asked_at.fill(&[("when", when)])
    }

    /// A row's Dismiss button, for a screen reader.
    pub fn dismiss_named(&self, name: &str) -> String {
        self.dismiss_named.fill(&[("name", name)])
    }

    /// Dismissing failed.
    pub fn not_dismissed(&self, reason: &str) -> String {
        self.not_dismissed.fill(&[("reason", reason)])
    }
}

/// English.
pub(super) static ACCESS_REQUESTS: AccessRequestsText = AccessRequestsText {
    heading: "Access requests",
    count: Plural::en("1 request", "{count} requests"),
    via: Tpl("By link {link}"),
    via_deleted: Tpl("By link {link} (deleted)"),
    asked_at: Tpl("Asked {when}"),
    extend: "Extend link",
    create: "Create new link",
    dismiss: "Dismiss",
    dismiss_named: Tpl("Dismiss the request of {name}"),
    not_dismissed: Tpl("The request wasn't dismissed. {reason}"),
};

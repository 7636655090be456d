//! The catalog's shape: one struct per area, the same in every language. A template's
//! arguments are named once, in its group's method below.

use super::{Plural, Tpl};

/// Every group of sentences.
pub struct Catalog {
    pub common: &'static Common,
    pub fields: &'static Fields,
    pub errors: &'static Errors,
    pub labels: &'static Labels,
    pub guest: &'static Guest,
    pub message: &'static GuestMessages,
    pub ask: &'static AskAccess,
    pub invitee: &'static Invitee,
}

/// Sentences every screen may use: form summaries, copy, retry, dialog and control chrome.
pub struct Common {
    pub check_fields: &'static str,
    pub link_copied: &'static str,
    pub(super) copy_failed: Tpl,
    pub(super) list_not_refreshed: Tpl,
    pub try_again: &'static str,
    pub trying_again: &'static str,
    pub cancel: &'static str,
    pub close: &'static str,
    pub on: &'static str,
    pub off: &'static str,
    pub suggestions: &'static str,
    pub(super) suggestions_found: Plural,
    pub loading: &'static str,
    /// The language menu's name.
    pub language: &'static str,
    pub(super) poster_of: Tpl,
    pub page_not_found: &'static str,
    pub(super) kind_and_status: Tpl,
    pub never: &'static str,
    pub unlimited: &'static str,
    pub(super) clicks_of: Tpl,
    pub no_links: &'static str,
    pub(super) links: Plural,
}

impl Common {
    /// The toast when the browser refused the clipboard: the link itself, to copy by hand.
    pub fn copy_failed(&self, url: &str) -> String {
        self.copy_failed.fill(&[("url", url)])
    }

    /// A list that was shown is kept, under this notice, when reloading it failed.
    pub fn list_not_refreshed(&self, reason: &str) -> String {
        self.list_not_refreshed.fill(&[("reason", reason)])
    }

    /// What a screen reader hears when suggestions appear.
    pub fn suggestions_found(&self, count: usize) -> String {
        self.suggestions_found.count(count, &[])
    }

    /// A poster's accessible name.
    pub fn poster_of(&self, title: &str) -> String {
        self.poster_of.fill(&[("title", title)])
    }

    /// "Live event · Scheduled".
    pub fn kind_and_status(&self, kind: &str, status: &str) -> String {
        self.kind_and_status
            .fill(&[("kind", kind), ("status", status)])
    }

    /// A link's clicks against its limit: "4 / 10".
    pub fn clicks_of(&self, used: &str, limit: &str) -> String {
        self.clicks_of.fill(&[("used", used), ("limit", limit)])
    }

    /// The guest-link count: "1 link", "3 links" (zero is [`Common::no_links`]).
    pub fn links(&self, count: usize) -> String {
        self.links.count(count, &[])
    }
}

/// The sentence under a refused field.
pub struct Fields {
    pub enter_name: &'static str,
    pub enter_first_name: &'static str,
    pub enter_last_name: &'static str,
    pub enter_email: &'static str,
    pub email_like: &'static str,
    pub email_too_long: &'static str,
    pub(super) clicks_range: Tpl,
    pub(super) days_range: Tpl,
    pub select_role: &'static str,
    pub role_not_allowed: &'static str,
    pub(super) too_long: Tpl,
    pub required: &'static str,
    pub invalid_characters: &'static str,
    pub check_value: &'static str,
}

impl Fields {
    /// A whole number of clicks up to `max` (formatted), or blank.
    pub fn clicks_range(&self, max: &str) -> String {
        self.clicks_range.fill(&[("max", max)])
    }

    /// A whole number of days up to `max` (formatted), or blank.
    pub fn days_range(&self, max: &str) -> String {
        self.days_range.fill(&[("max", max)])
    }

    /// Text longer than `max` characters.
    pub fn too_long(&self, max: &str) -> String {
        self.too_long.fill(&[("max", max)])
    }
}

/// What to tell the person when a call failed, by the contract's error code.
pub struct Errors {
    pub network: &'static str,
    pub unexpected: &'static str,
    pub not_signed_in: &'static str,
    pub forbidden: &'static str,
    pub not_found: &'static str,
    pub validation_failed: &'static str,
    pub guest_link_limit_reached: &'static str,
    pub guest_access_disabled: &'static str,
    pub guest_access_unsupported: &'static str,
    pub link_expired: &'static str,
    pub link_exhausted: &'static str,
    pub link_not_found: &'static str,
    pub media_unavailable: &'static str,
    pub guest_session_ended: &'static str,
    pub invite_unsupported: &'static str,
    pub invite_expired: &'static str,
    pub invite_used: &'static str,
    pub invite_not_found: &'static str,
    pub email_mismatch: &'static str,
    pub too_many_attempts: &'static str,
    /// A request for access by a link that works (409 `link_active`).
    pub link_active: &'static str,
}

/// The names of the contract's kinds, statuses and roles.
pub struct Labels {
    pub video: &'static str,
    pub audio: &'static str,
    pub document: &'static str,
    pub quiz: &'static str,
    pub image: &'static str,
    pub live_event: &'static str,
    pub room: &'static str,
    pub channel_room: &'static str,
    pub gallery_room: &'static str,
    pub scheduled: &'static str,
    pub live: &'static str,
    pub available: &'static str,
    pub ended: &'static str,
    pub unavailable: &'static str,
    pub viewer: &'static str,
    pub moderator: &'static str,
    pub speaker: &'static str,
    pub host: &'static str,
    pub viewer_does: &'static str,
    pub moderator_does: &'static str,
    pub speaker_does: &'static str,
    pub user: &'static str,
    pub guest: &'static str,
    pub invitee: &'static str,
}

/// The guest's own pages: entry form, waiting, the guest view, leaving.
pub struct Guest {
    pub opening_link: &'static str,
    pub(super) shared_by: Tpl,
    pub entry_lead: &'static str,
    pub admission_note: &'static str,
    pub name: &'static str,
    pub email: &'static str,
    pub email_help: &'static str,
    pub joining: &'static str,
    pub continue_: &'static str,
    pub(super) not_joined: Tpl,
    pub waiting_title: &'static str,
    pub next_in_line: &'static str,
    pub(super) number_in_line: Tpl,
    pub message_from_moderator: &'static str,
    pub(super) connection_dropped: Tpl,
    pub reconnect_now: &'static str,
    pub keep_open: &'static str,
    pub watching_as_guest: &'static str,
    pub only_this_item: &'static str,
    pub leave: &'static str,
    pub left_title: &'static str,
    pub(super) left_text: Tpl,
    pub changed_mind: &'static str,
    pub back_to_entry: &'static str,
    /// On the denied page: back to the entry form to ask once more.
    pub ask_again: &'static str,
    /// Beside it: the moderator will see the earlier denial.
    pub ask_again_note: &'static str,
    pub not_a_guest_page: &'static str,
    pub(super) joining_as: Tpl,
    pub leave_waiting_room: &'static str,
    pub leaving: &'static str,
    pub(super) not_left: Tpl,
    pub(super) starts_on: Tpl,
    pub sound_when_admitted: &'static str,
    pub(super) tab_waiting: Tpl,
    pub(super) tab_inside: Tpl,
    pub admitted_now: &'static str,
}

impl Guest {
    /// Who shares the item with the guest: "Shared by Hana Host".
    pub fn shared_by(&self, name: &str) -> String {
        self.shared_by.fill(&[("name", name)])
    }

    /// A join that failed for a reason other than the link or the fields.
    pub fn not_joined(&self, reason: &str) -> String {
        self.not_joined.fill(&[("reason", reason)])
    }

    /// The guest's place in the queue, 2 or later (1 is [`Guest::next_in_line`]).
    pub fn number_in_line(&self, position: &str) -> String {
        self.number_in_line.fill(&[("position", position)])
    }

    /// The live connection dropped; it is retried in `seconds`.
    pub fn connection_dropped(&self, seconds: &str) -> String {
        self.connection_dropped.fill(&[("seconds", seconds)])
    }

    /// After leaving the media called `title`.
    pub fn left_text(&self, title: &str) -> String {
        self.left_text.fill(&[("title", title)])
    }

    /// The waiting guest's own name, as they typed it.
    pub fn joining_as(&self, name: &str) -> String {
        self.joining_as.fill(&[("name", name)])
    }

    /// When a scheduled session starts, in the guest's own words for the time (`Intl`).
    pub fn starts_on(&self, time: &str) -> String {
        self.starts_on.fill(&[("time", time)])
    }

    /// The tab's title while waiting, so a guest in another tab sees where they stand.
    pub fn tab_waiting(&self, title: &str) -> String {
        self.tab_waiting.fill(&[("title", title)])
    }

    /// The tab's title once admitted: the change shows even in a background tab.
    pub fn tab_inside(&self, title: &str) -> String {
        self.tab_inside.fill(&[("title", title)])
    }

    /// Leaving failed for a reason worth retrying (the network, say).
    pub fn not_left(&self, reason: &str) -> String {
        self.not_left.fill(&[("reason", reason)])
    }
}

/// One message page: its heading, what happened, what the guest can do.
pub struct MessageText {
    pub title: &'static str,
    pub sentence: &'static str,
    pub next_step: &'static str,
}

/// The message pages, one per reason a guest can't get in or can't stay.
pub struct GuestMessages {
    pub access_disabled: MessageText,
    /// Its sentence is for an unknown date; [`GuestMessages::expired_on`] names the date.
    pub expired: MessageText,
    pub(super) expired_on: Tpl,
    pub exhausted: MessageText,
    pub link_not_found: MessageText,
    pub media_unavailable: MessageText,
    pub denied: MessageText,
    pub removed: MessageText,
    pub network: MessageText,
    pub unexpected: MessageText,
}

impl GuestMessages {
    /// The expired link's sentence when the date is known (formatted).
    pub fn expired_on(&self, date: &str) -> String {
        self.expired_on.fill(&[("date", date)])
    }
}

/// "Ask the host for access" on the message pages: the form and its confirmation.
pub struct AskAccess {
    pub ask: &'static str,
    pub lead: &'static str,
    pub note: &'static str,
    pub note_help: &'static str,
    pub send: &'static str,
    pub sending: &'static str,
    pub sent_title: &'static str,
    pub sent_text: &'static str,
    pub sent_next: &'static str,
    pub link_works: &'static str,
    pub open_link: &'static str,
    pub too_many: &'static str,
    pub(super) not_sent: Tpl,
}

impl AskAccess {
    /// The request failed for a reason other than the fields.
    pub fn not_sent(&self, reason: &str) -> String {
        self.not_sent.fill(&[("reason", reason)])
    }
}

/// A lobby refusal page: heading and text.
pub struct RefusalText {
    pub title: &'static str,
    pub text: &'static str,
}

/// The invite lobby: the login form, the countdown, inside, and the refusals.
pub struct Invitee {
    pub opening: &'static str,
    pub(super) greeting: Tpl,
    pub(super) invited_as: Tpl,
    pub email_label: &'static str,
    pub email_help: &'static str,
    pub logging_in: &'static str,
    pub login: &'static str,
    pub type_: &'static str,
    pub status: &'static str,
    pub starts: &'static str,
    pub starting: &'static str,
    pub(super) starts_in: Tpl,
    pub(super) days: Plural,
    pub(super) hours: Plural,
    pub(super) minutes: Plural,
    pub(super) days_clock: Tpl,
    pub soon_title: &'static str,
    pub starts_in_label: &'static str,
    pub no_start_time: &'static str,
    pub(super) join_as: Tpl,
    pub enters_by_itself: &'static str,
    pub(super) in_as: Tpl,
    pub session_ended: &'static str,
    pub used: RefusalText,
    pub expired: RefusalText,
    pub not_found: RefusalText,
    pub media_unavailable: RefusalText,
    pub failed_title: &'static str,
}

impl Invitee {
    /// "Hi Ann, you're invited".
    pub fn greeting(&self, first_name: &str) -> String {
        self.greeting.fill(&[("first_name", first_name)])
    }

    /// The role on the login form.
    pub fn invited_as(&self, role: &str) -> String {
        self.invited_as.fill(&[("role", role)])
    }

    /// The countdown's announcement; `time` is a joined list of [`Invitee::days`] and the like.
    pub fn starts_in(&self, time: &str) -> String {
        self.starts_in.fill(&[("time", time)])
    }

    /// "2 days".
    pub fn days(&self, count: usize) -> String {
        self.days.count(count, &[])
    }

    /// "1 hour".
    pub fn hours(&self, count: usize) -> String {
        self.hours.count(count, &[])
    }

    /// "5 minutes".
    pub fn minutes(&self, count: usize) -> String {
        self.minutes.count(count, &[])
    }

    /// The countdown past a day: "1 d 01:01:01"; `clock` is the hours, minutes and seconds.
    pub fn days_clock(&self, days: &str, clock: &str) -> String {
        self.days_clock.fill(&[("days", days), ("clock", clock)])
    }

    /// The role on the countdown page (it ends with a space: a sentence follows).
    pub fn join_as(&self, role: &str) -> String {
        self.join_as.fill(&[("role", role)])
    }

    /// The role once inside.
    pub fn in_as(&self, role: &str) -> String {
        self.in_as.fill(&[("role", role)])
    }
}

//! The host's screens: the shell and sign-in, the media list and page, and the three sharing
//! windows' groups. Same rules as `catalog.rs`: a template's arguments are named once, here.

use contract::{GuestAccess, Invite, LinkStatus, Timestamp};

use super::{around, fill, LinkEditText, LinkJoinsText, Plural, RelativeText, Tpl};

/// Every group of the host's sentences, read through [`super::host_t`].
pub struct HostCatalog {
    pub shell: &'static Shell,
    pub media: &'static MediaText,
    pub guest_access: &'static GuestAccessText,
    pub invite: &'static InviteText,
    pub participants: &'static ParticipantsText,
    pub waiting_marks: &'static WaitingMarks,
    pub alerts: &'static AlertsText,
    pub link_admission: &'static LinkAdmissionText,
    pub qr: &'static QrText,
    pub link_edit: &'static LinkEditText,
    pub relative: &'static RelativeText,
    pub access_requests: &'static super::AccessRequestsText,
    pub link_joins: &'static LinkJoinsText,
}

/// The frame around every host page, sign-in, the session check and the not-found page.
pub struct Shell {
    pub skip_to_content: &'static str,
    pub brand: &'static str,
    pub sign_out: &'static str,
    pub sign_in: &'static str,
    pub sign_in_lead: &'static str,
    pub demo_host: &'static str,
    pub demo_cohost: &'static str,
    pub demo_viewer: &'static str,
    pub checking_session: &'static str,
    pub sign_in_to_continue: &'static str,
    pub signed_in_needed: &'static str,
    pub session_not_checked: &'static str,
    pub not_found_text: &'static str,
    pub go_to_my_media: &'static str,
}

/// The media list, the media page, its Share window and three-dot menu, and the live page.
pub struct MediaText {
    pub loading_list: &'static str,
    pub list_failed: &'static str,
    pub my_media: &'static str,
    pub no_media: &'static str,
    pub loading: &'static str,
    pub failed: &'static str,
    pub participants: &'static str,
    pub share: &'static str,
    pub more_actions: &'static str,
    pub invite_users: &'static str,
    pub manage_guest_access: &'static str,
    pub(super) share_title: Tpl,
    pub copy_link: &'static str,
    pub copy_link_hint: &'static str,
    pub email: &'static str,
    pub email_hint: &'static str,
    pub invite_users_hint: &'static str,
    pub guest_access: &'static str,
    pub guest_access_hint: &'static str,
    pub loading_live: &'static str,
    pub live_failed: &'static str,
    pub no_live_session: &'static str,
    pub(super) on_demand: Tpl,
    pub back_to_media: &'static str,
}

impl MediaText {
    /// The Share window's title.
    pub fn share_title(&self, title: &str) -> String {
        self.share_title.fill(&[("title", title)])
    }

    /// Why on-demand media has no Participants tab.
    pub fn on_demand(&self, title: &str) -> String {
        self.on_demand.fill(&[("title", title)])
    }
}

/// "Manage guest access", "Create new link" and "Delete guest link?".
pub struct GuestAccessText {
    pub title: &'static str,
    pub loading: &'static str,
    pub(super) intro: Tpl,
    pub enable: &'static str,
    pub create_new_link: &'static str,
    pub turn_on_to_create: &'static str,
    /// The one line that says why every link is inactive while access is off (so the rows
    /// need not repeat it).
    pub access_off_links: &'static str,
    pub(super) max_reached: Tpl,
    pub inactive_off: &'static str,
    pub inactive_expired: &'static str,
    pub inactive_exhausted: &'static str,
    pub(super) not_turned_on: Tpl,
    pub(super) not_turned_off: Tpl,
    pub(super) created: Tpl,
    pub deleted: &'static str,
    pub table_caption: &'static str,
    pub link_name: &'static str,
    pub expiration_date: &'static str,
    pub clicks: &'static str,
    pub actions: &'static str,
    pub(super) copy_named: Tpl,
    pub(super) copy_inactive_named: Tpl,
    pub(super) delete_named: Tpl,
    pub create_description: &'static str,
    pub name_label: &'static str,
    pub clicks_help: &'static str,
    pub duration: &'static str,
    pub duration_help: &'static str,
    pub days_suffix: &'static str,
    pub creating: &'static str,
    pub create: &'static str,
    pub limit_conflict: &'static str,
    pub disabled_conflict: &'static str,
    pub(super) not_created: Tpl,
    pub delete_title: &'static str,
    pub delete_description: &'static str,
    pub(super) delete_text: Tpl,
    pub delete: &'static str,
    pub deleting: &'static str,
    pub already_deleted: &'static str,
    pub not_deleted: &'static str,
}

impl GuestAccessText {
    /// The window's first line, with the item's link limit (formatted).
    pub fn intro(&self, max: &str) -> String {
        self.intro.fill(&[("max", max)])
    }

    /// Why "Create new link" is unavailable at the limit (formatted).
    pub fn max_reached(&self, max: &str) -> String {
        self.max_reached.fill(&[("max", max)])
    }

    /// Why "Create new link" is unavailable; `None` when it is available.
    pub fn create_blocked(&self, access: &GuestAccess) -> Option<String> {
        if !access.enabled && !access.links.is_empty() {
            Some(self.access_off_links.to_string())
        } else if !access.enabled {
            Some(self.turn_on_to_create.to_string())
        } else if access.links.len() as u32 >= access.max_links {
            Some(self.max_reached(&access.max_links.to_string()))
        } else {
            None
        }
    }

    /// Why a link can't be used right now; `None` while it works.
    pub fn inactive(&self, enabled: bool, status: LinkStatus) -> Option<&'static str> {
        match (enabled, status) {
            (_, LinkStatus::Expired) => Some(self.inactive_expired),
            (_, LinkStatus::Exhausted) => Some(self.inactive_exhausted),
            (false, LinkStatus::Active) => Some(self.inactive_off),
            (true, LinkStatus::Active) => None,
        }
    }

    /// The switch's request failed; `enabled` is what the host asked for.
    pub fn not_turned(&self, enabled: bool, reason: &str) -> String {
        let tpl = if enabled {
            self.not_turned_on
        } else {
            self.not_turned_off
        };
        tpl.fill(&[("reason", reason)])
    }

    /// The toast after a link was created.
    pub fn created(&self, name: &str) -> String {
        self.created.fill(&[("name", name)])
    }

    /// A row's copy button, for a screen reader.
    pub fn copy_named(&self, name: &str) -> String {
        self.copy_named.fill(&[("name", name)])
    }

    /// The copy button of an expired or used-up link: there is nothing worth handing on.
    pub fn copy_inactive_named(&self, name: &str) -> String {
        self.copy_inactive_named.fill(&[("name", name)])
    }

    /// A row's delete button, for a screen reader.
    pub fn delete_named(&self, name: &str) -> String {
        self.delete_named.fill(&[("name", name)])
    }

    /// Creating failed for a reason other than the limit, the switch or the fields.
    pub fn not_created(&self, reason: &str) -> String {
        self.not_created.fill(&[("reason", reason)])
    }

    /// The confirmation's sentence around the link's name (shown in bold between them).
    pub fn delete_text(&self) -> (&'static str, &'static str) {
        around(self.delete_text.0, "name")
    }
}

/// "Invite users", "Invite link ready", the pending invites and "Revoke invite?".
pub struct InviteText {
    pub title: &'static str,
    pub description: &'static str,
    pub email_label: &'static str,
    pub email_help: &'static str,
    pub names_legend: &'static str,
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub select_type: &'static str,
    pub send_email: &'static str,
    pub generating: &'static str,
    pub generate: &'static str,
    pub(super) not_generated: Tpl,
    pub pending: &'static str,
    pub loading: &'static str,
    pub created_title: &'static str,
    pub(super) created_text: Tpl,
    pub invite_link: &'static str,
    pub copy_link: &'static str,
    pub role: &'static str,
    pub expires: &'static str,
    pub can_be_used: &'static str,
    pub sent_by_email: &'static str,
    pub(super) emailed_to: Tpl,
    pub not_emailed: &'static str,
    pub done: &'static str,
    pub used: &'static str,
    pub(super) used_up: Tpl,
    pub expired: &'static str,
    pub not_used: &'static str,
    pub(super) uses_of: Tpl,
    pub(super) used_times: Plural,
    pub once: &'static str,
    pub(super) up_to: Tpl,
    pub any_number: &'static str,
    pub none_yet: &'static str,
    pub(super) revoke_for: Tpl,
    pub(super) copy_for: Tpl,
    pub(super) role_and_expiry: Tpl,
    pub(super) reissue_for: Tpl,
    pub issue_new_link: &'static str,
    pub(super) undelivered: Tpl,
    pub(super) resend_to: Tpl,
    pub resend: &'static str,
    pub locked: &'static str,
    pub revoke: &'static str,
    pub revoke_title: &'static str,
    pub revoke_description: &'static str,
    pub(super) revoke_text: Tpl,
    pub revoking: &'static str,
    pub already_revoked: &'static str,
    pub not_revoked: &'static str,
    pub revoked: &'static str,
    pub resending: &'static str,
    pub(super) not_resent: Tpl,
}

impl InviteText {
    /// The server refused the whole request.
    pub fn not_generated(&self, reason: &str) -> String {
        self.not_generated.fill(&[("reason", reason)])
    }

    /// The confirmation's first sentence around the name and the email (each shown in bold):
    /// the text before the name, between them, and after the email.
    pub fn created_text(&self) -> [&'static str; 3] {
        let (before, rest) = around(self.created_text.0, "name");
        let (between, after) = around(rest, "email");
        [before, between, after]
    }

    /// "Sent by email": yes, and to whom.
    pub fn emailed_to(&self, email: &str) -> String {
        self.emailed_to.fill(&[("email", email)])
    }

    /// Whether an invite was used: "Not used yet", "Used", "2 of 5 uses"; "Expired" for an
    /// unused link past its time.
    pub fn usage(&self, invite: &Invite, now: Timestamp) -> String {
        let used_up = invite.used_up();
        match (invite.uses, invite.max_uses) {
            (_, Some(1)) if used_up => self.used.into(),
            (n, Some(max)) if used_up => self.used_up(n, max),
            _ if invite.expires_at <= now => self.expired.into(),
            (0, _) => self.not_used.into(),
            (n, Some(max)) => self.uses_of(n, max),
            (n, None) => self.used_times(n),
        }
    }

    /// How often the link works: the platform's reusability setting, per invite.
    pub fn reuse(&self, max_uses: Option<u32>) -> String {
        match max_uses {
            Some(1) => self.once.into(),
            Some(n) => self.up_to(n),
            None => self.any_number.into(),
        }
    }

    /// A multi-use link whose uses ran out.
    pub fn used_up(&self, used: u32, max: u32) -> String {
        self.used_up
            .fill(&[("used", &used.to_string()), ("max", &max.to_string())])
    }

    /// A multi-use link, part used.
    pub fn uses_of(&self, used: u32, max: u32) -> String {
        self.uses_of
            .fill(&[("used", &used.to_string()), ("max", &max.to_string())])
    }

    /// A link without a limit, used `count` times (1 or more).
    pub fn used_times(&self, count: u32) -> String {
        self.used_times.count_plain(count as usize, &[])
    }

    /// How often a multi-use link works.
    pub fn up_to(&self, count: u32) -> String {
        self.up_to.fill(&[("count", &count.to_string())])
    }

    /// A pending invite's Copy link button, for a screen reader.
    pub fn copy_for(&self, name: &str) -> String {
        self.copy_for.fill(&[("name", name)])
    }

    /// A row's Revoke button, for a screen reader.
    pub fn revoke_for(&self, name: &str) -> String {
        self.revoke_for.fill(&[("name", name)])
    }

    /// "Viewer · Expires April 23, 2026, 3:30 PM".
    pub fn role_and_expiry(&self, role: &str, date: &str) -> String {
        self.role_and_expiry.fill(&[("role", role), ("date", date)])
    }

    /// A locked row's "Issue new link", for a screen reader.
    pub fn reissue_for(&self, name: &str) -> String {
        self.reissue_for.fill(&[("name", name)])
    }

    /// Why the invite email did not arrive, as the platform said.
    pub fn undelivered(&self, reason: &str) -> String {
        self.undelivered.fill(&[("reason", reason)])
    }

    /// A row's Resend, for a screen reader.
    pub fn resend_to(&self, name: &str) -> String {
        self.resend_to.fill(&[("name", name)])
    }

    /// The confirmation's sentence around the invitee's name (shown in bold): the text before
    /// it, and the text after it with the email in place.
    pub fn revoke_text(&self, email: &str) -> (&'static str, String) {
        let (before, after) = around(self.revoke_text.0, "name");
        (before, fill(after, &[("email", email)]))
    }

    /// The toast when sending the email again failed.
    pub fn not_resent(&self, reason: &str) -> String {
        self.not_resent.fill(&[("reason", reason)])
    }
}

/// The Participants tab: the waiting room, the decisions, the lobby message, the live list.
pub struct ParticipantsText {
    pub title: &'static str,
    pub loading: &'static str,
    pub(super) document_title: Tpl,
    pub(super) document_title_waiting: Tpl,
    pub(super) waiting_heading: Tpl,
    pub waiting_intro: &'static str,
    pub(super) all_heading: Tpl,
    pub all_participants: &'static str,
    pub actions: &'static str,
    pub invite_users: &'static str,
    pub invite_guests: &'static str,
    pub deny_all_title: &'static str,
    pub deny_all_description: &'static str,
    pub(super) deny_all_count: Plural,
    pub deny_all: &'static str,
    pub denying: &'static str,
    pub live: &'static str,
    pub connecting: &'static str,
    pub(super) interrupted: Tpl,
    pub reconnect_now: &'static str,
    pub(super) arrived_one: Tpl,
    pub(super) arrived_more: Plural,
    pub(super) admit_all: Tpl,
    pub(super) deny_all_button: Tpl,
    pub no_one_waiting: &'static str,
    pub waiting_list: &'static str,
    pub(super) waiting_since: Tpl,
    pub(super) waited_minutes: Plural,
    pub(super) waited_hours: Tpl,
    pub(super) waited_hours_minutes: Tpl,
    pub waited_just_now: &'static str,
    pub(super) admit_named: Tpl,
    pub admit: &'static str,
    pub(super) deny_named: Tpl,
    pub deny: &'static str,
    pub(super) show_more: Tpl,
    pub no_one_joined: &'static str,
    pub message_label: &'static str,
    pub message_help: &'static str,
    pub(super) guests_see: Tpl,
    pub no_message: &'static str,
    pub save_message: &'static str,
    pub clear_message: &'static str,
    pub message_saved: &'static str,
    pub message_cleared: &'static str,
    pub(super) message_not_saved: Tpl,
    pub(super) admitted: Tpl,
    pub(super) denied: Tpl,
    pub(super) no_longer_waiting: Tpl,
    pub(super) not_admitted: Tpl,
    pub(super) not_denied: Tpl,
    pub(super) admitted_count: Plural,
    pub(super) denied_count: Plural,
    pub(super) nobody_admitted: Tpl,
    pub(super) nobody_denied: Tpl,
}

impl ParticipantsText {
    /// The browser tab's title; `waiting` (unformatted) leads it while anyone waits.
    pub fn document_title(&self, waiting: usize, title: &str) -> String {
        if waiting > 0 {
            self.document_title_waiting
                .fill(&[("count", &waiting.to_string()), ("title", title)])
        } else {
            self.document_title.fill(&[("title", title)])
        }
    }

    /// "Waiting to join (3)"; `count` formatted.
    pub fn waiting_heading(&self, count: &str) -> String {
        self.waiting_heading.fill(&[("count", count)])
    }

    /// "All participants (3)"; `count` formatted.
    pub fn all_heading(&self, count: &str) -> String {
        self.all_heading.fill(&[("count", count)])
    }

    /// The Deny all confirmation's count.
    pub fn deny_all_count(&self, count: usize) -> String {
        self.deny_all_count.count(count, &[])
    }

    /// The lists are not live; the next try is in `seconds`.
    pub fn interrupted(&self, seconds: &str) -> String {
        self.interrupted.fill(&[("seconds", seconds)])
    }

    /// The arrival announcement: the first name, and how many more (unformatted) came with it.
    pub fn arrived(&self, name: &str, more: usize) -> String {
        if more == 0 {
            self.arrived_one.fill(&[("name", name)])
        } else {
            self.arrived_more.count_plain(more, &[("name", name)])
        }
    }

    /// "Admit all (3)"; `count` formatted.
    pub fn admit_all(&self, count: &str) -> String {
        self.admit_all.fill(&[("count", count)])
    }

    /// "Deny all (3)"; `count` formatted.
    pub fn deny_all_button(&self, count: &str) -> String {
        self.deny_all_button.fill(&[("count", count)])
    }

    /// The exact time a guest started waiting (formatted), on hover and focus of the row's
    /// relative time and for screen readers.
    pub fn waiting_since(&self, time: &str) -> String {
        self.waiting_since.fill(&[("time", time)])
    }

    /// How long a guest has waited, `minutes` in all (unformatted): "just now", "2 min",
    /// "1 h", "1 h 5 min".
    pub fn waited(&self, minutes: u64) -> String {
        let (hours, rest) = (minutes / 60, minutes % 60);
        match (hours, rest) {
            (0, 0) => self.waited_just_now.to_string(),
            (0, m) => self.waited_minutes.count_plain(m as usize, &[]),
            (h, 0) => self.waited_hours.fill(&[("hours", &h.to_string())]),
            (h, m) => self
                .waited_hours_minutes
                .fill(&[("hours", &h.to_string()), ("minutes", &m.to_string())]),
        }
    }

    /// A row's Admit, for a screen reader.
    pub fn admit_named(&self, name: &str) -> String {
        self.admit_named.fill(&[("name", name)])
    }

    /// A row's Deny, for a screen reader.
    pub fn deny_named(&self, name: &str) -> String {
        self.deny_named.fill(&[("name", name)])
    }

    /// "Show 50 more (120 more waiting)": the page (unformatted) and the rest (formatted).
    pub fn show_more(&self, page: usize, rest: &str) -> String {
        self.show_more
            .fill(&[("page", &page.to_string()), ("rest", rest)])
    }

    /// What waiting guests see now.
    pub fn guests_see(&self, message: &str) -> String {
        self.guests_see.fill(&[("message", message)])
    }

    /// Saving the lobby message failed.
    pub fn message_not_saved(&self, reason: &str) -> String {
        self.message_not_saved.fill(&[("reason", reason)])
    }

    /// The toast after one guest was admitted or denied.
    pub fn decided(&self, admit: bool, name: &str) -> String {
        let tpl = if admit { self.admitted } else { self.denied };
        tpl.fill(&[("name", name)])
    }

    /// The toast when the guest had gone before the decision arrived.
    pub fn no_longer_waiting(&self, name: &str) -> String {
        self.no_longer_waiting.fill(&[("name", name)])
    }

    /// One guest's decision failed.
    pub fn not_decided(&self, admit: bool, name: &str, reason: &str) -> String {
        let tpl = if admit {
            self.not_admitted
        } else {
            self.not_denied
        };
        tpl.fill(&[("name", name), ("reason", reason)])
    }

    /// The toast after Admit all or Deny all; `count` unformatted, as the server counted.
    pub fn decided_all(&self, admit: bool, count: usize) -> String {
        let plural = if admit {
            self.admitted_count
        } else {
            self.denied_count
        };
        plural.count_plain(count, &[])
    }

    /// Admit all or Deny all failed.
    pub fn nobody_decided(&self, admit: bool, reason: &str) -> String {
        let tpl = if admit {
            self.nobody_admitted
        } else {
            self.nobody_denied
        };
        tpl.fill(&[("reason", reason)])
    }
}

/// How the host's waiting list marks a guest row beyond name and email.
pub struct WaitingMarks {
    pub may_have_left: &'static str,
    pub(super) page_closed_at: Tpl,
    pub(super) asked_again: Plural,
}

impl WaitingMarks {
    /// A guest denied `count` times (1 or more) on this item before, asking again.
    pub fn asked_again(&self, count: u32) -> String {
        self.asked_again.count_plain(count as usize, &[])
    }

    /// The exact time behind "may have left", on hover and focus; `time` is formatted.
    pub fn page_closed_at(&self, time: &str) -> String {
        self.page_closed_at.fill(&[("time", time)])
    }
}

/// The host's alerts for new guests: the sound, the browser notifications and their states.
pub struct AlertsText {
    pub legend: &'static str,
    pub sound: &'static str,
    pub notify: &'static str,
    pub notify_on: &'static str,
    pub notify_asking: &'static str,
    pub notify_blocked: &'static str,
    pub notify_unsupported: &'static str,
    pub(super) one_waiting: Tpl,
    pub(super) many_waiting: Plural,
}

impl AlertsText {
    /// A notification's title for one arrival batch: the guest's name when one came, the count
    /// (unformatted) when several did.
    pub fn arrived(&self, names: &[&str]) -> String {
        match names {
            [one] => self.one_waiting.fill(&[("name", one)]),
            many => self.many_waiting.count_plain(many.len(), &[]),
        }
    }
}

/// A live item's guest link rule, in Create new link and the links table.
pub struct LinkAdmissionText {
    pub legend: &'static str,
    pub wait: &'static str,
    pub wait_hint: &'static str,
    pub direct: &'static str,
    pub direct_hint: &'static str,
}

/// A link's QR code: the guest link's window and the new invite link's panel.
pub struct QrText {
    /// The window's title.
    pub title: &'static str,
    pub(super) row_button: Tpl,
    pub(super) scan: Tpl,
    pub(super) image: Tpl,
    pub show: &'static str,
    pub hide: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub not_made: &'static str,
    pub not_saved: &'static str,
    pub done: &'static str,
}

impl QrText {
    /// A row's QR button, for a screen reader and its tooltip.
    pub fn row_button(&self, name: &str) -> String {
        self.row_button.fill(&[("name", name)])
    }

    /// Under the title: what the code does.
    pub fn scan(&self, name: &str) -> String {
        self.scan.fill(&[("name", name)])
    }

    /// The image's accessible name.
    pub fn image(&self, name: &str) -> String {
        self.image.fill(&[("name", name)])
    }
}

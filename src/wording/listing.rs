//! Every string of every group, listed for the catalog's tests. Each listing destructures its
//! whole group, so a field added to a group and not named here fails to compile.

use super::*;

/// One entry of a group: a plain sentence, a template or a count.
#[derive(Clone, Copy, Debug)]
pub(super) enum Item {
    Text(&'static str),
    Tpl(Tpl),
    Plural(Plural),
}

/// A group that can list its entries, by field name.
pub(super) trait Listed {
    fn all(&self) -> Vec<(String, Item)>;
}

/// A field's entries, under its name (a page's three sentences as "name.title" and so on).
trait Entries {
    fn entries(&self, name: &str, out: &mut Vec<(String, Item)>);
}

impl Entries for &'static str {
    fn entries(&self, name: &str, out: &mut Vec<(String, Item)>) {
        out.push((name.into(), Item::Text(self)));
    }
}

impl Entries for Tpl {
    fn entries(&self, name: &str, out: &mut Vec<(String, Item)>) {
        out.push((name.into(), Item::Tpl(*self)));
    }
}

impl Entries for Plural {
    fn entries(&self, name: &str, out: &mut Vec<(String, Item)>) {
        out.push((name.into(), Item::Plural(*self)));
    }
}

impl Entries for MessageText {
    fn entries(&self, name: &str, out: &mut Vec<(String, Item)>) {
        let MessageText {
            title,
            sentence,
            next_step,
        } = self;
        for (part, text) in [
            ("title", title),
            ("sentence", sentence),
            ("next_step", next_step),
        ] {
            out.push((format!("{name}.{part}"), Item::Text(text)));
        }
    }
}

impl Entries for RefusalText {
    fn entries(&self, name: &str, out: &mut Vec<(String, Item)>) {
        let RefusalText { title, text } = self;
        for (part, text) in [("title", title), ("text", text)] {
            out.push((format!("{name}.{part}"), Item::Text(text)));
        }
    }
}

impl<const N: usize> Entries for [&'static str; N] {
    fn entries(&self, name: &str, out: &mut Vec<(String, Item)>) {
        for (at, text) in self.iter().enumerate() {
            out.push((format!("{name}.{at}"), Item::Text(text)));
        }
    }
}

/// `Listed` for each group, from its whole list of fields.
macro_rules! listed {
    ($($group:ident { $($field:ident),* $(,)? })*) => {$(
        impl Listed for $group {
            fn all(&self) -> Vec<(String, Item)> {
                let $group { $($field),* } = self;
                let mut out = Vec::new();
                $($field.entries(stringify!($field), &mut out);)*
                out
            }
        }
    )*};
}

listed! {
    Common {
        check_fields, link_copied, copy_failed, list_not_refreshed, try_again, trying_again,
        cancel, close, on, off, suggestions, suggestions_found, loading, language, poster_of,
        page_not_found, kind_and_status, never, unlimited, clicks_of, no_links, links,
    }
    Fields {
        enter_name, enter_first_name, enter_last_name, enter_email, email_like,
        email_too_long, clicks_range, days_range, select_role, role_not_allowed, too_long,
        required, invalid_characters, check_value,
    }
    Errors {
        network, unexpected, not_signed_in, forbidden, not_found, validation_failed,
        guest_link_limit_reached, guest_access_disabled, guest_access_unsupported,
        link_expired, link_exhausted, link_not_found, media_unavailable,
        guest_session_ended, invite_unsupported, invite_expired, invite_used,
        invite_not_found, email_mismatch, too_many_attempts, link_active,
    }
    Labels {
        video, audio, document, quiz, image, live_event, room, channel_room, gallery_room,
        scheduled, live, available, ended, unavailable, viewer, moderator, speaker, host,
        viewer_does, moderator_does, speaker_does, user, guest, invitee,
    }
    Guest {
        opening_link, shared_by, entry_lead, admission_note, name, email, email_help,
        joining, continue_, not_joined, waiting_title, next_in_line, number_in_line,
        message_from_moderator, connection_dropped, reconnect_now, keep_open,
        watching_as_guest, only_this_item, leave, left_title, left_text, changed_mind,
        back_to_entry, ask_again, ask_again_note, not_a_guest_page, joining_as,
        leave_waiting_room, leaving, not_left, starts_on, sound_when_admitted, tab_waiting,
        tab_inside, admitted_now,
    }
    GuestMessages {
        access_disabled, expired, expired_on, exhausted, link_not_found, media_unavailable,
        denied, removed, network, unexpected,
    }
    AskAccess {
        ask, lead, note, note_help, send, sending, sent_title, sent_text, sent_next,
        link_works, open_link, too_many, not_sent,
    }
    Invitee {
        opening, greeting, invited_as, email_label, email_help, logging_in, login, type_,
        status, starts, starting, starts_in, days, hours, minutes, days_clock, soon_title,
        starts_in_label, no_start_time, join_as, enters_by_itself, in_as, session_ended,
        used, expired, not_found, media_unavailable, failed_title,
    }
    Shell {
        skip_to_content, brand, sign_out, sign_in, sign_in_lead, demo_host, demo_cohost,
        demo_viewer, checking_session, sign_in_to_continue, signed_in_needed,
        session_not_checked, not_found_text, go_to_my_media,
    }
    MediaText {
        loading_list, list_failed, my_media, no_media, loading, failed, participants, share,
        more_actions, invite_users, manage_guest_access, share_title, copy_link,
        copy_link_hint, email, email_hint, invite_users_hint, guest_access,
        guest_access_hint, loading_live, live_failed, no_live_session, on_demand,
        back_to_media,
    }
    GuestAccessText {
        title, loading, intro, enable, create_new_link, turn_on_to_create, access_off_links,
        max_reached, inactive_off, inactive_expired, inactive_exhausted, not_turned_on,
        not_turned_off, created, deleted, table_caption, link_name, expiration_date, clicks,
        actions, copy_named, copy_inactive_named, delete_named, create_description,
        name_label, clicks_help, duration, duration_help, days_suffix, creating, create,
        limit_conflict, disabled_conflict, not_created, delete_title, delete_description,
        delete_text, delete, deleting, already_deleted, not_deleted,
    }
    InviteText {
        title, description, email_label, email_help, names_legend, first_name, last_name,
        select_type, send_email, generating, generate, not_generated, pending, loading,
        created_title, created_text, invite_link, copy_link, role, expires, can_be_used,
        sent_by_email, emailed_to, not_emailed, done, used, used_up, expired, not_used,
        uses_of, used_times, once, up_to, any_number, none_yet, revoke_for, copy_for,
        role_and_expiry, reissue_for, issue_new_link, undelivered, resend_to, resend,
        locked, revoke, revoke_title, revoke_description, revoke_text, revoking,
        already_revoked, not_revoked, revoked, resending, not_resent,
    }
    ParticipantsText {
        title, loading, document_title, document_title_waiting, waiting_heading,
        waiting_intro, all_heading, all_participants, actions, invite_users, invite_guests,
        deny_all_title, deny_all_description, deny_all_count, deny_all, denying, live,
        connecting, interrupted, reconnect_now, arrived_one, arrived_more, admit_all,
        deny_all_button, no_one_waiting, waiting_list, waiting_since, waited_minutes,
        waited_hours, waited_hours_minutes, waited_just_now, admit_named, admit, deny_named,
        deny, show_more, no_one_joined, message_label, message_help, guests_see, no_message,
        save_message, clear_message, message_saved, message_cleared, message_not_saved,
        admitted, denied, no_longer_waiting, not_admitted, not_denied, admitted_count,
        denied_count, nobody_admitted, nobody_denied,
    }
    WaitingMarks {
        may_have_left, page_closed_at, asked_again,
    }
    AlertsText {
        legend, sound, notify, notify_on, notify_asking, notify_blocked, notify_unsupported,
        one_waiting, many_waiting,
    }
    LinkAdmissionText {
        legend, wait, wait_hint, direct, direct_hint,
    }
    QrText {
        title, row_button, scan, image, show, hide, download_svg, download_png, not_made,
        not_saved, done,
    }
    AccessRequestsText {
        heading, count, via, via_deleted, asked_at, extend, create, dismiss, dismiss_named,
        not_dismissed,
    }
    LinkEditText {
        edit_named, title, description, clicks_used, below_used, expires_hint, expired_hint,
        never_hint, save, saving, updated, not_updated, gone,
    }
    RelativeText {
        in_minutes, in_hours, in_days, expired_minutes, expired_hours, expired_days,
        expired_now, with_date, exact, exact_past,
    }
    LinkJoinsText {
        row_button, row_button_named, title, count, none, caption, name, email, when,
        outcome, entered, waiting, denied, left, ago_minutes, ago_hours, ago_days, just_now,
        loading, shown, load_more, loading_more, page_failed, retry, gone, download_csv,
        preparing_csv, csv_failed, csv_not_saved, csv_header, done,
    }
}

/// Every entry of a catalog, named "group.field".
pub(super) fn catalog_items(catalog: &Catalog) -> Vec<(String, Item)> {
    let Catalog {
        common,
        fields,
        errors,
        labels,
        guest,
        message,
        ask,
        invitee,
    } = catalog;
    let groups: Vec<(&str, Vec<(String, Item)>)> = vec![
        ("common", common.all()),
        ("fields", fields.all()),
        ("errors", errors.all()),
        ("labels", labels.all()),
        ("guest", guest.all()),
        ("message", message.all()),
        ("ask", ask.all()),
        ("invitee", invitee.all()),
    ];
    groups
        .into_iter()
        .flat_map(|(group, items)| {
            items
                .into_iter()
                .map(move |(field, item)| (format!("{group}.{field}"), item))
        })
        .collect()
}

/// Every entry of a catalog, named "group.field".
pub(super) fn host_items(catalog: &HostCatalog) -> Vec<(String, Item)> {
    let HostCatalog {
        shell,
        media,
        guest_access,
        invite,
        participants,
        waiting_marks,
        alerts,
        link_admission,
        qr,
        link_edit,
        relative,
        access_requests,
        link_joins,
    } = catalog;
    let groups: Vec<(&str, Vec<(String, Item)>)> = vec![
        ("shell", shell.all()),
        ("media", media.all()),
        ("guest_access", guest_access.all()),
        ("invite", invite.all()),
        ("participants", participants.all()),
        ("waiting_marks", waiting_marks.all()),
        ("alerts", alerts.all()),
        ("link_admission", link_admission.all()),
        ("qr", qr.all()),
        ("link_edit", link_edit.all()),
        ("relative", relative.all()),
        ("access_requests", access_requests.all()),
        ("link_joins", link_joins.all()),
    ];
    groups
        .into_iter()
        .flat_map(|(group, items)| {
            items
                .into_iter()
                .map(move |(field, item)| (format!("{group}.{field}"), item))
        })
        .collect()
}

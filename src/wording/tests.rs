use super::*;

#[test]
fn given_named_arguments_should_fill_each_in_its_place() {
    assert_eq!(fill("Admitted {name}", &[("name", "Ann")]), "Admitted Ann");
    assert_eq!(
        fill("{used} / {limit}", &[("limit", "10"), ("used", "4")]),
        "4 / 10"
    );
    assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
    assert_eq!(fill("No arguments", &[("name", "Ann")]), "No arguments");
}

#[test]
fn given_a_missing_argument_should_leave_its_placeholder_visible() {
    assert_eq!(fill("Admitted {name}", &[]), "Admitted {name}");
    assert_eq!(fill("{count} of {max}", &[("count", "2")]), "2 of {max}");
    assert_eq!(fill("Open {brace", &[("brace", "x")]), "Open {brace");
}

#[test]
fn given_an_argument_containing_braces_should_insert_it_as_text() {
    assert_eq!(
        fill("Admitted {name}", &[("name", "{name} {count}")]),
        "Admitted {name} {count}"
    );
    assert_eq!(
        fill("{a} and {b}", &[("a", "{b}"), ("b", "B")]),
        "{b} and B"
    );
}

#[test]
fn given_counts_should_pick_the_english_form() {
    let links = Plural::en("{count} link", "{count} links");
    assert_eq!(links.pick(1), "{count} link");
    assert_eq!(links.pick(0), "{count} links");
    assert_eq!(links.pick(2), "{count} links");
    assert_eq!(links.count(1, &[]), "1 link");
    assert_eq!(links.count(10_000, &[]), "10,000 links");
    assert_eq!(plural_category(1), PluralCategory::One);
    assert_eq!(plural_category(2), PluralCategory::Other);
}

#[test]
fn given_a_form_the_language_lacks_should_fall_back_to_other() {
    let hebrew_like = Plural {
        one: "one",
        two: Some("two"),
        few: None,
        many: None,
        other: "other",
    };
    // English's rule never asks for `two`; the form is kept for languages whose rule does.
    assert_eq!(hebrew_like.pick(2), "other");
    assert_eq!(hebrew_like.pick(1), "one");
}

/// Every template, through the method its callers use, with a value per argument: each value
/// must show up and no `{placeholder}` may be left. A template whose placeholders differ from
/// the names its method passes fails here, in every language the catalog has.
#[test]
fn given_every_template_should_take_exactly_the_arguments_its_callers_pass() {
    let (a, b) = ("\u{1}A\u{1}", "\u{1}B\u{1}");
    for lang in Lang::ALL {
        let w = lang.catalog();
        let one: Vec<(&str, String)> = vec![
            ("common.copy_failed", w.common.copy_failed(a)),
            ("common.list_not_refreshed", w.common.list_not_refreshed(a)),
            ("common.poster_of", w.common.poster_of(a)),
            ("fields.clicks_range", w.fields.clicks_range(a)),
            ("fields.days_range", w.fields.days_range(a)),
            ("fields.too_long", w.fields.too_long(a)),
            ("guest.shared_by", w.guest.shared_by(a)),
            ("guest.not_joined", w.guest.not_joined(a)),
            ("guest.number_in_line", w.guest.number_in_line(a)),
            ("guest.connection_dropped", w.guest.connection_dropped(a)),
            ("guest.left_text", w.guest.left_text(a)),
            ("guest.joining_as", w.guest.joining_as(a)),
            ("guest.not_left", w.guest.not_left(a)),
            ("guest.starts_on", w.guest.starts_on(a)),
            ("guest.tab_waiting", w.guest.tab_waiting(a)),
            ("guest.tab_inside", w.guest.tab_inside(a)),
            ("message.expired_on", w.message.expired_on(a)),
            ("invitee.greeting", w.invitee.greeting(a)),
            ("invitee.invited_as", w.invitee.invited_as(a)),
            ("invitee.starts_in", w.invitee.starts_in(a)),
            ("invitee.join_as", w.invitee.join_as(a)),
            ("invitee.in_as", w.invitee.in_as(a)),
        ];
        let two: Vec<(&str, String)> = vec![
            ("common.kind_and_status", w.common.kind_and_status(a, b)),
            ("common.clicks_of", w.common.clicks_of(a, b)),
            ("invitee.days_clock", w.invitee.days_clock(a, b)),
        ];
        // Plurals: every form, with the count in it.
        let counts: Vec<(&str, Vec<String>)> = vec![
            ("common.links", (0..4).map(|n| w.common.links(n)).collect()),
            (
                "common.suggestions_found",
                (0..4).map(|n| w.common.suggestions_found(n)).collect(),
            ),
            ("invitee.days", (0..4).map(|n| w.invitee.days(n)).collect()),
            (
                "invitee.hours",
                (0..4).map(|n| w.invitee.hours(n)).collect(),
            ),
            (
                "invitee.minutes",
                (0..4).map(|n| w.invitee.minutes(n)).collect(),
            ),
        ];
        for (key, text) in &one {
            assert!(
                text.contains(a) && !text.contains('{'),
                "{lang:?} {key}: {text:?}"
            );
        }
        for (key, text) in &two {
            assert!(
                text.contains(a) && text.contains(b) && !text.contains('{'),
                "{lang:?} {key}: {text:?}"
            );
        }
        for (key, texts) in &counts {
            for (n, text) in texts.iter().enumerate() {
                // Another language may write a count in words ("קישור אחד"); its forms' counts
                // are checked in `lang_tests.rs`.
                assert!(
                    (text.contains(&n.to_string()) || lang != Lang::En) && !text.contains('{'),
                    "{lang:?} {key}({n}): {text:?}"
                );
            }
        }
    }
}

/// Plain sentences are shown as they are: a brace in one would be a template nobody fills.
#[test]
fn given_plain_sentences_should_hold_no_placeholder() {
    let w = t();
    let plain = [
        w.common.check_fields,
        w.common.link_copied,
        w.common.no_links,
        w.fields.email_like,
        w.errors.network,
        w.message.expired.sentence,
        w.invitee.used.text,
    ];
    for text in plain {
        assert!(!text.contains('{'), "{text:?}");
    }
}

#[test]
fn given_the_contract_names_should_read_the_same_in_english() {
    use contract::{InviteRole, MediaKind, MediaStatus, ParticipantKind, ParticipantRole};
    for kind in MediaKind::ALL {
        assert_eq!(kind_label(kind), kind.label());
    }
    for status in [
        MediaStatus::Scheduled,
        MediaStatus::Live,
        MediaStatus::Ended,
        MediaStatus::Unavailable,
    ] {
        assert_eq!(status_label(status), status.label());
    }
    for role in InviteRole::ALL_LIVE {
        assert_eq!(role_label(*role), role.label());
        assert_eq!(role_description(*role), role.description());
    }
    for role in [
        ParticipantRole::Host,
        ParticipantRole::Moderator,
        ParticipantRole::Speaker,
        ParticipantRole::Viewer,
    ] {
        assert_eq!(participant_role_label(role), role.label());
    }
    for kind in [
        ParticipantKind::User,
        ParticipantKind::Guest,
        ParticipantKind::Invitee,
    ] {
        assert_eq!(participant_kind_label(kind), kind.label());
    }
}

/// The host's templates, as [`given_every_template_should_take_exactly_the_arguments_its_callers_pass`]
/// checks the others: each value shows up, no `{placeholder}` is left.
#[test]
fn given_every_host_template_should_take_exactly_the_arguments_its_callers_pass() {
    let (a, b, c) = ("\u{1}A\u{1}", "\u{1}B\u{1}", "\u{1}C\u{1}");
    for lang in Lang::ALL {
        let h = lang.host_catalog();
        let (m, g, i, p) = (h.media, h.guest_access, h.invite, h.participants);
        let one: Vec<(&str, String)> = vec![
            ("media.share_title", m.share_title(a)),
            ("media.on_demand", m.on_demand(a)),
            ("guest_access.intro", g.intro(a)),
            ("guest_access.max_reached", g.max_reached(a)),
            ("guest_access.not_turned(on)", g.not_turned(true, a)),
            ("guest_access.not_turned(off)", g.not_turned(false, a)),
            ("guest_access.created", g.created(a)),
            ("guest_access.copy_named", g.copy_named(a)),
            ("guest_access.copy_inactive_named", g.copy_inactive_named(a)),
            ("qr.row_button", h.qr.row_button(a)),
            ("qr.scan", h.qr.scan(a)),
            ("qr.image", h.qr.image(a)),
            ("guest_access.delete_named", g.delete_named(a)),
            ("guest_access.not_created", g.not_created(a)),
            ("invite.not_generated", i.not_generated(a)),
            ("invite.emailed_to", i.emailed_to(a)),
            ("invite.revoke_for", i.revoke_for(a)),
            ("invite.copy_for", i.copy_for(a)),
            ("invite.reissue_for", i.reissue_for(a)),
            ("invite.undelivered", i.undelivered(a)),
            ("invite.resend_to", i.resend_to(a)),
            ("invite.not_resent", i.not_resent(a)),
            ("invite.revoke_text", i.revoke_text(a).1),
            ("participants.document_title", p.document_title(0, a)),
            ("participants.waiting_heading", p.waiting_heading(a)),
            ("participants.all_heading", p.all_heading(a)),
            ("participants.interrupted", p.interrupted(a)),
            ("participants.arrived(one)", p.arrived(a, 0)),
            ("participants.admit_all", p.admit_all(a)),
            ("participants.deny_all_button", p.deny_all_button(a)),
            ("participants.admit_named", p.admit_named(a)),
            ("participants.deny_named", p.deny_named(a)),
            ("participants.guests_see", p.guests_see(a)),
            ("participants.message_not_saved", p.message_not_saved(a)),
            ("participants.decided(admit)", p.decided(true, a)),
            ("participants.decided(deny)", p.decided(false, a)),
            ("participants.no_longer_waiting", p.no_longer_waiting(a)),
            (
                "participants.nobody_decided(admit)",
                p.nobody_decided(true, a),
            ),
            (
                "participants.nobody_decided(deny)",
                p.nobody_decided(false, a),
            ),
            ("participants.show_more", p.show_more(7, a)),
            ("participants.waiting_since", p.waiting_since(a)),
            ("alerts.arrived(one)", h.alerts.arrived(&[a])),
            ("link_edit.edit_named", h.link_edit.edit_named(a)),
            ("link_edit.updated", h.link_edit.updated(a)),
            ("link_edit.not_updated", h.link_edit.not_updated(a)),
            (
                "link_edit.duration_hint(expires)",
                h.link_edit.duration_hint(Some((a, false))),
            ),
            (
                "link_edit.duration_hint(expired)",
                h.link_edit.duration_hint(Some((a, true))),
            ),
            ("relative.exact", h.relative.exact(a, false)),
            ("relative.exact(past)", h.relative.exact(a, true)),
        ];
        let two: Vec<(&str, String)> = vec![
            ("invite.role_and_expiry", i.role_and_expiry(a, b)),
            ("participants.not_decided(admit)", p.not_decided(true, a, b)),
            ("participants.not_decided(deny)", p.not_decided(false, a, b)),
            (
                "participants.document_title(waiting)",
                p.document_title(7, a) + b,
            ),
            ("relative.with_date", h.relative.with_date(a, b)),
        ];
        for (key, text) in &one {
            assert!(
                text.contains(a) && !text.contains('{'),
                "{lang:?} {key}: {text:?}"
            );
        }
        for (key, text) in &two {
            assert!(
                text.contains(a) && text.contains(b) && !text.contains('{'),
                "{lang:?} {key}: {text:?}"
            );
        }
        // Numbers the methods fill in themselves, and every plural form.
        let numbered: Vec<(&str, Vec<(u32, String)>)> = vec![
            (
                "invite.used_up",
                (0..4).map(|n| (n, i.used_up(n, n))).collect(),
            ),
            (
                "invite.uses_of",
                (0..4).map(|n| (n, i.uses_of(n, n))).collect(),
            ),
            (
                "invite.used_times",
                (2..5).map(|n| (n, i.used_times(n))).collect(),
            ),
            ("invite.up_to", (0..4).map(|n| (n, i.up_to(n))).collect()),
            (
                "link_edit.clicks_used",
                (2..5).map(|n| (n, h.link_edit.clicks_used(n))).collect(),
            ),
            (
                "link_edit.below_used",
                (2..5).map(|n| (n, h.link_edit.below_used(n))).collect(),
            ),
            (
                "relative.phrase",
                (1..5)
                    .flat_map(|n| {
                        [
                            crate::wording::Span::Minutes(n),
                            crate::wording::Span::Hours(n),
                            crate::wording::Span::Days(n),
                        ]
                        .into_iter()
                        .flat_map(move |span| {
                            [false, true].map(|past| (n, h.relative.phrase(span, past)))
                        })
                    })
                    .collect(),
            ),
            (
                "participants.arrived(more)",
                (1..5).map(|n| (n, p.arrived(c, n as usize))).collect(),
            ),
            (
                "participants.deny_all_count",
                (0..4).map(|n| (n, p.deny_all_count(n as usize))).collect(),
            ),
            (
                "participants.waited",
                (1..5).map(|n| (n, p.waited(u64::from(n)))).collect(),
            ),
            (
                "participants.waited(hours)",
                (1..5).map(|n| (n, p.waited(u64::from(n) * 61))).collect(),
            ),
            (
                "alerts.arrived(many)",
                (2..5)
                    .map(|n| (n, h.alerts.arrived(&vec![c; n as usize])))
                    .collect(),
            ),
            (
                "participants.decided_all(admit)",
                (0..4)
                    .map(|n| (n, p.decided_all(true, n as usize)))
                    .collect(),
            ),
            (
                "participants.decided_all(deny)",
                (0..4)
                    .map(|n| (n, p.decided_all(false, n as usize)))
                    .collect(),
            ),
        ];
        for (key, texts) in &numbered {
            for (n, text) in texts {
                // Another language may write a count in words ("קישור אחד"); its forms' counts
                // are checked in `lang_tests.rs`.
                assert!(
                    (text.contains(&n.to_string()) || lang != Lang::En) && !text.contains('{'),
                    "{lang:?} {key}({n}): {text:?}"
                );
            }
        }
        assert!(p.arrived(c, 2).contains(c));
        if lang == Lang::En {
            assert_eq!(i.used_times(1), "Used once");
        }
        // The sentences split around a value in bold: together, whole and without placeholders.
        let (before, after) = g.delete_text();
        let [first, between, last] = i.created_text();
        for (key, parts) in [
            ("guest_access.delete_text", vec![before, after]),
            ("invite.created_text", vec![first, between, last]),
        ] {
            assert!(
                parts.iter().all(|p| !p.is_empty() && !p.contains('{')),
                "{lang:?} {key}: {parts:?}"
            );
        }
        assert!(!i.revoke_text(a).0.contains('{'));
    }
}

/// The rule the catalog exists for: no screen outside `src/wording/` (and the gallery's
/// fixtures) writes a sentence into its `view!`. A failure names each literal and its line.
#[test]
fn given_the_screens_should_write_no_sentence_inline_in_a_view() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = super::inline_text::scan_tree(&src);
    let listed: Vec<String> = found
        .iter()
        .map(|f| format!("src/{}:{}: {:?}", f.file, f.line, f.text))
        .collect();
    assert!(
        found.is_empty(),
        "{} inline sentences; move them into src/wording/:\n{}",
        found.len(),
        listed.join("\n")
    );
}

/// The scanner itself: sentences as children and in text attributes are found; CSS classes,
/// ids, types, routes and nested views' own attributes are not.
#[test]
fn given_a_view_should_report_only_its_sentences() {
    let source = r#"
        fn a() -> impl IntoView {
            view! { class=scope,
                <a class="btn" href="/media" data-testid="x" on:click=move |_| go("route")>
                    "Back"
                </a>
                <Modal title="Delete?" aria-label=format!("Copy link: {name}") type="button">
                    {move || if busy.get() { "Creating…" } else { t().common.cancel }}
                    {list.map(|x| view! { <p class="muted">"Nested"</p> })}
                </Modal>
                // "a comment" is not text on screen
                <TextField name="email" error=form.field("email") label=t().fields.email />
            }
        }
    "#;
    let found: Vec<String> = super::inline_text::scan_source("a.rs", source)
        .into_iter()
        .map(|f| f.text)
        .collect();
    assert_eq!(
        found,
        [
            "Back",
            "Delete?",
            "Copy link: {name}",
            "Creating…",
            "Nested"
        ]
    );
}

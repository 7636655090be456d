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
    let w = t();
    let one: Vec<(&str, String)> = vec![
        ("common.copy_failed", w.common.copy_failed(a)),
        ("common.list_not_refreshed", w.common.list_not_refreshed(a)),
        ("common.poster_of", w.common.poster_of(a)),
        ("fields.clicks_range", w.fields.clicks_range(a)),
        ("fields.days_range", w.fields.days_range(a)),
        ("fields.too_long", w.fields.too_long(a)),
        ("guest.not_joined", w.guest.not_joined(a)),
        ("guest.number_in_line", w.guest.number_in_line(a)),
        ("guest.connection_dropped", w.guest.connection_dropped(a)),
        ("guest.left_text", w.guest.left_text(a)),
        ("guest.joining_as", w.guest.joining_as(a)),
        ("guest.not_left", w.guest.not_left(a)),
        (
            "waiting_marks.page_closed_at",
            w.waiting_marks.page_closed_at(a),
        ),
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
        assert!(text.contains(a) && !text.contains('{'), "{key}: {text:?}");
    }
    for (key, text) in &two {
        assert!(
            text.contains(a) && text.contains(b) && !text.contains('{'),
            "{key}: {text:?}"
        );
    }
    for (key, texts) in &counts {
        for (n, text) in texts.iter().enumerate() {
            assert!(
                text.contains(&n.to_string()) && !text.contains('{'),
                "{key}({n}): {text:?}"
            );
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

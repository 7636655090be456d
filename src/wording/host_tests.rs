//! The host's sentences chosen by state (moved here with them from the guest access and invite
//! windows' own wording files).

use chrono::{Duration, Utc};
use contract::{GuestAccess, GuestLink, Invite, InviteRole, LinkStatus};

use super::host_t;

fn link(status: LinkStatus) -> GuestLink {
    GuestLink {
        id: 1,
        name: "Press".into(),
        url: "http://x/guest/t".into(),
        created_at: Utc::now(),
        expires_at: None,
        max_clicks: None,
        clicks: 0,
        status,
        admission: Default::default(),
    }
}

#[test]
fn given_access_off_should_mark_every_link_inactive_each_with_its_own_reason() {
    let g = host_t().guest_access;
    assert_eq!(g.inactive(false, LinkStatus::Active), Some("Inactive"));
    // A used-up or expired link stays so after access comes back: it says why, not "off".
    for enabled in [false, true] {
        assert_eq!(
            g.inactive(enabled, LinkStatus::Expired),
            Some("Inactive · expired")
        );
        assert_eq!(
            g.inactive(enabled, LinkStatus::Exhausted),
            Some("Inactive · click limit reached")
        );
    }
    assert_eq!(g.inactive(true, LinkStatus::Active), None);
}

#[test]
fn given_three_links_or_access_off_should_block_creating_with_a_reason() {
    let g = host_t().guest_access;
    let mut access = GuestAccess {
        enabled: true,
        max_links: 3,
        links: vec![link(LinkStatus::Active); 2],
    };
    assert_eq!(g.create_blocked(&access), None);
    access.links.push(link(LinkStatus::Expired));
    assert!(g.create_blocked(&access).unwrap().contains("maximum of 3"));
    access.enabled = false;
    // With links, the one banner says why they are all inactive and why none can be created.
    assert_eq!(
        g.create_blocked(&access).as_deref(),
        Some("Guest access is off: these links don't work and no new link can be created. Turn it on to use them again.")
    );
    access.links.clear();
    assert_eq!(
        g.create_blocked(&access).as_deref(),
        Some("Turn on guest access to create links.")
    );
}

fn invite(uses: u32, max_uses: Option<u32>, expires_in: Duration) -> Invite {
    Invite {
        id: 1,
        url: "http://x/invite/t".into(),
        email: "ann@example.com".into(),
        first_name: "Ann".into(),
        last_name: "Lee".into(),
        role: InviteRole::Viewer,
        expires_at: Utc::now() + expires_in,
        max_uses,
        uses,
        emailed: false,
        email_status: None,
        email_error: None,
        locked: false,
    }
}

#[test]
fn given_uses_and_limits_should_say_how_far_the_invite_was_used() {
    let i = host_t().invite;
    let later = Duration::hours(1);
    let now = Utc::now();
    assert_eq!(i.usage(&invite(0, Some(1), later), now), "Not used yet");
    assert_eq!(i.usage(&invite(1, Some(1), later), now), "Used");
    assert_eq!(i.usage(&invite(2, Some(5), later), now), "2 of 5 uses");
    assert_eq!(
        i.usage(&invite(5, Some(5), later), now),
        "Used up: 5 of 5 uses"
    );
    assert_eq!(i.usage(&invite(1, None, later), now), "Used once");
    assert_eq!(i.usage(&invite(3, None, later), now), "Used 3 times");
    assert_eq!(i.usage(&invite(1000, None, later), now), "Used 1000 times");
}

#[test]
fn given_an_unused_invite_past_its_time_should_say_expired() {
    let i = host_t().invite;
    let now = Utc::now();
    let past = -Duration::minutes(1);
    assert_eq!(i.usage(&invite(0, Some(1), past), now), "Expired");
    assert_eq!(i.usage(&invite(1, Some(1), past), now), "Used");
}

#[test]
fn given_the_reusability_setting_should_name_it() {
    let i = host_t().invite;
    assert_eq!(i.reuse(Some(1)), "Once");
    assert_eq!(i.reuse(Some(3)), "Up to 3 times");
    assert_eq!(i.reuse(None), "Any number of times");
}

/// The sentences whose English the screens used to build by hand, byte for byte.
#[test]
fn given_the_host_sentences_should_read_as_the_screens_always_said_them() {
    let p = host_t().participants;
    assert_eq!(p.arrived("Ann", 0), "Ann is waiting to join.");
    assert_eq!(
        p.arrived("Ann", 1),
        "Ann and 1 more person is waiting to join."
    );
    assert_eq!(
        p.arrived("Ann", 1000),
        "Ann and 1000 more people are waiting to join."
    );
    assert_eq!(p.decided_all(true, 1), "Admitted 1 waiting guest");
    assert_eq!(p.decided_all(false, 2), "Denied 2 waiting guests");
    assert_eq!(p.deny_all_count(1), "1 waiting guests will be denied.");
    assert_eq!(
        p.deny_all_count(1000),
        "1,000 waiting guests will be denied."
    );
    assert_eq!(p.document_title(0, "Demo"), "Participants · Demo");
    assert_eq!(
        host_t().waiting_marks.page_closed_at("10:04"),
        "Their waiting page closed at 10:04 and hasn't come back."
    );
    let marks = host_t().waiting_marks;
    assert_eq!(marks.asked_again(1), "asked again · denied once");
    assert_eq!(marks.asked_again(2), "asked again · denied 2 times");
    assert_eq!(
        p.document_title(3, "Demo"),
        "(3 waiting) Participants · Demo"
    );
    assert_eq!(
        p.interrupted("4"),
        "Live updates are interrupted, so these lists may be out of date. Trying again in 4 s."
    );
    assert_eq!(
        p.show_more(50, "1,200"),
        "Show 50 more (1,200 more waiting)"
    );
    let (before, after) = host_t().guest_access.delete_text();
    assert_eq!(
        format!("{before}Press{after}"),
        "The link Press stops working at once. Guests who are already inside stay until they refresh or leave."
    );
    let (before, after) = host_t().invite.revoke_text("ann@example.com");
    assert_eq!(
        format!("{before}Ann Lee{after}"),
        "The invite link for Ann Lee (ann@example.com) stops working at once. Anyone already inside with it stays until they refresh or leave."
    );
    let [a, b, c] = host_t().invite.created_text();
    assert_eq!(
        format!("{a}Ann{b}ann@example.com{c}"),
        "Share this link with Ann. Only someone who enters ann@example.com can use it."
    );
}

#[test]
fn given_minutes_waited_should_read_just_now_then_minutes_then_hours_and_minutes() {
    let p = host_t().participants;
    assert_eq!(p.waited(0), "just now");
    assert_eq!(p.waited(1), "1 min");
    assert_eq!(p.waited(2), "2 min");
    assert_eq!(p.waited(59), "59 min");
    assert_eq!(p.waited(60), "1 h");
    assert_eq!(p.waited(65), "1 h 5 min");
    assert_eq!(p.waited(150), "2 h 30 min");
    assert_eq!(p.waiting_since("14:05"), "Waiting since 14:05");
}

#[test]
fn given_an_arrival_batch_should_name_one_guest_and_count_several() {
    let a = host_t().alerts;
    assert_eq!(a.arrived(&["Priya Raman"]), "Priya Raman is waiting");
    assert_eq!(a.arrived(&["Ann", "Bo", "Cy"]), "3 guests are waiting");
    assert_eq!(
        a.notify_blocked,
        "Notifications are blocked in this browser's settings."
    );
}

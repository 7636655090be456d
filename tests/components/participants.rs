//! The Participants tab's list and waiting-room controls.

use std::sync::{Arc, Mutex};

use contract::{Participants, WaitingGuest};
use leptos::prelude::*;
use share_spa::gallery::{participants, waiting_guests};
use share_spa::host::participants::{
    use_alerts, use_decisions, AlertControls, ArrivalNotice, ParticipantList, Room, RoomSync,
    StreamStatusNotice, WaitingRoom,
};
use share_spa::live::StreamStatus;
use share_spa::ui::ToastRegion;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Event;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::{mount, settle};

fn room(people: usize, waiting: usize) -> Room {
    Room::from_snapshot(Participants {
        participants: participants(people),
        waiting: waiting_guests(waiting),
        ..Default::default()
    })
}

#[wasm_bindgen_test]
async fn given_ten_thousand_participants_should_render_a_window_that_knows_the_full_size() {
    let room = RwSignal::new(Some(room(10_000, 0)));
    let page = mount(move || {
        view! { <ParticipantList room label="All participants".to_string() /> }.into_any()
    });
    settle().await;
    let rows = page.all("li");
    assert!(
        !rows.is_empty() && rows.len() < 60,
        "{} rows in the DOM",
        rows.len()
    );
    assert_eq!(
        rows[0].get_attribute("aria-setsize").as_deref(),
        Some("10000")
    );
    assert_eq!(rows[0].get_attribute("aria-posinset").as_deref(), Some("1"));
    assert_eq!(
        rows[0].text_content().unwrap(),
        "Hana HostHost",
        "a user is tagged with their role only"
    );
    // Rows are built in a closure: they must still carry the component's scoped-style class.
    let scope = page.get("[role=group]").class_name();
    let scope = scope
        .split(' ')
        .find(|c| c.starts_with("l-"))
        .expect("a stylers scope class");
    assert!(
        rows[0].class_list().contains(scope),
        "row unstyled: {}",
        rows[0].outer_html()
    );

    let viewport = page.get("[role=group]");
    assert_eq!(
        viewport.get_attribute("tabindex").as_deref(),
        Some("0"),
        "keyboard-scrollable"
    );
    viewport.set_scroll_top(48 * 5_000);
    viewport
        .dispatch_event(&Event::new("scroll").unwrap())
        .unwrap();
    settle().await;
    let positions: Vec<usize> = page
        .all("li")
        .iter()
        .map(|li| li.get_attribute("aria-posinset").unwrap().parse().unwrap())
        .collect();
    assert!(
        positions.contains(&5_001),
        "the row scrolled to is rendered: {positions:?}"
    );
    assert!(!positions.contains(&1), "rows far above are gone");
}

#[wasm_bindgen_test]
async fn given_someone_joins_should_grow_the_list_without_replacing_it() {
    let room = RwSignal::new(Some(room(3, 0)));
    let page = mount(move || {
        view! { <ParticipantList room label="All participants".to_string() /> }.into_any()
    });
    settle().await;
    let first = page.get("li");
    room.update(|r| {
        r.as_mut()
            .unwrap()
            .apply_all([contract::ParticipantEvent::Joined(
                participants(4).pop().unwrap(),
            )]);
    });
    settle().await;
    assert_eq!(page.all("li").len(), 4);
    assert!(
        first.is_connected(),
        "keyed rows: the existing row was kept"
    );
    assert_eq!(
        page.all("li")[0].get_attribute("aria-setsize").as_deref(),
        Some("4")
    );
}

#[wasm_bindgen_test]
async fn given_waiting_guests_should_admit_and_deny_each_and_count_the_bulk_actions() {
    let room = RwSignal::new(Some(room(1, 60)));
    let admitted = Arc::new(Mutex::new(Vec::<WaitingGuest>::new()));
    let denied = Arc::new(Mutex::new(Vec::<WaitingGuest>::new()));
    let (a, d) = (admitted.clone(), denied.clone());
    let page = mount(move || {
        view! {
            <WaitingRoom
                room
                busy=std::collections::HashSet::new()
                bulk_busy=false
                on_admit=Callback::new(move |g| a.lock().unwrap().push(g))
                on_deny=Callback::new(move |g| d.lock().unwrap().push(g))
                on_admit_all=Callback::new(|_| ())
                on_deny_all=Callback::new(|_| ())
            />
        }
        .into_any()
    });
    settle().await;
    assert_eq!(page.all("li").len(), 50, "one page of 50 is shown");
    assert!(page
        .by_text("button", "Admit all")
        .text_content()
        .unwrap()
        .contains("(60)"));
    assert!(page
        .by_text("button", "Deny all")
        .text_content()
        .unwrap()
        .contains("(60)"));

    let first = waiting_guests(1).remove(0);
    page.get(&format!("button[aria-label='Admit {}']", first.name))
        .click();
    page.all("button[aria-label^='Deny']")[1].click();
    settle().await;
    assert_eq!(
        admitted.lock().unwrap()[0].guest_id,
        first.guest_id,
        "oldest first"
    );
    assert_eq!(denied.lock().unwrap()[0].guest_id, first.guest_id + 1);

    page.by_text("button", "Show 10 more").click();
    settle().await;
    assert_eq!(page.all("li").len(), 60);
}

#[wasm_bindgen_test]
async fn given_a_busy_row_or_bulk_action_should_disable_its_buttons() {
    let room = RwSignal::new(Some(room(1, 2)));
    let busy = RwSignal::new(std::collections::HashSet::from([
        waiting_guests(1)[0].guest_id
    ]));
    let bulk = RwSignal::new(false);
    let page = mount(move || {
        view! {
            <WaitingRoom
                room
                busy
                bulk_busy=bulk
                on_admit=Callback::new(|_| ())
                on_deny=Callback::new(|_| ())
                on_admit_all=Callback::new(|_| ())
                on_deny_all=Callback::new(|_| ())
            />
        }
        .into_any()
    });
    settle().await;
    let disabled = |css: &str| page.get(css).has_attribute("disabled");
    assert!(disabled("li:nth-child(1) button"));
    assert!(!disabled("li:nth-child(2) button"));
    bulk.set(true);
    settle().await;
    assert!(disabled("li:nth-child(2) button"));
    assert!(page
        .by_text("button", "Admit all")
        .has_attribute("disabled"));
}

/// The waiting room wired to the real decisions, for media 1.
#[component]
fn DecidingRoom(room: RwSignal<Option<Room>>) -> impl IntoView {
    let decisions = use_decisions(1, room, StoredValue::new(None));
    view! {
        <WaitingRoom
            room
            busy=decisions.busy
            bulk_busy=decisions.bulk_busy
            on_admit=decisions.admit
            on_deny=decisions.deny
            on_admit_all=decisions.admit_all
            on_deny_all=decisions.deny_all
        />
    }
}

#[wasm_bindgen_test]
async fn given_two_guests_decided_in_quick_succession_should_keep_each_row_busy_until_its_own_answer(
) {
    let guests = waiting_guests(3);
    let (slow, fast, idle) = (&guests[0], &guests[1], &guests[2]);
    let _stub = stub_fetch(vec![
        Answer::pending(&format!(
            "POST /api/v1/media/1/waiting/{}/admit",
            slow.guest_id
        )),
        Answer::json(
            &format!("POST /api/v1/media/1/waiting/{}/deny", fast.guest_id),
            200,
            "",
        ),
    ]);
    let room = RwSignal::new(Some(room(1, 3)));
    let page = mount(move || {
        view! {
            <ToastRegion>
                <DecidingRoom room />
            </ToastRegion>
        }
        .into_any()
    });
    settle().await;
    page.get(&format!("button[aria-label='Admit {}']", slow.name))
        .click();
    page.get(&format!("button[aria-label='Deny {}']", fast.name))
        .click();
    for _ in 0..40 {
        gloo_timers::future::TimeoutFuture::new(10).await;
        settle().await;
        if page.text().contains(&format!("Denied {}", fast.name)) {
            break;
        }
    }
    assert!(
        page.text().contains(&format!("Denied {}", fast.name)),
        "the quick answer was announced:\n{}",
        page.text()
    );
    let row = |guest: &WaitingGuest| page.find(&format!("li[data-guest-id='{}']", guest.guest_id));
    assert!(row(fast).is_none(), "the denied guest left the list");
    let slow_row = row(slow).expect("the guest still being admitted stays listed");
    assert!(
        slow_row
            .query_selector("button")
            .unwrap()
            .unwrap()
            .has_attribute("disabled"),
        "its row stays busy until its own answer"
    );
    assert!(
        !row(idle)
            .unwrap()
            .query_selector("button")
            .unwrap()
            .unwrap()
            .has_attribute("disabled"),
        "an undecided row stays usable"
    );
}

#[wasm_bindgen_test]
async fn given_the_stream_interrupted_should_say_when_it_retries_and_reconnect_on_request() {
    let status = RwSignal::new(StreamStatus::Reconnecting { retry_in: 8 });
    let pressed = RwSignal::new(0);
    let reconnect = Callback::new(move |()| pressed.update(|n| *n += 1));
    let page = mount(move || view! { <StreamStatusNotice status reconnect /> }.into_any());
    settle().await;
    assert_eq!(
        page.get("[role=status] p").text_content().unwrap(),
        "Live updates are interrupted, so these lists may be out of date. Trying again in 8 s."
    );
    page.by_text("[role=status] button", "Reconnect now")
        .click();
    assert_eq!(
        pressed.get_untracked(),
        1,
        "Reconnect now asked for a reconnect"
    );

    status.set(StreamStatus::Live);
    settle().await;
    assert!(
        page.find("[role=status] button").is_none(),
        "no button once live"
    );
    assert_eq!(
        page.get("[role=status] p").text_content().unwrap(),
        "● Live: changes appear as they happen."
    );
}

#[wasm_bindgen_test]
async fn given_people_of_every_kind_should_tag_only_guests_and_invitees() {
    let room = RwSignal::new(Some(room(3, 0)));
    let page = mount(move || {
        view! { <ParticipantList room label="All participants".to_string() /> }.into_any()
    });
    settle().await;
    let rows: Vec<String> = page
        .all("li")
        .iter()
        .map(|row| {
            row.query_selector_all(".tag")
                .map(|tags| {
                    (0..tags.length())
                        .filter_map(|i| tags.item(i)?.text_content())
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        rows,
        ["Host", "Guest · Viewer", "Invitee · Speaker"],
        "a user carries only their role"
    );
}

#[wasm_bindgen_test]
async fn given_the_minute_clock_ticks_should_say_how_long_each_guest_has_waited() {
    let room = RwSignal::new(Some(room(0, 2)));
    let first = waiting_guests(1).remove(0).waiting_since;
    let now = RwSignal::new(first + chrono::Duration::seconds(30));
    let page = mount(move || {
        view! {
            <WaitingRoom
                room
                busy=std::collections::HashSet::new()
                bulk_busy=false
                on_admit=Callback::new(|_| ())
                on_deny=Callback::new(|_| ())
                on_admit_all=Callback::new(|_| ())
                on_deny_all=Callback::new(|_| ())
                now=Signal::from(now)
            />
        }
        .into_any()
    });
    settle().await;
    let times = |page: &crate::support::Mounted| {
        page.all("li time")
            .iter()
            .map(|t| t.text_content().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(times(&page), ["just now", "just now"], "oldest first");
    let exact = page.get("li time").get_attribute("title").unwrap();
    assert!(exact.starts_with("Waiting since "), "{exact}");
    assert!(
        page.get("li").text_content().unwrap().contains(&exact),
        "the exact time is in the row for screen readers and keyboard focus"
    );
    assert!(
        page.get("li")
            .text_content()
            .unwrap()
            .contains("guest0@example.org"),
        "the email stays"
    );

    now.set(first + chrono::Duration::minutes(65) + chrono::Duration::seconds(10));
    settle().await;
    assert_eq!(times(&page), ["1 h 5 min", "1 h 4 min"]);
}

#[wasm_bindgen_test]
async fn given_the_host_turns_the_sound_on_should_remember_it_for_the_next_visit() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("share.alerts.sound").unwrap();
    let controls = || {
        let sync = RoomSync {
            room: RwSignal::new(Some(room(0, 0))),
            load_error: RwSignal::new(None),
            status: Signal::stored(StreamStatus::Live),
            reconnect: Callback::new(|_| ()),
            arrivals: ArrivalNotice::new(),
            arrived: RwSignal::new(Vec::new()),
        };
        let alerts = use_alerts(1, sync, Signal::stored(chrono::Utc::now()));
        view! { <AlertControls alerts /> }.into_any()
    };
    let page = mount(controls);
    settle().await;
    let sound = || page.get("[role=switch]");
    assert_eq!(
        sound().text_content().unwrap(),
        "Sound for new guestsOff",
        "off by default"
    );
    assert!(
        page.find("[role=group][aria-label='Alerts for new guests']")
            .is_some(),
        "a named group"
    );
    sound().click();
    settle().await;
    assert_eq!(
        sound().get_attribute("aria-checked").as_deref(),
        Some("true")
    );
    assert_eq!(
        storage.get_item("share.alerts.sound").unwrap().as_deref(),
        Some("on")
    );
    drop(page);

    let again = mount(controls);
    settle().await;
    assert_eq!(
        again
            .get("[role=switch]")
            .get_attribute("aria-checked")
            .as_deref(),
        Some("true"),
        "remembered"
    );
    storage.remove_item("share.alerts.sound").unwrap();
}

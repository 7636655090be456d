//! The Participants tab's live list: a snapshot from the list endpoint after every
//! (re)connection of the event stream, events applied on top (buffered while a snapshot is in
//! flight, batched per animation frame during bursts).

use std::cell::RefCell;
use std::rc::Rc;

use contract::{Id, ParticipantEvent};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use serde::Deserialize;

use super::{ArrivalNotice, Room};
use crate::api::{self, json, ApiError};
use crate::live::{perf, use_event_stream, StreamStatus};
use crate::ui::TaskOwner;

/// The stream's event names: each [`ParticipantEvent`]'s, and `batch` (several at once).
pub const STREAM_EVENTS: [&str; 9] = [
    "joined",
    "left",
    "waiting",
    "admitted",
    "denied",
    "left_waiting",
    "away",
    "back",
    BATCH,
];
const BATCH: &str = "batch";

/// One entry of a `batch` message, its data read once its name is known.
#[derive(Deserialize)]
struct BatchEntry {
    event: String,
    data: json::Raw,
}

/// Reads one message of the participants stream: a named event, or a `batch` of them in
/// order. An entry that is malformed or of an unknown name is dropped, the rest kept.
pub fn parse_message(name: &str, data: &str) -> Vec<ParticipantEvent> {
    if name != BATCH {
        return parse_event(name, data).into_iter().collect();
    }
    json::from_str::<Vec<BatchEntry>>(data)
        .map(|entries| {
            entries
                .iter()
                .filter_map(|entry| event_of(&entry.event, &entry.data))
                .collect()
        })
        .unwrap_or_default()
}

/// Reads one named event of the participants stream.
pub fn parse_event(name: &str, data: &str) -> Option<ParticipantEvent> {
    event_of(name, &json::from_str(data)?)
}

/// One event from its name and its data, as a message or a batch entry carries them.
fn event_of(name: &str, data: &json::Raw) -> Option<ParticipantEvent> {
    let event = match name {
        "joined" => ParticipantEvent::Joined(data.read()?),
        "left" => ParticipantEvent::Left(data.read()?),
        "waiting" => ParticipantEvent::Waiting(data.read()?),
        "admitted" => ParticipantEvent::Admitted(data.read()?),
        "denied" => ParticipantEvent::Denied(data.read()?),
        "left_waiting" => ParticipantEvent::LeftWaiting(data.read()?),
        "away" => ParticipantEvent::Away(data.read()?),
        "back" => ParticipantEvent::Back(data.read()?),
        _ => return None,
    };
    Some(event)
}

/// After Admit all: (guests admitted, participants before), until both lists show it. Set by
/// the decisions, cleared here once the events reflect it (the benchmark's end mark).
pub type AdmitAllTarget = StoredValue<Option<(usize, usize)>>;

#[derive(Default)]
struct Inbox {
    syncing: bool,
    /// Events that arrived while a snapshot was in flight, replayed on top of it.
    buffered: Vec<ParticipantEvent>,
    /// Events waiting for the next frame during a burst.
    queued: Vec<ParticipantEvent>,
    frame_scheduled: bool,
}

/// The live list and its connection.
#[derive(Clone, Copy)]
pub struct RoomSync {
    pub room: RwSignal<Option<Room>>,
    pub load_error: RwSignal<Option<ApiError>>,
    pub status: Signal<StreamStatus>,
    pub reconnect: Callback<()>,
    pub arrivals: ArrivalNotice,
    /// Guests who started waiting since the alerts last took them: (id, name), in order.
    pub arrived: RwSignal<Vec<(Id, String)>>,
}

/// Follows media `media`'s participants for as long as the caller lives. `on_lobby_message`
/// hears the lobby message of every snapshot.
pub fn use_room_sync(
    media: Id,
    admit_all: AdmitAllTarget,
    on_lobby_message: impl Fn(Option<String>) + 'static,
) -> RoomSync {
    let room = RwSignal::new(None::<Room>);
    let load_error = RwSignal::new(None::<ApiError>);
    let arrivals = ArrivalNotice::new();
    let arrived = RwSignal::new(Vec::<(Id, String)>::new());
    let inbox = Rc::new(RefCell::new(Inbox::default()));
    let tasks = TaskOwner::current();

    let apply = move |batch: Vec<ParticipantEvent>| {
        // A frame scheduled during a burst can land after the tab went away.
        if batch.is_empty() || room.is_disposed() {
            return;
        }
        let mut applied = super::Applied::default();
        room.update(|room| {
            if let Some(room) = room {
                applied = room.apply_all(batch);
            }
        });
        perf::measure_after_render("participants:apply", "participants:event");
        if !applied.newly_waiting.is_empty() {
            let batch = applied.newly_waiting_ids.iter().copied();
            let batch = batch.zip(applied.newly_waiting.iter().cloned());
            arrived.update(|a| a.extend(batch));
        }
        arrivals.arrived(applied.newly_waiting);
        if let Some(Some((admitted, before))) = admit_all.try_get_value() {
            let reflected = room.with_untracked(|r| {
                r.as_ref().is_some_and(|r| {
                    r.waiting.is_empty() && r.participants.len() >= before + admitted
                })
            });
            if reflected {
                admit_all.set_value(None);
                perf::measure_after_render(
                    "participants:admit-all-reflected",
                    "participants:admit-all",
                );
            }
        }
    };
    let apply = Rc::new(apply);

    // During a burst, everything that arrived within one frame is applied in one pass.
    fn flush(inbox: Rc<RefCell<Inbox>>, apply: Rc<dyn Fn(Vec<ParticipantEvent>)>) {
        let batch = std::mem::take(&mut inbox.borrow_mut().queued);
        if batch.is_empty() {
            inbox.borrow_mut().frame_scheduled = false;
            return;
        }
        apply(batch);
        request_animation_frame(move || flush(inbox, apply));
    }

    let on_event = {
        let inbox = inbox.clone();
        let apply = apply.clone();
        move |name: &str, data: String| {
            let events = parse_message(name, &data);
            if events.is_empty() {
                return;
            }
            perf::mark("participants:event");
            let mut state = inbox.borrow_mut();
            if state.syncing || room.with_untracked(Option::is_none) {
                state.buffered.extend(events);
            } else if state.frame_scheduled {
                state.queued.extend(events);
            } else {
                // Idle: apply at once, and batch whatever follows until the next frame.
                state.frame_scheduled = true;
                drop(state);
                apply(events);
                let (inbox, apply) = (inbox.clone(), apply.clone());
                request_animation_frame(move || flush(inbox, apply));
            }
        }
    };

    // Not a `LocalResource`: its answer is merged with the events that arrived meanwhile,
    // into a list the events keep changing. A task owned by the tab, so leaving the tab
    // aborts the snapshot's request.
    let on_lobby_message = Rc::new(on_lobby_message);
    let sync = {
        let inbox = inbox.clone();
        move || {
            if std::mem::replace(&mut inbox.borrow_mut().syncing, true) {
                return;
            }
            let inbox = inbox.clone();
            let on_lobby_message = on_lobby_message.clone();
            perf::mark("participants:fetch");
            tasks.spawn(async move {
                let result = api::participants::list(media).await;
                let buffered = {
                    let mut state = inbox.borrow_mut();
                    state.syncing = false;
                    std::mem::take(&mut state.buffered)
                };
                match result {
                    Ok(snapshot) => {
                        perf::mark("participants:loaded");
                        perf::measure("participants:fetch-and-parse", "participants:fetch");
                        on_lobby_message(snapshot.lobby_message.clone());
                        let mut fresh = Room::from_snapshot(snapshot);
                        fresh.apply_all(buffered);
                        room.set(Some(fresh));
                        load_error.set(None);
                        request_animation_frame(|| {
                            perf::measure("participants:first-render", "participants:loaded")
                        });
                    }
                    Err(error) => {
                        room.update(|r| {
                            if let Some(r) = r {
                                r.apply_all(buffered);
                            }
                        });
                        load_error.set(Some(error));
                    }
                }
            });
        }
    };
    let sync = Rc::new(sync);
    let on_open = {
        let sync = sync.clone();
        move || sync()
    };
    let (status, reconnect) = use_event_stream(
        api::participants::events_url(media),
        &STREAM_EVENTS,
        on_open,
        on_event,
    );
    // A stream that can't connect still shows the list as it was, under a warning.
    let first_failure = SendWrapper::new(sync);
    Effect::new(move |_| {
        if matches!(status.get(), StreamStatus::Reconnecting { .. })
            && room.with_untracked(Option::is_none)
        {
            first_failure();
        }
    });

    RoomSync {
        room,
        load_error,
        status,
        reconnect,
        arrivals,
        arrived,
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_event, parse_message, STREAM_EVENTS};
    use contract::ParticipantEvent;

    #[test]
    fn given_the_contract_s_event_names_should_listen_for_each_and_for_batches() {
        assert_eq!(STREAM_EVENTS[..8], ParticipantEvent::NAMES);
        assert_eq!(STREAM_EVENTS[8], "batch");
    }

    #[test]
    fn given_a_batch_should_read_its_entries_in_order_and_drop_only_the_bad_ones() {
        let guest = r#"{"guest_id":3,"name":"Ann","email":"a@b.co","waiting_since":"2026-01-01T00:00:00Z"}"#;
        let person = r#"{"id":9,"name":"Bo","kind":"guest","role":"viewer","joined_at":"2026-01-01T00:00:00Z"}"#;
        let batch = format!(
            r#"[{{"event":"admitted","data":{guest}}},{{"event":"renamed","data":{person}}},{{"event":"joined","data":{guest}}},{{"event":"joined","data":{person}}}]"#
        );
        let events = parse_message("batch", &batch);
        assert!(matches!(
            events.as_slice(),
            [ParticipantEvent::Admitted(g), ParticipantEvent::Joined(p)] if g.guest_id == 3 && p.id == 9
        ));
        assert!(parse_message("batch", "not json").is_empty());
        assert_eq!(
            parse_message("joined", person).len(),
            1,
            "a single event still reads"
        );
    }

    #[test]
    fn given_the_server_s_own_batch_should_read_back_every_event() {
        let events: Vec<ParticipantEvent> = serde_json::from_str(&format!(
            r#"[{{"event":"admitted","data":{g}}},{{"event":"away","data":{g}}}]"#,
            g = r#"{"guest_id":3,"name":"Ann","email":"a@b.co","waiting_since":"2026-01-01T00:00:00Z"}"#
        ))
        .expect("the contract's own form");
        let data = serde_json::to_string(&events).unwrap();
        assert_eq!(parse_message("batch", &data), events);
    }

    #[test]
    fn given_each_named_event_should_parse_its_entry() {
        let guest = r#"{"guest_id":3,"name":"Ann","email":"a@b.co","waiting_since":"2026-01-01T00:00:00Z"}"#;
        let person = r#"{"id":9,"name":"Bo","kind":"guest","role":"viewer","joined_at":"2026-01-01T00:00:00Z"}"#;
        assert!(matches!(
            parse_event("waiting", guest),
            Some(contract::ParticipantEvent::Waiting(_))
        ));
        assert!(matches!(
            parse_event("admitted", guest),
            Some(contract::ParticipantEvent::Admitted(_))
        ));
        assert!(matches!(
            parse_event("joined", person),
            Some(contract::ParticipantEvent::Joined(_))
        ));
        assert!(matches!(
            parse_event("left_waiting", guest),
            Some(contract::ParticipantEvent::LeftWaiting(_))
        ));
        let away = r#"{"guest_id":3,"name":"Ann","email":"a@b.co","waiting_since":"2026-01-01T00:00:00Z","away_since":"2026-01-01T00:03:00Z"}"#;
        assert!(matches!(
            parse_event("away", away),
            Some(contract::ParticipantEvent::Away(w)) if w.away_since.is_some()
        ));
        assert!(matches!(
            parse_event("back", guest),
            Some(contract::ParticipantEvent::Back(w)) if w.away_since.is_none()
        ));
        assert!(
            parse_event("joined", guest).is_none(),
            "a malformed entry is dropped, not applied"
        );
        assert!(parse_event("renamed", person).is_none());
    }
}

//! The Participants tab's data: a snapshot from the list endpoint after every (re)connection
//! of the event stream, events applied on top (buffered while a snapshot is in flight, batched
//! per animation frame during bursts), and the host's actions.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use contract::{Id, ParticipantEvent, WaitingGuest};
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;

use super::{ArrivalNotice, Room};
use crate::api::{self, ApiError};
use crate::live::{perf, use_event_stream, StreamStatus};
use crate::ui::use_toaster;

/// Reads one named event of the participants stream.
pub fn parse_event(name: &str, data: &str) -> Option<ParticipantEvent> {
    let event = match name {
        "joined" => ParticipantEvent::Joined(serde_json::from_str(data).ok()?),
        "left" => ParticipantEvent::Left(serde_json::from_str(data).ok()?),
        "waiting" => ParticipantEvent::Waiting(serde_json::from_str(data).ok()?),
        "admitted" => ParticipantEvent::Admitted(serde_json::from_str(data).ok()?),
        "denied" => ParticipantEvent::Denied(serde_json::from_str(data).ok()?),
        _ => return None,
    };
    Some(event)
}

#[derive(Default)]
struct Inbox {
    syncing: bool,
    /// Events that arrived while a snapshot was in flight, replayed on top of it.
    buffered: Vec<ParticipantEvent>,
    /// Events waiting for the next frame during a burst.
    queued: Vec<ParticipantEvent>,
    frame_scheduled: bool,
    /// After Admit all: (guests admitted, participants before), until both lists show it.
    admit_all: Option<(usize, usize)>,
}

/// Everything the Participants tab shows and does.
#[derive(Clone, Copy)]
pub struct RoomController {
    pub room: RwSignal<Option<Room>>,
    pub load_error: RwSignal<Option<ApiError>>,
    pub status: Signal<StreamStatus>,
    pub reconnect: Callback<()>,
    pub arrivals: ArrivalNotice,
    pub busy: RwSignal<HashSet<Id>>,
    pub bulk_busy: RwSignal<bool>,
    pub notice: RwSignal<Option<String>>,
    pub lobby_saved: RwSignal<Option<String>>,
    pub lobby_draft: RwSignal<String>,
    pub admit: Callback<WaitingGuest>,
    pub deny: Callback<WaitingGuest>,
    pub admit_all: Callback<()>,
    pub deny_all: Callback<()>,
    /// Saves the lobby message (`None` clears it); answers what guests now see.
    pub save_lobby: Action<Option<String>, Result<Option<String>, ApiError>>,
}

/// Connects the tab of media `media` to the backend for as long as the caller lives.
pub fn use_room(media: Id) -> RoomController {
    let toaster = use_toaster();
    let room = RwSignal::new(None::<Room>);
    let load_error = RwSignal::new(None::<ApiError>);
    let arrivals = ArrivalNotice::new();
    let lobby_saved = RwSignal::new(None::<String>);
    let lobby_draft = RwSignal::new(String::new());
    let inbox = Rc::new(RefCell::new(Inbox::default()));

    let apply = {
        let inbox = inbox.clone();
        move |batch: Vec<ParticipantEvent>| {
            if batch.is_empty() {
                return;
            }
            let mut newly_waiting = Vec::new();
            room.update(|room| {
                if let Some(room) = room {
                    newly_waiting = room.apply_all(batch).newly_waiting;
                }
            });
            perf::measure_after_render("participants:apply", "participants:event");
            arrivals.arrived(newly_waiting);
            let target = inbox.borrow().admit_all;
            if let Some((admitted, before)) = target {
                let reflected = room.with_untracked(|r| {
                    r.as_ref().is_some_and(|r| {
                        r.waiting.is_empty() && r.participants.len() >= before + admitted
                    })
                });
                if reflected {
                    inbox.borrow_mut().admit_all = None;
                    perf::measure_after_render(
                        "participants:admit-all-reflected",
                        "participants:admit-all",
                    );
                }
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
            let Some(event) = parse_event(name, &data) else {
                return;
            };
            perf::mark("participants:event");
            let mut state = inbox.borrow_mut();
            if state.syncing || room.with_untracked(Option::is_none) {
                state.buffered.push(event);
            } else if state.frame_scheduled {
                state.queued.push(event);
            } else {
                // Idle: apply at once, and batch whatever follows until the next frame.
                state.frame_scheduled = true;
                drop(state);
                apply(vec![event]);
                let (inbox, apply) = (inbox.clone(), apply.clone());
                request_animation_frame(move || flush(inbox, apply));
            }
        }
    };

    let sync = {
        let inbox = inbox.clone();
        move || {
            if std::mem::replace(&mut inbox.borrow_mut().syncing, true) {
                return;
            }
            let inbox = inbox.clone();
            perf::mark("participants:fetch");
            spawn_local(async move {
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
                        if lobby_saved.get_untracked() != snapshot.lobby_message {
                            lobby_draft.set(snapshot.lobby_message.clone().unwrap_or_default());
                        }
                        lobby_saved.set(snapshot.lobby_message.clone());
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
        &ParticipantEvent::NAMES,
        on_open,
        on_event,
    );
    // A stream that can't connect still shows the list as it was, under a warning.
    let first_failure = SendWrapper::new(sync.clone());
    Effect::new(move |_| {
        if matches!(status.get(), StreamStatus::Reconnecting { .. })
            && room.with_untracked(Option::is_none)
        {
            first_failure();
        }
    });

    let busy = RwSignal::new(HashSet::<Id>::new());
    let bulk_busy = RwSignal::new(false);
    let notice = RwSignal::new(None::<String>);
    let decide = move |guest: WaitingGuest, admit: bool| {
        let id = guest.guest_id;
        busy.update(|b| {
            b.insert(id);
        });
        notice.set(None);
        spawn_local(async move {
            let result = if admit {
                api::participants::admit(media, id).await
            } else {
                api::participants::deny(media, id).await
            };
            busy.update(|b| {
                b.remove(&id);
            });
            let verb = if admit { "Admitted" } else { "Denied" };
            match result {
                Ok(()) => {
                    room.update(|r| r.iter_mut().for_each(|r| r.remove_waiting(&[id])));
                    toaster.show(format!("{verb} {}", guest.name));
                }
                Err(error) if error.code() == Some(contract::ErrorCode::NotFound) => {
                    room.update(|r| r.iter_mut().for_each(|r| r.remove_waiting(&[id])));
                    toaster.show(format!("{} is no longer waiting", guest.name));
                }
                Err(error) => notice.set(Some(format!(
                    "{} wasn't {}. {}",
                    guest.name,
                    if admit { "admitted" } else { "denied" },
                    error.user_message()
                ))),
            }
        });
    };
    let bulk = {
        let inbox = inbox.clone();
        move |admit: bool| {
            let Some(waiting_ids) = room.with_untracked(|r| {
                r.as_ref()
                    .map(|r| r.waiting.iter().map(|w| w.guest_id).collect::<Vec<_>>())
            }) else {
                return;
            };
            if admit {
                perf::mark("participants:admit-all");
                let before =
                    room.with_untracked(|r| r.as_ref().map_or(0, |r| r.participants.len()));
                inbox.borrow_mut().admit_all = Some((waiting_ids.len(), before));
            }
            bulk_busy.set(true);
            notice.set(None);
            let inbox = SendWrapper::new(inbox.clone());
            spawn_local(async move {
                let result = if admit {
                    api::participants::admit_all(media).await
                } else {
                    api::participants::deny_all(media).await
                };
                bulk_busy.set(false);
                match result {
                    Ok(count) => {
                        room.update(|r| r.iter_mut().for_each(|r| r.remove_waiting(&waiting_ids)));
                        let verb = if admit { "Admitted" } else { "Denied" };
                        toaster.show(format!(
                            "{verb} {} waiting {}",
                            count.count,
                            if count.count == 1 { "guest" } else { "guests" }
                        ));
                    }
                    Err(error) => {
                        inbox.borrow_mut().admit_all = None;
                        notice.set(Some(format!(
                            "Nobody was {}. {}",
                            if admit { "admitted" } else { "denied" },
                            error.user_message()
                        )));
                    }
                }
            });
        }
    };
    let bulk = SendWrapper::new(Rc::new(bulk));
    let bulk_deny = bulk.clone();

    // The lobby message's write; its form checks the text and shows a failure.
    let save_lobby = Action::new_local(move |message: &Option<String>| {
        let message = message.clone();
        async move {
            api::participants::set_lobby_message(media, message.clone()).await?;
            Ok(message)
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(message)) = save_lobby.value().get() {
            toaster.show(if message.is_some() {
                "Lobby message saved"
            } else {
                "Lobby message cleared"
            });
            lobby_saved.set(message);
        }
    });

    RoomController {
        room,
        load_error,
        status,
        reconnect,
        arrivals,
        busy,
        bulk_busy,
        notice,
        lobby_saved,
        lobby_draft,
        admit: Callback::new(move |guest| decide(guest, true)),
        deny: Callback::new(move |guest| decide(guest, false)),
        admit_all: Callback::new(move |_| bulk(true)),
        deny_all: Callback::new(move |_| bulk_deny(false)),
        save_lobby,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_event;

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
        assert!(
            parse_event("joined", guest).is_none(),
            "a malformed entry is dropped, not applied"
        );
        assert!(parse_event("renamed", person).is_none());
    }
}

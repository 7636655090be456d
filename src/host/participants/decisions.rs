//! The host's decisions on waiting guests: Admit and Deny per guest, Admit all and Deny all.
//! Writes, so `Action`s; their pending submissions are the busy state.

use std::collections::HashSet;

use contract::{ErrorCode, Id, WaitingGuest};
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::room_sync::AdmitAllTarget;
use super::Room;
use crate::api;
use crate::live::perf;
use crate::ui::use_toaster;
use crate::wording::host_t;

/// What the waiting room shows of the decisions, and how to make them.
#[derive(Clone, Copy)]
pub struct Decisions {
    /// Guests whose Admit or Deny is in flight.
    pub busy: Signal<HashSet<Id>>,
    /// Admit all or Deny all is in flight.
    pub bulk_busy: Signal<bool>,
    /// The last decision that failed, worded.
    pub notice: RwSignal<Option<String>>,
    pub admit: Callback<WaitingGuest>,
    pub deny: Callback<WaitingGuest>,
    pub admit_all: Callback<()>,
    pub deny_all: Callback<()>,
}

/// Decisions on the guests waiting in `room`, for media `media`.
pub fn use_decisions(
    media: Id,
    room: RwSignal<Option<Room>>,
    admit_all_target: AdmitAllTarget,
) -> Decisions {
    let toaster = use_toaster();
    let notice = RwSignal::new(None::<String>);

    // One submission per guest, so two rows decided in quick succession each get their own
    // outcome (an `Action` keeps only the latest). A row's outcome is its own: it lands in
    // the task, which touches only signals that never panic once disposed.
    let decide = MultiAction::new(move |(guest, admit): &(WaitingGuest, bool)| {
        let (guest, admit) = (guest.clone(), *admit);
        SendWrapper::new(async move {
            let id = guest.guest_id;
            let result = if admit {
                api::participants::admit(media, id).await
            } else {
                api::participants::deny(media, id).await
            };
            let w = host_t().participants;
            match result {
                Ok(()) => {
                    room.update(|r| r.iter_mut().for_each(|r| r.remove_waiting(&[id])));
                    toaster.show(w.decided(admit, &guest.name));
                }
                Err(error) if error.code() == Some(ErrorCode::NotFound) => {
                    room.update(|r| r.iter_mut().for_each(|r| r.remove_waiting(&[id])));
                    toaster.show(w.no_longer_waiting(&guest.name));
                }
                Err(error) => notice.set(Some(w.not_decided(
                    admit,
                    &guest.name,
                    error.user_message(),
                ))),
            }
        })
    });
    let submissions = decide.submissions();
    let busy = Memo::new(move |_| {
        submissions.with(|all| {
            all.iter()
                .filter(|s| s.pending().get())
                .filter_map(|s| s.input().get().map(|(guest, _)| guest.guest_id))
                .collect::<HashSet<Id>>()
        })
    });

    let bulk = Action::new_local(move |(admit, waiting): &(bool, Vec<Id>)| {
        let (admit, waiting) = (*admit, waiting.clone());
        async move {
            let result = if admit {
                api::participants::admit_all(media).await
            } else {
                api::participants::deny_all(media).await
            };
            (admit, waiting, result)
        }
    });
    Effect::new(move |_| {
        let Some((admit, waiting, result)) = bulk.value().get() else {
            return;
        };
        match result {
            Ok(count) => {
                room.update(|r| r.iter_mut().for_each(|r| r.remove_waiting(&waiting)));
                toaster.show(
                    host_t()
                        .participants
                        .decided_all(admit, count.count as usize),
                );
            }
            Err(error) => {
                admit_all_target.set_value(None);
                notice.set(Some(
                    host_t()
                        .participants
                        .nobody_decided(admit, error.user_message()),
                ));
            }
        }
    });
    let start_bulk = move |admit: bool| {
        let Some(waiting) = room.with_untracked(|r| {
            r.as_ref()
                .map(|r| r.waiting.iter().map(|w| w.guest_id).collect::<Vec<_>>())
        }) else {
            return;
        };
        if admit {
            perf::mark("participants:admit-all");
            let before = room.with_untracked(|r| r.as_ref().map_or(0, |r| r.participants.len()));
            admit_all_target.set_value(Some((waiting.len(), before)));
        }
        notice.set(None);
        bulk.dispatch((admit, waiting));
    };

    Decisions {
        busy: busy.into(),
        bulk_busy: bulk.pending().into(),
        notice,
        admit: Callback::new(move |guest| {
            notice.set(None);
            decide.dispatch((guest, true));
        }),
        deny: Callback::new(move |guest| {
            notice.set(None);
            decide.dispatch((guest, false));
        }),
        admit_all: Callback::new(move |_| start_bulk(true)),
        deny_all: Callback::new(move |_| start_bulk(false)),
    }
}

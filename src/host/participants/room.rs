//! The live session's people as the host sees them, kept current by applying the stream's
//! events. Every event is idempotent against the list it lands on, so a snapshot fetched while
//! events were in flight, and the same events applied again on top, agree.

use std::collections::HashSet;

use contract::{Id, Participant, ParticipantEvent, Participants, WaitingGuest};

/// Participants in the order they joined, and waiting guests oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Room {
    pub participants: Vec<Participant>,
    pub waiting: Vec<WaitingGuest>,
    participant_ids: HashSet<Id>,
    waiting_ids: HashSet<Id>,
}

/// What one batch of events changed, for the arrival notice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// Names of guests who started waiting, in arrival order.
    pub newly_waiting: Vec<String>,
    /// The same guests' ids, in the same order (for the host's alerts).
    pub newly_waiting_ids: Vec<Id>,
}

impl Room {
    pub fn from_snapshot(snapshot: Participants) -> Self {
        let mut room = Room::default();
        room.replace(snapshot);
        room
    }

    /// Takes a fresh snapshot from the list endpoint as the truth.
    pub fn replace(&mut self, snapshot: Participants) {
        self.participant_ids = snapshot.participants.iter().map(|p| p.id).collect();
        self.waiting_ids = snapshot.waiting.iter().map(|w| w.guest_id).collect();
        self.participants = snapshot.participants;
        self.waiting = snapshot.waiting;
        self.sort_waiting();
    }

    /// Applies a batch of events in order, in one pass: rows leaving a list are taken out
    /// together at the end (an admit-all batch removes 1,000), not one scan each.
    pub fn apply_all(&mut self, events: impl IntoIterator<Item = ParticipantEvent>) -> Applied {
        let mut applied = Applied::default();
        let mut waiting_added = false;
        // Ids already out of the id sets whose rows are still in the lists.
        let (mut stale_participants, mut stale_waiting) = (false, false);
        for event in events {
            match event {
                ParticipantEvent::Joined(p) => {
                    if !self.participant_ids.contains(&p.id) {
                        // A row left earlier in the batch may be this person's.
                        if std::mem::take(&mut stale_participants) {
                            self.drop_stale_participants();
                        }
                        self.participant_ids.insert(p.id);
                        self.participants.push(p);
                    }
                }
                ParticipantEvent::Left(p) => {
                    stale_participants |= self.participant_ids.remove(&p.id);
                }
                ParticipantEvent::Waiting(w) => {
                    if !self.waiting_ids.contains(&w.guest_id) {
                        if std::mem::take(&mut stale_waiting) {
                            self.drop_stale_waiting();
                        }
                        self.waiting_ids.insert(w.guest_id);
                        applied.newly_waiting.push(w.name.clone());
                        applied.newly_waiting_ids.push(w.guest_id);
                        self.waiting.push(w);
                        waiting_added = true;
                    }
                }
                ParticipantEvent::Admitted(w)
                | ParticipantEvent::Denied(w)
                | ParticipantEvent::LeftWaiting(w) => {
                    stale_waiting |= self.waiting_ids.remove(&w.guest_id);
                }
                ParticipantEvent::Away(w) | ParticipantEvent::Back(w) => {
                    // Only a guest still listed changes; one already decided stays out.
                    if self.waiting_ids.contains(&w.guest_id) {
                        if let Some(row) =
                            self.waiting.iter_mut().find(|r| r.guest_id == w.guest_id)
                        {
                            row.away_since = w.away_since;
                        }
                    }
                }
            }
        }
        if stale_participants {
            self.drop_stale_participants();
        }
        if stale_waiting {
            self.drop_stale_waiting();
        }
        if waiting_added {
            self.sort_waiting();
        }
        applied
    }

    /// Takes guests off the waiting list (after Admit or Deny answered), before their events.
    pub fn remove_waiting(&mut self, guests: &[Id]) {
        let before = self.waiting_ids.len();
        for id in guests {
            self.waiting_ids.remove(id);
        }
        if self.waiting_ids.len() != before {
            self.drop_stale_waiting();
        }
    }

    fn drop_stale_participants(&mut self) {
        let ids = &self.participant_ids;
        self.participants.retain(|p| ids.contains(&p.id));
    }

    fn drop_stale_waiting(&mut self) {
        let ids = &self.waiting_ids;
        self.waiting.retain(|w| ids.contains(&w.guest_id));
    }

    fn sort_waiting(&mut self) {
        self.waiting.sort_by_key(|w| (w.waiting_since, w.guest_id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use contract::{ParticipantKind, ParticipantRole};

    fn person(id: Id) -> Participant {
        Participant {
            id,
            name: format!("P{id}"),
            kind: ParticipantKind::User,
            role: ParticipantRole::Viewer,
            joined_at: Utc.timestamp_opt(1_000 + id, 0).unwrap(),
        }
    }

    fn waiting(id: Id, since: i64) -> WaitingGuest {
        WaitingGuest {
            guest_id: id,
            name: format!("G{id}"),
            email: format!("g{id}@example.com"),
            waiting_since: Utc.timestamp_opt(since, 0).unwrap(),
            away_since: None,
            denied_before: 0,
        }
    }

    #[test]
    fn given_repeated_events_should_apply_each_change_once() {
        let mut room = Room::default();
        let batch = vec![
            ParticipantEvent::Joined(person(1)),
            ParticipantEvent::Joined(person(1)),
            ParticipantEvent::Waiting(waiting(7, 10)),
            ParticipantEvent::Waiting(waiting(7, 10)),
        ];
        let applied = room.apply_all(batch);
        assert_eq!(room.participants.len(), 1);
        assert_eq!(room.waiting.len(), 1);
        assert_eq!(applied.newly_waiting, vec!["G7".to_string()]);
    }

    #[test]
    fn given_admitted_and_left_should_move_people_out_of_their_lists() {
        let mut room = Room::from_snapshot(Participants {
            participants: vec![person(1), person(2)],
            waiting: vec![waiting(7, 10), waiting(8, 11)],
            ..Default::default()
        });
        room.apply_all([
            ParticipantEvent::Admitted(waiting(7, 10)),
            ParticipantEvent::Joined(person(3)),
            ParticipantEvent::Left(person(1)),
            ParticipantEvent::Denied(waiting(8, 11)),
            ParticipantEvent::Denied(waiting(99, 11)),
        ]);
        let ids: Vec<Id> = room.participants.iter().map(|p| p.id).collect();
        assert_eq!(ids, vec![2, 3]);
        assert!(room.waiting.is_empty());
    }

    #[test]
    fn given_a_guest_who_left_the_queue_should_take_their_row_away_at_once() {
        let mut room = Room::from_snapshot(Participants {
            waiting: vec![waiting(7, 10), waiting(8, 11)],
            ..Default::default()
        });
        room.apply_all([ParticipantEvent::LeftWaiting(waiting(7, 10))]);
        let ids: Vec<Id> = room.waiting.iter().map(|w| w.guest_id).collect();
        assert_eq!(ids, vec![8]);
    }

    #[test]
    fn given_away_then_back_should_mark_the_row_and_clear_it_without_moving_it() {
        let mut room = Room::from_snapshot(Participants {
            waiting: vec![waiting(7, 10), waiting(8, 11)],
            ..Default::default()
        });
        let away = WaitingGuest {
            away_since: Some(Utc.timestamp_opt(50, 0).unwrap()),
            ..waiting(7, 10)
        };
        room.apply_all([ParticipantEvent::Away(away.clone())]);
        assert_eq!(room.waiting[0], away, "marked, still first");
        assert_eq!(room.waiting.len(), 2, "never dropped");
        room.apply_all([ParticipantEvent::Back(waiting(7, 10))]);
        assert_eq!(room.waiting[0].away_since, None);
        room.apply_all([
            ParticipantEvent::Admitted(waiting(8, 11)),
            ParticipantEvent::Away(waiting(8, 11)),
        ]);
        assert_eq!(room.waiting.len(), 1, "a decided guest doesn't come back");
    }

    #[test]
    fn given_late_arrivals_out_of_order_should_keep_the_oldest_first() {
        let mut room = Room::from_snapshot(Participants {
            participants: vec![],
            waiting: vec![waiting(2, 20)],
            ..Default::default()
        });
        room.apply_all([
            ParticipantEvent::Waiting(waiting(1, 10)),
            ParticipantEvent::Waiting(waiting(3, 30)),
        ]);
        let ids: Vec<Id> = room.waiting.iter().map(|w| w.guest_id).collect();
        assert_eq!(ids, vec![1, 2, 3]);
    }

    #[test]
    fn given_a_snapshot_after_events_should_let_replayed_events_agree_with_it() {
        let mut room = Room::default();
        let events = vec![
            ParticipantEvent::Waiting(waiting(5, 1)),
            ParticipantEvent::Admitted(waiting(5, 1)),
            ParticipantEvent::Joined(person(9)),
        ];
        room.apply_all(events.clone());
        let snapshot = Participants {
            participants: vec![person(9)],
            ..Default::default()
        };
        room.replace(snapshot.clone());
        room.apply_all(events);
        assert_eq!(room.participants, snapshot.participants);
        assert!(
            room.waiting.is_empty(),
            "a replayed admission keeps the guest out of the queue"
        );
    }

    #[test]
    fn given_leaving_and_coming_back_in_one_batch_should_list_each_person_once() {
        let mut room = Room::from_snapshot(Participants {
            participants: vec![person(1), person(2)],
            waiting: vec![waiting(7, 10), waiting(8, 11)],
            ..Default::default()
        });
        room.apply_all([
            ParticipantEvent::Left(person(1)),
            ParticipantEvent::Joined(person(1)),
            ParticipantEvent::Left(person(2)),
            ParticipantEvent::LeftWaiting(waiting(7, 10)),
            ParticipantEvent::Waiting(waiting(7, 12)),
            ParticipantEvent::Denied(waiting(8, 11)),
            ParticipantEvent::Away(waiting(8, 11)),
        ]);
        let ids: Vec<Id> = room.participants.iter().map(|p| p.id).collect();
        assert_eq!(ids, vec![1], "back once, at the end; the other gone");
        assert_eq!(
            room.waiting,
            vec![waiting(7, 12)],
            "queued again once, by the new time"
        );
    }

    #[test]
    fn given_ten_thousand_people_and_an_admit_all_batch_should_apply_in_one_pass() {
        let mut room = Room::from_snapshot(Participants {
            participants: (0..10_000).map(person).collect(),
            waiting: (0..1_000).map(|i| waiting(100_000 + i, i)).collect(),
            ..Default::default()
        });
        let batch = (0..1_000).flat_map(|i| {
            [
                ParticipantEvent::Admitted(waiting(100_000 + i, i)),
                ParticipantEvent::Joined(person(20_000 + i)),
            ]
        });
        room.apply_all(batch);
        assert_eq!(room.participants.len(), 11_000);
        assert!(room.waiting.is_empty());
    }
}

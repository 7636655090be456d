//! The waiting room's fan-out to guests. Each open guest stream registers a watch channel;
//! a change to the room wakes one task per item, which reads every waiting guest's position
//! in one query and pushes each stream its own session. Streams never query the database,
//! and a burst of changes costs at most one computation per [`MIN_INTERVAL`].

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use contract::{Admission, GuestSession};
use rusqlite::Connection;
use tokio::sync::{watch, Notify};

use crate::codec::Text;
use crate::db::Db;
use crate::error::ApiResult;
use crate::guest_rules::guest_media;
use crate::store;
use crate::time::now_ms;

/// The shortest time between two computations for one item: changes in between are
/// pushed together.
const MIN_INTERVAL: Duration = Duration::from_millis(50);

/// What a guest stream receives: its latest session, once the room changed.
pub type Latest = watch::Receiver<Option<Arc<GuestSession>>>;

struct Watcher {
    guest_id: i64,
    tx: watch::Sender<Option<Arc<GuestSession>>>,
}

struct Room {
    wake: Arc<Notify>,
    watchers: HashMap<u64, Watcher>,
}

/// Every watched waiting room.
pub struct Lobbies {
    db: Db,
    rooms: Mutex<HashMap<i64, Room>>,
    next_id: AtomicU64,
}

/// A stream's registration; dropping it stops the pushes (and the item's task, if it was
/// the last).
pub struct Watch {
    lobbies: Arc<Lobbies>,
    media_id: i64,
    id: u64,
    pub latest: Latest,
}

impl Lobbies {
    pub fn new(db: Db) -> Self {
        Lobbies {
            db,
            rooms: Mutex::default(),
            next_id: AtomicU64::new(0),
        }
    }

    /// Starts pushing `guest_id`'s session on every change to the item's waiting room. Call
    /// before reading the first session, so that no change in between is missed.
    pub fn watch(self: &Arc<Self>, media_id: i64, guest_id: i64) -> Watch {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, latest) = watch::channel(None);
        let mut rooms = self.rooms.lock().unwrap_or_else(PoisonError::into_inner);
        let room = rooms.entry(media_id).or_insert_with(|| {
            let wake = Arc::new(Notify::new());
            tokio::spawn(fan_out(self.clone(), media_id, wake.clone()));
            Room {
                wake,
                watchers: HashMap::new(),
            }
        });
        room.watchers.insert(id, Watcher { guest_id, tx });
        Watch {
            lobbies: self.clone(),
            media_id,
            id,
            latest,
        }
    }

    /// Wakes the item's task, if anyone watches its waiting room.
    pub fn changed(&self, media_id: i64) {
        let rooms = self.rooms.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(room) = rooms.get(&media_id) {
            room.wake.notify_one();
        }
    }

    /// The watched guests whose admission may still change, or `None` once this task's room
    /// is gone.
    fn watched(&self, media_id: i64, wake: &Arc<Notify>) -> Option<Vec<(i64, Option<Admission>)>> {
        let rooms = self.rooms.lock().unwrap_or_else(PoisonError::into_inner);
        let room = rooms
            .get(&media_id)
            .filter(|room| Arc::ptr_eq(&room.wake, wake))?;
        Some(
            room.watchers
                .values()
                .map(|w| (w.guest_id, w.tx.borrow().as_ref().map(|s| s.admission)))
                .collect(),
        )
    }

    fn push(&self, media_id: i64, sessions: &HashMap<i64, Arc<GuestSession>>) {
        let rooms = self.rooms.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(room) = rooms.get(&media_id) else {
            return;
        };
        for watcher in room.watchers.values() {
            if let Some(session) = sessions.get(&watcher.guest_id) {
                watcher.tx.send_if_modified(|current| {
                    let changed = current.as_deref() != Some(session.as_ref());
                    if changed {
                        *current = Some(session.clone());
                    }
                    changed
                });
            }
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let mut rooms = self
            .lobbies
            .rooms
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(room) = rooms.get_mut(&self.media_id) {
            room.watchers.remove(&self.id);
            if room.watchers.is_empty() {
                let room = rooms.remove(&self.media_id).expect("just found");
                // The task wakes, finds its room gone, and ends.
                room.wake.notify_one();
            }
        }
    }
}

/// One item's task: on each change, compute and push, then pause at least [`MIN_INTERVAL`].
async fn fan_out(lobbies: Arc<Lobbies>, media_id: i64, wake: Arc<Notify>) {
    loop {
        wake.notified().await;
        let Some(watched) = lobbies.watched(media_id, &wake) else {
            return;
        };
        let computed = lobbies
            .db
            .call(move |conn| sessions(conn, media_id, &watched))
            .await;
        // A failure was logged where it happened; the next change tries again.
        if let Ok(sessions) = computed {
            lobbies.push(media_id, &sessions);
        }
        tokio::time::sleep(MIN_INTERVAL).await;
    }
}

/// Every watched guest's session: positions of all waiting guests in one query, and the
/// admission of those who were waiting (or not yet known) and no longer are.
fn sessions(
    conn: &Connection,
    media_id: i64,
    watched: &[(i64, Option<Admission>)],
) -> ApiResult<HashMap<i64, Arc<GuestSession>>> {
    let Some(media) = store::media::find(conn, media_id, now_ms())? else {
        return Ok(HashMap::new());
    };
    let positions = store::guests::positions(conn, media_id)?;
    let settled: Vec<i64> = watched
        .iter()
        .filter(|(id, last)| {
            !positions.contains_key(id) && matches!(last, None | Some(Admission::Waiting))
        })
        .map(|(id, _)| *id)
        .collect();
    let decided = admissions(conn, &settled)?;
    let media_view = guest_media(&media);
    let mut sessions = HashMap::with_capacity(watched.len());
    let mut seen = HashSet::with_capacity(watched.len());
    for (guest_id, last) in watched {
        if !seen.insert(*guest_id) {
            continue;
        }
        let (admission, position) = match positions.get(guest_id) {
            Some(position) => (Admission::Waiting, Some(*position)),
            None => match decided.get(guest_id).copied().or(*last) {
                Some(admission) => (admission, None),
                None => continue,
            },
        };
        sessions.insert(
            *guest_id,
            Arc::new(GuestSession {
                admission,
                position,
                lobby_message: media.lobby_message.clone(),
                media: media_view.clone(),
            }),
        );
    }
    Ok(sessions)
}

/// The admission of each of these guests, by primary key.
fn admissions(conn: &Connection, ids: &[i64]) -> rusqlite::Result<HashMap<i64, Admission>> {
    let mut statement = conn.prepare_cached("SELECT admission FROM guests WHERE id = ?1")?;
    let mut found = HashMap::with_capacity(ids.len());
    for id in ids {
        let admission: Option<Text<Admission>> = statement
            .query_row([id], |row| row.get(0))
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })?;
        if let Some(Text(admission)) = admission {
            found.insert(*id, admission);
        }
    }
    Ok(found)
}

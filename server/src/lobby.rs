//! The waiting room's fan-out to guests. Each open guest stream registers a watch channel.
//! The routes record every committed change to a room ([`Lobbies::record`]); one task per
//! watched room keeps its waiting order in memory ([`Queue`]), read from SQLite only when the
//! room is first watched or after a bulk change, and pushes each stream its place when it
//! changed. No push touches the database, and a burst of changes is applied together, at most
//! once per [`MIN_INTERVAL`].

mod queue;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use contract::{Admission, GuestSession};
use tokio::sync::{watch, Notify};

use crate::db::Db;

pub use queue::Change;
use queue::{Place, Queue, View};

/// The shortest time between two pushes for one room: changes in between go together.
const MIN_INTERVAL: Duration = Duration::from_millis(50);

/// Changes a room may hold unapplied; past that (a stalled task) it is read again instead.
const MAX_PENDING: usize = 4096;

/// A guest's latest session, as pushed to (or first read by) their stream.
#[derive(Clone, Debug)]
pub struct Pushed {
    /// It reflects every change up to this [`Lobbies::seq`].
    seq: u64,
    pub session: Arc<GuestSession>,
    /// The session as an event's JSON data, rendered once for everyone it is the same for.
    pub json: Arc<str>,
    view: Arc<View>,
}

/// What a guest stream receives: its latest session, whenever it changed.
pub type Latest = watch::Receiver<Option<Pushed>>;

struct Watcher {
    guest_id: i64,
    waiting_since: i64,
    tx: watch::Sender<Option<Pushed>>,
}

#[derive(Default)]
struct Pending {
    changes: Vec<(u64, Change)>,
    reload: bool,
}

struct Room {
    wake: Notify,
    /// Set once the last watcher left; the task ends.
    closed: AtomicBool,
    /// Changes recorded and not yet applied. Its own lock, so that recording (with the
    /// connection held) never waits for a push.
    pending: Mutex<Pending>,
    watchers: Mutex<HashMap<u64, Watcher>>,
}

/// Every watched waiting room.
pub struct Lobbies {
    db: Db,
    rooms: Mutex<HashMap<i64, Arc<Room>>>,
    next_id: AtomicU64,
    /// Changes recorded so far, over all rooms. Recorded with the connection held, so in the
    /// order SQLite committed them.
    seq: AtomicU64,
    /// Times a room was read from the database.
    loads: AtomicU64,
}

/// A stream's registration; dropping it stops the pushes (and the room's task, if it was
/// the last).
pub struct Watch {
    lobbies: Arc<Lobbies>,
    media_id: i64,
    id: u64,
    pub latest: Latest,
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Lobbies {
    pub fn new(db: Db) -> Self {
        Lobbies {
            db,
            rooms: Mutex::default(),
            next_id: AtomicU64::new(0),
            seq: AtomicU64::new(0),
            loads: AtomicU64::new(0),
        }
    }

    /// The number of the last change recorded. Read it inside a `Db::call`: a session read
    /// in the same call reflects exactly the changes up to it.
    pub fn seq(&self) -> u64 {
        self.seq.load(Ordering::SeqCst)
    }

    /// Records a change to an item's waiting room. Call inside the `Db::call` that committed
    /// it, right after the commit: the one connection is held, so changes are numbered in
    /// commit order and a room applies them in that order.
    pub fn record(&self, media_id: i64, change: Change) {
        let rooms = lock(&self.rooms);
        let seq = self.seq.fetch_add(1, Ordering::SeqCst) + 1;
        let Some(room) = rooms.get(&media_id) else {
            return;
        };
        let mut pending = lock(&room.pending);
        if change == Change::Reload || pending.changes.len() >= MAX_PENDING {
            // Reading the room again covers every change so far.
            pending.changes.clear();
            pending.reload = true;
        } else {
            pending.changes.push((seq, change));
        }
        room.wake.notify_one();
    }

    /// Starts pushing `guest_id`'s session whenever their place in the item's waiting room
    /// changes. Call before reading the first session, so that no change in between is
    /// missed, then hand that read to [`Watch::seen`].
    pub fn watch(self: &Arc<Self>, media_id: i64, guest_id: i64, waiting_since: i64) -> Watch {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, latest) = watch::channel(None);
        let mut rooms = lock(&self.rooms);
        let room = rooms.entry(media_id).or_insert_with(|| {
            let room = Arc::new(Room {
                wake: Notify::new(),
                closed: AtomicBool::new(false),
                pending: Mutex::default(),
                watchers: Mutex::default(),
            });
            tokio::spawn(fan_out(self.clone(), media_id, room.clone()));
            room
        });
        lock(&room.watchers).insert(
            id,
            Watcher {
                guest_id,
                waiting_since,
                tx,
            },
        );
        Watch {
            lobbies: self.clone(),
            media_id,
            id,
            latest,
        }
    }

    /// Times a room was read from the database, over all rooms.
    #[cfg(test)]
    fn loads(&self) -> u64 {
        self.loads.load(Ordering::SeqCst)
    }

    /// Reads the room as of the last change recorded; `Err` if that failed (it was logged
    /// where it happened).
    async fn load(self: &Arc<Self>, media_id: i64) -> Result<Option<Queue>, ()> {
        let lobbies = self.clone();
        let loaded = self
            .db
            .call(move |conn| Ok(Queue::load(conn, media_id, lobbies.seq())?))
            .await
            .map_err(|_| ())?;
        self.loads.fetch_add(1, Ordering::SeqCst);
        Ok(loaded)
    }
}

impl Room {
    fn take_pending(&self) -> Pending {
        std::mem::take(&mut *lock(&self.pending))
    }

    /// Pushes each watcher its session, if it differs from the one it has.
    fn push(&self, queue: &mut Queue) {
        let watchers = lock(&self.watchers);
        let seq = queue.seq();
        // Sessions that are alike for many guests (admitted, denied) are rendered once.
        let mut alike: Vec<(Admission, Arc<GuestSession>, Arc<str>)> = Vec::new();
        for watcher in watchers.values() {
            let Some(place) = queue.place(watcher.guest_id, watcher.waiting_since) else {
                continue;
            };
            watcher.tx.send_if_modified(|current| {
                if let Some(last) = current.as_mut() {
                    if last.seq >= seq {
                        return false;
                    }
                    let same_view = Arc::ptr_eq(&last.view, &queue.view) || last.view == queue.view;
                    if same_view && (last.session.admission, last.session.position) == place {
                        // Unchanged: nothing to send; the next comparison is by pointer.
                        last.seq = seq;
                        last.view = queue.view.clone();
                        return false;
                    }
                }
                let (session, json) = match place {
                    (admission, None) => {
                        let found = alike.iter().find(|(a, _, _)| *a == admission);
                        let (_, session, json) = match found {
                            Some(found) => found.clone(),
                            None => {
                                let (session, json) = render(place, &queue.view);
                                alike.push((admission, session, json));
                                alike.last().expect("just pushed").clone()
                            }
                        };
                        (session, json)
                    }
                    _ => render(place, &queue.view),
                };
                *current = Some(Pushed {
                    seq,
                    session,
                    json,
                    view: queue.view.clone(),
                });
                true
            });
        }
        let watched: HashSet<i64> = watchers.values().map(|w| w.guest_id).collect();
        queue.keep_decisions_of(&watched);
    }
}

fn render(place: Place, view: &View) -> (Arc<GuestSession>, Arc<str>) {
    let (admission, position) = place;
    rendered(GuestSession {
        admission,
        position,
        lobby_message: view.lobby_message.clone(),
        media: view.media.clone(),
    })
}

fn rendered(session: GuestSession) -> (Arc<GuestSession>, Arc<str>) {
    let json = serde_json::to_string(&session).expect("a session serializes");
    (Arc::new(session), json.into())
}

impl Watch {
    /// Hands the stream's first read (made after [`Lobbies::watch`], in a `Db::call` that
    /// read [`Lobbies::seq`] as `seq`) to the room, unless a newer push is already there.
    /// From then on, what [`Watch::latest`] holds is never older than what the guest has.
    pub fn seen(&mut self, seq: u64, session: GuestSession) -> Pushed {
        let view = Arc::new(View {
            media: session.media.clone(),
            lobby_message: session.lobby_message.clone(),
        });
        let (session, json) = rendered(session);
        let first = Pushed {
            seq,
            session,
            json,
            view,
        };
        let rooms = lock(&self.lobbies.rooms);
        // Under the room's lock, so no push interleaves.
        let watchers = rooms.get(&self.media_id).map(|room| lock(&room.watchers));
        if let Some(watcher) = watchers.as_ref().and_then(|w| w.get(&self.id)) {
            watcher.tx.send_if_modified(|current| {
                let older = current.as_ref().is_none_or(|pushed| pushed.seq < seq);
                if older {
                    *current = Some(first.clone());
                }
                older
            });
        }
        first
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let mut rooms = lock(&self.lobbies.rooms);
        if let Some(room) = rooms.get(&self.media_id) {
            let mut watchers = lock(&room.watchers);
            watchers.remove(&self.id);
            if watchers.is_empty() {
                drop(watchers);
                let room = rooms.remove(&self.media_id).expect("just found");
                // The task wakes, finds its room closed, and ends.
                room.closed.store(true, Ordering::SeqCst);
                room.wake.notify_one();
            }
        }
    }
}

/// One room's task: read the room, then on each change apply what was recorded and push,
/// pausing at least [`MIN_INTERVAL`] in between.
async fn fan_out(lobbies: Arc<Lobbies>, media_id: i64, room: Arc<Room>) {
    let mut queue: Option<Queue> = None;
    let mut read = true;
    loop {
        if room.closed.load(Ordering::SeqCst) {
            return;
        }
        let pending = room.take_pending();
        if read || pending.reload {
            match lobbies.load(media_id).await {
                Ok(loaded) => queue = loaded,
                Err(()) => {
                    // Try again after the pause, even if nothing else changes.
                    queue = None;
                    room.wake.notify_one();
                }
            }
        }
        read = queue.is_none();
        if let Some(queue) = queue.as_mut() {
            for (seq, change) in pending.changes {
                queue.apply(seq, change);
            }
            room.push(queue);
        }
        tokio::time::sleep(MIN_INTERVAL).await;
        room.wake.notified().await;
    }
}

#[cfg(test)]
mod tests;

//! The fan-out against a real database: every stream gets the place the REST endpoint
//! counts, and gets it while the connection is held by someone else, so no push can have
//! queried.

use std::time::{Duration, Instant};

use rusqlite::Connection;
use tempfile::TempDir;

use super::*;
use crate::db::write_tx;
use crate::guest_rules::guest_session;
use crate::store;
use crate::store::guests::{GuestRow, NewGuest};
use crate::time::now_ms;

/// The seeded live event.
const EVENT: i64 = 6;

struct Fixture {
    _dir: TempDir,
    db: Db,
    lobbies: Arc<Lobbies>,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = Db::open(&dir.path().join("lobby.db")).expect("db opens");
    db.blocking(|conn| crate::seed::seed_if_empty(conn, now_ms()))
        .expect("seeded");
    Fixture {
        lobbies: Arc::new(Lobbies::new(db.clone())),
        db,
        _dir: dir,
    }
}

fn token(n: usize) -> String {
    format!("guest-token-{n}")
}

/// Joins as the route does: commit, then record with the connection still held.
fn join(conn: &mut Connection, lobbies: &Lobbies, n: usize) -> GuestRow {
    let tx = write_tx(conn).unwrap();
    let new = NewGuest {
        media_id: EVENT,
        link_id: None,
        token: &token(n),
        name: "Guest",
        email: "guest@example.com",
        admission: Admission::Waiting,
        now: now_ms(),
        device: None,
    };
    let guest = store::guests::insert(&tx, &new).unwrap();
    tx.commit().unwrap();
    lobbies.record(
        EVENT,
        Change::Joined {
            guest_id: guest.id,
            waiting_since: guest.waiting_since,
        },
    );
    guest
}

/// Admits or denies as the route does.
fn decide(conn: &mut Connection, lobbies: &Lobbies, guest: &GuestRow, admission: Admission) {
    let tx = write_tx(conn).unwrap();
    store::guests::decide(&tx, EVENT, guest.id, admission, now_ms())
        .unwrap()
        .expect("was waiting");
    tx.commit().unwrap();
    lobbies.record(
        EVENT,
        Change::Decided {
            guest_id: guest.id,
            waiting_since: guest.waiting_since,
            admission,
        },
    );
}

/// What `GET /guest-sessions/{id}` answers for the guest with this token.
fn rest(conn: &Connection, n: usize) -> GuestSession {
    let guest = store::guests::find_by_token(conn, &token(n))
        .unwrap()
        .unwrap();
    let media = store::media::find(conn, EVENT, now_ms()).unwrap().unwrap();
    guest_session(conn, &guest, &media).unwrap()
}

/// Opens a stream's watch the way the route does: watch, first read, hand it over.
async fn open(fixture: &Fixture, n: usize, guest: &GuestRow) -> Watch {
    let mut watch = fixture.lobbies.watch(EVENT, guest.id, guest.waiting_since);
    let lobbies = fixture.lobbies.clone();
    let (first, seq) = fixture
        .db
        .call(move |conn| Ok((rest(conn, n), lobbies.seq())))
        .await
        .unwrap();
    watch.seen(seq, first);
    watch
}

/// Waits (on a blocking thread, so possibly with the connection held) until every stream
/// holds the session REST answers; false after 5 s.
fn settle(conn: &Connection, streams: &[(usize, Latest)]) -> bool {
    let expected: Vec<GuestSession> = streams.iter().map(|(n, _)| rest(conn, *n)).collect();
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let all = streams.iter().zip(&expected).all(|((_, latest), want)| {
            latest
                .borrow()
                .as_ref()
                .is_some_and(|p| *p.session == *want && p.json.as_ref() == to_json(want))
        });
        if all {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Waits until the rooms were read from the database `n` times in all.
async fn loaded(fixture: &Fixture, n: u64) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while fixture.lobbies.loads() < n {
        assert!(Instant::now() < deadline, "the room was not read");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

fn to_json(session: &GuestSession) -> String {
    serde_json::to_string(session).unwrap()
}

#[tokio::test]
async fn given_admits_denies_and_joins_with_the_database_held_should_push_every_place_rest_says() {
    let fixture = fixture();
    let lobbies = fixture.lobbies.clone();
    let guests: Vec<GuestRow> = fixture
        .db
        .call(move |conn| Ok((0..40).map(|n| join(conn, &lobbies, n)).collect()))
        .await
        .unwrap();
    let mut watches = Vec::new();
    for (n, guest) in guests.iter().enumerate() {
        watches.push(open(&fixture, n, guest).await);
    }
    let streams: Vec<(usize, Latest)> = watches
        .iter()
        .enumerate()
        .map(|(n, w)| (n, w.latest.clone()))
        .collect();
    loaded(&fixture, 1).await;
    // Each step changes the room and then, without letting go of the connection, waits for
    // every stream to hold what REST says: a push that queried could never arrive.
    type Step = Box<dyn FnOnce(&mut Connection, &Lobbies, &[GuestRow]) + Send>;
    let steps: Vec<(&str, Step)> = vec![
        (
            "admit the first",
            Box::new(|conn, l, g| decide(conn, l, &g[0], Admission::Admitted)),
        ),
        (
            "deny one in the middle",
            Box::new(|conn, l, g| decide(conn, l, &g[20], Admission::Denied)),
        ),
        (
            "a join, then two decisions in one burst",
            Box::new(|conn, l, g| {
                join(conn, l, 99);
                decide(conn, l, &g[39], Admission::Denied);
                decide(conn, l, &g[1], Admission::Admitted);
            }),
        ),
        (
            "a new lobby message",
            Box::new(|conn, l, _| {
                store::media::set_lobby_message(conn, EVENT, Some("Soon")).unwrap();
                l.record(EVENT, Change::Message(Some("Soon".into())));
            }),
        ),
        (
            "admit everyone",
            Box::new(|conn, l, _| {
                let tx = write_tx(conn).unwrap();
                store::guests::decide_all(&tx, EVENT, Admission::Admitted, now_ms()).unwrap();
                tx.commit().unwrap();
                l.record(EVENT, Change::DecidedAll(Admission::Admitted));
            }),
        ),
    ];
    for (name, step) in steps {
        let (lobbies, guests, streams) = (fixture.lobbies.clone(), guests.clone(), streams.clone());
        let settled = fixture
            .db
            .call(move |conn| {
                step(conn, &lobbies, &guests);
                Ok(settle(conn, &streams))
            })
            .await
            .unwrap();
        assert!(
            settled,
            "after \"{name}\", a stream's session differs from REST"
        );
    }
    assert_eq!(
        fixture.lobbies.loads(),
        1,
        "the room is read from the database once, when first watched"
    );
}

#[tokio::test]
async fn given_a_bulk_insert_should_read_the_room_again_once_and_stay_right() {
    let fixture = fixture();
    let lobbies = fixture.lobbies.clone();
    let guests: Vec<GuestRow> = fixture
        .db
        .call(move |conn| Ok((0..3).map(|n| join(conn, &lobbies, n)).collect()))
        .await
        .unwrap();
    let mut watches = Vec::new();
    for (n, guest) in guests.iter().enumerate() {
        watches.push(open(&fixture, n, guest).await);
    }
    let streams: Vec<(usize, Latest)> = watches
        .iter()
        .enumerate()
        .map(|(n, w)| (n, w.latest.clone()))
        .collect();
    loaded(&fixture, 1).await;
    let lobbies = fixture.lobbies.clone();
    fixture
        .db
        .call(move |conn| {
            // 500 guests who arrived before everyone: every place moves back by 500.
            let tx = write_tx(conn)?;
            crate::crowd::insert_crowd(&tx, EVENT, 0, 500, 0)?;
            tx.commit()?;
            lobbies.record(EVENT, Change::Reload);
            Ok(())
        })
        .await
        .unwrap();
    loaded(&fixture, 2).await;
    let lobbies = fixture.lobbies.clone();
    let (settled, first) = fixture
        .db
        .call(move |conn| {
            let settled = settle(conn, &streams);
            decide(conn, &lobbies, &guests[0], Admission::Denied);
            Ok((settled && settle(conn, &streams), rest(conn, 1)))
        })
        .await
        .unwrap();
    assert!(settled, "a stream's session differs from REST");
    assert_eq!(first.position, Some(501));
    assert_eq!(
        fixture.lobbies.loads(),
        2,
        "read when first watched, and after the bulk insert"
    );
}

#[tokio::test]
async fn given_the_last_watch_dropped_should_end_the_room() {
    let fixture = fixture();
    let lobbies = fixture.lobbies.clone();
    let guest = fixture
        .db
        .call(move |conn| Ok(join(conn, &lobbies, 0)))
        .await
        .unwrap();
    let watch = open(&fixture, 0, &guest).await;
    assert_eq!(lock(&fixture.lobbies.rooms).len(), 1);
    drop(watch);
    assert!(lock(&fixture.lobbies.rooms).is_empty());
    // Changes to a room nobody watches are only counted.
    let before = fixture.lobbies.seq();
    fixture.lobbies.record(EVENT, Change::Reload);
    assert_eq!(fixture.lobbies.seq(), before + 1);
}

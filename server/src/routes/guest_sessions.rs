use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::Json;
use contract::{Admission, ApiErrorBody, GuestSession, ParticipantEvent};
use futures::stream::{self, Stream, StreamExt};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::auth::Bearer;
use crate::db::write_tx;
use crate::error::ApiResult;
use crate::events::Events;
use crate::extract::{PathParams, QueryParams};
use crate::guest_rules::{authenticate_guest, check_guest, guest_session};
use crate::lobby::Change;
use crate::state::AppState;
use crate::store;
use crate::time::now_ms;
use crate::tokens::digest;

/// How often an idle stream sends a comment, so proxies keep it open.
pub const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// The guest's session, with every check a new visit gets: deleted link, access off,
/// expired link, unavailable item; and the number of the last waiting-room change it
/// reflects (`Lobbies::seq`, read in the same call).
async fn checked_session(
    state: &AppState,
    guest_id: i64,
    token: Option<String>,
) -> ApiResult<(GuestSession, u64)> {
    let lobbies = state.events.lobbies.clone();
    state
        .db
        .call(move |conn| {
            let guest = authenticate_guest(conn, guest_id, token.as_deref())?;
            let media = check_guest(conn, &guest, now_ms())?;
            Ok((guest_session(conn, &guest, &media)?, lobbies.seq()))
        })
        .await
}

/// A guest's admission, place in the queue and the lobby message.
#[utoipa::path(
    get,
    path = "/api/v1/guest-sessions/{guest_id}",
    tag = "guest",
    security(("guest_token" = [])),
    params(("guest_id" = i64, Path, description = "The guest, as returned by join")),
    responses(
        (status = 200, description = "The guest's session", body = GuestSession),
        (status = 401, description = "`not_signed_in`: missing or unknown guest token", body = ApiErrorBody),
        (status = 403, description = "`guest_access_disabled`", body = ApiErrorBody),
        (status = 404, description = "`not_found` (token of another guest) or `link_not_found`", body = ApiErrorBody),
        (status = 410, description = "`link_expired` (with `expired_at`) or `media_unavailable`", body = ApiErrorBody),
    )
)]
pub async fn get_guest_session(
    State(state): State<AppState>,
    PathParams(guest_id): PathParams<i64>,
    Bearer(token): Bearer,
) -> ApiResult<Json<GuestSession>> {
    Ok(Json(checked_session(&state, guest_id, token).await?.0))
}

/// The token of an EventSource, which cannot send headers.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TokenQuery {
    /// The guest token returned by join.
    token: Option<String>,
}

/// An `admission` event; `json` is a `GuestSession`, rendered once for every stream it is
/// the same for.
fn admission_event(json: &str) -> Result<Event, axum::Error> {
    Ok(Event::default().event("admission").data(json))
}

/// `admission` events: the session at once, then each time it changes (admitted, denied,
/// queue position, lobby message). Comments every 15 s keep it open; no timeout ever drops a
/// waiting guest. At most 3 streams per guest token: a 4th ends the oldest.
#[utoipa::path(
    get,
    path = "/api/v1/guest-sessions/{guest_id}/events",
    tag = "guest",
    params(
        ("guest_id" = i64, Path, description = "The guest, as returned by join"),
        TokenQuery,
    ),
    responses(
        (status = 200, description = "`text/event-stream` of `admission` events whose data is a GuestSession", content_type = "text/event-stream", body = crate::sse_schema::GuestSessionEvent),
        (status = 401, description = "`not_signed_in`: missing or unknown guest token", body = ApiErrorBody),
        (status = 403, description = "`guest_access_disabled`", body = ApiErrorBody),
        (status = 404, description = "`not_found` or `link_not_found`", body = ApiErrorBody),
        (status = 410, description = "`link_expired` (with `expired_at`) or `media_unavailable`", body = ApiErrorBody),
        (status = 422, description = "`validation_failed`: unreadable query", body = ApiErrorBody),
    )
)]
pub async fn guest_session_events(
    State(state): State<AppState>,
    PathParams(guest_id): PathParams<i64>,
    QueryParams(query): QueryParams<TokenQuery>,
    Bearer(bearer): Bearer,
) -> ApiResult<Sse<impl Stream<Item = Result<Event, axum::Error>>>> {
    let token = query.token.or(bearer);
    let guest = {
        let token = token.clone();
        state
            .db
            .call(move |conn| authenticate_guest(conn, guest_id, token.as_deref()))
            .await?
    };
    let slot = state.streams.claim(format!(
        "guest:{}",
        digest(token.as_deref().unwrap_or_default())
    ));
    // Watch before reading, so that no change between the two is missed.
    let mut watch = state
        .events
        .lobbies
        .watch(guest.media_id, guest_id, guest.waiting_since);
    let (first, seq) = checked_session(&state, guest_id, token).await?;
    let first = watch.seen(seq, first);
    let open = OpenStream::new(state.events.clone(), guest.media_id, guest_id);
    if state
        .events
        .presence
        .opened(guest_id, guest.waiting_since, now_ms())
        && first.session.admission == Admission::Waiting
    {
        let mut entry = guest.waiting_entry();
        entry.away_since = None;
        state
            .events
            .publish(guest.media_id, [ParticipantEvent::Back(entry)]);
    }
    // Sessions are pushed, computed in memory for the whole room: no query here.
    let later = stream::unfold(
        (watch, first.session.clone()),
        |(mut watch, mut last)| async move {
            loop {
                watch.latest.changed().await.ok()?;
                let Some(pushed) = watch.latest.borrow_and_update().clone() else {
                    continue;
                };
                if pushed.session != last {
                    last = pushed.session;
                    return Some((admission_event(&pushed.json), (watch, last)));
                }
            }
        },
    );
    let events = stream::once(async move { admission_event(&first.json) })
        .chain(later)
        .take_until(slot.replaced())
        // The stream owns its presence: dropped (the page went, or the stream was
        // replaced) it counts as closed.
        .map(move |event| {
            let _ = &open;
            event
        });
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(KEEP_ALIVE)))
}

/// One open guest stream, counted by [`crate::presence::Presence`] until it drops.
struct OpenStream {
    events: Arc<Events>,
    media_id: i64,
    guest_id: i64,
}

impl OpenStream {
    fn new(events: Arc<Events>, media_id: i64, guest_id: i64) -> Self {
        OpenStream {
            events,
            media_id,
            guest_id,
        }
    }
}

impl Drop for OpenStream {
    fn drop(&mut self) {
        if let Some(due) = self.events.presence.closed(self.guest_id, now_ms()) {
            self.events.check_away_later(self.media_id, due);
        }
    }
}

/// Ends the guest's own session, waiting or inside: the session reads `removed` from then on
/// and the item's hosts get `left_waiting` (data: the WaitingGuest) or `left` (data: the
/// Participant). Calling it again, or for a session already denied, changes nothing and
/// answers 204 too, so a retry after a lost answer is safe.
#[utoipa::path(
    delete,
    path = "/api/v1/guest-sessions/{guest_id}",
    tag = "guest",
    security(("guest_token" = [])),
    params(("guest_id" = i64, Path, description = "The guest, as returned by join")),
    responses(
        (status = 204, description = "The session is over (now or already)"),
        (status = 401, description = "`not_signed_in`: missing or unknown guest token", body = ApiErrorBody),
        (status = 404, description = "`not_found`: the token belongs to another guest", body = ApiErrorBody),
    )
)]
pub async fn leave_guest_session(
    State(state): State<AppState>,
    PathParams(guest_id): PathParams<i64>,
    Bearer(token): Bearer,
) -> ApiResult<StatusCode> {
    let lobbies = state.events.lobbies.clone();
    let (media_id, events) = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let guest = authenticate_guest(&tx, guest_id, token.as_deref())?;
            let mut events = Vec::new();
            if store::guests::leave(&tx, guest_id, now)?.is_some() {
                if guest.admission == Admission::Waiting {
                    events.push(ParticipantEvent::LeftWaiting(guest.waiting_entry()));
                }
                let left = store::participants::leave_guest(&tx, guest.media_id, guest_id, now)?;
                events.extend(left.map(ParticipantEvent::Left));
            }
            tx.commit()?;
            if guest.admission == Admission::Waiting {
                lobbies.record(
                    guest.media_id,
                    Change::Decided {
                        guest_id,
                        waiting_since: guest.waiting_since,
                        admission: Admission::Removed,
                    },
                );
            }
            Ok((guest.media_id, events))
        })
        .await?;
    state.events.presence.forget(guest_id);
    state.events.publish(media_id, events);
    Ok(StatusCode::NO_CONTENT)
}

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::Json;
use contract::{ApiErrorBody, ParticipantEvent, Participants};
use futures::stream::{self, Stream, StreamExt};
use serde::Deserialize;
use tokio_stream::wrappers::BroadcastStream;
use utoipa::IntoParams;

use crate::access::Access;
use crate::auth::{session_token, Host};
use crate::error::ApiResult;
use crate::extract::{PathParams, QueryParams};
use crate::routes::guest_sessions::KEEP_ALIVE;
use crate::routes::responses::LiveErrors;
use crate::state::AppState;
use crate::store;
use crate::time::{from_ms, now_ms};
use crate::tokens::digest;
use axum::http::HeaderMap;

/// Who is in the live session now, and who waits to be admitted (oldest first).
#[utoipa::path(
    get,
    path = "/api/v1/media/{media_id}/participants",
    tag = "participants",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "A live event or room")),
    responses(
        (status = 200, description = "Participants and the waiting room", body = Participants),
        LiveErrors,
    )
)]
pub async fn get_participants(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
) -> ApiResult<Json<Participants>> {
    let events = state.events.clone();
    let participants = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let access = Access::load(conn, media_id, me.id, now)?;
            access.require_live_host()?;
            let presence = &events.presence;
            Ok(Participants {
                lobby_message: access.media.lobby_message.clone(),
                participants: store::participants::present(conn, media_id)?,
                waiting: store::guests::waiting(conn, media_id)?
                    .iter()
                    .map(|guest| {
                        let mut entry = guest.waiting_entry();
                        entry.away_since = presence
                            .away_since(guest.id, guest.waiting_since, now)
                            .map(from_ms);
                        entry
                    })
                    .collect(),
            })
        })
        .await?;
    Ok(Json(participants))
}

/// One participant event as SSE: its name, and the affected entry as data.
fn sse_event(event: &ParticipantEvent) -> Result<Event, axum::Error> {
    let named = Event::default().event(event.name());
    match event {
        ParticipantEvent::Joined(p) | ParticipantEvent::Left(p) => named.json_data(p),
        ParticipantEvent::Waiting(g)
        | ParticipantEvent::Admitted(g)
        | ParticipantEvent::Denied(g)
        | ParticipantEvent::LeftWaiting(g)
        | ParticipantEvent::Away(g)
        | ParticipantEvent::Back(g) => named.json_data(g),
    }
}

/// The most publishes one `batch` message gathers when several are ready at once (each
/// publish, such as an admit-all of 1,000 with its 2,000 events, is one).
pub const BATCH_MAX: usize = 64;

/// How the host's stream is sent.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StreamOptions {
    /// Additive: `true` sends the events that are ready at once (a burst such as admit-all)
    /// as one `batch` message, whose data is a JSON array of `{"event": name, "data": entry}`
    /// in order; an event on its own still comes as its named event. Default `false`.
    #[serde(default)]
    batch: bool,
}

/// The stream's messages for the events that were ready together: one `batch` message for
/// several when the client asked for batches, else one named event each.
fn sse_messages(events: Vec<ParticipantEvent>, batch: bool) -> Vec<Result<Event, axum::Error>> {
    if batch && events.len() > 1 {
        vec![Event::default().event("batch").json_data(&events)]
    } else {
        events.iter().map(sse_event).collect()
    }
}

/// Live changes: `joined`/`left` (data: Participant), `waiting`/`admitted`/`denied`, and
/// (additive) `left_waiting`/`away`/`back` (data: WaitingGuest); with `batch=true`
/// (additive), a burst as one `batch` message. A stream that falls too far behind is closed;
/// reconnect and reload. At most 3 streams per session: a 4th ends the oldest.
#[utoipa::path(
    get,
    path = "/api/v1/media/{media_id}/participants/events",
    tag = "participants",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "A live event or room"), StreamOptions),
    responses(
        (status = 200, description = "`text/event-stream` of `joined`, `left`, `waiting`, `admitted`, `denied`, `left_waiting`, `away` and `back` events, and with `batch=true` of `batch` events (data: a JSON array of `{event, data}`)", content_type = "text/event-stream", body = crate::sse_schema::ParticipantStreamEvent),
        LiveErrors,
        (status = 422, description = "`validation_failed` with `fields`: batch (not `true` or `false`)", body = ApiErrorBody),
    )
)]
pub async fn participant_events(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
    QueryParams(options): QueryParams<StreamOptions>,
    headers: HeaderMap,
) -> ApiResult<Sse<impl Stream<Item = Result<Event, axum::Error>>>> {
    state
        .db
        .call(move |conn| Access::load(conn, media_id, me.id, now_ms())?.require_live_host())
        .await?;
    let session = session_token(&headers).unwrap_or_default();
    let slot = state.streams.claim(format!("host:{}", digest(&session)));
    let batch = options.batch;
    let events = BroadcastStream::new(state.events.subscribe_participants(media_id))
        .take_while(|received| std::future::ready(received.is_ok()))
        .filter_map(|received| std::future::ready(received.ok()))
        // Whatever is ready at once: admit-all's events are one group, so one message.
        .ready_chunks(if batch { BATCH_MAX } else { 1 })
        .flat_map(move |groups| {
            let ready = groups.iter().flat_map(|g| g.iter().cloned()).collect();
            stream::iter(sse_messages(ready, batch))
        })
        .take_until(slot.replaced());
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(KEEP_ALIVE)))
}

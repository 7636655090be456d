use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::Json;
use contract::{ParticipantEvent, Participants};
use futures::stream::{Stream, StreamExt};
use tokio_stream::wrappers::BroadcastStream;

use crate::access::Access;
use crate::auth::{session_token, Host};
use crate::error::ApiResult;
use crate::extract::PathParams;
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

/// Live changes: `joined`/`left` (data: Participant), `waiting`/`admitted`/`denied`, and
/// (additive) `left_waiting`/`away`/`back` (data: WaitingGuest). A stream that falls too far behind is closed; reconnect and reload. At most
/// 3 streams per session: a 4th ends the oldest.
#[utoipa::path(
    get,
    path = "/api/v1/media/{media_id}/participants/events",
    tag = "participants",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "A live event or room")),
    responses(
        (status = 200, description = "`text/event-stream` of `joined`, `left`, `waiting`, `admitted`, `denied`, `left_waiting`, `away` and `back` events", content_type = "text/event-stream", body = crate::sse_schema::ParticipantStreamEvent),
        LiveErrors,
    )
)]
pub async fn participant_events(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
    headers: HeaderMap,
) -> ApiResult<Sse<impl Stream<Item = Result<Event, axum::Error>>>> {
    state
        .db
        .call(move |conn| Access::load(conn, media_id, me.id, now_ms())?.require_live_host())
        .await?;
    let session = session_token(&headers).unwrap_or_default();
    let slot = state.streams.claim(format!("host:{}", digest(&session)));
    let events = BroadcastStream::new(state.events.subscribe_participants(media_id))
        .take_while(|received| std::future::ready(received.is_ok()))
        .filter_map(|received| std::future::ready(received.ok()))
        .map(|event| sse_event(&event))
        .take_until(slot.replaced());
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(KEEP_ALIVE)))
}

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use contract::{
    validate, Admission, ApiErrorBody, Count, ErrorCode, LobbyMessage, ParticipantEvent,
};
use rusqlite::Connection;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::access::Access;
use crate::auth::Host;
use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::lobby::Change;
use crate::routes::responses::{DecisionErrors, LiveErrors};
use crate::state::AppState;
use crate::store;
use crate::store::guests::GuestRow;
use crate::time::now_ms;

/// The events decisions produce, guest by guest in the order given: `denied`, or `admitted`
/// then `joined` for each guest who became a participant now. Admitted guests become
/// participants in one statement however many there are (admit-all's thousand included).
fn decision_events(
    conn: &Connection,
    media_id: i64,
    guests: &[GuestRow],
    admission: Admission,
    now: i64,
) -> ApiResult<Vec<ParticipantEvent>> {
    let mut joined = match admission {
        Admission::Admitted => store::participants::insert_admitted_guests(conn, media_id, now)?,
        _ => Default::default(),
    };
    let mut events = Vec::with_capacity(guests.len() * 2);
    for guest in guests {
        let entry = guest.waiting_entry();
        if admission == Admission::Denied {
            events.push(ParticipantEvent::Denied(entry));
            continue;
        }
        events.push(ParticipantEvent::Admitted(entry));
        events.extend(joined.remove(&guest.id).map(ParticipantEvent::Joined));
    }
    Ok(events)
}

/// Admits or denies one waiting guest, then tells hosts and guests.
async fn decide(
    state: AppState,
    user_id: i64,
    media_id: i64,
    guest_id: i64,
    admission: Admission,
) -> ApiResult<StatusCode> {
    let lobbies = state.events.lobbies.clone();
    let events = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            Access::load(&tx, media_id, user_id, now)?.require_live_host()?;
            let guest = store::guests::decide(&tx, media_id, guest_id, admission, now)?
                .ok_or_else(|| {
                    ApiError::new(ErrorCode::NotFound, "No guest with this id is waiting.")
                })?;
            let events =
                decision_events(&tx, media_id, std::slice::from_ref(&guest), admission, now)?;
            tx.commit()?;
            lobbies.record(
                media_id,
                Change::Decided {
                    guest_id,
                    waiting_since: guest.waiting_since,
                    admission,
                },
            );
            Ok(events)
        })
        .await?;
    state.events.publish(media_id, events);
    Ok(StatusCode::NO_CONTENT)
}

/// Admits or denies every waiting guest in one transaction, then tells hosts and guests.
async fn decide_all(
    state: AppState,
    user_id: i64,
    media_id: i64,
    admission: Admission,
) -> ApiResult<Json<Count>> {
    let lobbies = state.events.lobbies.clone();
    let events_and_count = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            Access::load(&tx, media_id, user_id, now)?.require_live_host()?;
            let guests = store::guests::decide_all(&tx, media_id, admission, now)?;
            let events = decision_events(&tx, media_id, &guests, admission, now)?;
            tx.commit()?;
            if !guests.is_empty() {
                lobbies.record(media_id, Change::DecidedAll(admission));
            }
            Ok((events, guests.len() as u32))
        })
        .await?;
    let (events, count) = events_and_count;
    if count > 0 {
        state.events.publish(media_id, events);
    }
    Ok(Json(Count { count }))
}

/// The path of a decision about one waiting guest, shared by admit and deny.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct WaitingGuestPath {
    /// A live event or room
    media_id: i64,
    /// A waiting guest
    guest_id: i64,
}

/// Lets a waiting guest in: they become a participant (guest, viewer).
#[utoipa::path(
    post,
    path = "/api/v1/media/{media_id}/waiting/{guest_id}/admit",
    tag = "participants",
    security(("session_cookie" = [])),
    params(WaitingGuestPath),
    responses(
        (status = 204, description = "Admitted"),
        DecisionErrors,
    )
)]
pub async fn admit(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(WaitingGuestPath { media_id, guest_id }): PathParams<WaitingGuestPath>,
) -> ApiResult<StatusCode> {
    decide(state, me.id, media_id, guest_id, Admission::Admitted).await
}

/// Turns a waiting guest away; they stay denied.
#[utoipa::path(
    post,
    path = "/api/v1/media/{media_id}/waiting/{guest_id}/deny",
    tag = "participants",
    security(("session_cookie" = [])),
    params(WaitingGuestPath),
    responses(
        (status = 204, description = "Denied"),
        DecisionErrors,
    )
)]
pub async fn deny(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(WaitingGuestPath { media_id, guest_id }): PathParams<WaitingGuestPath>,
) -> ApiResult<StatusCode> {
    decide(state, me.id, media_id, guest_id, Admission::Denied).await
}

/// Admits everyone waiting.
#[utoipa::path(
    post,
    path = "/api/v1/media/{media_id}/waiting/admit-all",
    tag = "participants",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "A live event or room")),
    responses(
        (status = 200, description = "How many guests were admitted", body = Count),
        LiveErrors,
    )
)]
pub async fn admit_all(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
) -> ApiResult<Json<Count>> {
    decide_all(state, me.id, media_id, Admission::Admitted).await
}

/// Denies everyone waiting.
#[utoipa::path(
    post,
    path = "/api/v1/media/{media_id}/waiting/deny-all",
    tag = "participants",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "A live event or room")),
    responses(
        (status = 200, description = "How many guests were denied", body = Count),
        LiveErrors,
    )
)]
pub async fn deny_all(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
) -> ApiResult<Json<Count>> {
    decide_all(state, me.id, media_id, Admission::Denied).await
}

/// Sets (or, when blank or null, clears) the message waiting guests see.
#[utoipa::path(
    put,
    path = "/api/v1/media/{media_id}/lobby-message",
    tag = "participants",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "A live event or room")),
    request_body = LobbyMessage,
    responses(
        (status = 204, description = "Saved and sent to waiting guests"),
        LiveErrors,
        (status = 422, description = "`validation_failed` with `fields`: message", body = ApiErrorBody),
    )
)]
pub async fn put_lobby_message(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
    JsonBody(body): JsonBody<LobbyMessage>,
) -> ApiResult<StatusCode> {
    let lobbies = state.events.lobbies.clone();
    state
        .db
        .call(move |conn| {
            let tx = write_tx(conn)?;
            Access::load(&tx, media_id, me.id, now_ms())?.require_live_host()?;
            validate::lobby_message(body.message.as_deref()).map_err(ApiError::invalid)?;
            let message = body
                .message
                .as_deref()
                .map(str::trim)
                .filter(|m| !m.is_empty());
            store::media::set_lobby_message(&tx, media_id, message)?;
            tx.commit()?;
            lobbies.record(media_id, Change::Message(message.map(str::to_string)));
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

//! How the event streams are documented. For OpenAPI before 3.2, a `text/event-stream`
//! response's schema describes each event: its name and its `data`, a JSON text.

use utoipa::ToSchema;

/// One event of `GET /guest-sessions/{guest_id}/events`: `admission`, whose data is a
/// GuestSession as JSON.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct GuestSessionEvent {
    #[schema(pattern = "^admission$")]
    event: String,
    /// A `GuestSession`, as JSON.
    data: String,
}

/// One event of `GET /media/{media_id}/participants/events`: `joined` or `left` (data: a
/// Participant as JSON) or `waiting`, `admitted`, `denied`, `left_waiting` (the guest left
/// the queue), `away` (their page may have gone: `away_since` set) or `back` (data: a
/// WaitingGuest as JSON); with `batch=true` (additive) also `batch`, whose data is a JSON
/// array of `{"event": name, "data": entry}`: the events that were ready together, in order.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ParticipantStreamEvent {
    #[schema(pattern = "^(joined|left|waiting|admitted|denied|left_waiting|away|back|batch)$")]
    event: String,
    /// A `Participant` or `WaitingGuest`, as JSON; for `batch`, an array of events.
    data: String,
}

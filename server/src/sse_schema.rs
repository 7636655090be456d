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
/// Participant as JSON) or `waiting`, `admitted` or `denied` (data: a WaitingGuest as JSON).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ParticipantStreamEvent {
    #[schema(pattern = "^(joined|left|waiting|admitted|denied)$")]
    event: String,
    /// A `Participant` or `WaitingGuest`, as JSON.
    data: String,
}

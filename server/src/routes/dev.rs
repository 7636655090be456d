//! Reference-backend-only endpoints: signing in without a password, the "sent" emails, and
//! knobs for tests and benchmarks. A real platform has none of these.

use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::{AppendHeaders, IntoResponse};
use axum::Json;
use contract::{
    validate, ApiErrorBody, Count, ErrorCode, FieldError, FieldErrors, Me, OutboxEmail,
    ParticipantEvent, Settings, SignIn,
};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::auth::{cleared_cookie, session_cookie, session_token};
use crate::crowd::insert_crowd;
use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::lobby::Change;
use crate::state::AppState;
use crate::store;
use crate::time::now_ms;
use crate::tokens::random_token;

/// Signs in as a seeded account by email; sets the HttpOnly session cookie.
#[utoipa::path(
    post,
    path = "/api/v1/dev/sign-in",
    tag = "dev",
    request_body = SignIn,
    responses(
        (status = 200, description = "Signed in; `Set-Cookie: share_session=...`", body = Me),
        (status = 404, description = "`not_found`: no account with this email", body = ApiErrorBody),
        (status = 422, description = "`validation_failed` with `fields`: email", body = ApiErrorBody),
    )
)]
pub async fn sign_in(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<SignIn>,
) -> ApiResult<impl IntoResponse> {
    if let Err(error) = validate::email(&body.email) {
        return Err(ApiError::invalid([("email".to_string(), error)].into()));
    }
    let token = random_token();
    let me = {
        let token = token.clone();
        state
            .db
            .call(move |conn| {
                let me =
                    store::users::find_by_email(conn, body.email.trim())?.ok_or_else(|| {
                        ApiError::new(ErrorCode::NotFound, "No account with this email.")
                    })?;
                store::sessions::create(conn, &token, me.id, now_ms())?;
                Ok(me)
            })
            .await?
    };
    let secure = state.config.public_url.starts_with("https://");
    Ok((
        AppendHeaders([(SET_COOKIE, session_cookie(&token, secure))]),
        Json(me),
    ))
}

/// Ends the session, if any, and clears the cookie.
#[utoipa::path(
    post,
    path = "/api/v1/dev/sign-out",
    tag = "dev",
    responses((status = 204, description = "Signed out"))
)]
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<impl IntoResponse> {
    if let Some(token) = session_token(&headers) {
        state
            .db
            .call(move |conn| Ok(store::sessions::delete(conn, &token)?))
            .await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        AppendHeaders([(SET_COOKIE, cleared_cookie())]),
    ))
}

/// Every email the backend "sent", newest first.
#[utoipa::path(
    get,
    path = "/api/v1/dev/outbox",
    tag = "dev",
    responses((status = 200, description = "Sent emails, newest first", body = Vec<OutboxEmail>))
)]
pub async fn outbox(State(state): State<AppState>) -> ApiResult<Json<Vec<OutboxEmail>>> {
    let emails = state.db.call(|conn| Ok(store::outbox::list(conn)?)).await?;
    Ok(Json(emails))
}

fn in_range(value: i64, range: std::ops::RangeInclusive<i64>) -> Result<(), FieldError> {
    range
        .contains(&value)
        .then_some(())
        .ok_or(FieldError::OutOfRange)
}

fn check_settings(settings: &Settings) -> Result<(), FieldErrors> {
    let reusability = i64::from(settings.invite_link_reusability);
    let checks = [
        (
            "max_guest_links",
            in_range(settings.max_guest_links.into(), 1..=100),
        ),
        (
            "invite_link_duration_minutes",
            in_range(settings.invite_link_duration_minutes.into(), 1..=525_600),
        ),
        (
            "invite_link_reusability",
            if reusability == -1 {
                Ok(())
            } else {
                in_range(reusability, 1..=1_000_000)
            },
        ),
        (
            "default_locale",
            settings
                .default_locale
                .as_deref()
                .map_or(Ok(()), contract::validate::locale_tag),
        ),
    ];
    let errors: FieldErrors = checks
        .into_iter()
        .filter_map(|(field, result)| result.err().map(|e| (field.to_string(), e)))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Replaces the platform settings, so tests can try other limits.
#[utoipa::path(
    put,
    path = "/api/v1/dev/settings",
    tag = "dev",
    request_body = Settings,
    responses(
        (status = 200, description = "The new settings", body = Settings),
        (status = 422, description = "`validation_failed` with `fields`: max_guest_links (1..=100), invite_link_duration_minutes (1..=525600), invite_link_reusability (-1 or 1..=1000000), default_locale (a BCP 47 tag of at most 35 characters, or null)", body = ApiErrorBody),
    )
)]
pub async fn put_settings(
    State(state): State<AppState>,
    JsonBody(settings): JsonBody<Settings>,
) -> ApiResult<Json<Settings>> {
    check_settings(&settings).map_err(ApiError::invalid)?;
    let saved = settings.clone();
    state
        .db
        .call(move |conn| Ok(store::settings::put(conn, &saved)?))
        .await?;
    Ok(Json(settings))
}

/// How many people to add to a live session, for benchmarks.
#[derive(Deserialize, ToSchema)]
pub struct Crowd {
    /// Participants to add, 0..=20000.
    #[serde(default)]
    pub participants: u32,
    /// Waiting guests to add, 0..=20000.
    #[serde(default)]
    pub waiting: u32,
}

/// The most rows one crowd call adds of each sort.
const CROWD_MAX: u32 = 20_000;

/// Adds participants and waiting guests with varied names in one transaction. Emits no
/// participant events (hosts reload); waiting guests' positions are re-sent.
#[utoipa::path(
    post,
    path = "/api/v1/dev/media/{media_id}/crowd",
    tag = "dev",
    params(("media_id" = i64, Path, description = "A live event or room")),
    request_body = Crowd,
    responses(
        (status = 200, description = "How many rows were added", body = Count),
        (status = 404, description = "`not_found`: no such live item", body = ApiErrorBody),
        (status = 422, description = "`validation_failed` with `fields`: participants, waiting (0..=20000)", body = ApiErrorBody),
    )
)]
pub async fn crowd(
    State(state): State<AppState>,
    PathParams(media_id): PathParams<i64>,
    JsonBody(crowd): JsonBody<Crowd>,
) -> ApiResult<Json<Count>> {
    let errors: FieldErrors = [
        ("participants", crowd.participants),
        ("waiting", crowd.waiting),
    ]
    .into_iter()
    .filter(|(_, n)| *n > CROWD_MAX)
    .map(|(field, _)| (field.to_string(), FieldError::OutOfRange))
    .collect();
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    let lobbies = state.events.lobbies.clone();
    state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let media = store::media::find(&tx, media_id, now)?
                .filter(|media| media.kind.is_live())
                .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "No such live item."))?;
            insert_crowd(&tx, media.id, crowd.participants, crowd.waiting, now)?;
            tx.commit()?;
            // Too many to record one by one: the waiting room is read again.
            lobbies.record(media_id, Change::Reload);
            Ok(())
        })
        .await?;
    Ok(Json(Count {
        count: crowd.participants + crowd.waiting,
    }))
}

/// Makes a participant leave, so that clients can see `left` without a real session.
#[utoipa::path(
    post,
    path = "/api/v1/dev/media/{media_id}/participants/{participant_id}/leave",
    tag = "dev",
    params(
        ("media_id" = i64, Path, description = "A live event or room"),
        ("participant_id" = i64, Path, description = "A present participant"),
    ),
    responses(
        (status = 204, description = "Left; hosts get `left`"),
        (status = 404, description = "`not_found`: no such participant present", body = ApiErrorBody),
    )
)]
pub async fn leave(
    State(state): State<AppState>,
    PathParams((media_id, participant_id)): PathParams<(i64, i64)>,
) -> ApiResult<StatusCode> {
    let participant = state
        .db
        .call(move |conn| {
            let tx = write_tx(conn)?;
            let left = store::participants::leave(&tx, media_id, participant_id, now_ms())?
                .ok_or_else(|| {
                    ApiError::new(ErrorCode::NotFound, "No such participant present.")
                })?;
            tx.commit()?;
            Ok(left)
        })
        .await?;
    state
        .events
        .publish(media_id, [ParticipantEvent::Left(participant)]);
    Ok(StatusCode::NO_CONTENT)
}

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use contract::{
    validate, Admission, ApiErrorBody, ErrorCode, GuestLinkInfo, JoinRequest, JoinResponse,
    LinkAdmission, ParticipantEvent, ParticipantKind, ParticipantRole,
};

use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::guest_rules::{check_link, expired as expired_error, find_link, guest_media};
use crate::lobby::Change;
use crate::state::AppState;
use crate::store;
use crate::store::guests::NewGuest;
use crate::store::participants::NewParticipant;
use crate::time::now_ms;
use crate::tokens::random_token;

/// What the guest entry page shows. Reads only: link previews and prefetchers never use up a
/// click.
#[utoipa::path(
    get,
    path = "/api/v1/guest/{token}",
    tag = "guest",
    params(("token" = String, Path, description = "The guest link's secret token")),
    responses(
        (status = 200, description = "The item behind the link", body = GuestLinkInfo),
        (status = 403, description = "`guest_access_disabled`", body = ApiErrorBody),
        (status = 404, description = "`link_not_found`: deleted or never existed", body = ApiErrorBody),
        (status = 410, description = "`media_unavailable`, `link_expired` (with `expired_at`) or `link_exhausted`", body = ApiErrorBody),
    )
)]
pub async fn get_guest_link(
    State(state): State<AppState>,
    PathParams(token): PathParams<String>,
) -> ApiResult<Json<GuestLinkInfo>> {
    let config = state.config.clone();
    let info = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let (link, media) = find_link(conn, &token, now)?;
            check_link(&link, &media, now)?;
            Ok(GuestLinkInfo {
                media: guest_media(&media),
                requires_admission: media.kind.is_live() && link.admission == LinkAdmission::Wait,
                platform: Some(config.platform(store::settings::get(conn)?.default_locale)),
                shared_by: store::media::shared_by(conn, media.id)?,
            })
        })
        .await?;
    Ok(Json(info))
}

/// Joins by a guest link: uses exactly one click (a conditional UPDATE in the same transaction
/// as the new guest), so the click limit holds under concurrent joins.
#[utoipa::path(
    post,
    path = "/api/v1/guest/{token}/join",
    tag = "guest",
    params(("token" = String, Path, description = "The guest link's secret token")),
    request_body = JoinRequest,
    responses(
        (status = 201, description = "Joined; at live kinds, guests of a `wait` link wait for admission, those of a `direct` link are admitted at once", body = JoinResponse),
        (status = 403, description = "`guest_access_disabled`", body = ApiErrorBody),
        (status = 404, description = "`link_not_found`", body = ApiErrorBody),
        (status = 410, description = "`media_unavailable`, `link_expired` (with `expired_at`) or `link_exhausted`", body = ApiErrorBody),
        (status = 422, description = "`validation_failed` with `fields`: name, email", body = ApiErrorBody),
    )
)]
pub async fn join(
    State(state): State<AppState>,
    PathParams(token): PathParams<String>,
    JsonBody(body): JsonBody<JoinRequest>,
) -> ApiResult<(StatusCode, Json<JoinResponse>)> {
    let lobbies = state.events.lobbies.clone();
    let guest = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let (link, media) = find_link(&tx, &token, now)?;
            check_link(&link, &media, now)?;
            validate::join(&body).map_err(ApiError::invalid)?;
            if !store::guest_links::take_click(&tx, link.id, now)? {
                let expired = link.expires_at.is_some_and(|at| at <= now);
                return Err(if expired {
                    expired_error(&link)
                } else {
                    ErrorCode::LinkExhausted.into()
                });
            }
            // A live item's "direct" link lets its guests in without the waiting room.
            let admission = if media.kind.is_live() && link.admission == LinkAdmission::Wait {
                Admission::Waiting
            } else {
                Admission::Admitted
            };
            let guest_token = random_token();
            let guest = store::guests::insert(
                &tx,
                &NewGuest {
                    media_id: media.id,
                    link_id: Some(link.id),
                    token: &guest_token,
                    name: body.name.trim(),
                    email: body.email.trim(),
                    admission,
                    now,
                    device: body.device.as_deref(),
                },
            )?;
            let entered = match media.kind.is_live() && admission == Admission::Admitted {
                true => store::participants::insert(
                    &tx,
                    &NewParticipant {
                        media_id: media.id,
                        name: &guest.name,
                        kind: ParticipantKind::Guest,
                        role: ParticipantRole::Viewer,
                        now,
                        user_id: None,
                        guest_id: Some(guest.id),
                        invitee_session_id: None,
                    },
                )?,
                false => None,
            };
            tx.commit()?;
            if guest.admission == Admission::Waiting {
                lobbies.record(
                    guest.media_id,
                    Change::Joined {
                        guest_id: guest.id,
                        waiting_since: guest.waiting_since,
                    },
                );
            }
            Ok((guest, guest_token, entered))
        })
        .await?;
    let (guest, guest_token, entered) = guest;
    if let Some(participant) = entered {
        state
            .events
            .publish(guest.media_id, [ParticipantEvent::Joined(participant)]);
    }
    if guest.admission == Admission::Waiting {
        let due = state.events.presence.joined(guest.id, guest.waiting_since);
        state.events.check_away_later(guest.media_id, due);
        let entry = guest.waiting_entry();
        state
            .events
            .publish(guest.media_id, [ParticipantEvent::Waiting(entry)]);
    }
    let response = JoinResponse {
        guest_id: guest.id,
        guest_token,
        admission: guest.admission,
    };
    Ok((StatusCode::CREATED, Json(response)))
}

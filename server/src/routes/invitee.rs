use axum::extract::State;
use axum::Json;
use contract::{
    ApiErrorBody, ErrorCode, InviteInfo, InviteeSession, MediaStatus, ParticipantEvent,
    ParticipantKind, RedeemRequest, RedeemResponse,
};

use crate::auth::Bearer;
use crate::client::Client;
use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::invite_rules::{invite_media, participant_role, same_email, usable_invite};
use crate::routes::invites::LOCK_AFTER_ATTEMPTS;
use crate::state::AppState;
use crate::store;
use crate::store::participants::NewParticipant;
use crate::time::{now_ms, MINUTE_MS};
use crate::tokens::random_token;

/// Wrong emails allowed per invite and client within [`ATTEMPT_WINDOW_MS`].
const MAX_ATTEMPTS: i64 = 5;
const ATTEMPT_WINDOW_MS: i64 = 15 * MINUTE_MS;

/// What the invite lobby shows. Never the invited email.
#[utoipa::path(
    get,
    path = "/api/v1/invite/{token}",
    tag = "invitee",
    params(("token" = String, Path, description = "The invite's secret token")),
    responses(
        (status = 200, description = "The invite", body = InviteInfo),
        (status = 404, description = "`invite_not_found`: revoked or never existed", body = ApiErrorBody),
        (status = 410, description = "`media_unavailable`, `invite_expired` or `invite_used`", body = ApiErrorBody),
    )
)]
pub async fn get_invite(
    State(state): State<AppState>,
    PathParams(token): PathParams<String>,
) -> ApiResult<Json<InviteInfo>> {
    let config = state.config.clone();
    let info = state
        .db
        .call(move |conn| {
            let (invite, media) = usable_invite(conn, &token)?;
            Ok(InviteInfo {
                media: invite_media(&media),
                role: invite.role,
                first_name: invite.first_name,
                platform: Some(config.platform(store::settings::get(conn)?.default_locale)),
                shared_by: store::media::shared_by(conn, media.id)?,
            })
        })
        .await?;
    Ok(Json(info))
}

/// Redeems an invite with the invited email (trimmed, any case). Five wrong emails from one
/// client within 15 minutes lock that client out for the rest of that window; others keep
/// trying. After 20 wrong emails from anyone the invite is locked until the host reissues it.
#[utoipa::path(
    post,
    path = "/api/v1/invite/{token}/redeem",
    tag = "invitee",
    params(("token" = String, Path, description = "The invite's secret token")),
    request_body = RedeemRequest,
    responses(
        (status = 200, description = "An invitee session", body = RedeemResponse),
        (status = 403, description = "`email_mismatch`", body = ApiErrorBody),
        (status = 404, description = "`invite_not_found`", body = ApiErrorBody),
        (status = 410, description = "`media_unavailable`, `invite_expired` or `invite_used`", body = ApiErrorBody),
        (status = 422, description = "`validation_failed`: unreadable body", body = ApiErrorBody),
        (status = 429, description = "`too_many_attempts`: 5 wrong emails from this client in 15 minutes, or the invite was locked by 20 wrong emails", body = ApiErrorBody),
    )
)]
pub async fn redeem(
    State(state): State<AppState>,
    Client(client): Client,
    PathParams(token): PathParams<String>,
    JsonBody(body): JsonBody<RedeemRequest>,
) -> ApiResult<Json<RedeemResponse>> {
    let response = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let (invite, _) = usable_invite(&tx, &token)?;
            let recent =
                store::invites::attempts_since(&tx, invite.id, &client, now - ATTEMPT_WINDOW_MS)?;
            if recent >= MAX_ATTEMPTS {
                return Err(ErrorCode::TooManyAttempts.into());
            }
            if store::invites::attempts_total(&tx, invite.id)? >= LOCK_AFTER_ATTEMPTS {
                return Err(ApiError::new(
                    ErrorCode::TooManyAttempts,
                    "Too many wrong emails were tried with this invite. Ask the host for a new link.",
                ));
            }
            if !same_email(&body.email, &invite.email) {
                store::invites::record_attempt(&tx, invite.id, &client, now)?;
                tx.commit()?;
                return Err(ErrorCode::EmailMismatch.into());
            }
            if !store::invites::take_use(&tx, invite.id)? {
                return Err(ErrorCode::InviteUsed.into());
            }
            let session_token = random_token();
            store::invitee_sessions::create(&tx, invite.id, &session_token, now)?;
            tx.commit()?;
            Ok(RedeemResponse {
                session_token,
                role: invite.role,
            })
        })
        .await?;
    Ok(Json(response))
}

/// Additive: what a redeemed invite shows its invitee. While the item is live, the first
/// call enters the session as a participant (kind invitee, the invite's role).
#[utoipa::path(
    get,
    path = "/api/v1/invitee-session",
    tag = "invitee",
    security(("invitee_token" = [])),
    responses(
        (status = 200, description = "The invitee's view of the item", body = InviteeSession),
        (status = 401, description = "`not_signed_in`: missing or unknown session token", body = ApiErrorBody),
        (status = 404, description = "`invite_not_found`: the invite was revoked", body = ApiErrorBody),
        (status = 410, description = "`media_unavailable`, or `invite_expired`: the session ends with its invite", body = ApiErrorBody),
    )
)]
pub async fn get_invitee_session(
    State(state): State<AppState>,
    Bearer(token): Bearer,
) -> ApiResult<Json<InviteeSession>> {
    let token = token.ok_or(ErrorCode::NotSignedIn)?;
    let (session, joined) = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let (session_id, invite_id) = store::invitee_sessions::find_by_token(&tx, &token)?
                .ok_or(ErrorCode::NotSignedIn)?;
            let invite = store::invites::find(&tx, invite_id)?
                .filter(|invite| !invite.revoked)
                .ok_or(ErrorCode::InviteNotFound)?;
            let media =
                store::media::find(&tx, invite.media_id, now)?.ok_or(ErrorCode::InviteNotFound)?;
            if media.status == MediaStatus::Unavailable {
                return Err(ErrorCode::MediaUnavailable.into());
            }
            // The session lives no longer than the invite it came from.
            if invite.expires_at <= now {
                return Err(ErrorCode::InviteExpired.into());
            }
            let mut joined = None;
            if media.kind.is_live() && media.status == MediaStatus::Live {
                let name = format!("{} {}", invite.first_name, invite.last_name);
                joined = store::participants::insert(
                    &tx,
                    &NewParticipant {
                        media_id: media.id,
                        name: &name,
                        kind: ParticipantKind::Invitee,
                        role: participant_role(invite.role),
                        now,
                        user_id: None,
                        guest_id: None,
                        invitee_session_id: Some(session_id),
                    },
                )?
                .map(|participant| (media.id, participant));
            }
            tx.commit()?;
            let session = InviteeSession {
                media: invite_media(&media),
                role: invite.role,
                first_name: invite.first_name,
            };
            Ok((session, joined))
        })
        .await?;
    if let Some((media_id, participant)) = joined {
        state
            .events
            .publish(media_id, [ParticipantEvent::Joined(participant)]);
    }
    Ok(Json(session))
}

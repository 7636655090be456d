use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use contract::{validate, ApiErrorBody, EmailStatus, ErrorCode, Invite, Me, NewInvite};

use crate::access::Access;
use crate::auth::Host;
use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::mail::delivery::queue_invite_email;
use crate::routes::responses::InviteErrors;
use crate::state::AppState;
use crate::store;
use crate::store::invites::NewInviteRow;
use crate::time::{now_ms, MINUTE_MS};
use crate::tokens::random_token;

/// Creates an invite link tied to one email and one role; emails it when asked and the
/// platform has an email template. With a mail server the email leaves after the response
/// (`email_status: pending`); `emailed` turns true once the server accepts it.
#[utoipa::path(
    post,
    path = "/api/v1/media/{media_id}/invites",
    tag = "invites",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "The media item")),
    request_body = NewInvite,
    responses(
        (status = 201, description = "The new invite", body = Invite),
        InviteErrors,
        (status = 422, description = "`validation_failed` with `fields`: email, first_name, last_name, role", body = ApiErrorBody),
    )
)]
pub async fn create_invite(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
    JsonBody(body): JsonBody<NewInvite>,
) -> ApiResult<(StatusCode, Json<Invite>)> {
    let base = state.public_base();
    let mail = state.mail.clone();
    let invite = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let access = Access::load(&tx, media_id, me.id, now)?;
            access.require_invites()?;
            let role = match validate::invite(&body, access.media.kind.invite_roles()) {
                Ok(()) => body.role.expect("validated: role is present"),
                Err(fields) => return Err(ApiError::invalid(fields)),
            };
            let settings = store::settings::get(&tx)?;
            let reusability = i64::from(settings.invite_link_reusability);
            let token = random_token();
            let invite = store::invites::insert(
                &tx,
                &NewInviteRow {
                    media_id,
                    token: &token,
                    email: body.email.trim(),
                    first_name: body.first_name.trim(),
                    last_name: body.last_name.trim(),
                    role,
                    now,
                    expires_at: now + i64::from(settings.invite_link_duration_minutes) * MINUTE_MS,
                    max_uses: (reusability >= 0).then_some(reusability),
                    emailed: false,
                },
            )?;
            let invite = if body.send_email && settings.invite_email_template {
                let inviter = full_name(&me);
                queue_invite_email(&tx, &mail, &invite, &access.media, &inviter, &base, now)?
            } else {
                invite
            };
            tx.commit()?;
            Ok(invite.to_contract(&base))
        })
        .await?;
    if invite.email_status == Some(EmailStatus::Pending) {
        state.mail.wake();
    }
    Ok((StatusCode::CREATED, Json(invite)))
}

fn full_name(me: &Me) -> String {
    format!("{} {}", me.first_name, me.last_name)
}

/// The item's invites that were not revoked, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/media/{media_id}/invites",
    tag = "invites",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "The media item")),
    responses(
        (status = 200, description = "Invites, newest first", body = Vec<Invite>),
        InviteErrors,
    )
)]
pub async fn list_invites(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
) -> ApiResult<Json<Vec<Invite>>> {
    let base = state.public_base();
    let invites = state
        .db
        .call(move |conn| {
            Access::load(conn, media_id, me.id, now_ms())?.require_invites()?;
            Ok(store::invites::list(conn, media_id)?
                .iter()
                .map(|invite| invite.to_contract(&base))
                .collect())
        })
        .await?;
    Ok(Json(invites))
}

/// Revokes an invite: its link answers `invite_not_found` from now on.
#[utoipa::path(
    delete,
    path = "/api/v1/media/{media_id}/invites/{invite_id}",
    tag = "invites",
    security(("session_cookie" = [])),
    params(
        ("media_id" = i64, Path, description = "The media item"),
        ("invite_id" = i64, Path, description = "The invite"),
    ),
    responses(
        (status = 204, description = "Revoked"),
        (status = 400, description = "`invite_unsupported`", body = ApiErrorBody),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
        (status = 403, description = "`forbidden`: neither owner nor cohost", body = ApiErrorBody),
        (status = 404, description = "`not_found` (item) or `invite_not_found`", body = ApiErrorBody),
    )
)]
pub async fn revoke_invite(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams((media_id, invite_id)): PathParams<(i64, i64)>,
) -> ApiResult<StatusCode> {
    state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            Access::load(&tx, media_id, me.id, now)?.require_invites()?;
            if !store::invites::revoke(&tx, media_id, invite_id, now)? {
                return Err(ErrorCode::InviteNotFound.into());
            }
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Additive: emails the invite again, e.g. after a failed delivery, as a new message with the
/// same calendar UID. While an email is still pending, answers the invite unchanged.
#[utoipa::path(
    post,
    path = "/api/v1/media/{media_id}/invites/{invite_id}/resend",
    tag = "invites",
    security(("session_cookie" = [])),
    params(
        ("media_id" = i64, Path, description = "The media item"),
        ("invite_id" = i64, Path, description = "The invite"),
    ),
    responses(
        (status = 200, description = "The invite, its email `pending` (or `sent` without a mail server)", body = Invite),
        (status = 400, description = "`invite_unsupported`: the item has no invites, or the platform sends no email", body = ApiErrorBody),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
        (status = 403, description = "`forbidden`: neither owner nor cohost", body = ApiErrorBody),
        (status = 404, description = "`not_found` (item) or `invite_not_found` (revoked or unknown)", body = ApiErrorBody),
        (status = 410, description = "`invite_expired` or `invite_used`: the link would not work", body = ApiErrorBody),
    )
)]
pub async fn resend_invite(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams((media_id, invite_id)): PathParams<(i64, i64)>,
) -> ApiResult<Json<Invite>> {
    let base = state.public_base();
    let mail = state.mail.clone();
    let invite = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let access = Access::load(&tx, media_id, me.id, now)?;
            access.require_invites()?;
            let invite = store::invites::find(&tx, invite_id)?
                .filter(|invite| invite.media_id == media_id && !invite.revoked)
                .ok_or(ErrorCode::InviteNotFound)?;
            if invite.expires_at <= now {
                return Err(ErrorCode::InviteExpired.into());
            }
            if invite.is_used_up() {
                return Err(ErrorCode::InviteUsed.into());
            }
            if !store::settings::get(&tx)?.invite_email_template {
                return Err(ApiError::from(ErrorCode::InviteUnsupported)
                    .with_message("This platform does not send invite emails."));
            }
            if invite.email_status == Some(EmailStatus::Pending) {
                return Ok(invite.to_contract(&base));
            }
            let inviter = full_name(&me);
            let invite =
                queue_invite_email(&tx, &mail, &invite, &access.media, &inviter, &base, now)?;
            tx.commit()?;
            Ok(invite.to_contract(&base))
        })
        .await?;
    if invite.email_status == Some(EmailStatus::Pending) {
        state.mail.wake();
    }
    Ok(Json(invite))
}

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use contract::{validate, ApiErrorBody, EmailStatus, ErrorCode, Invite, Me, NewInvite};
use rusqlite::Connection;

use crate::access::Access;
use crate::auth::Host;
use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::mail::delivery::{queue_invite_email, InviteEmail};
use crate::mail::Mail;
use crate::routes::responses::InviteErrors;
use crate::state::AppState;
use crate::store;
use crate::store::invites::{InviteRow, NewInviteRow};
use crate::time::{now_ms, MINUTE_MS};
use crate::tokens::random_token;

/// Invitation emails one host may send in [`EMAIL_WINDOW_MS`]; then 429 `rate_limited`.
pub const EMAILS_PER_HOUR: i64 = 50;
const EMAIL_WINDOW_MS: i64 = 60 * MINUTE_MS;
/// Wrong emails, from any client, after which an invite no longer opens.
pub const LOCK_AFTER_ATTEMPTS: i64 = 20;

/// Who to invite, as which role, and whether to email them.
struct Invitation<'a> {
    media: &'a crate::store::media::MediaRow,
    email: &'a str,
    first_name: &'a str,
    last_name: &'a str,
    role: contract::InviteRole,
    send_email: bool,
}

/// Refuses another invitation email from `sender` once they sent [`EMAILS_PER_HOUR`] in the
/// last hour: new invites, reissues and resends count alike.
fn check_email_limit(tx: &rusqlite::Transaction<'_>, sender: i64, now: i64) -> ApiResult<()> {
    if store::outbox::sent_since(tx, sender, now - EMAIL_WINDOW_MS)? >= EMAILS_PER_HOUR {
        return Err(ApiError::new(
            ErrorCode::RateLimited,
            format!("You sent {EMAILS_PER_HOUR} invitation emails in the last hour. Try again later, or copy the link instead."),
        ));
    }
    Ok(())
}

/// Stores an invite and, when asked and the platform emails, queues its email (within the
/// host's hourly limit), in the caller's transaction; call [`Mail::wake`] once it commits.
fn issue(
    tx: &rusqlite::Transaction<'_>,
    me: &Me,
    base: &str,
    mail: &Mail,
    invitation: Invitation<'_>,
    now: i64,
) -> ApiResult<Invite> {
    let settings = store::settings::get(tx)?;
    let send_email = invitation.send_email && settings.invite_email_template;
    if send_email {
        check_email_limit(tx, me.id, now)?;
    }
    let reusability = i64::from(settings.invite_link_reusability);
    let token = random_token();
    let invite = store::invites::insert(
        tx,
        &NewInviteRow {
            media_id: invitation.media.id,
            token: &token,
            email: invitation.email,
            first_name: invitation.first_name,
            last_name: invitation.last_name,
            role: invitation.role,
            now,
            expires_at: now + i64::from(settings.invite_link_duration_minutes) * MINUTE_MS,
            max_uses: (reusability >= 0).then_some(reusability),
            emailed: false,
        },
    )?;
    let invite = if send_email {
        let email = InviteEmail {
            media: invitation.media,
            inviter: &full_name(me),
            base,
        };
        queue_invite_email(tx, mail, me.id, &invite, &email, now)?
    } else {
        invite
    };
    Ok(invite.to_contract(base, false))
}

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
        (status = 429, description = "`rate_limited`: this host sent 50 invitation emails in the last hour", body = ApiErrorBody),
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
            let invite = issue(
                &tx,
                &me,
                &base,
                &mail,
                Invitation {
                    media: &access.media,
                    email: body.email.trim(),
                    first_name: body.first_name.trim(),
                    last_name: body.last_name.trim(),
                    role,
                    send_email: body.send_email,
                },
                now,
            )?;
            tx.commit()?;
            Ok(invite)
        })
        .await?;
    state.mail.wake_for(&invite);
    Ok((StatusCode::CREATED, Json(invite)))
}

fn full_name(me: &Me) -> String {
    format!("{} {}", me.first_name, me.last_name)
}

/// The item's invites that were not revoked, newest first; `locked` marks those that too
/// many wrong emails closed.
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
            let locked = store::invites::locked_ids(conn, media_id, LOCK_AFTER_ATTEMPTS)?;
            Ok(store::invites::list(conn, media_id)?
                .iter()
                .map(|invite| invite.to_contract(&base, locked.contains(&invite.id)))
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
/// same calendar UID; it counts towards the host's hourly email limit. While an email is still
/// pending, answers the invite unchanged. A locked invite is not resent: reissue it instead.
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
        (status = 403, description = "`forbidden`: neither owner nor cohost; `cross_site_request`", body = ApiErrorBody),
        (status = 404, description = "`not_found` (item) or `invite_not_found` (revoked or unknown)", body = ApiErrorBody),
        (status = 410, description = "`invite_expired` or `invite_used`: the link would not work", body = ApiErrorBody),
        (status = 429, description = "`rate_limited`: this host sent 50 invitation emails in the last hour; `too_many_attempts`: the invite is locked (reissue it)", body = ApiErrorBody),
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
            let invite = live_invite(&tx, media_id, invite_id)?;
            if invite.expires_at <= now {
                return Err(ErrorCode::InviteExpired.into());
            }
            if invite.is_used_up() {
                return Err(ErrorCode::InviteUsed.into());
            }
            if store::invites::attempts_total(&tx, invite.id)? >= LOCK_AFTER_ATTEMPTS {
                return Err(ApiError::new(
                    ErrorCode::TooManyAttempts,
                    "This invite is locked after too many wrong email addresses. Issue a new link instead.",
                ));
            }
            if !store::settings::get(&tx)?.invite_email_template {
                return Err(ApiError::from(ErrorCode::InviteUnsupported)
                    .with_message("This platform does not send invite emails."));
            }
            if invite.email_status == Some(EmailStatus::Pending) {
                return Ok(invite.to_contract(&base, false));
            }
            check_email_limit(&tx, me.id, now)?;
            let email = InviteEmail {
                media: &access.media,
                inviter: &full_name(&me),
                base: &base,
            };
            let invite = queue_invite_email(&tx, &mail, me.id, &invite, &email, now)?;
            tx.commit()?;
            Ok(invite.to_contract(&base, false))
        })
        .await?;
    state.mail.wake_for(&invite);
    Ok(Json(invite))
}

/// Issues a fresh invite for the same person and role (emailed again, through the delivery
/// queue, if the old one was or was meant to be), and revokes the old one: the way out of a
/// locked invite.
#[utoipa::path(
    post,
    path = "/api/v1/media/{media_id}/invites/{invite_id}/reissue",
    tag = "invites",
    security(("session_cookie" = [])),
    params(
        ("media_id" = i64, Path, description = "The media item"),
        ("invite_id" = i64, Path, description = "The invite to replace"),
    ),
    responses(
        (status = 201, description = "The new invite; the old one is revoked", body = Invite),
        (status = 400, description = "`invite_unsupported`", body = ApiErrorBody),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
        (status = 403, description = "`forbidden`: neither owner nor cohost; `cross_site_request`", body = ApiErrorBody),
        (status = 404, description = "`not_found` (item) or `invite_not_found`", body = ApiErrorBody),
        (status = 429, description = "`rate_limited`: this host sent 50 invitation emails in the last hour", body = ApiErrorBody),
    )
)]
pub async fn reissue_invite(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams((media_id, invite_id)): PathParams<(i64, i64)>,
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
            let old = live_invite(&tx, media_id, invite_id)?;
            store::invites::revoke(&tx, media_id, invite_id, now)?;
            let invite = issue(
                &tx,
                &me,
                &base,
                &mail,
                Invitation {
                    media: &access.media,
                    email: &old.email,
                    first_name: &old.first_name,
                    last_name: &old.last_name,
                    role: old.role,
                    // An email that failed or is still on its way was asked for too.
                    send_email: old.emailed || old.email_status.is_some(),
                },
                now,
            )?;
            tx.commit()?;
            Ok(invite)
        })
        .await?;
    state.mail.wake_for(&invite);
    Ok((StatusCode::CREATED, Json(invite)))
}

/// Invite `invite_id` of media `media_id`, unless it was revoked.
fn live_invite(conn: &Connection, media_id: i64, invite_id: i64) -> Result<InviteRow, ApiError> {
    store::invites::find(conn, invite_id)?
        .filter(|invite| invite.media_id == media_id && !invite.revoked)
        .ok_or_else(|| ErrorCode::InviteNotFound.into())
}

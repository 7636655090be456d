use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use contract::{validate, ApiErrorBody, ErrorCode, Invite, Me, NewInvite};

use crate::access::Access;
use crate::auth::Host;
use crate::db::write_tx;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, PathParams};
use crate::invite_email::invite_email;
use crate::routes::responses::InviteErrors;
use crate::state::AppState;
use crate::store;
use crate::store::invites::NewInviteRow;
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

/// Stores an invite (and its email, within the host's hourly limit), in the caller's
/// transaction.
fn issue(
    tx: &rusqlite::Transaction<'_>,
    me: &Me,
    base: &str,
    invitation: Invitation<'_>,
    now: i64,
) -> ApiResult<Invite> {
    let settings = store::settings::get(tx)?;
    let emailed = invitation.send_email && settings.invite_email_template;
    if emailed && store::outbox::sent_since(tx, me.id, now - EMAIL_WINDOW_MS)? >= EMAILS_PER_HOUR {
        return Err(ApiError::new(
            ErrorCode::RateLimited,
            format!("You sent {EMAILS_PER_HOUR} invitation emails in the last hour. Try again later, or copy the link instead."),
        ));
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
            emailed,
        },
    )?;
    let invite = invite.to_contract(base, false);
    if invite.emailed {
        let email = invite_email(&invite, &invitation.media.title, &full_name(me));
        store::outbox::insert(tx, me.id, &invite.email, &email.subject, &email.body, now)?;
    }
    Ok(invite)
}

/// Creates an invite link tied to one email and one role; emails it when asked and the
/// platform has an email template.
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

/// Issues a fresh invite for the same person and role (emailed again if the old one was),
/// and revokes the old one: the way out of a locked invite.
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
    let invite = state
        .db
        .call(move |conn| {
            let now = now_ms();
            let tx = write_tx(conn)?;
            let access = Access::load(&tx, media_id, me.id, now)?;
            access.require_invites()?;
            let old = store::invites::find(&tx, invite_id)?
                .filter(|invite| invite.media_id == media_id && !invite.revoked)
                .ok_or(ErrorCode::InviteNotFound)?;
            store::invites::revoke(&tx, media_id, invite_id, now)?;
            let invite = issue(
                &tx,
                &me,
                &base,
                Invitation {
                    media: &access.media,
                    email: &old.email,
                    first_name: &old.first_name,
                    last_name: &old.last_name,
                    role: old.role,
                    send_email: old.emailed,
                },
                now,
            )?;
            tx.commit()?;
            Ok(invite)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(invite)))
}

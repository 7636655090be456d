use axum::extract::State;
use axum::Json;
use contract::{ApiErrorBody, Media, MediaSummary};

use crate::access::Access;
use crate::auth::Host;
use crate::error::ApiResult;
use crate::extract::PathParams;
use crate::state::AppState;
use crate::store;
use crate::time::now_ms;

/// The items the signed-in user belongs to, in id order.
#[utoipa::path(
    get,
    path = "/api/v1/media",
    tag = "host",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "The user's media items", body = Vec<MediaSummary>),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
    )
)]
pub async fn list_media(
    State(state): State<AppState>,
    Host(me): Host,
) -> ApiResult<Json<Vec<MediaSummary>>> {
    let items = state
        .db
        .call(move |conn| Ok(store::media::list_for_member(conn, me.id, now_ms())?))
        .await?;
    let summaries = items
        .into_iter()
        .map(|(media, _)| MediaSummary {
            id: media.id,
            title: media.title,
            kind: media.kind,
            status: media.status,
        })
        .collect();
    Ok(Json(summaries))
}

/// One item with what this user may do with it.
#[utoipa::path(
    get,
    path = "/api/v1/media/{media_id}",
    tag = "host",
    security(("session_cookie" = [])),
    params(("media_id" = i64, Path, description = "The media item")),
    responses(
        (status = 200, description = "The item and its capabilities", body = Media),
        (status = 401, description = "`not_signed_in`", body = ApiErrorBody),
        (status = 404, description = "`not_found`: no such item, or not a member", body = ApiErrorBody),
    )
)]
pub async fn get_media(
    State(state): State<AppState>,
    Host(me): Host,
    PathParams(media_id): PathParams<i64>,
) -> ApiResult<Json<Media>> {
    let media = state
        .db
        .call(move |conn| {
            let access = Access::load(conn, media_id, me.id, now_ms())?;
            let settings = store::settings::get(conn)?;
            let capabilities = access.capabilities(&settings);
            let media = access.media;
            Ok(Media {
                id: media.id,
                starts_at: media.starts_at(),
                title: media.title,
                description: media.description,
                kind: media.kind,
                status: media.status,
                capabilities,
            })
        })
        .await?;
    Ok(Json(media))
}

//! Every endpoint, registered together with its OpenAPI description so neither can drift.

pub mod access_requests;
pub mod dev;
pub mod fallback;
pub mod guest;
pub mod guest_access;
pub mod guest_link_edit;
pub mod guest_sessions;
pub mod invitee;
pub mod invites;
pub mod link_joins;
pub mod me;
pub mod media;
pub mod participants;
pub mod platform;
pub mod responses;
pub mod settings;
pub mod users;
pub mod waiting;

use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::openapi::{self, ApiDoc};
use crate::state::AppState;

/// The API's routes (without the dev ones) and their OpenAPI document, before the state is
/// attached.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(settings::get_settings))
        .routes(routes!(me::get_me))
        .routes(routes!(media::list_media))
        .routes(routes!(media::get_media))
        .routes(routes!(
            guest_access::get_guest_access,
            guest_access::put_guest_access
        ))
        .routes(routes!(guest_access::create_guest_link))
        .routes(routes!(
            guest_access::delete_guest_link,
            guest_link_edit::update_guest_link
        ))
        .routes(routes!(link_joins::list_link_joins))
        .routes(routes!(guest::get_guest_link))
        .routes(routes!(guest::join))
        .routes(routes!(access_requests::create_access_request))
        .routes(routes!(access_requests::list_access_requests))
        .routes(routes!(access_requests::dismiss_access_request))
        .routes(routes!(
            guest_sessions::get_guest_session,
            guest_sessions::leave_guest_session
        ))
        .routes(routes!(guest_sessions::guest_session_events))
        .routes(routes!(participants::get_participants))
        .routes(routes!(participants::participant_events))
        .routes(routes!(waiting::admit))
        .routes(routes!(waiting::deny))
        .routes(routes!(waiting::admit_all))
        .routes(routes!(waiting::deny_all))
        .routes(routes!(waiting::put_lobby_message))
        .routes(routes!(users::search_users))
        .routes(routes!(invites::create_invite, invites::list_invites))
        .routes(routes!(invites::revoke_invite))
        .routes(routes!(invites::resend_invite))
        .routes(routes!(invites::reissue_invite))
        .routes(routes!(invitee::get_invite))
        .routes(routes!(invitee::redeem))
        .routes(routes!(invitee::get_invitee_session))
        .routes(routes!(platform::logo))
        .routes(routes!(openapi::openapi_json))
}

/// The reference backend's own endpoints under `/api/v1/dev`, mounted only with `--dev`.
pub fn dev() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(dev::sign_in))
        .routes(routes!(dev::sign_out))
        .routes(routes!(dev::outbox))
        .routes(routes!(dev::put_settings))
        .routes(routes!(dev::crowd))
        .routes(routes!(dev::leave))
}

/// Every route, dev ones included: what the OpenAPI document describes.
pub fn all() -> OpenApiRouter<AppState> {
    api().merge(dev())
}

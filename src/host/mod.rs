//! What a signed-in host sees: their media, a media page, and the sharing windows.

pub mod guest_access;
pub mod invite;
mod link_qr;
mod live_page;
mod media_actions;
mod media_card;
mod media_list;
mod media_loader;
mod media_page;
pub mod participants;
mod removal;
mod share_window;
mod shell;
mod sign_in;

pub use invite::InviteUsersWindow;
pub use link_qr::{LinkQr, LinkQrWindow};
pub use live_page::LivePage;
pub use media_actions::MediaActions;
pub use media_card::MediaCard;
pub use media_list::{MediaListPage, MediaListView};
pub use media_loader::WithMedia;
pub use media_page::{MediaPage, MediaPageView};
pub use share_window::{ShareOption, ShareOptions, ShareWindow};
pub use shell::HostShell;
pub use sign_in::{SignInPage, SignInView};

use contract::Id;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The `:id` of the current route, `None` when it is not a number.
pub(crate) fn media_id_param() -> Memo<Option<Id>> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("id").and_then(|id| id.parse().ok()))
}

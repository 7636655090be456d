use contract::{ErrorCode, GuestLink, Id};
use leptos::html;
use leptos::prelude::*;

use crate::api;
use crate::host::removal::use_removal;
use crate::ui::{scoped_css, ConfirmActions, Modal};
use crate::wording::host_t;

/// The confirmation before a link is deleted for good.
#[component]
pub fn DeleteLinkWindow(
    /// The link to delete; the window is open while there is one.
    #[prop(into)]
    target: Signal<Option<GuestLink>>,
    on_close: Callback<()>,
    media: Id,
    /// The link is gone (deleted now, or already gone); the owner refreshes the list.
    on_deleted: Callback<Option<String>>,
    /// Where focus goes after the row's own delete button disappears.
    return_focus: NodeRef<html::Button>,
) -> impl IntoView {
    view! {
        <Modal
            open=Signal::derive(move || target.get().is_some())
            on_close
            title=host_t().guest_access.delete_title
            description=host_t().guest_access.delete_description
            return_focus
        >
            {move || {
                target
                    .get()
                    .map(|link| {
                        view! { <DeleteLinkSubmitter link media on_deleted on_cancel=on_close /> }
                    })
            }}
        </Modal>
    }
}

#[component]
fn DeleteLinkSubmitter(
    link: GuestLink,
    media: Id,
    on_deleted: Callback<Option<String>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let link_id = link.id;
    let removal = use_removal(
        move || api::guest_access::delete_link(media, link_id),
        ErrorCode::LinkNotFound,
        host_t().guest_access.already_deleted,
        host_t().guest_access.not_deleted,
        on_deleted,
    );
    view! {
        <DeleteLinkBody
            name=link.name
            error=removal.error
            pending=removal.pending
            on_confirm=removal.confirm
            on_cancel
        />
    }
}

/// The confirmation's text and buttons, for the window and the gallery.
#[component]
pub fn DeleteLinkBody(
    name: String,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] pending: Signal<bool>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let scope = scoped_css!("src/host/guest_access/delete_link.css");
    let (before, after) = host_t().guest_access.delete_text();
    view! { class=scope,
        <p>{before} <strong dir="auto">{name}</strong> {after}</p>
        <ConfirmActions
            confirm=host_t().guest_access.delete
            busy=host_t().guest_access.deleting
            error
            pending
            on_confirm
            on_cancel
        />
    }
}

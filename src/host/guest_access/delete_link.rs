use contract::{ErrorCode, GuestLink, Id};
use leptos::html;
use leptos::prelude::*;
use stylers_macro::style_str;

use crate::api::{self, ApiError};
use crate::ui::{scoped, ConfirmActions, Modal};

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
            title="Delete guest link?"
            description="Deleted links can't be restored."
            return_focus
        >
            {move || target.get().map(|link| view! {
                <DeleteLinkSubmitter link media on_deleted on_cancel=on_close />
            })}
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
    let delete = Action::new_local(move |_: &()| async move {
        api::guest_access::delete_link(media, link_id).await
    });
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| match delete.value().get() {
        Some(Ok(())) => on_deleted.run(None),
        Some(Err(e)) if e.code() == Some(ErrorCode::LinkNotFound) => {
            on_deleted.run(Some("That link had already been deleted.".into()))
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    view! {
        <DeleteLinkBody
            name=link.name
            error=Signal::derive(move || error.get().map(|e| format!("The link wasn't deleted. {}", e.user_message())))
            pending=delete.pending()
            on_confirm=Callback::new(move |_| {
                if !delete.pending().get_untracked() {
                    delete.dispatch(());
                }
            })
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
    let scope = scoped(style_str! {
        strong {
            overflow-wrap: anywhere;
        }
    });
    view! { class=scope,
        <p>
            "The link "<strong>{name}</strong>" stops working at once. Guests who are already inside "
            "stay until they refresh or leave."
        </p>
        <ConfirmActions confirm="Delete" busy="Deleting…" error pending on_confirm on_cancel />
    }
}

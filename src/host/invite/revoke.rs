use contract::{ErrorCode, Id, Invite};
use leptos::prelude::*;

use crate::api;
use crate::host::removal::use_removal;
use crate::ui::{scoped_css, ConfirmActions, Modal};
use crate::wording::host_t;

/// The confirmation before an invite is revoked.
#[component]
pub fn RevokeInviteWindow(
    /// The invite to revoke; the window is open while there is one.
    #[prop(into)]
    target: Signal<Option<Invite>>,
    on_close: Callback<()>,
    media: Id,
    /// The invite is revoked (now, or already was: then with a note); the owner refreshes.
    on_revoked: Callback<(Invite, Option<String>)>,
) -> impl IntoView {
    view! {
        <Modal
            open=Signal::derive(move || target.get().is_some())
            on_close
            title=host_t().invite.revoke_title
            description=host_t().invite.revoke_description
        >
            {move || {
                target
                    .get()
                    .map(|invite| {
                        view! {
                            <RevokeInviteSubmitter invite media on_revoked on_cancel=on_close />
                        }
                    })
            }}
        </Modal>
    }
}

#[component]
fn RevokeInviteSubmitter(
    invite: Invite,
    media: Id,
    on_revoked: Callback<(Invite, Option<String>)>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let invite_id = invite.id;
    let revoked = invite.clone();
    let removal = use_removal(
        move || api::invites::revoke(media, invite_id),
        ErrorCode::InviteNotFound,
        host_t().invite.already_revoked,
        host_t().invite.not_revoked,
        Callback::new(move |note| on_revoked.run((revoked.clone(), note))),
    );
    view! {
        <RevokeInviteBody
            name=format!("{} {}", invite.first_name, invite.last_name)
            email=invite.email
            error=removal.error
            pending=removal.pending
            on_confirm=removal.confirm
            on_cancel
        />
    }
}

/// The confirmation's text and buttons, for the window and the gallery.
#[component]
pub fn RevokeInviteBody(
    name: String,
    email: String,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] pending: Signal<bool>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let scope = scoped_css!("src/host/invite/revoke.css");
    let (before, after) = host_t().invite.revoke_text(&email);
    view! { class=scope,
        <p>{before} <strong dir="auto">{name}</strong> {after}</p>
        <ConfirmActions
            confirm=host_t().invite.revoke
            busy=host_t().invite.revoking
            error
            pending
            on_confirm
            on_cancel
        />
    }
}

use std::collections::BTreeMap;

use contract::{Id, Invite, InviteRole, Media, NewInvite};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use stylers_macro::style_str;
use wasm_bindgen::JsCast;

use super::{
    refusal, use_user_suggestions, InviteCreatedWindow, InviteDraft, InviteForm, PendingInvites,
    RevokeInviteWindow,
};
use crate::api::{self, ApiError};
use crate::messages::field_messages;
use crate::ui::{
    copy_text, scoped, submit_checked, unique_id, use_toaster, LoadError, Loading, Modal,
};

/// "Invite users" for one media item: the invitation form, the confirmation with the new
/// link, and the item's invites with Revoke. Opened from the media page's Share window and
/// three-dot menu, and from the live session's Participants tab.
#[component]
pub fn InviteUsersWindow(
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
    /// Where focus goes on close if the opener is gone (the menu's item, say).
    #[prop(optional)]
    return_focus: Option<NodeRef<html::Button>>,
    /// The item: its id, and its capabilities (roles, whether email can be sent).
    media: Media,
) -> impl IntoView {
    let toaster = use_toaster();
    let media_id = media.id;
    let invites = RwSignal::new(None::<Vec<Invite>>);
    let list_error = RwSignal::new(None::<ApiError>);
    let created = RwSignal::new(None::<Invite>);
    let revoking = RwSignal::new(None::<Invite>);
    let section = NodeRef::<html::Section>::new();

    // `focus_at`: after a revoke, the row to focus once the list is fresh.
    let reload = move |focus_at: Option<usize>| {
        spawn_local(async move {
            match api::invites::list(media_id).await {
                Ok(fresh) => {
                    invites.try_set(Some(fresh));
                    list_error.try_set(None);
                    if let Some(index) = focus_at {
                        request_animation_frame(move || focus_row(section, index));
                    }
                }
                Err(error) => {
                    list_error.try_set(Some(error));
                }
            }
        })
    };
    Effect::new(move |_| {
        if open.get() {
            reload(None);
        }
    });

    let on_created = Callback::new(move |invite: Invite| {
        created.set(Some(invite));
        reload(None);
    });
    let on_copy = Callback::new(move |invite: Invite| {
        spawn_local(async move {
            match copy_text(&invite.url).await {
                Ok(()) => toaster.show("Link copied"),
                Err(()) => {
                    toaster.show("Couldn't copy automatically. Select the link and copy it.")
                }
            }
        });
    });
    let on_revoked = Callback::new(move |(invite, note): (Invite, Option<String>)| {
        let index = invites.with_untracked(|list| {
            list.iter()
                .flatten()
                .position(|i| i.id == invite.id)
                .unwrap_or(0)
        });
        // Closing first returns focus to the row's button; the fresh list then moves it on.
        revoking.set(None);
        toaster.show(note.unwrap_or_else(|| "Invite revoked".into()));
        reload(Some(index));
    });

    // Resend: the server queues a new email; the reloaded list shows its state.
    let resend = Action::new_local(move |invite: &Invite| {
        let invite_id = invite.id;
        async move { api::invites::resend(media_id, invite_id).await }
    });
    Effect::new(move |_| match resend.value().get() {
        Some(Ok(())) => {
            toaster.show("Sending the invite email again");
            reload(None);
        }
        Some(Err(error)) => {
            toaster.show(format!(
                "The email wasn't sent again. {}",
                error.user_message()
            ));
            reload(None);
        }
        None => {}
    });

    let media = StoredValue::new(media);
    view! {
        <Modal
            open
            on_close
            title="Invite users"
            description="Each invite link works only for the email address you enter, with the role you choose."
            close_on_backdrop=false
            return_focus=return_focus.unwrap_or_default()
        >
            <InviteSubmitter media=media.get_value() on_created />
            <PendingSection
                invites
                error=list_error
                section
                on_retry=Callback::new(move |_| reload(None))
                on_revoke=Callback::new(move |invite| revoking.set(Some(invite)))
                on_resend=Callback::new(move |invite: Invite| {
                    resend.dispatch(invite);
                })
            />
        </Modal>
        <InviteCreatedWindow
            invite=created
            on_close=Callback::new(move |_| created.set(None))
            on_copy
        />
        <RevokeInviteWindow
            target=revoking
            on_close=Callback::new(move |_| revoking.set(None))
            media=media_id
            on_revoked
        />
    }
}

/// After a revoke: the Revoke button now at `index` (the next row), else the last one, else
/// the list's heading.
fn focus_row(section: NodeRef<html::Section>, index: usize) {
    let Some(section) = section.try_get_untracked().flatten() else {
        return;
    };
    let buttons = section
        .query_selector_all("button[data-revoke]")
        .ok()
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let target = buttons.get(index).or(buttons.last()).cloned().or_else(|| {
        section
            .query_selector("h3")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    });
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// A fresh draft for each opening, and the request that sends it.
#[component]
fn InviteSubmitter(media: Media, on_created: Callback<Invite>) -> impl IntoView {
    let media_id: Id = media.id;
    let roles: Vec<InviteRole> = media.capabilities.invite_roles.clone();
    let email_available = media.capabilities.invite_email_available;
    let default_role = roles.first().copied();
    let draft = InviteDraft::new(default_role);
    let errors = RwSignal::new(BTreeMap::<String, String>::new());
    let alert = RwSignal::new(None::<String>);
    let suggestions = use_user_suggestions();
    let create = Action::new_local(move |request: &NewInvite| {
        let request = request.clone();
        async move { api::invites::create(media_id, &request).await }
    });
    Effect::new(move |_| match create.value().get() {
        Some(Ok(invite)) => {
            draft.reset(default_role);
            suggestions.hits.set(Vec::new());
            errors.set(BTreeMap::new());
            alert.set(None);
            on_created.run(invite);
        }
        Some(Err(error)) => {
            errors.set(field_messages(&error.fields()));
            alert.set(Some(refusal(&error)));
        }
        None => {}
    });
    let allowed = roles.clone();
    let on_submit = Callback::new(move |_| {
        submit_checked(
            create,
            || draft.to_request(&allowed, email_available),
            errors,
            alert,
        );
    });
    view! {
        <InviteForm
            draft
            roles
            email_available
            suggestions=suggestions.hits
            on_type=suggestions.on_type
            errors
            alert
            pending=create.pending()
            on_submit
        />
    }
}

/// "Pending invites": loading, failed, or the list.
#[component]
fn PendingSection(
    invites: RwSignal<Option<Vec<Invite>>>,
    error: RwSignal<Option<ApiError>>,
    section: NodeRef<html::Section>,
    on_retry: Callback<()>,
    on_revoke: Callback<Invite>,
    on_resend: Callback<Invite>,
) -> impl IntoView {
    let scope = scoped(style_str! {
        section {
            margin-top: var(--space-5);
            padding-top: var(--space-4);
            border-top: 1px solid var(--color-border);
        }
    });
    let heading = unique_id("pending-invites");
    view! { class=scope,
        <section aria-labelledby=heading.clone() node_ref=section>
            <h3 id=heading.clone() tabindex="-1">"Pending invites"</h3>
            {move || match (invites.get(), error.get()) {
                (Some(list), error) => view! {
                    {error.map(|e| view! {
                        <p class="notice notice-error" role="alert">
                            {format!("The list couldn't be refreshed. {}", e.user_message())}
                        </p>
                    })}
                    <PendingInvites invites=list on_revoke on_resend />
                }
                .into_any(),
                (None, Some(error)) => view! { <LoadError error retry=on_retry /> }.into_any(),
                (None, None) => view! { <Loading label="Loading invites" /> }.into_any(),
            }}
        </section>
    }
}

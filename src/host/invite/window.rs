use contract::{ErrorCode, Id, Invite, InviteRole, Media, NewInvite};
use leptos::html;
use leptos::prelude::*;

use super::{
    use_invites, use_user_suggestions, InviteCreatedWindow, InviteDraft, InviteForm,
    PendingInvites, RevokeInviteWindow,
};
use crate::api::{self, ApiError};
use crate::messages::field_messages;
use crate::ui::{scoped_css, unique_id, FormState, LoadError, Loading, Modal};
use crate::wording::{host_t, t};

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
    let state = use_invites(media.id, open);
    let media_id = media.id;
    let media = StoredValue::new(media);
    view! {
        <Modal
            open
            on_close
            title=host_t().invite.title
            description=host_t().invite.description
            close_on_backdrop=false
            return_focus=return_focus.unwrap_or_default()
        >
            <InviteSubmitter media=media.get_value() on_created=state.on_created />
            <PendingSection
                invites=state.invites
                error=state.list_error
                section=state.section
                on_retry=state.reload
                on_revoke=Callback::new(move |invite| state.revoking.set(Some(invite)))
                on_reissue=state.on_reissue
                on_resend=state.on_resend
                on_copy=state.copy
            />
        </Modal>
        <InviteCreatedWindow
            invite=state.created
            on_close=Callback::new(move |_| state.created.set(None))
            on_copy=state.copy
        />
        <RevokeInviteWindow
            target=state.revoking
            on_close=Callback::new(move |_| state.revoking.set(None))
            media=media_id
            on_revoked=state.on_revoked
        />
    }
}

/// What the window says when the server refused the whole request.
fn refusal(error: &ApiError) -> String {
    match error.code() {
        Some(ErrorCode::ValidationFailed) => t().common.check_fields.into(),
        _ => host_t().invite.not_generated(error.user_message()),
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
    let suggestions = use_user_suggestions();
    let create = Action::new_local(move |request: &NewInvite| {
        let request = request.clone();
        async move { api::invites::create(media_id, &request).await }
    });
    let allowed = roles.clone();
    let form = FormState::new(create, move || draft.to_request(&allowed, email_available));
    Effect::new(move |_| match create.value().get() {
        Some(Ok(invite)) => {
            draft.reset(default_role);
            suggestions.hits.set(Vec::new());
            form.reset();
            on_created.run(invite);
        }
        Some(Err(error)) => form.refuse(refusal(&error), field_messages(&error.fields())),
        None => {}
    });
    view! {
        <InviteForm
            draft
            roles
            email_available
            suggestions=suggestions.hits
            on_type=suggestions.on_type
            form
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
    on_reissue: Callback<Invite>,
    on_resend: Callback<Invite>,
    on_copy: Callback<Invite>,
) -> impl IntoView {
    let scope = scoped_css!("src/host/invite/window.css");
    let heading = unique_id("pending-invites");
    view! { class=scope,
        <section aria-labelledby=heading.clone() node_ref=section>
            <h3 id=heading.clone() tabindex="-1">
                {host_t().invite.pending}
            </h3>
            {move || match (invites.get(), error.get()) {
                (Some(list), error) => {
                    view! {
                        {error
                            .map(|e| {
                                view! {
                                    <p class="notice notice-error" role="alert">
                                        {t().common.list_not_refreshed(e.user_message())}
                                    </p>
                                }
                            })}
                        <PendingInvites invites=list on_revoke on_reissue on_resend on_copy />
                    }
                        .into_any()
                }
                (None, Some(error)) => view! { <LoadError error retry=on_retry /> }.into_any(),
                (None, None) => view! { <Loading label=host_t().invite.loading /> }.into_any(),
            }}
        </section>
    }
}

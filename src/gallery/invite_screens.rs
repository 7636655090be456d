use chrono::Duration;
use contract::{ErrorCode, Invite, InviteRole, MediaKind, MediaStatus, UserHit};
use leptos::prelude::*;

use super::{
    invite, invite_info, invitee_session, invites_needing_action, ms_before_start, several_invites,
    user_hits, DialogPreview, Specimen,
};
use crate::api::ApiError;
use crate::guest::{CountdownView, InviteeSessionView, LobbyForm, LobbyRefusal, LobbyRefusalView};
use crate::host::invite::{
    InviteCreatedBody, InviteDraft, InviteForm, PendingInvites, RevokeInviteBody,
};
use crate::ui::{FieldMessages, FormState, LoadError, Loading, Summary};
use crate::wording::{host_t, t};

/// The invite-link screens, host and invitee, each in its states.
#[component]
pub fn InviteScreens() -> impl IntoView {
    let live_roles = InviteRole::ALL_LIVE.to_vec();
    let speaker = || {
        invite(
            7,
            "Zoë",
            "Featherstonehaugh",
            "zoe@example.com",
            InviteRole::Speaker,
        )
    };
    view! {
        <section aria-labelledby="invites">
            <h2 data-gallery-chrome="" id="invites">
                "Invite links"
            </h2>
            <Form
                title="Invite users: empty (live event: three roles)"
                draft=InviteDraft::new(Some(InviteRole::Viewer))
                roles=live_roles.clone()
            />
            <Form
                title="Invite users: suggestions open while typing “ann”"
                draft=InviteDraft::filled("ann", "", "", Some(InviteRole::Viewer))
                roles=live_roles.clone()
                suggestions=user_hits()
            />
            <Form
                title="Invite users: a directory user chosen, names filled in"
                draft=InviteDraft::filled(
                    "ann.lee@example.com",
                    "Ann",
                    "Lee",
                    Some(InviteRole::Moderator),
                )
                roles=live_roles.clone()
            />
            <Form
                title="Invite users: validation errors"
                draft=InviteDraft::filled("zoe@", " ", "", None)
                roles=live_roles.clone()
                errors=vec![
                    ("email", t().fields.email_like.into()),
                    ("first_name", t().fields.enter_first_name.into()),
                    ("last_name", t().fields.enter_last_name.into()),
                    ("role", t().fields.select_role.into()),
                ]
                alert=t().common.check_fields
            />
            <Form
                title="Invite users: on-demand media (Viewer only)"
                draft=InviteDraft::new(Some(InviteRole::Viewer))
                roles=MediaKind::Video.invite_roles().to_vec()
            />
            <Form
                title="Invite users: no email template (no “Send link via email”)"
                draft=InviteDraft::new(Some(InviteRole::Viewer))
                roles=live_roles.clone()
                email_available=false
            />
            <Form
                title="Invite users: generating"
                draft=InviteDraft::filled(
                    "new.person@example.net",
                    "Nora",
                    "Newcomb",
                    Some(InviteRole::Speaker),
                )
                roles=live_roles.clone()
                pending=true
            />
            <Form
                title="Invite users: server unreachable, values kept"
                draft=InviteDraft::filled(
                    "new.person@example.net",
                    "Nora",
                    "Newcomb",
                    Some(InviteRole::Speaker),
                )
                roles=live_roles.clone()
                alert=host_t().invite.not_generated(t().errors.network)
            />
            <Specimen title="Invite link ready: not emailed">
                <DialogPreview title=host_t().invite.created_title>
                    <InviteCreatedBody
                        invite=speaker()
                        on_copy=Callback::new(|_| ())
                        on_done=Callback::new(|_| ())
                    />
                </DialogPreview>
            </Specimen>
            <Specimen title="Invite link ready: its QR code shown">
                <DialogPreview title=host_t().invite.created_title>
                    <InviteCreatedBody
                        invite=speaker()
                        on_copy=Callback::new(|_| ())
                        on_done=Callback::new(|_| ())
                        qr_shown=true
                    />
                </DialogPreview>
            </Specimen>
            <Specimen title="Invite link ready: emailed, reusable up to 5 times">
                <DialogPreview title=host_t().invite.created_title>
                    <InviteCreatedBody
                        invite=Invite {
                            emailed: true,
                            max_uses: Some(5),
                            ..speaker()
                        }
                        on_copy=Callback::new(|_| ())
                        on_done=Callback::new(|_| ())
                    />
                </DialogPreview>
            </Specimen>
            <Specimen title="Pending invites: loading">
                <DialogPreview title=host_t().invite.title>
                    <Loading label=host_t().invite.loading />
                </DialogPreview>
            </Specimen>
            <Specimen title="Pending invites: could not load">
                <DialogPreview title=host_t().invite.title>
                    <LoadError error=ApiError::Network retry=|| () />
                </DialogPreview>
            </Specimen>
            <Pending title="Pending invites: empty" invites=vec![] />
            <Pending
                title="Pending invites: several (unused, used, 2 of 5 uses and its email delivered: Resend, expired)"
                invites=several_invites()
            />
            <Pending
                title="Pending invites: an email refused, a locked link"
                invites=invites_needing_action()
            />
            <Specimen title="Revoke an invite: confirm">
                <DialogPreview
                    title=host_t().invite.revoke_title
                    description=host_t().invite.revoke_description
                >
                    <RevokeInviteBody
                        name="Ann Lee".into()
                        email="ann.lee@example.com".into()
                        error=None
                        pending=false
                        on_confirm=Callback::new(|_| ())
                        on_cancel=Callback::new(|_| ())
                    />
                </DialogPreview>
            </Specimen>
            <Specimen title="Revoke an invite: failed">
                <DialogPreview
                    title=host_t().invite.revoke_title
                    description=host_t().invite.revoke_description
                >
                    <RevokeInviteBody
                        name="Ann Lee".into()
                        email="ann.lee@example.com".into()
                        error=Some(
                            format!(
                                "{} {}",
                                host_t().invite.not_revoked,
                                ApiError::Unexpected {
                                    status: 500,
                                }
                                    .user_message(),
                            ),
                        )
                        pending=false
                        on_confirm=Callback::new(|_| ())
                        on_cancel=Callback::new(|_| ())
                    />
                </DialogPreview>
            </Specimen>
            <Specimen title="Invite lobby: loading">
                <Loading label=t().invitee.opening />
            </Specimen>
            <Lobby title="Invite lobby: form (scheduled live event)" email="" />
            <Lobby
                title="Invite lobby: wrong email"
                email="zoe@example.org"
                error=t().errors.email_mismatch
            />
            <Lobby
                title="Invite lobby: too many attempts"
                email="zoe@example.org"
                alert=Summary {
                    text: t().errors.too_many_attempts.into(),
                    retry: false,
                }
            />
            <Lobby
                title="Invite lobby: network failure, with Try again"
                email="zoe@example.com"
                alert=Summary {
                    text: ApiError::Network.user_message().into(),
                    retry: true,
                }
            />
            <Refusal
                title="Invite lobby: already used on another device"
                refusal=LobbyRefusal::Used
            />
            <Refusal title="Invite lobby: expired" refusal=LobbyRefusal::Expired />
            <Refusal title="Invite lobby: revoked or unknown" refusal=LobbyRefusal::NotFound />
            <Refusal
                title="Invite lobby: media unavailable"
                refusal=LobbyRefusal::MediaUnavailable
            />
            <Refusal
                title="Invite lobby: network failure"
                refusal=LobbyRefusal::Failed(ApiError::Network)
            />
            <Refusal
                title="Invite lobby: server error"
                refusal=LobbyRefusal::Failed(ApiError::Server {
                    status: 500,
                    code: ErrorCode::Internal,
                    fields: Default::default(),
                    expired_at: None,
                })
            />
            <Specimen title="Invite lobby: countdown before the start">
                <CountdownView
                    session=invitee_session(MediaStatus::Scheduled, InviteRole::Speaker)
                    now_ms=ms_before_start(Duration::seconds(4 * 60 + 37))
                />
            </Specimen>
            <Specimen title="Invite lobby: countdown, more than a day ahead">
                <CountdownView
                    session=invitee_session(MediaStatus::Scheduled, InviteRole::Viewer)
                    now_ms=ms_before_start(Duration::hours(27))
                />
            </Specimen>
            <Specimen title="Invite lobby: entered as Speaker">
                <InviteeSessionView session=invitee_session(
                    MediaStatus::Live,
                    InviteRole::Speaker,
                ) />
            </Specimen>
            <Specimen title="Invite lobby: entered as Moderator, session ended">
                <InviteeSessionView session=invitee_session(
                    MediaStatus::Ended,
                    InviteRole::Moderator,
                ) />
            </Specimen>
        </section>
    }
}

#[component]
fn Form(
    #[prop(into)] title: String,
    draft: InviteDraft,
    roles: Vec<InviteRole>,
    #[prop(default = true)] email_available: bool,
    #[prop(optional)] suggestions: Vec<UserHit>,
    #[prop(optional)] errors: Vec<(&'static str, String)>,
    #[prop(optional, into)] alert: Option<String>,
    #[prop(optional)] pending: bool,
) -> impl IntoView {
    let errors: FieldMessages = errors
        .into_iter()
        .map(|(f, m)| (f.to_string(), m))
        .collect();
    let open = !suggestions.is_empty();
    view! {
        <Specimen title>
            <DialogPreview title=host_t().invite.title description=host_t().invite.description>
                <InviteForm
                    draft
                    roles
                    email_available
                    suggestions
                    form=FormState::shown(errors, alert.map(Summary::text), pending)
                    suggestions_open=open
                />
            </DialogPreview>
        </Specimen>
    }
}

#[component]
fn Pending(#[prop(into)] title: String, invites: Vec<Invite>) -> impl IntoView {
    view! {
        <Specimen title>
            <DialogPreview title=host_t().invite.title>
                <PendingInvites
                    invites
                    on_revoke=Callback::new(|_| ())
                    on_reissue=Callback::new(|_| ())
                    on_resend=Callback::new(|_| ())
                    on_copy=Callback::new(|_| ())
                />
            </DialogPreview>
        </Specimen>
    }
}

#[component]
fn Lobby(
    #[prop(into)] title: String,
    email: &'static str,
    #[prop(optional, into)] error: Option<String>,
    #[prop(optional, into)] alert: Option<Summary>,
) -> impl IntoView {
    let fields: FieldMessages = error
        .into_iter()
        .map(|e| ("email".to_string(), e))
        .collect();
    // A wrong email is announced like every refusal for a field.
    let alert = alert.or_else(|| (!fields.is_empty()).then(Summary::check_fields));
    view! {
        <Specimen title>
            <LobbyForm
                info=invite_info(MediaStatus::Scheduled)
                email=RwSignal::new(email.to_string())
                form=FormState::shown(fields, alert, false)
            />
        </Specimen>
    }
}

#[component]
fn Refusal(#[prop(into)] title: String, refusal: LobbyRefusal) -> impl IntoView {
    view! {
        <Specimen title>
            <LobbyRefusalView refusal retry=Callback::new(|_| ()) />
        </Specimen>
    }
}

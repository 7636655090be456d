use chrono::{DateTime, Utc};
use contract::{EmailStatus, Invite};
use leptos::prelude::*;

use crate::format;
use crate::ui::{scoped_css, Icon, IconName};
use crate::wording::{host_t, role_label};

/// The item's invites: who, which role, until when, and whether the link was used; each with
/// Revoke, a locked one (too many wrong emails) with "Issue new link", and an email that could
/// not be delivered with its reason and Resend. Pure view.
#[component]
pub fn PendingInvites(
    #[prop(into)] invites: Signal<Vec<Invite>>,
    on_revoke: Callback<Invite>,
    /// Replaces a locked invite with a fresh one; without it a locked invite only says so.
    #[prop(optional)]
    on_reissue: Option<Callback<Invite>>,
    /// Emails the invite again; without it, a failed email shows no Resend.
    #[prop(optional)]
    on_resend: Option<Callback<Invite>>,
    /// Copies an invite's link again, for one that still opens (not used up, expired or
    /// locked); without it no row offers Copy link.
    #[prop(optional)]
    on_copy: Option<Callback<Invite>>,
) -> impl IntoView {
    let scope = scoped_css!("src/host/invite/pending.css");
    view! { class=scope,
        <Show
            when=move || !invites.with(|list| list.is_empty())
            fallback=|| {
                view! { <p class="muted">{host_t().invite.none_yet}</p> }
            }
        >
            <ul role="list">
                <For
                    each=move || invites.get()
                    key=|invite| (invite.id, invite.uses, invite.locked, invite.email_status)
                    children=move |invite| {
                        let name = format!("{} {}", invite.first_name, invite.last_name);
                        let w = host_t().invite;
                        let label = w.revoke_for(&name);
                        let now = Utc::now();
                        let usage = w.usage(&invite, now);
                        let meta = w
                            .role_and_expiry(
                                role_label(invite.role),
                                &format::date_time(invite.expires_at),
                            );
                        let target = invite.clone();
                        let locked = invite.locked;
                        let reissue = on_reissue
                            .filter(|_| locked)
                            .map(|on_reissue| {
                                view! {
                                    <RowAction
                                        invite=invite.clone()
                                        on_press=on_reissue
                                        label=w.reissue_for(&name)
                                        text=w.issue_new_link
                                        attr:data-reissue=""
                                    />
                                }
                            });
                        let undelivered = (invite.email_status == Some(EmailStatus::Failed))
                            .then(|| {
                                let reason = invite.email_error.clone().unwrap_or_default();
                                w.undelivered(&reason)
                            });
                        let resend = on_resend
                            .filter(|_| offers_resend(&invite, now))
                            .map(|on_resend| {
                                view! {
                                    <RowAction
                                        invite=invite.clone()
                                        on_press=on_resend
                                        label=w.resend_to(&name)
                                        text=w.resend
                                        attr:data-resend=""
                                    />
                                }
                            });
                        let copy = on_copy
                            .filter(|_| invite.still_opens(now))
                            .map(|on_copy| {
                                view! {
                                    <RowAction
                                        invite=invite.clone()
                                        on_press=on_copy
                                        label=w.copy_for(&name)
                                        text=w.copy_link
                                        icon=IconName::Copy
                                        attr:data-copy=""
                                    />
                                }
                            });
                        view! { class=scope,
                            <li data-invite-id=invite.id>
                                <div class="who">
                                    <span class="name" dir="auto">
                                        {name}
                                    </span>
                                    <span class="email" dir="auto">
                                        {invite.email.clone()}
                                    </span>
                                    <span class="meta">
                                        <span class="usage">{usage}</span>
                                        " · "
                                        {meta}
                                    </span>
                                    {locked
                                        .then(|| {
                                            view! { class=scope,
                                                <span class="locked">{w.locked}</span>
                                            }
                                        })}
                                    {undelivered
                                        .map(|text| {
                                            view! { class=scope,
                                                <span class="undelivered">{text}</span>
                                            }
                                        })}
                                </div>
                                <div class="actions">
                                    {copy} {reissue} {resend}
                                    <RowAction
                                        invite=target
                                        on_press=on_revoke
                                        label=label
                                        text=w.revoke
                                        icon=IconName::Trash
                                        attr:data-revoke=""
                                    />
                                </div>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}

/// Whether a row offers Resend: an email that failed, or one that was delivered to an invite
/// that still opens (the guest lost it, or it went to spam); never while one is on its way,
/// never for an invite the host chose not to email, and never for a locked invite, whose link
/// would not open from a resent email (it offers "Issue new link" instead). Each resend counts
/// towards the host's hourly email limit, which the server enforces.
fn offers_resend(invite: &Invite, now: DateTime<Utc>) -> bool {
    match invite.email_status {
        _ if invite.locked => false,
        Some(EmailStatus::Failed) => true,
        Some(EmailStatus::Sent) => invite.still_opens(now),
        Some(EmailStatus::Pending) | None => false,
    }
}

/// One of a row's actions (Copy link, Issue new link, Resend, Revoke): a quiet button whose
/// accessible name says whose invite it acts on and contains its visible text. Each call site
/// marks its action with a `data-*` attribute spread onto the button (`attr:data-revoke=""`),
/// which the focus repair in `use_invites` and the tests find it by.
#[component]
fn RowAction(
    invite: Invite,
    on_press: Callback<Invite>,
    label: String,
    text: &'static str,
    #[prop(optional)] icon: Option<IconName>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="btn btn-quiet"
            aria-label=label
            on:click=move |_| on_press.run(invite.clone())
        >
            {icon.map(|name| view! { <Icon name /> })}
            {text}
        </button>
    }
}

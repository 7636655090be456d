use chrono::Utc;
use contract::{EmailStatus, Invite};
use leptos::prelude::*;
use stylers_macro::style_str;

use crate::format;
use crate::ui::{scoped, Icon, IconName};
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
    let scope = scoped(style_str! {
        ul {
            display: grid;
            gap: var(--space-2);
            margin: 0;
            padding: 0;
            list-style: none;
        }
        li {
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            justify-content: space-between;
            gap: var(--space-2);
            padding: var(--space-2) var(--space-3);
            border: 1px solid var(--color-border);
            border-radius: var(--radius-2);
        }
        .who {
            display: grid;
            min-width: 0;
            flex: 1 1 16rem;
        }
        .name {
            font-weight: 600;
            overflow-wrap: anywhere;
        }
        .email,
        .meta {
            color: var(--color-muted);
            font-size: var(--text-sm);
            overflow-wrap: anywhere;
        }
        .usage {
            font-weight: 600;
            color: var(--color-text);
        }
        .locked {
            color: var(--color-danger);
            font-size: var(--text-sm);
            font-weight: 600;
        }
        .undelivered {
            color: var(--color-danger);
            font-size: var(--text-sm);
            overflow-wrap: anywhere;
        }
        .actions {
            display: flex;
            flex-wrap: wrap;
            gap: var(--space-2);
        }
    });
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
                                let target = invite.clone();
                                let label = w.reissue_for(&name);
                                view! { class=scope,
                                    <button
                                        type="button"
                                        class="btn btn-quiet"
                                        data-reissue=""
                                        aria-label=label
                                        on:click=move |_| on_reissue.run(target.clone())
                                    >
                                        {w.issue_new_link}
                                    </button>
                                }
                            });
                        let undelivered = (invite.email_status == Some(EmailStatus::Failed))
                            .then(|| {
                                let reason = invite.email_error.clone().unwrap_or_default();
                                w.undelivered(&reason)
                            });
                        let resend = undelivered
                            .as_ref()
                            .and(on_resend)
                            .filter(|_| !locked)
                            .map(|on_resend| {
                                let target = invite.clone();
                                let label = w.resend_to(&name);
                                // A locked link would not open from a resent email: reissue it instead.
                                view! { class=scope,
                                    <button
                                        type="button"
                                        class="btn btn-quiet"
                                        data-resend=""
                                        aria-label=label
                                        on:click=move |_| on_resend.run(target.clone())
                                    >
                                        {w.resend}
                                    </button>
                                }
                            });
                        let copy = on_copy
                            .filter(|_| invite.still_opens(now))
                            .map(|on_copy| {
                                let target = invite.clone();
                                let label = w.copy_for(&name);
                                view! { class=scope,
                                    <button
                                        type="button"
                                        class="btn btn-quiet"
                                        data-copy=""
                                        aria-label=label
                                        on:click=move |_| on_copy.run(target.clone())
                                    >
                                        <Icon name=IconName::Copy />
                                        {w.copy_link}
                                    </button>
                                }
                            });
                        view! { class=scope,
                            <li data-invite-id=invite.id>
                                <div class="who">
                                    <span class="name">{name}</span>
                                    <span class="email">{invite.email.clone()}</span>
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
                                    <button
                                        type="button"
                                        class="btn btn-quiet"
                                        data-revoke=""
                                        aria-label=label
                                        on:click=move |_| on_revoke.run(target.clone())
                                    >
                                        <Icon name=IconName::Trash />
                                        {w.revoke}
                                    </button>
                                </div>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}

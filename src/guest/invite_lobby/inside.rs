use contract::{InviteeSession, MediaStatus};
use leptos::prelude::*;
use stylers_macro::style_str;

use crate::ui::{scoped, Poster};

/// The session as the invitee sees it once inside: the event, and the role they have. No site
/// navigation. For the page and the gallery.
#[component]
pub fn InviteeSessionView(session: InviteeSession) -> impl IntoView {
    let scope = scoped(style_str! {
        h1 {
            overflow-wrap: anywhere;
        }
        .role {
            font-size: var(--text-lg);
            font-weight: 600;
        }
    });
    let media = session.media;
    let ended = media.status == MediaStatus::Ended;
    view! { class=scope,
        <Poster kind=media.kind.label() title=media.title.clone() />
        <h1>{media.title.clone()}</h1>
        <p class="muted">{format!("{} · {}", media.kind.label(), media.status.label())}</p>
        <p class="role">{format!("You're in as {}", session.role.label())}</p>
        <p>{session.role.description()}</p>
        {ended.then(|| view! { <p class="notice">"This session has ended."</p> })}
    }
}

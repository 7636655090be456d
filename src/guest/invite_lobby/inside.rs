use contract::{InviteeSession, MediaStatus};
use leptos::prelude::*;
use stylers_macro::style_str;

use crate::ui::scoped;

/// The session as the invitee sees it once inside: the event, and the role they have. No site
/// navigation. For the page and the gallery.
#[component]
pub fn InviteeSessionView(session: InviteeSession) -> impl IntoView {
    let scope = scoped(style_str! {
        .stage {
            display: grid;
            place-items: center;
            aspect-ratio: 16 / 9;
            max-height: 60vh;
            width: 100%;
            margin-bottom: var(--space-4);
            padding: var(--space-4);
            border-radius: var(--radius-2);
            background: var(--color-poster);
            color: var(--color-on-poster);
            text-align: center;
            overflow-wrap: anywhere;
        }
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
    let stage = format!("{}: {}", media.kind.label(), media.title);
    view! { class=scope,
        <div class="stage" role="img" aria-label=stage>
            <span>{media.title.clone()}</span>
        </div>
        <h1>{media.title.clone()}</h1>
        <p class="muted">{format!("{} · {}", media.kind.label(), media.status.label())}</p>
        <p class="role">{format!("You're in as {}", session.role.label())}</p>
        <p>{session.role.description()}</p>
        {ended.then(|| view! { <p class="notice">"This session has ended."</p> })}
    }
}

use contract::{InviteeSession, MediaStatus};
use leptos::prelude::*;

use crate::ui::{scoped_css, Poster};
use crate::wording::{kind_label, role_description, role_label, status_label, t};

/// The session as the invitee sees it once inside: the event, and the role they have. No site
/// navigation. For the page and the gallery.
#[component]
pub fn InviteeSessionView(session: InviteeSession) -> impl IntoView {
    let scope = scoped_css!("src/guest/invite_lobby/inside.css");
    let media = session.media;
    let ended = media.status == MediaStatus::Ended;
    view! { class=scope,
        <Poster kind=kind_label(media.kind) title=media.title.clone() />
        <h1 dir="auto">{media.title.clone()}</h1>
        <p class="muted">
            {t().common.kind_and_status(kind_label(media.kind), status_label(media.status))}
        </p>
        <p class="role">{t().invitee.in_as(role_label(session.role))}</p>
        <p>{role_description(session.role)}</p>
        {ended.then(|| view! { <p class="notice">{t().invitee.session_ended}</p> })}
    }
}

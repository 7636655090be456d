//! The guest view: the media as a guest may see it, and nothing else on the site.

use contract::GuestMedia;
use leptos::prelude::*;
use stylers_macro::style_str;

use super::StartCountdown;
use crate::ui::{scoped, Poster};
use crate::wording::{kind_label, t};

/// An admitted guest's view of one item: a notice that they are a guest, the poster, title
/// and description, and "Leave". No links lead anywhere else.
#[component]
pub fn GuestView(
    media: GuestMedia,
    /// Ends this tab's guest session.
    on_leave: Callback<()>,
    /// The leave request is in flight.
    #[prop(optional, into)]
    leaving: MaybeProp<bool>,
    /// Why leaving failed, to try again.
    #[prop(optional, into)]
    leave_error: MaybeProp<String>,
    /// The moderator has just let this guest in from the waiting page: say so.
    #[prop(optional)]
    just_admitted: bool,
) -> impl IntoView {
    let leaving = move || leaving.get().unwrap_or(false);
    let scope = scoped(style_str! {
        .guest-bar {
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            justify-content: space-between;
            gap: var(--space-2);
            margin-bottom: var(--space-4);
            padding: var(--space-2) var(--space-3);
            border-radius: var(--radius-2);
            background: var(--color-accent-soft);
        }
        .guest-bar p {
            margin: 0;
        }
        h1,
        .description {
            overflow-wrap: anywhere;
        }
        .description {
            white-space: pre-line;
        }
        .admitted:empty {
            display: none;
        }
        .kind {
            color: var(--color-muted);
            font-size: var(--text-sm);
        }
    });
    view! { class=scope,
        <div class="guest-bar">
            <p>
                <strong>{t().guest.watching_as_guest}</strong>
                {t().guest.only_this_item}
            </p>
            <button type="button" class="btn" disabled=leaving on:click=move |_| on_leave.run(())>
                {move || if leaving() { t().guest.leaving } else { t().guest.leave }}
            </button>
        </div>
        {move || leave_error.get().map(|text| view! { <p role="alert">{text}</p> })}
        <p class="notice notice-success admitted" role="status">
            {just_admitted.then_some(t().guest.admitted_now)}
        </p>
        <Poster
            kind=kind_label(media.kind)
            title=media.title.clone()
            thumbnail=media.thumbnail_url.clone()
        />
        <h1>{media.title}</h1>
        <p class="kind">{kind_label(media.kind)}</p>
        {media.starts_at.map(|starts_at| view! { <StartCountdown starts_at /> })}
        {media
            .description
            .filter(|d| !d.trim().is_empty())
            .map(|description| view! { class=scope, <p class="description">{description}</p> })}
    }
}

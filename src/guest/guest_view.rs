//! The guest view: the media as a guest may see it, and nothing else on the site.

use contract::GuestMedia;
use leptos::prelude::*;

use super::{LinkContext, PlatformMark, StartCountdown};
use crate::ui::{scoped_css, Poster};
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
    /// The platform and who shares the item, as far as the page knows them (after a reload
    /// they arrive a moment later).
    #[prop(optional, into)]
    card: MaybeProp<LinkContext>,
) -> impl IntoView {
    let leaving = move || leaving.get().unwrap_or(false);
    let scope = scoped_css!("src/guest/guest_view.css");
    view! { class=scope,
        <div class="top">
            {move || {
                card.get()
                    .and_then(|card| card.platform)
                    .map(|platform| view! { <PlatformMark platform /> })
            }}
            <button
                type="button"
                class="btn leave"
                disabled=leaving
                on:click=move |_| on_leave.run(())
            >
                {move || if leaving() { t().guest.leaving } else { t().guest.leave }}
            </button>
        </div>
        <p class="guest-note">
            <strong>{t().guest.watching_as_guest}</strong>
            {t().guest.only_this_item}
        </p>
        {move || leave_error.get().map(|text| view! { <p role="alert">{text}</p> })}
        <p class="notice notice-success admitted" role="status">
            {just_admitted.then_some(t().guest.admitted_now)}
        </p>
        <Poster
            kind=kind_label(media.kind)
            title=media.title.clone()
            thumbnail=media.thumbnail_url.clone()
        />
        <h1 dir="auto">{media.title}</h1>
        <p class="kind">{kind_label(media.kind)}</p>
        {move || {
            card.get()
                .and_then(|card| card.shared_by)
                .map(|by| {
                    view! { class=scope, <p class="shared-by">{t().guest.shared_by(&by.name)}</p> }
                })
        }}
        {media.starts_at.map(|starts_at| view! { <StartCountdown starts_at /> })}
        {media
            .description
            .filter(|d| !d.trim().is_empty())
            .map(|description| {
                view! { class=scope,
                    <p class="description" dir="auto">
                        {description}
                    </p>
                }
            })}
    }
}

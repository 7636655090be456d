use contract::{MediaKind, MediaStatus};
use leptos::prelude::*;

use super::{media, media_list, Specimen};
use crate::host::{MediaListView, MediaPageView, SignInView};
use crate::pages::NotFoundView;
use crate::ui::FormState;

/// The host's screens, each in its states.
#[component]
pub fn HostScreens() -> impl IntoView {
    view! {
        <section aria-labelledby="host">
            <h2 data-gallery-chrome="" id="host">
                "Host screens"
            </h2>
            <Specimen title="Sign in (reference backend)">
                <SignInView
                    form=FormState::shown(Default::default(), None, false)
                    chosen=RwSignal::new(String::new())
                />
            </Specimen>
            <Specimen title="My media: every kind">
                <MediaListView items=media_list() />
            </Specimen>
            <Specimen title="My media: empty">
                <MediaListView items=vec![] />
            </Specimen>
            <Specimen title="Media page: video">
                <MediaPageView media=media(MediaKind::Video, MediaStatus::Ended) />
            </Specimen>
            <Specimen title="Media page: live event, live">
                <MediaPageView media=media(MediaKind::LiveEvent, MediaStatus::Live) />
            </Specimen>
            <Specimen title="Media page: room, scheduled">
                <MediaPageView media=media(MediaKind::Room, MediaStatus::Scheduled) />
            </Specimen>
            <Specimen title="Page not found">
                <NotFoundView />
            </Specimen>
        </section>
    }
}

//! `/gallery/`: every screen and primitive in each of its states, from fixture data, with no
//! backend. It ships in its own bundle (`src/bin/gallery.rs`, `gallery.html` ->
//! `dist/gallery/`), never in the host's or the guest's. Designers run
//! `trunk serve gallery.html --public-url /gallery/ --dist dist/gallery` and open it (see
//! README); browser journeys audit it with axe-core.

mod access_request_screens;
mod ask_access_screens;
mod control_states;
mod dialog_preview;
mod fixtures;
mod fixtures_room;
mod guest_access_screens;
mod guest_screens;
mod host_screens;
mod invite_fixtures;
mod invite_screens;
mod language_links_preview;
mod link_edit_screens;
mod link_joins_screens;
mod participants_screens;
mod primitives;
mod skeleton_preview;
mod specimen;
mod view_options;

use leptos::prelude::*;

use control_states::ControlStates;
pub use dialog_preview::DialogPreview;
pub use fixtures::*;
pub use fixtures_room::fixture_controller;
use guest_access_screens::GuestAccessScreens;
use guest_screens::GuestScreens;
use host_screens::HostScreens;
pub use invite_fixtures::*;
use invite_screens::InviteScreens;
use participants_screens::ParticipantsScreens;
use primitives::Primitives;
pub use specimen::Specimen;
pub use view_options::ViewSwitches;

use crate::ui::{scoped_css, ToastRegion};

/// The gallery bundle's root: the gallery inside the toast region its copy buttons and
/// windows announce to, as the host app provides it. No router: the gallery renders the
/// screens' views, never their routed pages.
#[component]
pub fn GalleryApp() -> impl IntoView {
    let query = window().location().search().unwrap_or_default();
    if view_options::ViewOptions::from_query(&query).pseudo {
        crate::wording::speak_pseudo(true);
        crate::wording::say_in_document(crate::wording::Lang::En);
    }
    view! {
        <ToastRegion>
            <Gallery />
        </ToastRegion>
    }
}

/// The designer gallery.
#[component]
pub fn Gallery() -> impl IntoView {
    let scope = scoped_css!("src/gallery/mod.css");
    view! { class=scope,
        <a class="skip-link" href="#main">
            {crate::wording::host_t().shell.skip_to_content}
        </a>
        <main id="main" class="page">
            <h1 data-gallery-chrome="">"Designer gallery"</h1>
            <p data-gallery-chrome="">
                "Every screen and state, rendered from fixture data. Nothing here talks to a backend."
            </p>
            <nav class="gallery-nav" data-gallery-chrome="" aria-label="Gallery sections">
                <ul>
                    <li>
                        <a href="#primitives">"Primitives"</a>
                    </li>
                    <li>
                        <a href="#host">"Host screens"</a>
                    </li>
                    <li>
                        <a href="#guest-access">"Sharing and guest access"</a>
                    </li>
                    <li>
                        <a href="#invites">"Invite links"</a>
                    </li>
                    <li>
                        <a href="#participants-gallery">"Participants tab"</a>
                    </li>
                    <li>
                        <a href="#guest">"Guest screens"</a>
                    </li>
                </ul>
            </nav>
            <ViewSwitches>
                <Primitives />
                <HostScreens />
                <GuestAccessScreens />
                <InviteScreens />
                <ParticipantsScreens />
                <GuestScreens />
            </ViewSwitches>
        </main>
    }
}

//! The host side's routers: host pages share a shell with site navigation and the host's
//! session. They ship in two bundles, each routing only its own pages:
//!
//! - [`App`] (`src/main.rs`, `index.html` -> `dist/`): the media list, sign-in and the media
//!   page with its sharing windows (`/`, `/sign-in`, `/media/:id`);
//! - [`LiveApp`] (`src/bin/live.rs`, `live.html` -> `dist/l/`): the live session's
//!   Participants tab (`/media/:id/live`), whose list, lobby and alerts the media page never
//!   needs.
//!
//! A link from one bundle's page to the other's becomes a full page load
//! ([`Elsewhere`](crate::pages::Elsewhere)). Guest and invitee pages (`/guest/*`, `/invite/*`)
//! and the designer gallery (`/gallery/`) are in neither: each ships in a bundle of its own
//! (`src/bin/guest.rs`, `src/bin/invite.rs`, `src/bin/gallery.rs`), so nothing here
//! references them and the linker leaves them, and the gallery's fixtures, out.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::host::{HostShell, LivePage, MediaListPage, MediaPage, SignInPage};
use crate::pages::{remember_loaded_path, Elsewhere};
use crate::ui::ToastRegion;

/// The host app: the media list, sign-in and the media page.
#[component]
pub fn App() -> impl IntoView {
    remember_loaded_path();
    view! {
        <ToastRegion>
            <Router>
                <Routes fallback=Elsewhere>
                    <ParentRoute path=path!("") view=HostShell>
                        <Route path=path!("") view=MediaListPage />
                        <Route path=path!("sign-in") view=SignInPage />
                        <Route path=path!("media/:id") view=MediaPage />
                    </ParentRoute>
                </Routes>
            </Router>
        </ToastRegion>
    }
}

/// The Participants tab's app: `/media/:id/live` only.
#[component]
pub fn LiveApp() -> impl IntoView {
    remember_loaded_path();
    view! {
        <ToastRegion>
            <Router>
                <Routes fallback=Elsewhere>
                    <ParentRoute path=path!("") view=HostShell>
                        <Route path=path!("media/:id/live") view=LivePage />
                    </ParentRoute>
                </Routes>
            </Router>
        </ToastRegion>
    }
}

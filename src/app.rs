//! The host app's router: host pages share a shell with site navigation and the host's
//! session. Guest and invitee pages (`/guest/*`, `/invite/*`) and the designer gallery
//! (`/gallery/`) are not routed here: each ships in a bundle of its own (`src/bin/guest.rs`,
//! `src/bin/gallery.rs`), so nothing here references them and the linker leaves them, and
//! the gallery's fixtures, out of the host bundle.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::host::{HostShell, LivePage, MediaListPage, MediaPage, SignInPage};
use crate::pages::NotFound;
use crate::ui::ToastRegion;

/// The whole host app.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <ToastRegion>
            <Router>
                <Routes fallback=NotFound>
                    <ParentRoute path=path!("") view=HostShell>
                        <Route path=path!("") view=MediaListPage />
                        <Route path=path!("sign-in") view=SignInPage />
                        <Route path=path!("media/:id") view=MediaPage />
                        <Route path=path!("media/:id/live") view=LivePage />
                    </ParentRoute>
                </Routes>
            </Router>
        </ToastRegion>
    }
}

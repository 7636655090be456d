//! The router. Host pages share a shell with site navigation and the host's session; guest and
//! invitee pages stand alone, with nothing else on the site reachable from them.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

use crate::gallery::Gallery;
use crate::guest::{GuestPage, InviteLobbyPage};
use crate::host::{HostShell, LivePage, MediaListPage, MediaPage, SignInPage};
use crate::pages::NotFound;
use crate::ui::ToastRegion;

/// The whole app.
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
                <Route path=path!("guest/:token") view=|| view! { <GuestPage token=token_param() /> } />
                <Route path=path!("invite/:token") view=|| view! { <InviteLobbyPage token=token_param() /> } />
                <Route path=path!("gallery") view=Gallery />
            </Routes>
        </Router>
        </ToastRegion>
    }
}

/// The `:token` of the current route. Guest pages take it as a prop: they also run in the
/// guest bundle, which has no router.
fn token_param() -> String {
    use_params_map()
        .get_untracked()
        .get("token")
        .unwrap_or_default()
}

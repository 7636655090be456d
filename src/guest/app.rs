//! The guest bundle's whole app. No router: a guest's address names its page once, and
//! guest pages never navigate anywhere else on the site.

use leptos::prelude::*;

use super::{GuestPage, InviteLobbyPage};
use crate::wording::t;

/// The page an address outside the host side asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuestRoute {
    /// `/guest/{token}`
    Guest(String),
    /// `/invite/{token}`
    Invite(String),
    NotFound,
}

impl GuestRoute {
    /// The route of `path` (the location's pathname); a trailing slash is allowed.
    pub fn from_path(path: &str) -> GuestRoute {
        let mut segments = path.trim_matches('/').split('/');
        let (Some(kind), Some(token), None) = (segments.next(), segments.next(), segments.next())
        else {
            return GuestRoute::NotFound;
        };
        if token.is_empty() {
            return GuestRoute::NotFound;
        }
        match kind {
            "guest" => GuestRoute::Guest(token.to_string()),
            "invite" => GuestRoute::Invite(token.to_string()),
            _ => GuestRoute::NotFound,
        }
    }
}

/// The guest bundle's root: reads `window.location.pathname` and shows its page.
#[component]
pub fn GuestApp() -> impl IntoView {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    match GuestRoute::from_path(&path) {
        GuestRoute::Guest(token) => view! { <GuestPage token /> }.into_any(),
        GuestRoute::Invite(token) => view! { <InviteLobbyPage token /> }.into_any(),
        GuestRoute::NotFound => view! {
            <main id="main" class="page page-narrow">
                <h1>{t().common.page_not_found}</h1>
                <p>{t().guest.not_a_guest_page}</p>
            </main>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_guest_and_invite_addresses_should_pass_their_token() {
        assert_eq!(
            GuestRoute::from_path("/guest/abc-_123"),
            GuestRoute::Guest("abc-_123".into())
        );
        assert_eq!(
            GuestRoute::from_path("/guest/abc/"),
            GuestRoute::Guest("abc".into())
        );
        assert_eq!(
            GuestRoute::from_path("/invite/xyz"),
            GuestRoute::Invite("xyz".into())
        );
    }

    #[test]
    fn given_any_other_address_should_be_not_found() {
        for path in [
            "/",
            "",
            "/guest",
            "/guest/",
            "/guest/a/b",
            "/media/1",
            "/g/guest/a",
        ] {
            assert_eq!(GuestRoute::from_path(path), GuestRoute::NotFound, "{path}");
        }
    }
}

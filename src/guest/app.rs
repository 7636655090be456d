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

    /// The page's own address, `window.location.pathname`.
    fn current() -> GuestRoute {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        GuestRoute::from_path(&path)
    }
}

/// The guest bundle's root (`/guest/{token}`). It never names the invite lobby, so a guest
/// downloads none of it: the invitee bundle ([`InviteApp`]) carries that.
#[component]
pub fn GuestApp() -> impl IntoView {
    match GuestRoute::current() {
        GuestRoute::Guest(token) => view! { <GuestPage token /> }.into_any(),
        _ => view! { <NotAGuestPage /> }.into_any(),
    }
}

/// The invitee bundle's root (`/invite/{token}`): the invite lobby and nothing of the guest
/// link's pages.
#[component]
pub fn InviteApp() -> impl IntoView {
    match GuestRoute::current() {
        GuestRoute::Invite(token) => view! { <InviteLobbyPage token /> }.into_any(),
        _ => view! { <NotAGuestPage /> }.into_any(),
    }
}

/// An address under a bundle that leads to no page of it.
#[component]
fn NotAGuestPage() -> impl IntoView {
    super::skeleton::remove();
    view! {
        <main id="main" class="page page-narrow">
            <h1>{t().common.page_not_found}</h1>
            <p>{t().guest.not_a_guest_page}</p>
        </main>
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

//! The card every guest page stands on: the platform's name and logo above what the page
//! says, so a guest who arrives from an email or a chat, maybe from someone they hardly know,
//! sees where they are before they type anything.

use contract::{GuestLinkInfo, Platform, SharedBy};
use leptos::prelude::*;

use crate::ui::scoped_css;

/// What the guest page knows about where its link leads. Kept by the page from the first
/// answer, so a message page later on still names the platform and the item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkContext {
    pub platform: Option<Platform>,
    pub shared_by: Option<SharedBy>,
    /// The item's title, once an answer named it.
    pub title: Option<String>,
}

impl LinkContext {
    pub fn from_info(info: &GuestLinkInfo) -> Self {
        LinkContext {
            platform: info.platform.clone(),
            shared_by: info.shared_by.clone(),
            title: Some(info.media.title.clone()),
        }
    }
}

/// The card: the platform's header (when the backend names it), then the page's content.
/// Centred and about 28rem wide on a desktop, the full width on a phone.
#[component]
pub fn GuestCard(
    #[prop(default = None)] platform: Option<Platform>,
    children: Children,
) -> impl IntoView {
    let scope = scoped_css!("src/guest/card.css");
    // The logo is decorative: the platform's name is beside it as text.
    let header = platform.map(|platform| {
        view! { class=scope,
            <div class="top">
                <PlatformMark platform />
            </div>
        }
    });
    view! { class=scope, <div class="guest-card">{header} {children()}</div> }
}

/// The platform's logo and name, at the top of the card and of the guest view.
#[component]
pub fn PlatformMark(platform: Platform) -> impl IntoView {
    let scope = scoped_css!("src/guest/platform_mark.css");
    view! { class=scope,
        <p class="platform">
            {platform
                .logo_url
                .map(|src| {
                    view! { class=scope,
                        <img src=on_api_origin(&src) alt="" width="32" height="32" />
                    }
                })} <span dir="auto">{platform.name}</span>
        </p>
    }
}

/// A logo URL as the page must load it: a path (`/api/v1/platform/logo.svg`) is on the API's
/// origin, which is the page's own unless `share-api-base` names another.
fn on_api_origin(url: &str) -> String {
    on_origin_of(crate::config::api_base(), url)
}

fn on_origin_of(api_base: &str, url: &str) -> String {
    if !url.starts_with('/') || url.starts_with("//") {
        return url.to_string();
    }
    match api_base.find("://") {
        Some(scheme_end) => {
            let host_end = api_base[scheme_end + 3..]
                .find('/')
                .map_or(api_base.len(), |i| scheme_end + 3 + i);
            format!("{}{url}", &api_base[..host_end])
        }
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::on_origin_of;

    #[test]
    fn given_a_logo_path_should_load_it_from_the_apis_origin() {
        let logo = "/api/v1/platform/logo.svg";
        assert_eq!(
            on_origin_of("/api/v1", logo),
            logo,
            "same origin as the page"
        );
        assert_eq!(
            on_origin_of("https://media.example.com/api/v1", logo),
            "https://media.example.com/api/v1/platform/logo.svg"
        );
        assert_eq!(
            on_origin_of("https://media.example.com", logo),
            "https://media.example.com/api/v1/platform/logo.svg"
        );
        let absolute = "https://cdn.example.com/logo.png";
        assert_eq!(
            on_origin_of("https://media.example.com/api/v1", absolute),
            absolute
        );
        assert_eq!(
            on_origin_of("/api/v1", "//cdn.example.com/l.png"),
            "//cdn.example.com/l.png"
        );
    }
}

use contract::Media;
use leptos::prelude::*;

use crate::ui::{scoped_css, Icon, IconName, Modal};
use crate::wording::host_t;

/// One way to share, as the Share window lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOption {
    CopyLink,
    Email,
    InviteUsers,
    GuestAccess,
}

impl ShareOption {
    /// The options this item allows, in the window's order: guest access at the far right.
    pub fn for_media(media: &Media) -> Vec<ShareOption> {
        let mut options = vec![ShareOption::CopyLink, ShareOption::Email];
        if media.capabilities.invite_users {
            options.push(ShareOption::InviteUsers);
        }
        if media.capabilities.can_manage_guest_access() {
            options.push(ShareOption::GuestAccess);
        }
        options
    }

    fn label(self) -> &'static str {
        let m = host_t().media;
        match self {
            ShareOption::CopyLink => m.copy_link,
            ShareOption::Email => m.email,
            ShareOption::InviteUsers => m.invite_users,
            ShareOption::GuestAccess => m.guest_access,
        }
    }

    fn hint(self) -> &'static str {
        let m = host_t().media;
        match self {
            ShareOption::CopyLink => m.copy_link_hint,
            ShareOption::Email => m.email_hint,
            ShareOption::InviteUsers => m.invite_users_hint,
            ShareOption::GuestAccess => m.guest_access_hint,
        }
    }

    fn icon(self) -> IconName {
        match self {
            ShareOption::CopyLink => IconName::Link,
            ShareOption::Email => IconName::Mail,
            ShareOption::InviteUsers => IconName::UserPlus,
            ShareOption::GuestAccess => IconName::Guest,
        }
    }
}

/// The Share window: the ways to share this item.
#[component]
pub fn ShareWindow(
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
    media: Media,
    on_choose: Callback<ShareOption>,
) -> impl IntoView {
    let title = host_t().media.share_title(&media.title);
    view! {
        <Modal open on_close title>
            <ShareOptions options=ShareOption::for_media(&media) on_choose />
        </Modal>
    }
}

/// The option tiles, for the window and the gallery.
#[component]
pub fn ShareOptions(options: Vec<ShareOption>, on_choose: Callback<ShareOption>) -> impl IntoView {
    let scope = scoped_css!("src/host/share_window.css");
    view! { class=scope,
        <ul role="list">
            {options
                .into_iter()
                .map(|option| {
                    view! { class=scope,
                        <li>
                            <button type="button" on:click=move |_| on_choose.run(option)>
                                <Icon name=option.icon() />
                                <span>{option.label()}</span>
                                <span class="hint">{option.hint()}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

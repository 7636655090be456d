use contract::Media;
use leptos::html;
use leptos::prelude::*;

use super::guest_access::ManageGuestAccessWindow;
use super::invite::InviteUsersWindow;
use super::share_window::{ShareOption, ShareWindow};
use crate::ui::{use_copy_link, Icon, IconName, MenuButton, MenuItem};
use crate::wording::host_t;

/// Which sharing window is open on the media page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Window {
    Share,
    GuestAccess,
    Invite,
}

/// The Share button and the three-dot "More actions" menu below the player, and the windows
/// they open. Each action appears only where the item's capabilities allow it.
#[component]
pub fn MediaActions(media: Media) -> impl IntoView {
    let copy_link = use_copy_link();
    let window = RwSignal::new(None::<Window>);
    let is_open = move |w: Window| Signal::derive(move || window.get() == Some(w));
    let close = Callback::new(move |_| window.set(None));
    let menu_button = NodeRef::<html::Button>::new();
    let share_button = NodeRef::<html::Button>::new();
    let media_id = media.id;

    let capabilities = media.capabilities.clone();
    let menu_items = Signal::derive(move || {
        let mut items = Vec::new();
        if capabilities.invite_users {
            items.push(MenuItem::new(host_t().media.invite_users, move || {
                window.set(Some(Window::Invite))
            }));
        }
        if capabilities.can_manage_guest_access() {
            items.push(MenuItem::new(
                host_t().media.manage_guest_access,
                move || window.set(Some(Window::GuestAccess)),
            ));
        }
        items
    });
    let has_menu = !menu_items.get_untracked().is_empty();

    let page_url = move || {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        format!("{origin}/media/{media_id}")
    };
    let email_href = {
        let title = media.title.clone();
        move || {
            let subject = js_sys::encode_uri_component(&title);
            let body = js_sys::encode_uri_component(&page_url());
            format!("mailto:?subject={subject}&body={body}")
        }
    };
    let on_choose = Callback::new(move |option: ShareOption| match option {
        ShareOption::GuestAccess => window.set(Some(Window::GuestAccess)),
        ShareOption::InviteUsers => window.set(Some(Window::Invite)),
        ShareOption::CopyLink => {
            window.set(None);
            copy_link.run(page_url());
        }
        ShareOption::Email => {
            window.set(None);
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_href(&email_href());
            }
        }
    });

    view! {
        <button
            type="button"
            class="btn btn-primary"
            node_ref=share_button
            on:click=move |_| window.set(Some(Window::Share))
        >
            <Icon name=IconName::Share />
            {host_t().media.share}
        </button>
        {has_menu
            .then(|| {
                view! {
                    <MenuButton
                        label=host_t().media.more_actions
                        items=menu_items
                        button_ref=menu_button
                    >
                        <Icon name=IconName::Dots />
                    </MenuButton>
                }
            })}
        <ShareWindow open=is_open(Window::Share) on_close=close media=media.clone() on_choose />
        <ManageGuestAccessWindow
            open=is_open(Window::GuestAccess)
            on_close=close
            media=media_id
            return_focus=if has_menu { menu_button } else { share_button }
            live=media.kind.is_live()
        />
        <InviteUsersWindow
            open=is_open(Window::Invite)
            on_close=close
            return_focus=if has_menu { menu_button } else { share_button }
            media=media.clone()
        />
    }
}

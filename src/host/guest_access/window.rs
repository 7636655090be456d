use contract::{GuestAccess, GuestLink, Id};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{CreateLinkWindow, DeleteLinkWindow, GuestAccessPanel};
use crate::api::{self, ApiError};
use crate::ui::focus::refocus_if_lost;
use crate::ui::{copy_text, use_toaster, LoadError, Loading, Modal};

/// "Manage guest access" for one media item: loads its guest access when opened and keeps it
/// current after every change, without reloading the page.
#[component]
pub fn ManageGuestAccessWindow(
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
    media: Id,
    /// Where focus goes on close if the opener is gone (the menu's item, say).
    #[prop(optional)]
    return_focus: Option<NodeRef<html::Button>>,
) -> impl IntoView {
    let toaster = use_toaster();
    let access = RwSignal::new(None::<GuestAccess>);
    let load_error = RwSignal::new(None::<ApiError>);
    let notice = RwSignal::new(None::<String>);
    let toggle_busy = RwSignal::new(false);
    let creating = RwSignal::new(false);
    let deleting = RwSignal::new(None::<GuestLink>);
    let create_button = NodeRef::<html::Button>::new();
    let reload = move || {
        spawn_local(async move {
            match api::guest_access::get_access(media).await {
                Ok(fresh) => {
                    access.set(Some(fresh));
                    load_error.set(None);
                }
                Err(error) => load_error.set(Some(error)),
            }
            // A deleted row took its focused button with it: keep keyboard users in place.
            request_animation_frame(move || {
                if let Some(button) = create_button.get_untracked() {
                    refocus_if_lost(&button);
                }
            });
        })
    };
    Effect::new(move |_| {
        if open.get() {
            notice.set(None);
            reload();
        }
    });

    let on_toggle = Callback::new(move |enabled: bool| {
        toggle_busy.set(true);
        notice.set(None);
        spawn_local(async move {
            match api::guest_access::set_enabled(media, enabled).await {
                Ok(fresh) => {
                    access.set(Some(fresh));
                    toaster.show(if enabled {
                        "Guest access turned on"
                    } else {
                        "Guest access turned off"
                    });
                }
                Err(error) => notice.set(Some(format!(
                    "Guest access wasn't turned {}. {}",
                    if enabled { "on" } else { "off" },
                    error.user_message()
                ))),
            }
            toggle_busy.set(false);
        });
    });
    let on_copy = Callback::new(move |link: GuestLink| {
        spawn_local(async move {
            match copy_text(&link.url).await {
                Ok(()) => toaster.show("Link copied"),
                Err(()) => toaster.show(format!(
                    "Couldn't copy automatically. The link is {}",
                    link.url
                )),
            }
        });
    });
    let on_created = Callback::new(move |link: GuestLink| {
        creating.set(false);
        toaster.show(format!("Link “{}” created", link.name));
        reload();
    });
    let on_deleted = Callback::new(move |message: Option<String>| {
        // Take the row out first and close the confirmation only once it is gone, so focus
        // goes straight to Create new link instead of through the vanishing Delete button.
        if let Some(gone) = deleting.get_untracked() {
            access.update(|current| {
                if let Some(current) = current {
                    current.links.retain(|link| link.id != gone.id);
                }
            });
        }
        spawn_local(async move {
            leptos::task::tick().await;
            deleting.set(None);
            toaster.show(message.unwrap_or_else(|| "Link deleted".into()));
            reload();
        });
    });

    let body = move || match (access.get(), load_error.get()) {
        (Some(current), error) => {
            let refresh_failed =
                error.map(|e| format!("The list couldn't be refreshed. {}", e.user_message()));
            let shown_notice = Signal::derive(move || notice.get().or(refresh_failed.clone()));
            view! {
                <GuestAccessPanel
                    access=Signal::derive(move || access.get().unwrap_or_else(|| current.clone()))
                    toggle_busy
                    notice=shown_notice
                    on_toggle
                    on_create=Callback::new(move |_| creating.set(true))
                    on_copy
                    on_delete=Callback::new(move |link| deleting.set(Some(link)))
                    create_button
                />
            }
            .into_any()
        }
        (None, Some(error)) => view! { <LoadError error retry=move || reload() /> }.into_any(),
        (None, None) => view! { <Loading label="Loading guest access" /> }.into_any(),
    };

    view! {
        <Modal open on_close title="Manage guest access" return_focus=return_focus.unwrap_or_default()>
            {body}
        </Modal>
        <CreateLinkWindow
            open=creating
            on_close=Callback::new(move |_| creating.set(false))
            media
            on_created
            on_conflict=Callback::new(move |_| reload())
        />
        <DeleteLinkWindow
            target=deleting
            on_close=Callback::new(move |_| deleting.set(None))
            media
            on_deleted
            return_focus=create_button
        />
    }
}

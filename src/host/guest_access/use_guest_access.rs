//! Manage guest access's state: the item's settings and links, kept current after every
//! change; the switch; copy; and what follows a created or deleted link.

use contract::{GuestAccess, GuestLink, Id};
use leptos::html;
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::ui::focus::refocus_if_lost;
use crate::ui::{use_copy_link, use_kept_read, use_toaster, TaskOwner};
use crate::wording::{host_t, t};

/// What the window renders and the callbacks its parts run.
#[derive(Clone, Copy)]
pub struct GuestAccessState {
    /// The settings and links as last read (or as the switch's answer left them).
    pub access: RwSignal<Option<GuestAccess>>,
    /// Why the latest read failed.
    pub load_error: RwSignal<Option<ApiError>>,
    /// What to announce above the table: a failed switch, else a failed refresh.
    pub notice: Signal<Option<String>>,
    /// The switch's request is in flight.
    pub toggle_busy: Signal<bool>,
    pub reload: Callback<()>,
    pub toggle: Callback<bool>,
    pub copy: Callback<GuestLink>,
    /// Create new link is open.
    pub creating: RwSignal<bool>,
    pub created: Callback<GuestLink>,
    /// The link whose Edit link window is open.
    pub editing: RwSignal<Option<GuestLink>>,
    /// The server's answer to an edit: the row changes in place.
    pub updated: Callback<GuestLink>,
    /// The edited link was deleted meanwhile.
    pub edit_gone: Callback<()>,
    /// The link whose Delete confirmation is open.
    pub deleting: RwSignal<Option<GuestLink>>,
    pub deleted: Callback<Option<String>>,
    /// "Create new link", where focus goes when the focused row went away.
    pub create_button: NodeRef<html::Button>,
}

/// Guest access of `media`, read each time `open` becomes true.
pub fn use_guest_access(media: Id, open: Signal<bool>) -> GuestAccessState {
    let toaster = use_toaster();
    let tasks = TaskOwner::current();
    let create_button = NodeRef::<html::Button>::new();
    let read = use_kept_read(
        open,
        move || api::guest_access::get_access(media),
        // A deleted row took its focused button with it: keep keyboard users in place.
        move |_| {
            request_animation_frame(move || {
                if let Some(button) = create_button.try_get_untracked().flatten() {
                    refocus_if_lost(&button);
                }
            })
        },
    );
    let (access, load_error, reload) = (read.value, read.error, read.reload);
    let failure = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if open.get() {
            failure.set(None);
        }
    });

    let toggle = Action::new_local(move |enabled: &bool| {
        let enabled = *enabled;
        async move {
            (
                enabled,
                api::guest_access::set_enabled(media, enabled).await,
            )
        }
    });
    Effect::new(move |_| match toggle.value().get() {
        // No toast: the switch itself reads "On" or "Off", and the rows follow.
        Some((_, Ok(fresh))) => access.set(Some(fresh)),
        Some((enabled, Err(error))) => failure.set(Some(
            host_t()
                .guest_access
                .not_turned(enabled, error.user_message()),
        )),
        None => {}
    });

    let copy_link = use_copy_link();
    let creating = RwSignal::new(false);
    let editing = RwSignal::new(None::<GuestLink>);
    let deleting = RwSignal::new(None::<GuestLink>);
    let deleted = Callback::new(move |message: Option<String>| {
        // Take the row out first and close the confirmation only once it is gone, so focus
        // goes straight to Create new link instead of through the vanishing Delete button.
        if let Some(gone) = deleting.get_untracked() {
            access.update(|current| {
                if let Some(current) = current {
                    current.links.retain(|link| link.id != gone.id);
                }
            });
        }
        tasks.spawn(async move {
            leptos::task::tick().await;
            deleting.set(None);
            toaster.show(message.unwrap_or_else(|| host_t().guest_access.deleted.into()));
            reload.run(());
        });
    });

    GuestAccessState {
        access,
        load_error,
        notice: Signal::derive(move || {
            failure.get().or_else(|| {
                load_error.with(|e| {
                    e.as_ref()
                        .map(|e| t().common.list_not_refreshed(e.user_message()))
                })
            })
        }),
        toggle_busy: toggle.pending().into(),
        reload,
        toggle: Callback::new(move |enabled| {
            failure.set(None);
            toggle.dispatch(enabled);
        }),
        copy: Callback::new(move |link: GuestLink| copy_link.run(link.url)),
        creating,
        created: Callback::new(move |link: GuestLink| {
            creating.set(false);
            toaster.show(host_t().guest_access.created(&link.name));
            reload.run(());
        }),
        editing,
        // Rows are keyed by id, so the row (and its Edit button, where focus returns) stays.
        updated: Callback::new(move |link: GuestLink| {
            access.update(|current| {
                if let Some(row) = current
                    .as_mut()
                    .and_then(|c| c.links.iter_mut().find(|l| l.id == link.id))
                {
                    *row = link.clone();
                }
            });
            editing.set(None);
            toaster.show(host_t().link_edit.updated(&link.name));
        }),
        edit_gone: Callback::new(move |_| {
            editing.set(None);
            toaster.show(host_t().link_edit.gone);
            reload.run(());
        }),
        deleting,
        deleted,
        create_button,
    }
}

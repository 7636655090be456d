use contract::Id;
use leptos::html;
use leptos::prelude::*;

use super::{
    use_guest_access, AccessRequests, CreateLinkWindow, DeleteLinkWindow, EditLinkWindow,
    GuestAccessPanel, LiveItem, UsedByWindow,
};
use crate::host::LinkQrWindow;
use crate::ui::{LoadError, Loading, Modal};
use crate::wording::host_t;

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
    /// A live event or room: its links say whether guests wait for a moderator.
    #[prop(optional)]
    live: bool,
) -> impl IntoView {
    provide_context(LiveItem(live));
    let state = use_guest_access(media, open);
    // The link whose QR code is shown: its name and URL.
    let qr_target = RwSignal::new(None::<(String, String)>);
    // The link whose "Used by" is shown.
    let used_by = RwSignal::new(None::<contract::GuestLink>);
    // Only loading -> loaded rebuilds the body: once loaded, the panel follows the settings
    // and links through its signals, so a toggle or a refresh keeps its nodes (and the
    // switch keeps focus). Before that, every failed read is a fresh `LoadError`.
    let loaded = Memo::new(move |_| state.access.with(Option::is_some));
    let body = move || {
        if loaded.get() {
            return view! {
                <GuestAccessPanel
                    access=Signal::derive(move || state.access.get().unwrap_or_else(empty))
                    toggle_busy=state.toggle_busy
                    notice=state.notice
                    on_toggle=state.toggle
                    on_create=Callback::new(move |_| state.creating.set(true))
                    on_copy=state.copy
                    on_qr=Callback::new(move |link: contract::GuestLink| {
                        qr_target.set(Some((link.name, link.url)))
                    })
                    on_edit=Callback::new(move |link| state.editing.set(Some(link)))
                    on_delete=Callback::new(move |link| state.deleting.set(Some(link)))
                    on_used_by=Some(Callback::new(move |link| used_by.set(Some(link))))
                    create_button=state.create_button
                />
                <AccessRequests
                    media
                    links=Signal::derive(move || {
                        state
                            .access
                            .with(|a| a.as_ref().map(|a| a.links.clone()).unwrap_or_default())
                    })
                    on_extend=Callback::new(move |link| state.editing.set(Some(link)))
                    on_create=Callback::new(move |_| state.creating.set(true))
                />
            }
            .into_any();
        }
        match state.load_error.get() {
            Some(error) => view! { <LoadError error retry=state.reload /> }.into_any(),
            None => view! { <Loading label=host_t().guest_access.loading /> }.into_any(),
        }
    };

    view! {
        <Modal
            open
            on_close
            title=host_t().guest_access.title
            return_focus=return_focus.unwrap_or_default()
        >
            {body}
        </Modal>
        <CreateLinkWindow
            open=state.creating
            on_close=Callback::new(move |_| state.creating.set(false))
            media
            on_created=state.created
            on_conflict=state.reload
        />
        <EditLinkWindow
            target=state.editing
            on_close=Callback::new(move |_| state.editing.set(None))
            media
            on_updated=state.updated
            on_gone=state.edit_gone
            return_focus=state.create_button
        />
        <DeleteLinkWindow
            target=state.deleting
            on_close=Callback::new(move |_| state.deleting.set(None))
            media
            on_deleted=state.deleted
            return_focus=state.create_button
        />
        <LinkQrWindow target=qr_target on_close=Callback::new(move |_| qr_target.set(None)) />
        <UsedByWindow
            target=used_by
            on_close=Callback::new(move |_| used_by.set(None))
            media
            return_focus=state.create_button
        />
    }
}

/// Never shown: the panel is built once the settings are there.
fn empty() -> contract::GuestAccess {
    contract::GuestAccess {
        enabled: false,
        max_links: 0,
        links: Vec::new(),
    }
}

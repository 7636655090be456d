use contract::Media;
use leptos::html;
use leptos::prelude::*;

use super::{
    use_room, AlertControls, LobbyMessageForm, ParticipantList, Room, RoomController,
    StreamStatusNotice, WaitingRoom,
};
use crate::format;
use crate::host::guest_access::ManageGuestAccessWindow;
use crate::host::InviteUsersWindow;
use crate::ui::{
    scoped_css, unique_id, ConfirmActions, Icon, IconName, LoadError, Loading, MenuButton,
    MenuItem, Modal,
};
use crate::wording::host_t;

/// The Participants tab of one live event or room, connected to the backend.
#[component]
pub fn ParticipantsTab(media: Media) -> impl IntoView {
    let controller = use_room(media.id);
    let sync = controller.sync;
    let title = media.title.clone();
    // The tab's title says how many wait, for a host looking at another tab.
    Effect::new(move |_| {
        let waiting = sync
            .room
            .with(|r| r.as_ref().map_or(0, |r| r.waiting.len()));
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&host_t().participants.document_title(waiting, &title));
        }
    });
    // Only loading → loaded re-renders the tab; the lists update themselves.
    let loaded = Memo::new(move |_| sync.room.with(Option::is_some));
    move || match (loaded.get(), sync.load_error.get()) {
        (true, _) => view! { <ParticipantsView media=media.clone() controller /> }.into_any(),
        (false, Some(error)) => view! {
            <h1>{host_t().participants.title}</h1>
            <LoadError error retry=sync.reconnect />
        }
        .into_any(),
        (false, None) => view! {
            <h1>{host_t().participants.title}</h1>
            <Loading label=host_t().participants.loading />
        }
        .into_any(),
    }
}

/// The tab's screen, for the page and the gallery.
#[component]
pub fn ParticipantsView(media: Media, controller: RoomController) -> impl IntoView {
    let RoomController {
        sync,
        decisions,
        lobby,
        clock,
        alerts,
    } = controller;
    let scope = scoped_css!("src/host/participants/tab.css");
    let room: Signal<Option<Room>> = sync.room.into();
    let counts = Memo::new(move |_| {
        sync.room.with(|r| {
            r.as_ref()
                .map_or((0, 0), |r| (r.participants.len(), r.waiting.len()))
        })
    });
    let invite_open = RwSignal::new(false);
    let guests_open = RwSignal::new(false);
    let deny_all_open = RwSignal::new(false);
    let menu_button = NodeRef::<html::Button>::new();
    let capabilities = media.capabilities.clone();
    let w = host_t().participants;
    let menu_items = Signal::derive(move || {
        let mut items = Vec::new();
        if capabilities.invite_users {
            items.push(MenuItem::new(w.invite_users, move || invite_open.set(true)));
        }
        if capabilities.can_manage_guest_access() {
            items.push(MenuItem::new(w.invite_guests, move || {
                guests_open.set(true)
            }));
        }
        items
    });
    let has_menu = !menu_items.get_untracked().is_empty();
    let media_href = format!("/media/{}", media.id);
    let waiting_heading = unique_id("waiting-heading");
    let all_heading = unique_id("all-heading");
    let (waiting_label, all_label) = (waiting_heading.clone(), all_heading.clone());
    view! { class=scope,
        <p>
            // The arrow is drawn, not worded: `.back-arrow` turns it round in a right-to-left
            // page, so every such language points back the right way.
            <a class="back-link" href=media_href>
                <span class="back-arrow" aria-hidden="true">
                    "←"
                </span>
                <bdi>{media.title.clone()}</bdi>
            </a>
        </p>
        <h1>{w.title}</h1>
        <StreamStatusNotice status=sync.status reconnect=sync.reconnect />
        // One line, always reserved: an arrival never moves the Admit buttons under the host's
        // finger. A longer sentence is cut on screen; screen readers hear all of it.
        <p class="notice arrival" role="status" aria-live="polite">
            {move || sync.arrivals.text.get()}
        </p>
        {move || {
            decisions
                .notice
                .get()
                .map(|text| {
                    view! { class=scope,
                        <p class="notice notice-error" role="alert">
                            {text}
                        </p>
                    }
                })
        }}
        <div class="columns">
            <section aria-labelledby=waiting_label>
                // The target of a notification for several guests.
                <h2 id=waiting_heading tabindex="-1" data-waiting-heading="">
                    {move || w.waiting_heading(&format::count(counts.get().1))}
                </h2>
                <p class="muted">{w.waiting_intro}</p>
                <AlertControls alerts />
                <WaitingRoom
                    room
                    now=clock
                    busy=decisions.busy
                    bulk_busy=decisions.bulk_busy
                    on_admit=decisions.admit
                    on_deny=decisions.deny
                    on_admit_all=decisions.admit_all
                    on_deny_all=Callback::new(move |_| deny_all_open.set(true))
                />
                <div class="lobby">
                    <LobbyMessageForm saved=lobby.saved draft=lobby.draft save=lobby.save />
                </div>
            </section>
            <section aria-labelledby=all_label>
                <div class="heading">
                    <h2 id=all_heading>{move || w.all_heading(&format::count(counts.get().0))}</h2>
                    {has_menu
                        .then(|| {
                            view! { class=scope,
                                <MenuButton label=w.actions items=menu_items button_ref=menu_button>
                                    <Icon name=IconName::Dots />
                                </MenuButton>
                            }
                        })}
                </div>
                <ParticipantList room label=w.all_participants.to_string() />
            </section>
        </div>
        <Modal
            open=deny_all_open
            on_close=Callback::new(move |_| deny_all_open.set(false))
            title=w.deny_all_title
            description=w.deny_all_description
        >
            <p>{move || w.deny_all_count(counts.get().1)}</p>
            <ConfirmActions
                confirm=w.deny_all
                busy=w.denying
                pending=decisions.bulk_busy
                on_confirm=Callback::new(move |_| {
                    deny_all_open.set(false);
                    decisions.deny_all.run(());
                })
                on_cancel=Callback::new(move |_| deny_all_open.set(false))
            />
        </Modal>
        <InviteUsersWindow
            open=invite_open
            on_close=Callback::new(move |_| invite_open.set(false))
            return_focus=menu_button
            media=media.clone()
        />
        <ManageGuestAccessWindow
            open=guests_open
            on_close=Callback::new(move |_| guests_open.set(false))
            media=media.id
            return_focus=menu_button
            live=media.kind.is_live()
        />
    }
}

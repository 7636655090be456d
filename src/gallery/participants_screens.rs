use contract::{MediaKind, MediaStatus, Participants};
use leptos::prelude::*;

use super::{
    fixture_controller, media, participants, waiting_guests, waiting_guests_asking_again,
    waiting_guests_one_away, DialogPreview, Specimen,
};
use crate::api::ApiError;
use crate::format;
use crate::host::participants::{Alerts, LobbyMessageView, NotifyState, ParticipantsView, Room};
use crate::live::StreamStatus;
use crate::ui::{FormState, Loading, Summary};
use crate::wording::{host_t, t};

fn room(people: usize, waiting: usize) -> Option<Room> {
    Some(Room::from_snapshot(Participants {
        participants: participants(people),
        waiting: waiting_guests(waiting),
        ..Default::default()
    }))
}

/// The Participants tab, each in its states.
#[component]
pub fn ParticipantsScreens() -> impl IntoView {
    let live = || media(MediaKind::Room, MediaStatus::Live);
    let lobby = fixture_controller(room(12, 3), StreamStatus::Live);
    lobby.lobby.saved.set(Some(
        "We'll start in a few minutes. Please keep your microphone muted.".into(),
    ));
    lobby
        .sync
        .arrivals
        .text
        .set(Some(host_t().participants.arrived("Kwame Okafor", 2)));
    // Distinct counts keep each specimen's regions uniquely named (axe landmark-unique).
    // Alerts on, an hour into the session: the oldest waited "1 h 5 min".
    let mut alerting = fixture_controller(room(5, 5), StreamStatus::Live);
    alerting.alerts = Alerts::fixed(true, NotifyState::On);
    alerting.clock = Signal::stored(super::at(2026, 3, 1) + chrono::Duration::minutes(65));
    let mut blocked = fixture_controller(room(7, 6), StreamStatus::Live);
    blocked.alerts = Alerts::fixed(false, NotifyState::Blocked);
    let mut asking = fixture_controller(room(9, 7), StreamStatus::Live);
    asking.alerts = Alerts::fixed(false, NotifyState::Asking);
    let mut muted = fixture_controller(room(11, 8), StreamStatus::Live);
    muted.alerts = Alerts::fixed(false, NotifyState::Off);
    let failing = fixture_controller(room(40, 2), StreamStatus::Live);
    failing.decisions.notice.set(Some(
        host_t()
            .participants
            .nobody_decided(true, ApiError::Network.user_message()),
    ));
    let too_long = RwSignal::new("Welcome! ".repeat(56));
    let refused = FormState::shown(
        [(
            "message".to_string(),
            t().fields.too_long(&format::count(500)),
        )]
        .into_iter()
        .collect(),
        Some(Summary::check_fields()),
        false,
    );
    view! {
        <section aria-labelledby="participants-gallery">
            <h2 data-gallery-chrome="" id="participants-gallery">
                "Participants tab (live events and rooms)"
            </h2>
            <Specimen title="Participants: loading">
                <Loading label=host_t().participants.loading />
            </Specimen>
            <Specimen title="Participants: nobody yet">
                <ParticipantsView
                    media=live()
                    controller=fixture_controller(room(0, 0), StreamStatus::Live)
                />
            </Specimen>
            <Specimen title="Participants: guests waiting, lobby message set, arrivals announced">
                <ParticipantsView media=live() controller=lobby />
            </Specimen>
            <Specimen title="Alerts: sound and notifications on, the oldest guest waiting over an hour">
                <ParticipantsView media=live() controller=alerting />
            </Specimen>
            <Specimen title="Alerts: the browser is asking to allow notifications">
                <ParticipantsView media=live() controller=asking />
            </Specimen>
            <Specimen title="Alerts: notifications allowed, turned off by the host">
                <ParticipantsView media=live() controller=muted />
            </Specimen>
            <Specimen title="Alerts: notifications blocked in the browser's settings">
                <ParticipantsView media=live() controller=blocked />
            </Specimen>
            <Specimen title="Participants: a waiting guest whose page closed (may have left)">
                <ParticipantsView
                    media=live()
                    controller=fixture_controller(
                        Some(
                            Room::from_snapshot(Participants {
                                participants: participants(6),
                                waiting: waiting_guests_one_away(4),
                                ..Default::default()
                            }),
                        ),
                        StreamStatus::Live,
                    )
                />
            </Specimen>
            <Specimen title="Participants: guests denied before, asking again">
                <ParticipantsView
                    media=live()
                    controller=fixture_controller(
                        Some(
                            Room::from_snapshot(Participants {
                                participants: participants(13),
                                waiting: waiting_guests_asking_again(9),
                                ..Default::default()
                            }),
                        ),
                        StreamStatus::Live,
                    )
                />
            </Specimen>
            <Specimen title="Participants: 10,000 in the room and 1,000 waiting (windowed)">
                <ParticipantsView
                    media=live()
                    controller=fixture_controller(room(10_000, 1_000), StreamStatus::Live)
                />
            </Specimen>
            <Specimen title="Participants: live updates interrupted, reconnecting">
                <ParticipantsView
                    media=live()
                    controller=fixture_controller(
                        room(8, 1),
                        StreamStatus::Reconnecting {
                            retry_in: 4,
                        },
                    )
                />
            </Specimen>
            <Specimen title="Participants: an action failed">
                <ParticipantsView media=live() controller=failing />
            </Specimen>
            <Specimen title="Lobby message: too long">
                <LobbyMessageView
                    saved=Signal::stored(None::<String>)
                    draft=too_long
                    form=refused
                />
            </Specimen>
            <Specimen title="Deny all: confirm">
                <DialogPreview
                    title=host_t().participants.deny_all_title
                    description=host_t().participants.deny_all_description
                >
                    <p>{host_t().participants.deny_all_count(3)}</p>
                    <div class="cluster">
                        <button type="button" class="btn">
                            {t().common.cancel}
                        </button>
                        <button type="button" class="btn btn-danger">
                            {host_t().participants.deny_all}
                        </button>
                    </div>
                </DialogPreview>
            </Specimen>
        </section>
    }
}

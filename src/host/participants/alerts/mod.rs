//! The host's alerts for new guests beside the tab title's count: an optional sound and
//! browser notifications, each remembered per browser, both off until the host turns them on.

mod chime;
mod controls;
mod notify;
mod stored;

pub use chime::should_chime;
pub use controls::AlertControls;
pub use notify::NotifyState;

use chrono::Utc;
use contract::{Id, Timestamp};
use leptos::prelude::*;

use super::RoomSync;
use crate::ui::TaskOwner;

/// The alerts' state and the host's switches for them.
#[derive(Clone, Copy)]
pub struct Alerts {
    /// The sound for new guests is on.
    pub sound: RwSignal<bool>,
    pub notify: RwSignal<NotifyState>,
    pub set_sound: Callback<bool>,
    /// Asks the browser (from `Ask`) or turns allowed notifications on or off.
    pub set_notify: Callback<bool>,
}

impl Alerts {
    /// Alerts that only show `sound` and `notify` (the gallery's).
    pub fn fixed(sound: bool, notify: NotifyState) -> Self {
        let (sound, notify) = (RwSignal::new(sound), RwSignal::new(notify));
        Alerts {
            sound,
            notify,
            set_sound: Callback::new(move |on| sound.set(on)),
            set_notify: Callback::new(|_| ()),
        }
    }
}

/// Alerts for media `media`'s arrivals in `sync`, repeating the sound on `now`'s ticks, for
/// as long as the caller lives.
pub fn use_alerts(media: Id, sync: RoomSync, now: Signal<Timestamp>) -> Alerts {
    let sound = RwSignal::new(stored::sound());
    let notify = RwSignal::new(notify::current(stored::notify()));
    let last_chime = StoredValue::new(None::<Timestamp>);
    let tasks = TaskOwner::current();

    let chime_if_due = move |arrived: bool| {
        if !sound.get_untracked() {
            return;
        }
        let now = Utc::now();
        let oldest = sync.room.with_untracked(|r| {
            r.as_ref()
                .and_then(|r| r.waiting.first().map(|w| w.waiting_since))
        });
        if should_chime(now, last_chime.get_value(), arrived, oldest) {
            last_chime.set_value(Some(now));
            chime::play();
        }
    };
    // Each batch of arrivals is taken once, whatever is on, so nothing piles up.
    Effect::new(move |_| {
        if sync.arrived.with(Vec::is_empty) {
            return;
        }
        let batch = sync
            .arrived
            .try_update_untracked(std::mem::take)
            .unwrap_or_default();
        if notify.get_untracked() == NotifyState::On && notify::page_hidden() {
            notify::show(media, &batch);
        }
        chime_if_due(true);
    });
    Effect::new(move |first: Option<()>| {
        now.track();
        if first.is_some() {
            chime_if_due(false);
        }
    });

    let set_sound = Callback::new(move |on: bool| {
        stored::set_sound(on);
        sound.set(on);
        if on {
            chime::unlock();
        }
    });
    let set_notify = Callback::new(move |on: bool| match notify.get_untracked() {
        NotifyState::Ask if on => {
            notify.set(NotifyState::Asking);
            tasks.spawn(async move {
                let answer = notify::ask().await;
                if answer == NotifyState::On {
                    stored::set_notify(true);
                }
                notify.set(answer);
            });
        }
        NotifyState::On | NotifyState::Off => {
            stored::set_notify(on);
            notify.set(if on {
                NotifyState::On
            } else {
                NotifyState::Off
            });
        }
        _ => {}
    });
    Alerts {
        sound,
        notify,
        set_sound,
        set_notify,
    }
}

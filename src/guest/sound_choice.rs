//! "Play a sound when I'm let in": the guest's own choice, off unless they turn it on,
//! remembered in this browser. Turning it on is the click browsers require before a page may
//! play audio, so the tone can play later without another one.

use leptos::prelude::*;

use crate::ui::{chime, scoped_css, unique_id};
use crate::wording::t;

const KEY: &str = "share.guest.sound-on-admission";

/// Whether this browser's guest asked for the sound.
pub fn sound_wanted() -> bool {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .is_some_and(|v| v == "on")
}

/// Plays the admission tone if the guest asked for it.
pub fn play_if_wanted() {
    if sound_wanted() {
        chime::play();
    }
}

/// The checkbox. Any later press on the page also unlocks the audio, for a guest who chose the
/// sound before a reload (the browser forgets the earlier click).
#[component]
pub fn SoundChoice() -> impl IntoView {
    let scope = scoped_css!("src/guest/sound_choice.css");
    let on = RwSignal::new(sound_wanted());
    let id = unique_id("sound");
    if on.get_untracked() {
        let listener = window_event_listener(leptos::ev::pointerdown, |_| chime::unlock());
        on_cleanup(move || listener.remove());
    }
    view! { class=scope,
        <label for=id.clone()>
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || on.get()
                on:change=move |event| {
                    let checked = event_target_checked(&event);
                    on.set(checked);
                    if checked {
                        chime::unlock();
                    }
                    if let Some(storage) = storage() {
                        let _ = storage.set_item(KEY, if checked { "on" } else { "off" });
                    }
                }
            />
            {t().guest.sound_when_admitted}
        </label>
    }
}

/// `None` where storage is unavailable (some private modes): the choice lasts for the page.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

//! The host's alert choices, remembered in `localStorage` for every live session in this
//! browser.

const SOUND: &str = "share.alerts.sound";
const NOTIFY: &str = "share.alerts.notify";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn write(key: &str, on: bool) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, if on { "on" } else { "off" });
    }
}

/// The sound is off until the host turns it on.
pub fn sound() -> bool {
    read(SOUND).as_deref() == Some("on")
}

pub fn set_sound(on: bool) {
    write(SOUND, on);
}

/// Notifications, once the browser allows them, are on until the host turns them off.
pub fn notify() -> bool {
    read(NOTIFY).as_deref() != Some("off")
}

pub fn set_notify(on: bool) {
    write(NOTIFY, on);
}

//! Browser notifications for new guests. Like Google Meet and Zoom, a notification appears
//! only while the page is not visible (another tab, a minimised window): a host looking at
//! the tab already has the list, its arrival notice and the optional sound.

use contract::Id;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Notification, NotificationOptions, NotificationPermission, VisibilityState};

use crate::wording::host_t;

/// Where notifications stand in this browser and with this host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotifyState {
    /// The browser has no notifications.
    Unsupported,
    /// Never asked: the button asks, on the host's click only.
    Ask,
    /// The browser's question is open.
    Asking,
    /// Allowed, and the host wants them.
    On,
    /// Allowed, but the host turned them off.
    Off,
    /// The host or the browser refused; only the browser's settings can change it.
    Blocked,
}

fn supported() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w, &JsValue::from_str("Notification")).unwrap_or(false)
    })
}

/// The state as the browser has it now; `wanted` is the host's remembered choice.
pub fn current(wanted: bool) -> NotifyState {
    if !supported() {
        return NotifyState::Unsupported;
    }
    from_permission(Notification::permission(), wanted)
}

fn from_permission(permission: NotificationPermission, wanted: bool) -> NotifyState {
    match permission {
        NotificationPermission::Granted if wanted => NotifyState::On,
        NotificationPermission::Granted => NotifyState::Off,
        NotificationPermission::Denied => NotifyState::Blocked,
        _ => NotifyState::Ask,
    }
}

/// Asks the browser (call from a click) and answers with the new state.
pub async fn ask() -> NotifyState {
    let Ok(promise) = Notification::request_permission() else {
        return current(true);
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(answer) => match answer.as_string().as_deref() {
            Some("granted") => NotifyState::On,
            Some("denied") => NotifyState::Blocked,
            _ => NotifyState::Ask,
        },
        Err(_) => current(true),
    }
}

/// Whether the host can't see the page now.
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == VisibilityState::Hidden)
}

/// One notification for one batch of arrivals: "Priya Raman is waiting" or "3 guests are
/// waiting". Clicking it brings the window forward and focuses that guest's row (its Admit
/// button), or the waiting list's heading for several.
pub fn show(media: Id, batch: &[(Id, String)]) {
    let names: Vec<&str> = batch.iter().map(|(_, name)| name.as_str()).collect();
    let options = NotificationOptions::new();
    // One per item: a newer batch replaces the older notification.
    options.set_tag(&format!("share-waiting-{media}"));
    let Ok(notification) =
        Notification::new_with_options(&host_t().alerts.arrived(&names), &options)
    else {
        return;
    };
    let guest = match batch {
        [(id, _)] => Some(*id),
        _ => None,
    };
    let closing = notification.clone();
    let on_click = wasm_bindgen::closure::Closure::once_into_js(move || {
        closing.close();
        focus_row(guest);
    });
    notification.set_onclick(Some(on_click.unchecked_ref()));
}

fn focus_row(guest: Option<Id>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let _ = window.focus();
    let Some(document) = window.document() else {
        return;
    };
    let row = guest.map(|id| format!("li[data-guest-id=\"{id}\"] button"));
    let target = row
        .and_then(|css| document.query_selector(&css).ok().flatten())
        .or_else(|| {
            document
                .query_selector("[data-waiting-heading]")
                .ok()
                .flatten()
        });
    if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = target.focus();
    }
}

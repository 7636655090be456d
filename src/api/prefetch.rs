//! Answers the page asked for before the app started. `public/prefetch.js`, a classic
//! `async` script first in guest.html and invite.html (it runs the moment it arrives, waiting
//! for no stylesheet and no module; the Content-Security-Policy forbids it inline), requests a
//! guest link's or an invite's details while the WebAssembly downloads (the platform's
//! `default_locale` in them also picks which language's bundle boot.js loads) and leaves
//! `window.__guestLinkInfo = { url, response }` (`response`: a promise of the answer's
//! `{ status, body }`, the body as text, so the app needs no `Response` binding); the first
//! read of that URL takes it, once. Anything unexpected (no prefetch, another URL, a network
//! failure) gives `None`, and the caller asks the backend itself. When the answer comes
//! before the app, the script also writes the platform's name and logo, the item's title and
//! thumbnail into guest.html's skeleton (`src/guest/skeleton.rs`), as text and image
//! addresses, never as HTML; it never touches the skeleton's inputs.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The global `public/prefetch.js` sets.
const GLOBAL: &str = "__guestLinkInfo";

/// The prefetched answer for `url` (its status and body), taking it off `window` so no
/// later read meets a stale answer.
pub(crate) async fn take(url: &str) -> Option<(u16, String)> {
    let window = web_sys::window()?;
    let key = JsValue::from_str(GLOBAL);
    let prefetch = Reflect::get(&window, &key).ok()?;
    if prefetch.is_undefined() || prefetch.is_null() {
        return None;
    }
    let _ = Reflect::delete_property(&window, &key);
    let fetched = Reflect::get(&prefetch, &JsValue::from_str("url")).ok()?;
    if fetched.as_string().as_deref() != Some(url) {
        return None;
    }
    let response = Reflect::get(&prefetch, &JsValue::from_str("response")).ok()?;
    let answer = JsFuture::from(response.dyn_into::<Promise>().ok()?)
        .await
        .ok()?;
    let status = Reflect::get(&answer, &JsValue::from_str("status"))
        .ok()?
        .as_f64()?;
    let body = Reflect::get(&answer, &JsValue::from_str("body"))
        .ok()?
        .as_string()?;
    Some((status as u16, body))
}

//! Copying text: the Clipboard API where the page is a secure context, and the older
//! select-and-copy where it is not (an intranet host over plain http).

use leptos::callback::Callback;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDocument, HtmlTextAreaElement};

use super::{use_toaster, TaskOwner};
use crate::wording::t;

/// A copy button's press: copies the link and says so in a toast, or, when the browser
/// refuses, shows the link itself to copy by hand. One wording for every copy button.
pub fn use_copy_link() -> Callback<String> {
    let toaster = use_toaster();
    let tasks = TaskOwner::current();
    Callback::new(move |url: String| {
        tasks.spawn(async move {
            match copy_text(&url).await {
                Ok(()) => toaster.show(t().common.link_copied),
                Err(()) => toaster.show(t().common.copy_failed(&url)),
            }
        })
    })
}

/// Puts exactly `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    if window.is_secure_context() {
        let promise = window.navigator().clipboard().write_text(text);
        if JsFuture::from(promise).await.is_ok() {
            return Ok(());
        }
    }
    copy_with_selection(text)
}

fn copy_with_selection(text: &str) -> Result<(), ()> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(())?;
    let previous = document.active_element();
    let area: HtmlTextAreaElement = document
        .create_element("textarea")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    area.set_value(text);
    area.set_read_only(true);
    let _ = area.set_attribute("aria-hidden", "true");
    let _ = area.style().set_property("position", "fixed");
    let _ = area.style().set_property("opacity", "0");
    // Inside the open dialog if there is one: the page behind it is inert and its text
    // cannot be selected.
    let parent: web_sys::HtmlElement = super::modal::topmost_dialog()
        .or_else(|| document.body())
        .ok_or(())?;
    parent.append_child(&area).map_err(|_| ())?;
    area.select();
    let copied = document
        .dyn_ref::<HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    if let Some(previous) = previous.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = previous.focus();
    }
    copied.then_some(()).ok_or(())
}

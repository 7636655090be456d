use contract::{InviteMedia, MediaStatus};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::ui::scoped_css;
use crate::wording::{kind_label, status_label, t};

/// An RFC 3339 time in Unix milliseconds, read by the browser's `Date` (no date parser in the
/// guest bundle); `None` when it can't be read.
pub fn time_ms(rfc3339: &str) -> Option<f64> {
    Some(js_sys::Date::parse(rfc3339)).filter(|ms| !ms.is_nan())
}

/// A local date and time in the browser's own words ("Tuesday, December 1, 2026 at 12:00
/// PM"), from the browser's `Intl`: no formatting code in the guest bundle.
pub fn local_date_time(ms: f64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"full".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let locale = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_else(|| "en-US".into());
    date.to_locale_string(&locale, &options).into()
}

/// The event an invite is for: title, kind, status and, before it starts, its start time.
#[component]
pub fn EventDetails(media: InviteMedia) -> impl IntoView {
    let scope = scoped_css!("src/guest/invite_lobby/event.css");
    let start = media
        .starts_at
        .as_deref()
        .filter(|_| media.status == MediaStatus::Scheduled)
        .and_then(|at| Some((at.to_string(), local_date_time(time_ms(at)?))));
    view! { class=scope,
        <div class="event">
            <h2 dir="auto">{media.title}</h2>
            <dl>
                <dt>{t().invitee.type_}</dt>
                <dd>{kind_label(media.kind)}</dd>
                <dt>{t().invitee.status}</dt>
                <dd>{status_label(media.status)}</dd>
                {start
                    .map(|(at, start)| {
                        view! { class=scope,
                            <dt>{t().invitee.starts}</dt>
                            <dd>
                                <time datetime=at>{start}</time>
                            </dd>
                        }
                    })}
            </dl>
        </div>
    }
}

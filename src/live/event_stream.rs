//! One server-sent event stream that never fails silently: it says when it is connected,
//! when it lost the connection, and reconnects with backoff (at once when the browser comes
//! back online). Each (re)connection calls `on_open`, where the owner re-syncs from its list
//! endpoint, so events missed while disconnected cannot leave a stale view.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventSource, EventSourceInit, MessageEvent};

/// The stream's state, for the person watching the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamStatus {
    Connecting,
    Live,
    /// Lost; the next try is in `retry_in` seconds.
    Reconnecting {
        retry_in: u32,
    },
}

/// Seconds before the `attempt`-th retry: 1, 2, 4, 8, 16, then every 30.
pub fn backoff(attempt: u32) -> u32 {
    2u32.saturating_pow(attempt).min(30)
}

/// Receives each named event's data.
type EventHandler = Rc<dyn Fn(&str, String)>;

struct Stream {
    url: String,
    events: &'static [&'static str],
    on_open: Rc<dyn Fn()>,
    on_event: EventHandler,
    status: RwSignal<StreamStatus>,
    source: Option<EventSource>,
    listeners: Vec<Closure<dyn FnMut(Event)>>,
    attempt: u32,
    retry: Option<TimeoutHandle>,
    closed: bool,
}

type Shared = Rc<RefCell<Stream>>;

fn connect(shared: &Shared) {
    let mut stream = shared.borrow_mut();
    if stream.closed {
        return;
    }
    if let Some(retry) = stream.retry.take() {
        retry.clear();
    }
    if let Some(old) = stream.source.take() {
        old.close();
    }
    stream.listeners.clear();
    let init = EventSourceInit::new();
    init.set_with_credentials(true);
    let Ok(source) = EventSource::new_with_event_source_init_dict(&stream.url, &init) else {
        drop(stream);
        schedule_retry(shared);
        return;
    };
    stream.status.set(StreamStatus::Connecting);

    let weak = Rc::downgrade(shared);
    let on_open = Closure::<dyn FnMut(Event)>::new(move |_| {
        let Some(shared) = weak.upgrade() else { return };
        let callback = {
            let mut stream = shared.borrow_mut();
            stream.attempt = 0;
            stream.status.set(StreamStatus::Live);
            stream.on_open.clone()
        };
        callback();
    });
    let weak = Rc::downgrade(shared);
    let on_error = Closure::<dyn FnMut(Event)>::new(move |_| {
        if let Some(shared) = weak.upgrade() {
            schedule_retry(&shared);
        }
    });
    let _ = source.add_event_listener_with_callback("open", on_open.as_ref().unchecked_ref());
    let _ = source.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref());
    stream.listeners.push(on_open);
    stream.listeners.push(on_error);
    for &name in stream.events {
        let handler = stream.on_event.clone();
        let listener = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            if let Some(data) = event
                .dyn_ref::<MessageEvent>()
                .and_then(|m| m.data().as_string())
            {
                handler(name, data);
            }
        });
        let _ = source.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        stream.listeners.push(listener);
    }
    stream.source = Some(source);
}

/// Closes the broken connection ourselves (the browser gives up for good on some errors) and
/// tries again after the backoff.
fn schedule_retry(shared: &Shared) {
    let mut stream = shared.borrow_mut();
    if stream.closed {
        return;
    }
    if let Some(source) = stream.source.take() {
        source.close();
    }
    let delay = backoff(stream.attempt);
    stream.attempt += 1;
    stream
        .status
        .set(StreamStatus::Reconnecting { retry_in: delay });
    let weak = Rc::downgrade(shared);
    stream.retry = set_timeout_with_handle(
        move || {
            if let Some(shared) = weak.upgrade() {
                connect(&shared);
            }
        },
        Duration::from_secs(delay.into()),
    )
    .ok();
}

/// Opens `url` as an event stream listening for `events`, for as long as the calling
/// component lives. Returns the status and a "reconnect now" callback.
pub fn use_event_stream(
    url: String,
    events: &'static [&'static str],
    on_open: impl Fn() + 'static,
    on_event: impl Fn(&str, String) + 'static,
) -> (Signal<StreamStatus>, Callback<()>) {
    let status = RwSignal::new(StreamStatus::Connecting);
    let shared: Shared = Rc::new(RefCell::new(Stream {
        url,
        events,
        on_open: Rc::new(on_open),
        on_event: Rc::new(on_event),
        status,
        source: None,
        listeners: Vec::new(),
        attempt: 0,
        retry: None,
        closed: false,
    }));
    connect(&shared);

    let online = {
        let weak = Rc::downgrade(&shared);
        window_event_listener(leptos::ev::online, move |_| {
            if let Some(shared) = weak.upgrade() {
                let live = shared.borrow().status.get_untracked() == StreamStatus::Live;
                if !live {
                    connect(&shared);
                }
            }
        })
    };
    let reconnect = {
        let shared = SendWrapper::new(Rc::downgrade(&shared));
        Callback::new(move |_| {
            if let Some(shared) = shared.upgrade() {
                connect(&shared);
            }
        })
    };
    let keep = SendWrapper::new(shared);
    on_cleanup(move || {
        online.remove();
        let shared = keep.take();
        let mut stream = shared.borrow_mut();
        stream.closed = true;
        if let Some(retry) = stream.retry.take() {
            retry.clear();
        }
        if let Some(source) = stream.source.take() {
            source.close();
        }
    });
    (status.into(), reconnect)
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn given_repeated_failures_should_back_off_up_to_thirty_seconds() {
        let delays: Vec<u32> = (0..8).map(backoff).collect();
        assert_eq!(delays, vec![1, 2, 4, 8, 16, 30, 30, 30]);
    }
}

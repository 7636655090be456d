//! The waiting page, for media a moderator admits guests to. It follows the guest's own event
//! stream, so it changes by itself the moment the moderator decides, shows the moderator's
//! lobby message and the guest's place in line, and says so when the connection drops (it
//! reconnects with backoff; the stream resends the current state on every connection). It
//! says whom the guest joins as, and lets them leave the queue.

use contract::{Admission, GuestSession};
use leptos::prelude::*;

use super::sound_choice::play_if_wanted;
use super::{SoundChoice, StartCountdown, StoredGuest};
use crate::api::{self, ApiError};
use crate::live::{use_event_stream, StreamStatus};
use crate::ui::{scoped_css, TaskOwner};
use crate::wording::t;

/// Waits for the moderator, for the guest of `session`.
#[component]
pub fn WaitingPage(
    /// This tab's guest pass.
    session: StoredGuest,
    /// The session as last read (by the join or a refresh).
    initial: GuestSession,
    /// The moderator decided (admitted, denied, removed); the owner shows what follows.
    on_decided: Callback<GuestSession>,
    /// The link stopped working meanwhile; the owner shows its message page.
    on_error: Callback<ApiError>,
    /// "Leave waiting room": the owner ends the session.
    on_leave: Callback<()>,
    /// The leave request is in flight.
    #[prop(into)]
    leaving: Signal<bool>,
    /// Why leaving failed, to try again.
    #[prop(into)]
    leave_error: Signal<Option<String>>,
) -> impl IntoView {
    let current = RwSignal::new(initial);
    let name = session.name.clone();
    let update = move |fresh: GuestSession| {
        if fresh.admission == Admission::Waiting {
            current.set(fresh);
        } else if !(leaving.get_untracked() && fresh.admission == Admission::Removed) {
            if fresh.admission == Admission::Admitted {
                play_if_wanted();
            }
            // While leaving, the stream's own "removed" is the leave itself: the owner
            // shows the page that follows it.
            on_decided.run(fresh);
        }
    };
    let (status, reconnect) = use_event_stream(
        api::guest::session_events_url(session.guest_id, &session.guest_token),
        &["admission"],
        || {},
        move |_, data| {
            if let Some(fresh) = api::json::from_str::<GuestSession>(&data) {
                update(fresh);
            }
        },
    );
    // A stream that fails may mean the link was deleted or access switched off: ask once.
    // Owned by the page, not the effect, so the next status does not cancel the question.
    let tasks = TaskOwner::current();
    Effect::new(move |_| {
        if matches!(status.get(), StreamStatus::Reconnecting { .. }) {
            let pass = session.clone();
            tasks.spawn(async move {
                match api::guest::session(pass.guest_id, &pass.guest_token).await {
                    Ok(fresh) => update(fresh),
                    Err(error) if !error.is_retryable() => on_error.run(error),
                    Err(_) => {}
                }
            });
        }
    });
    view! {
        <main id="main" class="page page-narrow">
            <WaitingView
                session=current
                status
                on_reconnect=reconnect
                name
                on_leave
                leaving
                leave_error
            />
        </main>
    }
}

/// The waiting page's content, for the page and the gallery.
#[component]
pub fn WaitingView(
    #[prop(into)] session: Signal<GuestSession>,
    #[prop(into)] status: Signal<StreamStatus>,
    on_reconnect: Callback<()>,
    /// The name the guest joined as; empty if this tab doesn't know it.
    #[prop(into)]
    name: String,
    on_leave: Callback<()>,
    #[prop(into)] leaving: Signal<bool>,
    /// Why leaving failed, to try again.
    #[prop(optional, into)]
    leave_error: MaybeProp<String>,
) -> impl IntoView {
    let scope = scoped_css!("src/guest/waiting.css");
    let position = move || {
        session.get().position.map(|n| match n {
            1 => t().guest.next_in_line.to_string(),
            n => t().guest.number_in_line(&n.to_string()),
        })
    };
    view! { class=scope,
        <h1>{t().guest.waiting_title}</h1>
        <p class="title" dir="auto">
            {move || session.get().media.title}
        </p>
        {(!name.is_empty())
            .then(|| {
                view! { class=scope, <p class="joining-as">{t().guest.joining_as(&name)}</p> }
            })}
        {session
            .with_untracked(|s| s.media.starts_at.clone())
            .map(|starts_at| view! { <StartCountdown starts_at /> })}
        <div class="place">
            // Calm, not a spinner: it says the page is alive. Still under reduced motion.
            <span class="activity" aria-hidden="true">
                <span></span>
                <span></span>
                <span></span>
            </span>
            <p role="status">{position}</p>
        </div>
        {move || {
            session
                .get()
                .lobby_message
                .filter(|m| !m.trim().is_empty())
                .map(|message| {
                    view! { class=scope,
                        <figure>
                            <figcaption>{t().guest.message_from_moderator}</figcaption>
                            <blockquote dir="auto">{message}</blockquote>
                        </figure>
                    }
                })
        }}
        <div role="status" aria-live="polite">
            {move || match status.get() {
                StreamStatus::Reconnecting { retry_in } => {
                    view! { class=scope,
                        <div class="notice notice-warning">
                            <p>{t().guest.connection_dropped(&retry_in.to_string())}</p>
                            <button
                                type="button"
                                class="btn"
                                on:click=move |_| on_reconnect.run(())
                            >
                                {t().guest.reconnect_now}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                _ => view! { class=scope, <p class="muted">{t().guest.keep_open}</p> }.into_any(),
            }}
        </div>
        <SoundChoice />
        <div class="leave">
            <button
                type="button"
                class="btn"
                disabled=move || leaving.get()
                on:click=move |_| on_leave.run(())
            >
                {move || {
                    if leaving.get() { t().guest.leaving } else { t().guest.leave_waiting_room }
                }}
            </button>
            {move || leave_error.get().map(|text| view! { <p role="alert">{text}</p> })}
        </div>
    }
}

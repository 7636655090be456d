//! The waiting page, for media a moderator admits guests to. A placeholder the live waiting
//! room replaces: it asks again when the guest presses "Check again"; the live version will
//! listen to the session's event stream and call the same callbacks.

use contract::{Admission, GuestSession};
use leptos::prelude::*;
use stylers_macro::style_str;

use super::StoredGuest;
use crate::api::{self, ApiError};
use crate::ui::scoped;

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
) -> impl IntoView {
    let current = RwSignal::new(initial);
    let notice = RwSignal::new(None::<String>);
    let check = Action::new_local(move |_: &()| {
        let pass = session.clone();
        async move { api::guest::session(pass.guest_id, &pass.guest_token).await }
    });
    Effect::new(move |_| match check.value().get() {
        Some(Ok(fresh)) if fresh.admission == Admission::Waiting => {
            notice.set(None);
            current.set(fresh);
        }
        Some(Ok(fresh)) => on_decided.run(fresh),
        Some(Err(error)) if error.is_retryable() => notice.set(Some(format!(
            "Still waiting: we couldn't check just now. {}",
            error.user_message()
        ))),
        Some(Err(error)) => on_error.run(error),
        None => {}
    });
    view! {
        <main id="main" class="page page-narrow">
            <WaitingView
                session=current
                notice
                pending=check.pending()
                on_check=Callback::new(move |_| {
                    if !check.pending().get_untracked() {
                        check.dispatch(());
                    }
                })
            />
        </main>
    }
}

/// The waiting page's content, for the page and the gallery.
#[component]
pub fn WaitingView(
    #[prop(into)] session: Signal<GuestSession>,
    /// A failed check, said politely; the guest keeps waiting.
    #[prop(into)]
    notice: Signal<Option<String>>,
    #[prop(into)] pending: Signal<bool>,
    on_check: Callback<()>,
) -> impl IntoView {
    let scope = scoped(style_str! {
        .title {
            overflow-wrap: anywhere;
            font-weight: 600;
        }
        figure {
            margin: 0 0 var(--space-4);
            padding: var(--space-3);
            border-left: 4px solid var(--color-accent);
            background: var(--color-surface-2);
        }
        figcaption {
            color: var(--color-muted);
            font-size: var(--text-sm);
        }
        blockquote {
            margin: 0;
            overflow-wrap: anywhere;
            white-space: pre-line;
        }
    });
    let position = move || {
        session.get().position.map(|n| match n {
            1 => "You're next in line.".to_string(),
            n => format!("You're number {n} in line."),
        })
    };
    view! { class=scope,
        <h1>"Waiting for the moderator to let you in"</h1>
        <p class="title">{move || session.get().media.title}</p>
        <p role="status">{position}</p>
        {move || session.get().lobby_message.filter(|m| !m.trim().is_empty()).map(|message| view! { class=scope,
            <figure>
                <figcaption>"Message from the moderator"</figcaption>
                <blockquote>{message}</blockquote>
            </figure>
        })}
        {move || notice.get().map(|text| view! { <p class="notice notice-warning">{text}</p> })}
        <p>"Keep this page open, and check again to see whether the moderator has let you in."</p>
        <button
            type="button"
            class="btn btn-primary"
            disabled=move || pending.get()
            on:click=move |_| on_check.run(())
        >
            {move || if pending.get() { "Checking…" } else { "Check again" }}
        </button>
    }
}

//! What a screen shows while its data loads, and when loading failed.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::wording::t;

/// A polite, labelled placeholder while data loads.
#[component]
pub fn Loading(
    /// What is loading, for screen readers ("Loading media").
    #[prop(into, default = t().common.loading.into())]
    label: String,
) -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span>{label}</span>
        </div>
    }
}

/// Says what went wrong and, when trying again can help, offers "Try again". Once pressed,
/// the button says "Trying again…" until the owner shows the outcome (the content, or a
/// fresh `LoadError`), so a slow retry never looks like a press that did nothing.
#[component]
pub fn LoadError(
    error: ApiError,
    /// Runs when the person asks to try again.
    #[prop(optional, into)]
    retry: Option<Callback<()>>,
) -> impl IntoView {
    let retry = retry.filter(|_| error.is_retryable() || error == ApiError::Network);
    let trying = RwSignal::new(false);
    view! {
        <div class="notice notice-error" role="alert">
            <p>{error.user_message()}</p>
            {retry
                .map(|retry| {
                    view! {
                        <button
                            type="button"
                            class="btn"
                            aria-busy=move || trying.get().to_string()
                            on:click=move |_| {
                                trying.set(true);
                                retry.run(());
                            }
                        >
                            {move || {
                                if trying.get() {
                                    t().common.trying_again
                                } else {
                                    t().common.try_again
                                }
                            }}
                        </button>
                    }
                })}
        </div>
    }
}

/// A whole page still loading: its `<main>` (the skip link's target) and a heading for
/// screen-reader users to land on, around [`Loading`]. Never a page without a landmark.
#[component]
pub fn LoadingPage(
    /// What is loading ("Loading media"), shown and announced.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    view! {
        <main id="main" class="page" aria-busy="true">
            <h1 class="visually-hidden">{label.clone()}</h1>
            <Loading label />
        </main>
    }
}

/// A whole page that failed to load: its `<main>`, a heading naming what didn't load, and
/// [`LoadError`] saying why, with "Try again" when that can help.
#[component]
pub fn LoadErrorPage(
    /// What didn't load, as the page's heading ("Your media didn't load").
    #[prop(into)]
    title: String,
    error: ApiError,
    /// Runs when the person asks to try again.
    #[prop(into)]
    retry: Callback<()>,
) -> impl IntoView {
    view! {
        <main id="main" class="page page-narrow">
            <h1>{title}</h1>
            <LoadError error retry />
        </main>
    }
}

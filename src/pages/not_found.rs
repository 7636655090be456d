use crate::wording::{host_t, t};
use leptos::prelude::*;

/// Any address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <main id="main" class="page page-narrow">
            <NotFoundView />
        </main>
    }
}

/// The not-found message, for the page and the gallery.
#[component]
pub fn NotFoundView() -> impl IntoView {
    view! {
        <h1>{t().common.page_not_found}</h1>
        <p>{host_t().shell.not_found_text}</p>
        <p>
            <a href="/" class="btn">
                {host_t().shell.go_to_my_media}
            </a>
        </p>
    }
}

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
        <h1>"Page not found"</h1>
        <p>
            "We couldn't find the page you were looking for. Check the address, or go back to your media."
        </p>
        <p>
            <a href="/" class="btn">
                "Go to my media"
            </a>
        </p>
    }
}

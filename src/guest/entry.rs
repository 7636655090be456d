use leptos::prelude::*;

/// `/guest/:token`: the page a guest opens from a guest link.
#[component]
pub fn GuestPage(token: String) -> impl IntoView {
    let _ = token;
    view! {
        <main id="main" class="page page-narrow">
            <h1>"Join as a guest"</h1>
            <p>"Enter your name and email to continue. This page is being built."</p>
        </main>
    }
}

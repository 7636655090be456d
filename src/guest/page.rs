use leptos::prelude::*;

/// `/guest/:token`: the page a guest opens from a guest link.
#[component]
pub fn GuestPage() -> impl IntoView {
    view! {
        <main id="main" class="page page-narrow">
            <h1>"Join as a guest"</h1>
            <p>"Enter your name and email to continue. This page is being built."</p>
        </main>
    }
}

/// `/invite/:token`: the invitee's lobby.
#[component]
pub fn InviteLobbyPage() -> impl IntoView {
    view! {
        <main id="main" class="page page-narrow">
            <h1>"You're invited"</h1>
            <p>"Enter the same email address the invitation was sent to. This page is being built."</p>
        </main>
    }
}

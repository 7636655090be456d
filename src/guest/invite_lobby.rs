use leptos::prelude::*;

/// `/invite/:token`: the invitee's lobby.
#[component]
pub fn InviteLobbyPage(token: String) -> impl IntoView {
    let _ = token;
    view! {
        <main id="main" class="page page-narrow">
            <h1>"You're invited"</h1>
            <p>"Enter the same email address the invitation was sent to. This page is being built."</p>
        </main>
    }
}

use leptos::prelude::*;

use crate::session::RequireHost;

/// `/media/:id/live`: the live session's Participants tab.
#[component]
pub fn LivePage() -> impl IntoView {
    view! {
        <RequireHost>
            <main id="main" class="page">
                <h1>"Participants"</h1>
                <p>
                    "The live session's participants and its waiting room, with Admit and Deny, "
                    "will be here."
                </p>
            </main>
        </RequireHost>
    }
}

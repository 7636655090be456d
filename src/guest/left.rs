//! What a guest sees after leaving: confirmation, and the way back in.

use leptos::prelude::*;

/// "You left": the tab's guest session is over; the guest may go back to the entry form.
#[component]
pub fn LeftView(
    /// The media's title, as the guest saw it.
    title: String,
    /// Back to the entry form of the same link.
    on_rejoin: Callback<()>,
) -> impl IntoView {
    view! {
        <h1>"You left"</h1>
        <p>"You left “"{title}"”. This tab no longer has guest access to it."</p>
        <p>"Changed your mind? Joining again uses the same link."</p>
        <button type="button" class="btn btn-primary" on:click=move |_| on_rejoin.run(())>
            "Back to the entry form"
        </button>
    }
}

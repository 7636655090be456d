//! What a guest sees after leaving: confirmation, and the way back in.

use crate::wording::t;
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
        <h1>{t().guest.left_title}</h1>
        <p>{t().guest.left_text(&title)}</p>
        <p>{t().guest.changed_mind}</p>
        <button type="button" class="btn btn-primary" on:click=move |_| on_rejoin.run(())>
            {t().guest.back_to_entry}
        </button>
    }
}

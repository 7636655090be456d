use leptos::prelude::*;

use crate::live::StreamStatus;
use crate::wording::host_t;

/// Says whether the lists are live, and when they are not, that they may be out of date and
/// when the next try is.
#[component]
pub fn StreamStatusNotice(
    #[prop(into)] status: Signal<StreamStatus>,
    reconnect: Callback<()>,
) -> impl IntoView {
    view! {
        <div role="status" aria-live="polite">
            {move || match status.get() {
                StreamStatus::Live => {
                    view! { <p class="muted">{host_t().participants.live}</p> }.into_any()
                }
                StreamStatus::Connecting => {
                    view! { <p class="muted">{host_t().participants.connecting}</p> }.into_any()
                }
                StreamStatus::Reconnecting { retry_in } => {
                    view! {
                        <div class="notice notice-warning">
                            <p>{host_t().participants.interrupted(&retry_in.to_string())}</p>
                            <button type="button" class="btn" on:click=move |_| reconnect.run(())>
                                {host_t().participants.reconnect_now}
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

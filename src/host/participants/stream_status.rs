use leptos::prelude::*;

use crate::live::StreamStatus;

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
                    view! { <p class="muted">"● Live: changes appear as they happen."</p> }
                        .into_any()
                }
                StreamStatus::Connecting => {
                    view! { <p class="muted">"Connecting to live updates…"</p> }.into_any()
                }
                StreamStatus::Reconnecting { retry_in } => {
                    view! {
                        <div class="notice notice-warning">
                            <p>
                                {format!(
                                    "Live updates are interrupted, so these lists may be out of date. \
                                 Trying again in {retry_in} s.",
                                )}
                            </p>
                            <button type="button" class="btn" on:click=move |_| reconnect.run(())>
                                "Reconnect now"
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

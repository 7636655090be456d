use contract::Media;
use leptos::prelude::*;

use super::participants::ParticipantsTab;
use super::WithMedia;
use crate::session::RequireHost;
use crate::wording::host_t;

/// `/media/:id/live`: the live session's Participants tab.
#[component]
pub fn LivePage() -> impl IntoView {
    view! {
        <RequireHost>
            <WithMedia
                label=host_t().media.loading_live
                failed=host_t().media.live_failed
                render=live_or_explain
            />
        </RequireHost>
    }
}

fn live_or_explain(media: Media) -> AnyView {
    if media.kind.is_live() {
        return view! {
            <main id="main" class="page">
                <ParticipantsTab media />
            </main>
        }
        .into_any();
    }
    view! {
        <main id="main" class="page page-narrow">
            <h1>{host_t().media.no_live_session}</h1>
            <p>{host_t().media.on_demand(&media.title)}</p>
            <p>
                <a class="btn" href=format!("/media/{}", media.id)>
                    {host_t().media.back_to_media}
                </a>
            </p>
        </main>
    }
    .into_any()
}

use contract::Media;
use leptos::prelude::*;

use super::participants::ParticipantsTab;
use super::WithMedia;
use crate::session::RequireHost;

/// `/media/:id/live`: the live session's Participants tab.
#[component]
pub fn LivePage() -> impl IntoView {
    view! {
        <RequireHost>
            <WithMedia
                label="Loading the live session"
                failed="The live session didn't load"
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
            <h1>"No live session"</h1>
            <p>
                {format!(
                    "“{}” is on-demand media: it has no participants or waiting room.",
                    media.title,
                )}
            </p>
            <p>
                <a class="btn" href=format!("/media/{}", media.id)>
                    "Back to the media page"
                </a>
            </p>
        </main>
    }
    .into_any()
}

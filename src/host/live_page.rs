use leptos::prelude::*;

use super::media_id_param;
use super::participants::ParticipantsTab;
use crate::api;
use crate::pages::NotFound;
use crate::session::RequireHost;
use crate::ui::{LoadErrorPage, LoadingPage};

/// `/media/:id/live`: the live session's Participants tab.
#[component]
pub fn LivePage() -> impl IntoView {
    view! {
        <RequireHost>
            <LiveLoader />
        </RequireHost>
    }
}

#[component]
fn LiveLoader() -> impl IntoView {
    let id = media_id_param();
    let media = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => api::media::get_one(id).await.map(Some),
                None => Ok(None),
            }
        }
    });
    move || {
        match media.get() {
        None => view! { <LoadingPage label="Loading the live session" /> }.into_any(),
        Some(Ok(Some(media))) if media.kind.is_live() => view! {
            <main id="main" class="page">
                <ParticipantsTab media />
            </main>
        }
        .into_any(),
        Some(Ok(Some(media))) => view! {
            <main id="main" class="page page-narrow">
                <h1>"No live session"</h1>
                <p>{format!("“{}” is on-demand media: it has no participants or waiting room.", media.title)}</p>
                <p><a class="btn" href=format!("/media/{}", media.id)>"Back to the media page"</a></p>
            </main>
        }
        .into_any(),
        Some(Ok(None)) => view! { <NotFound /> }.into_any(),
        Some(Err(error)) if error.code() == Some(contract::ErrorCode::NotFound) => view! { <NotFound /> }.into_any(),
        Some(Err(error)) => view! {
            <LoadErrorPage title="The live session didn't load" error retry=move || media.refetch() />
        }
        .into_any(),
    }
    }
}

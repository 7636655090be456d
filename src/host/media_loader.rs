use contract::{ErrorCode, Media};
use leptos::prelude::*;

use super::media_id_param;
use crate::api;
use crate::pages::NotFound;
use crate::ui::{LoadErrorPage, LoadingPage};

/// Loads the media item of the route's `:id` and renders it with `render`; meanwhile a
/// loading state, and for an unknown id the not-found page, for a failure its message with
/// "Try again". `render` draws the page, its own `<main>` included.
#[component]
pub fn WithMedia(
    /// What is loading, for the loading state ("Loading media").
    #[prop(into)]
    label: String,
    /// The heading if it fails ("This media item didn't load").
    #[prop(into)]
    failed: String,
    render: fn(Media) -> AnyView,
) -> impl IntoView {
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
    move || match media.get() {
        None => view! { <LoadingPage label=label.clone() /> }.into_any(),
        Some(Ok(Some(media))) => render(media),
        Some(Ok(None)) => view! { <NotFound /> }.into_any(),
        Some(Err(error)) if error.code() == Some(ErrorCode::NotFound) => {
            view! { <NotFound /> }.into_any()
        }
        Some(Err(error)) => {
            view! { <LoadErrorPage title=failed.clone() error retry=move || media.refetch() /> }
                .into_any()
        }
    }
}

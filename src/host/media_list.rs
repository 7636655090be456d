use contract::MediaSummary;
use leptos::prelude::*;

use super::MediaCard;
use crate::api;
use crate::session::RequireHost;
use crate::ui::{LoadErrorPage, LoadingPage};

/// `/`: the media the signed-in host can manage.
#[component]
pub fn MediaListPage() -> impl IntoView {
    view! {
        <RequireHost>
            <MediaListLoader />
        </RequireHost>
    }
}

#[component]
fn MediaListLoader() -> impl IntoView {
    let media = LocalResource::new(api::media::list);
    move || {
        match media.get() {
        None => view! { <LoadingPage label="Loading your media" /> }.into_any(),
        Some(Ok(items)) => view! {
            <main id="main" class="page">
                <MediaListView items />
            </main>
        }
        .into_any(),
        Some(Err(error)) => view! { <LoadErrorPage title="Your media didn't load" error retry=move || media.refetch() /> }
        .into_any(),
    }
    }
}

/// The list itself, for the page and the gallery.
#[component]
pub fn MediaListView(items: Vec<MediaSummary>) -> impl IntoView {
    let empty = items.is_empty();
    view! {
        <h1>"My media"</h1>
        {empty.then(|| view! { <p>"You don't manage any media yet."</p> })}
        <ul class="grid-list" role="list">
            {items
                .into_iter()
                .map(|media| {
                    view! {
                        <li>
                            <MediaCard media />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

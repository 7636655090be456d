use contract::MediaSummary;
use leptos::prelude::*;

use super::MediaCard;
use crate::api;
use crate::session::RequireHost;
use crate::ui::{LoadErrorPage, LoadingPage};
use crate::wording::host_t;

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
        None => view! { <LoadingPage label=host_t().media.loading_list /> }.into_any(),
        Some(Ok(items)) => view! {
            <main id="main" class="page">
                <MediaListView items />
            </main>
        }
        .into_any(),
        Some(Err(error)) => view! { <LoadErrorPage title=host_t().media.list_failed error retry=move || media.refetch() /> }
        .into_any(),
    }
    }
}

/// The list itself, for the page and the gallery.
#[component]
pub fn MediaListView(items: Vec<MediaSummary>) -> impl IntoView {
    let empty = items.is_empty();
    view! {
        <h1>{host_t().media.my_media}</h1>
        {empty.then(|| view! { <p>{host_t().media.no_media}</p> })}
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

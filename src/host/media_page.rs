use contract::{Media, MediaStatus};
use leptos::prelude::*;

use super::{MediaActions, WithMedia};
use crate::format;
use crate::session::RequireHost;
use crate::ui::{scoped_css, Poster};
use crate::wording::{host_t, kind_label};

/// `/media/:id`: the player area and, below it, the sharing actions.
#[component]
pub fn MediaPage() -> impl IntoView {
    view! {
        <RequireHost>
            <WithMedia
                label=host_t().media.loading
                failed=host_t().media.failed
                render=media_page
            />
        </RequireHost>
    }
}

fn media_page(media: Media) -> AnyView {
    view! {
        <main id="main" class="page">
            <MediaPageView media />
        </main>
    }
    .into_any()
}

/// The media page for one item, for the page and the gallery.
#[component]
pub fn MediaPageView(media: Media) -> impl IntoView {
    let scope = scoped_css!("src/host/media_page.css");
    let live = media.kind.is_live() && media.status == MediaStatus::Live;
    let live_link = media
        .kind
        .is_live()
        .then(|| format!("/media/{}/live", media.id));
    view! { class=scope,
        <article>
            <Poster kind=kind_label(media.kind) title=media.title.clone() />
            <h1 dir="auto">{media.title.clone()}</h1>
            <p>
                <span class="badge">{kind_label(media.kind)}</span>
                " "
                <span class="badge" class:badge-live=live>
                    {format::status(media.kind, media.status)}
                </span>
            </p>
            <div class="actions" data-testid="media-actions">
                {live_link
                    .map(|href| {
                        view! { class=scope,
                            <a class="btn" href=href>
                                {host_t().media.participants}
                            </a>
                        }
                    })}
                <MediaActions media=media.clone() />
            </div>
            <p class="description" dir="auto">
                {media.description.clone()}
            </p>
        </article>
    }
}

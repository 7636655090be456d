use contract::MediaSummary;
use leptos::prelude::*;

use crate::format;
use crate::ui::scoped_css;
use crate::wording::{kind_label, t};

/// One media item in the host's list: a poster tile, title, kind and status.
#[component]
pub fn MediaCard(media: MediaSummary) -> impl IntoView {
    let scope = scoped_css!("src/host/media_card.css");
    let href = format!("/media/{}", media.id);
    view! { class=scope,
        <a href=href>
            <span class="poster" aria-hidden="true">
                {kind_label(media.kind)}
            </span>
            <span>
                <span class="title" dir="auto">
                    {media.title}
                </span>
                <span class="meta">
                    {t()
                        .common
                        .kind_and_status(
                            kind_label(media.kind),
                            format::status(media.kind, media.status),
                        )}
                </span>
            </span>
        </a>
    }
}

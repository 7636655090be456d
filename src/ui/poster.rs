//! The stand-in for the player: the item's thumbnail, or its kind and title on the poster
//! colour. One image to assistive technology, named after the item.

use leptos::prelude::*;

use super::scoped_css;
use crate::wording::t;

/// A 16:9 poster for one media item.
#[component]
pub fn Poster(
    /// "Video", "Live event": shown above the title when there is no thumbnail.
    kind: &'static str,
    title: String,
    /// The item's own image, when it has one.
    #[prop(default = None)]
    thumbnail: Option<String>,
) -> impl IntoView {
    let scope = scoped_css!("src/ui/poster.css");
    let label = t().common.poster_of(&title);
    let face = match thumbnail {
        Some(src) => view! { class=scope, <img src=src alt="" /> }.into_any(),
        None => view! { class=scope,
            <div aria-hidden="true">
                <div class="kind">{kind}</div>
                <div class="title" dir="auto">
                    {title}
                </div>
            </div>
        }
        .into_any(),
    };
    view! { class=scope,
        <div class="poster" role="img" aria-label=label>
            {face}
        </div>
    }
}

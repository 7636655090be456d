use contract::MediaSummary;
use leptos::prelude::*;
use stylers_macro::style_str;

use crate::format;
use crate::ui::scoped;
use crate::wording::{kind_label, t};

/// One media item in the host's list: a poster tile, title, kind and status.
#[component]
pub fn MediaCard(media: MediaSummary) -> impl IntoView {
    let scope = scoped(style_str! {
        a {
            display: grid;
            grid-template-columns: 5.5rem 1fr;
            gap: var(--space-3);
            align-items: center;
            padding: var(--space-3);
            border: 1px solid var(--color-border);
            border-radius: var(--radius-2);
            background: var(--color-surface);
            color: inherit;
            text-decoration: none;
        }
        a:hover {
            border-color: var(--color-accent);
        }
        .poster {
            display: grid;
            place-items: center;
            aspect-ratio: 16 / 9;
            border-radius: var(--radius-1);
            background: var(--color-poster);
            color: var(--color-on-poster);
            padding: 0 var(--space-1);
            font-size: 0.625rem;
            font-weight: 600;
            line-height: 1.2;
            text-align: center;
            text-transform: uppercase;
        }
        .title {
            display: block;
            font-weight: 600;
            overflow-wrap: anywhere;
        }
        .meta {
            color: var(--color-muted);
            font-size: var(--text-sm);
        }
    });
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

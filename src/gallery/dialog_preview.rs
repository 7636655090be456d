use leptos::prelude::*;
use stylers_macro::style_str;

use crate::ui::scoped;

/// A window's content laid out as its dialog shows it, but inline: the gallery shows many at
/// once, and a real modal would cover the page.
#[component]
pub fn DialogPreview(
    #[prop(into)] title: String,
    #[prop(optional, into)] description: Option<String>,
    children: Children,
) -> impl IntoView {
    let scope = scoped(style_str! {
        .preview {
            max-width: 44rem;
            padding: var(--space-5);
            border-radius: var(--radius-3);
            background: var(--color-surface);
            box-shadow: var(--shadow-dialog);
        }
        .description {
            color: var(--color-muted);
        }
    });
    view! { class=scope,
        <div class="preview">
            <h3>{title}</h3>
            {description.map(|d| view! { class=scope, <p class="description">{d}</p> })}
            {children()}
        </div>
    }
}

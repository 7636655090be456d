use leptos::prelude::*;
use stylers_macro::style_str;

use crate::ui::scoped;

/// One screen or primitive in one state, framed and titled.
#[component]
pub fn Specimen(
    /// "Screen: state", as a designer would name it.
    #[prop(into)]
    title: String,
    children: Children,
) -> impl IntoView {
    let scope = scoped(style_str! {
        figure {
            margin: 0 0 var(--space-5);
        }
        figcaption {
            margin-bottom: var(--space-2);
            color: var(--color-muted);
            font-size: var(--text-sm);
            font-weight: 600;
        }
        .frame {
            padding: var(--space-4);
            border: 1px dashed var(--color-border);
            border-radius: var(--radius-2);
            background: var(--color-bg);
            overflow: auto;
        }
    });
    view! { class=scope,
        <figure data-specimen=title.clone()>
            <figcaption data-gallery-chrome="">{title.clone()}</figcaption>
            <div class="frame">{children()}</div>
        </figure>
    }
}

use leptos::prelude::*;

use crate::ui::scoped_css;

/// A window's content laid out as its dialog shows it, but inline: the gallery shows many at
/// once, and a real modal would cover the page.
#[component]
pub fn DialogPreview(
    #[prop(into)] title: String,
    #[prop(optional, into)] description: Option<String>,
    children: Children,
) -> impl IntoView {
    let scope = scoped_css!("src/gallery/dialog_preview.css");
    view! { class=scope,
        <div class="preview">
            <h3>{title}</h3>
            {description.map(|d| view! { class=scope, <p class="description">{d}</p> })}
            {children()}
        </div>
    }
}

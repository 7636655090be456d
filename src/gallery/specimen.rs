use leptos::prelude::*;

use crate::ui::scoped_css;

/// One screen or primitive in one state, framed and titled.
#[component]
pub fn Specimen(
    /// "Screen: state", as a designer would name it.
    #[prop(into)]
    title: String,
    children: Children,
) -> impl IntoView {
    let scope = scoped_css!("src/gallery/specimen.css");
    view! { class=scope,
        <figure data-specimen=title.clone()>
            <figcaption data-gallery-chrome="">{title.clone()}</figcaption>
            <div class="frame">{children()}</div>
        </figure>
    }
}

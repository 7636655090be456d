//! The reader's language: a native `<select>` of every language in its own name (the
//! platform's own list, at home on every phone and screen reader). Choosing one remembers it
//! and opens the same page in it (`?lang=`): a page's language is fixed as it starts
//! (`crate::wording::choice`), so every sentence on the new page is in the new language.

use leptos::prelude::*;

use crate::ui::{scoped_css, unique_id};
use crate::wording::{page_lang, remember, search_with_lang, t, Lang};

/// The menu, labelled "Language" for assistive technology; the chosen language's name is
/// what it shows.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let scope = scoped_css!("src/ui/language_menu.css");
    let id = unique_id("language");
    let chosen = move |event: leptos::ev::Event| {
        let Some(lang) = Lang::from_tag(&event_target_value(&event)) else {
            return;
        };
        remember(lang);
        let location = window().location();
        let search = location.search().unwrap_or_default();
        let _ = location.set_search(&search_with_lang(&search, lang));
    };
    view! { class=scope,
        <div class="language-menu">
            <label class="visually-hidden" for=id.clone()>
                {t().common.language}
            </label>
            <select id=id class="field-input" on:change=chosen>
                {Lang::ALL
                    .map(|lang| {
                        view! { class=scope,
                            <option value=lang.code() lang=lang.code() selected=lang == page_lang()>
                                {lang.native_name()}
                            </option>
                        }
                    })}
            </select>
        </div>
    }
}

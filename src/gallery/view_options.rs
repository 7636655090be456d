//! The gallery's two review switches: dark mode and phone width. Dark sets `data-theme` on the
//! root, which forces the tokens' `light-dark()` colours whatever the system says; phone width
//! shows the gallery itself in a 360 px frame, so the real media queries apply (a narrow box
//! in a wide window would not trigger them). The frame's page carries both choices in its
//! address, and shows no switches of its own. The language menu reloads the gallery with
//! `?lang=` (a page's language is chosen once, as it starts: src/wording/choice.rs), so every
//! screen can be reviewed in each language, right to left included. "Pseudo-locale" reloads
//! it with `?lang=pseudo`: every catalog sentence accented, longer and marked `⟦…⟧`
//! (`crate::wording::speak_pseudo`), for clipping and for any sentence still in code.
//! The switches are the gallery's chrome (`data-gallery-chrome`): only designers read them.

use leptos::prelude::*;

use crate::ui::{scoped_css, LanguageMenu};
use crate::wording::{query_lang, Lang};

/// The phone frame's size: the narrowest common phone, as the layout checks use.
const PHONE: (u32, u32) = (360, 740);

/// What the address asks for: `?embedded` inside the phone frame, `theme=dark` for dark,
/// `lang=` for a language other than the browser's, `lang=pseudo` for the pseudo-locale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewOptions {
    pub embedded: bool,
    pub dark: bool,
    pub lang: Option<Lang>,
    pub pseudo: bool,
}

/// The `lang=` value of the pseudo-locale, which no real language tag spells.
const PSEUDO: &str = "pseudo";

impl ViewOptions {
    /// Reads a query string such as `?embedded&theme=dark`.
    pub fn from_query(query: &str) -> Self {
        let mut options = ViewOptions::default();
        for pair in query.trim_start_matches('?').split('&') {
            match pair {
                "embedded" => options.embedded = true,
                "theme=dark" => options.dark = true,
                _ => {}
            }
        }
        options.lang = query_lang(query).and_then(Lang::from_tag);
        options.pseudo = query_lang(query) == Some(PSEUDO);
        options
    }

    /// The phone frame's address, keeping the theme and the language.
    pub fn frame_query(self) -> String {
        let mut query = String::from("?embedded");
        if self.dark {
            query.push_str("&theme=dark");
        }
        if self.pseudo {
            query.push_str("&lang=");
            query.push_str(PSEUDO);
        } else if let Some(lang) = self.lang {
            query.push_str("&lang=");
            query.push_str(lang.code());
        }
        query
    }
}

/// The page's query with the pseudo-locale on or off, every other parameter kept.
fn search_with_pseudo(search: &str, on: bool) -> String {
    let mut pairs: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("lang"))
        .collect();
    if on {
        pairs.push("lang=pseudo");
    }
    format!("?{}", pairs.join("&"))
}

/// Applies the theme to the page's root element.
pub fn apply_theme(dark: bool) {
    if let Some(root) = document().document_element() {
        let _ = if dark {
            root.set_attribute("data-theme", "dark")
        } else {
            root.set_attribute("data-theme", "light")
        };
    }
}

fn system_is_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// The switches, and the phone frame when it is on; `children` is the gallery itself.
#[component]
pub fn ViewSwitches(children: ChildrenFn) -> impl IntoView {
    let scope = scoped_css!("src/gallery/view_options.css");
    let query = window().location().search().unwrap_or_default();
    let start = ViewOptions::from_query(&query);
    // Starts as the system is (or as the frame's address says), and forces a theme only once
    // the designer asks: until then the page follows the system like the product does.
    let dark = RwSignal::new(start.dark || system_is_dark());
    let phone = RwSignal::new(false);
    Effect::new(move |ran: Option<()>| {
        let dark = dark.get();
        if ran.is_some() || start.dark {
            apply_theme(dark);
        }
    });
    if start.embedded {
        return children().into_any();
    }
    let (width, height) = PHONE;
    view! { class=scope,
        <div class="switches" role="group" aria-label="Review the gallery" data-gallery-chrome="">
            <button
                type="button"
                class="btn"
                aria-pressed=move || dark.get().to_string()
                on:click=move |_| dark.update(|on| *on = !*on)
            >
                "Dark mode"
            </button>
            <button
                type="button"
                class="btn"
                aria-pressed=move || phone.get().to_string()
                on:click=move |_| phone.update(|on| *on = !*on)
            >
                "Phone width (360 px)"
            </button>
            <button
                type="button"
                class="btn"
                aria-pressed=start.pseudo.to_string()
                on:click=move |_| {
                    let location = window().location();
                    let search = location.search().unwrap_or_default();
                    let _ = location.set_search(&search_with_pseudo(&search, !start.pseudo));
                }
            >
                "Pseudo-locale"
            </button>
            <LanguageMenu />
        </div>
        {move || {
            if phone.get() {
                let options = ViewOptions {
                    embedded: true,
                    dark: dark.get(),
                    lang: start.lang,
                    pseudo: start.pseudo,
                };
                view! { class=scope,
                    <iframe
                        src=options.frame_query()
                        title="The gallery at phone width"
                        width=width
                        height=height
                    ></iframe>
                }
                    .into_any()
            } else {
                children().into_any()
            }
        }}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::{search_with_pseudo, ViewOptions};
    use crate::wording::Lang;

    #[test]
    fn given_the_frames_address_should_read_back_what_it_asked_for() {
        for dark in [false, true] {
            for lang in [None, Some(Lang::He)] {
                for pseudo in [false, true] {
                    let asked = ViewOptions {
                        embedded: true,
                        dark,
                        lang: if pseudo { None } else { lang },
                        pseudo,
                    };
                    assert_eq!(ViewOptions::from_query(&asked.frame_query()), asked);
                }
            }
        }
        assert_eq!(
            ViewOptions::from_query("?theme=dark&lang=es"),
            ViewOptions {
                embedded: false,
                dark: true,
                lang: Some(Lang::Es),
                pseudo: false,
            }
        );
        assert_eq!(ViewOptions::from_query(""), ViewOptions::default());
        assert_eq!(
            ViewOptions::from_query("?theme=dark&x=1"),
            ViewOptions {
                embedded: false,
                dark: true,
                lang: None,
                pseudo: false,
            }
        );
    }

    #[test]
    fn given_the_pseudo_locale_switch_should_set_or_drop_lang_and_keep_the_rest() {
        assert_eq!(
            search_with_pseudo("?theme=dark&lang=he", true),
            "?theme=dark&lang=pseudo"
        );
        assert_eq!(
            search_with_pseudo("?lang=pseudo&theme=dark", false),
            "?theme=dark"
        );
        assert_eq!(search_with_pseudo("", true), "?lang=pseudo");
        assert!(ViewOptions::from_query("?lang=pseudo").pseudo);
        assert_eq!(ViewOptions::from_query("?lang=pseudo").lang, None);
    }
}

//! The language links at the foot of guest.html and invite.html, in the gallery. Their markup
//! is read from guest.html at build time (as the skeleton's is), the heading in the gallery's
//! language from the catalog, and the gallery's language marked as public/prefetch.js marks
//! the page's.

use leptos::prelude::*;

use crate::wording::{page_lang, t};

const GUEST_HTML: &str = include_str!("../../guest.html");

#[component]
pub fn LanguageLinksPreview() -> impl IntoView {
    view! { <div inner_html=markup(t().common.language, page_lang().code())></div> }
}

/// guest.html's `<footer class="language-links">`, its heading reading `heading` (escaped),
/// its heading's id the specimen's own, and `current`'s link marked `aria-current`.
fn markup(heading: &str, current: &str) -> String {
    let start = GUEST_HTML
        .find(r#"<footer class="language-links">"#)
        .expect("guest.html has the language links");
    let end = start + GUEST_HTML[start..].find("</footer>").expect("their end") + "</footer>".len();
    let mut footer =
        GUEST_HTML[start..end].replace("language-links-title", "gallery-language-links-title");
    let title_start = footer.find("<h2").expect("the heading");
    let text_start = title_start + footer[title_start..].find('>').expect("its start tag") + 1;
    let text_end = text_start + footer[text_start..].find("</h2>").expect("its end");
    let heading = heading.replace('&', "&amp;").replace('<', "&lt;");
    footer.replace_range(text_start..text_end, &heading);
    footer.replace(
        &format!(r#"hreflang="{current}""#),
        &format!(r#"hreflang="{current}" aria-current="true""#),
    )
}

#[cfg(test)]
mod tests {
    use super::markup;

    #[test]
    fn given_the_gallerys_language_should_show_its_heading_and_mark_its_link() {
        let footer = markup("Idioma", "es");
        assert!(footer.contains(r#"id="gallery-language-links-title""#));
        assert!(footer.contains(">Idioma</h2>"), "{footer}");
        assert!(footer.contains(r#"hreflang="es" aria-current="true""#));
        assert_eq!(footer.matches("aria-current").count(), 1);
        assert!(markup("a<b", "en").contains(">a&lt;b</h2>"));
    }
}

use super::*;

fn browser(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| t.to_string()).collect()
}

#[test]
fn given_every_source_the_url_should_win_then_the_choice_then_the_platform_then_the_browser() {
    let languages = browser(&["he-IL", "en"]);
    let all = LangSources {
        query: Some("es"),
        remembered: Some("he"),
        platform: Some("en"),
        browser: &languages,
    };
    assert_eq!(choose(all), Lang::Es);
    assert_eq!(choose(LangSources { query: None, ..all }), Lang::He);
    let no_choice = LangSources {
        query: None,
        remembered: None,
        ..all
    };
    assert_eq!(choose(no_choice), Lang::En, "the platform's default");
    let browser_only = LangSources {
        platform: None,
        ..no_choice
    };
    assert_eq!(
        choose(browser_only),
        Lang::He,
        "the browser's first language"
    );
    assert_eq!(choose(LangSources::default()), Lang::En);
}

#[test]
fn given_languages_the_app_lacks_should_skip_them_to_the_next_source() {
    let languages = browser(&["fr-FR", "de", "es-MX", "he"]);
    let sources = LangSources {
        query: Some("fr"),
        remembered: Some("zz"),
        platform: Some("pt-BR"),
        browser: &languages,
    };
    assert_eq!(
        choose(sources),
        Lang::Es,
        "the first browser language it has"
    );
    assert_eq!(
        choose(LangSources {
            browser: &browser(&["fr", "ja"]),
            ..sources
        }),
        Lang::En,
        "English when nothing matches"
    );
}

#[test]
fn given_a_query_should_read_lang_among_other_parameters() {
    assert_eq!(query_lang("?lang=he"), Some("he"));
    assert_eq!(query_lang("?embedded&theme=dark&lang=es-MX"), Some("es-MX"));
    assert_eq!(query_lang("lang=es"), Some("es"));
    assert_eq!(query_lang("?language=es"), None);
    assert_eq!(query_lang("?lang="), None);
    assert_eq!(query_lang(""), None);
}

#[test]
fn given_a_set_language_the_page_should_speak_it_in_a_bundle_with_every_language() {
    assert_eq!(BUNDLE_LANG, None, "tests build every language");
    for lang in Lang::ALL {
        set_page_lang(lang);
        assert_eq!(page_lang(), lang);
    }
    set_page_lang(Lang::En);
}

#[test]
fn given_a_query_should_set_its_lang_and_keep_the_rest() {
    assert_eq!(search_with_lang("", Lang::He), "?lang=he");
    assert_eq!(search_with_lang("?lang=he", Lang::Es), "?lang=es");
    assert_eq!(
        search_with_lang("?embedded&lang=he&theme=dark", Lang::En),
        "?embedded&theme=dark&lang=en"
    );
    assert_eq!(
        query_lang(&search_with_lang("?language=x", Lang::Es)),
        Some("es")
    );
}

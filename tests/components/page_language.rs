//! The guest and invitee pages' language, chosen by `public/prefetch.js` before any
//! WebAssembly has run (the page's own bundle is built for one language, and boot.js loads
//! the one this names): `?lang=`, the remembered choice, the platform's `default_locale`, the
//! browser's languages, English, as `src/wording/choice.rs` chooses in the other bundles.
//! It says the choice in `<html lang dir>`, puts guest.html's words in it and marks the
//! language's link; a tap on a language link is remembered.

use contract::{GuestLinkInfo, Platform};
use share_spa::gallery::{guest_media, platform, shared_by};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::fetch_stub::{stub_fetch, Answer};
use crate::support::document;

const PREFETCH: &str = include_str!("../../public/prefetch.js");
const GUEST_HTML: &str = include_str!("../../guest.html");
const INFO: &str = "GET /api/v1/guest/tok";
const REMEMBERED: &str = "share.lang";

/// guest.html's body (its skeleton and language links) on the test page, taken away again
/// with the page's language when dropped.
struct GuestBody(web_sys::Element);

impl GuestBody {
    fn plant() -> GuestBody {
        let start = GUEST_HTML.find("<body>").unwrap() + "<body>".len();
        let end = GUEST_HTML.find("</body>").unwrap();
        let holder = document().create_element("div").unwrap();
        holder.set_inner_html(&GUEST_HTML[start..end]);
        document().body().unwrap().append_child(&holder).unwrap();
        GuestBody(holder)
    }

    fn text(&self, selector: &str) -> String {
        self.0
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("{selector}"))
            .text_content()
            .unwrap_or_default()
    }

    /// The language link marked as the page's, by its `hreflang`.
    fn current_link(&self) -> Option<String> {
        self.0
            .query_selector(".language-links a[aria-current=true]")
            .unwrap()
            .and_then(|link| link.get_attribute("hreflang"))
    }
}

impl GuestBody {
    /// Taps the language link for `code`, as a guest would, and returns it. The test page
    /// stays: the link's navigation is cancelled, after the page's own listener (on the
    /// document) has seen the tap.
    fn tap_language(&self, code: &str) -> web_sys::HtmlElement {
        let link: web_sys::HtmlElement = self
            .0
            .query_selector(&format!(".language-links a[hreflang={code}]"))
            .unwrap()
            .unwrap_or_else(|| panic!("the {code} link"))
            .unchecked_into();
        let stay = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
            |event: web_sys::Event| event.prevent_default(),
        );
        document()
            .add_event_listener_with_callback("click", stay.as_ref().unchecked_ref())
            .unwrap();
        link.click();
        document()
            .remove_event_listener_with_callback("click", stay.as_ref().unchecked_ref())
            .unwrap();
        link
    }
}

impl Drop for GuestBody {
    fn drop(&mut self) {
        self.0.remove();
        let root = document().document_element().unwrap();
        root.set_attribute("lang", "en").unwrap();
        root.set_attribute("dir", "ltr").unwrap();
        let _ = storage().remove_item(REMEMBERED);
        let _ = js_sys::Reflect::delete_property(
            &web_sys::window().unwrap(),
            &JsValue::from_str("__guestLinkInfo"),
        );
    }
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Runs the page's prefetch script as if the page's address were `address`.
fn run_prefetch_at(address: &str) {
    js_sys::eval(&format!(
        "(() => {{ const back = location.href; history.replaceState(null, '', {address:?});\
         try {{ {PREFETCH} }} finally {{ history.replaceState(null, '', back); }} }})()"
    ))
    .expect("the prefetch script runs");
}

/// Lets the page's queued tasks run (the script's own promises and listeners).
async fn a_moment() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
    });
    JsFuture::from(promise).await.unwrap();
}

/// What `window.__pageLang` resolves to.
async fn chosen() -> String {
    let promise = js_sys::Reflect::get(
        &web_sys::window().unwrap(),
        &JsValue::from_str("__pageLang"),
    )
    .unwrap();
    JsFuture::from(promise.unchecked_into::<js_sys::Promise>())
        .await
        .unwrap()
        .as_string()
        .unwrap()
}

fn html(attribute: &str) -> String {
    document()
        .document_element()
        .unwrap()
        .get_attribute(attribute)
        .unwrap_or_default()
}

/// A guest link's details, its platform speaking `locale` by default.
fn info_with_default(locale: &str) -> String {
    serde_json::to_string(&GuestLinkInfo {
        media: guest_media(),
        requires_admission: false,
        platform: Some(Platform {
            default_locale: Some(locale.into()),
            ..platform()
        }),
        shared_by: Some(shared_by()),
    })
    .unwrap()
}

#[wasm_bindgen_test]
async fn given_lang_in_the_address_should_speak_it_at_once_right_to_left_for_hebrew() {
    let _backend = stub_fetch(vec![Answer::pending(INFO)]);
    let page = GuestBody::plant();
    run_prefetch_at("/guest/tok?lang=he");
    assert_eq!(
        (html("lang"), html("dir")),
        ("he".into(), "rtl".into()),
        "before the link's details arrive"
    );
    assert_eq!(chosen().await, "he");
    a_moment().await;
    assert_eq!(page.text(".lead"), "כדי להמשיך יש להזין שם ואימייל");
    assert_eq!(page.text("button"), "המשך");
    assert_eq!(page.text("#language-links-title"), "שפה");
    assert_eq!(page.current_link().as_deref(), Some("he"));
}

#[wasm_bindgen_test]
async fn given_no_choice_should_speak_the_platforms_default_once_the_link_answers() {
    let _backend = stub_fetch(vec![Answer::json(INFO, 200, &info_with_default("es-MX"))]);
    let page = GuestBody::plant();
    run_prefetch_at("/guest/tok");
    assert_eq!(chosen().await, "es");
    a_moment().await;
    assert_eq!((html("lang"), html("dir")), ("es".into(), "ltr".into()));
    assert_eq!(page.text("label span"), "Nombre");
    assert_eq!(page.current_link().as_deref(), Some("es"));
}

#[wasm_bindgen_test]
async fn given_a_remembered_choice_should_win_over_the_platform_and_a_language_the_app_lacks() {
    let _backend = stub_fetch(vec![Answer::json(INFO, 200, &info_with_default("es"))]);
    let page = GuestBody::plant();
    storage().set_item(REMEMBERED, "he").unwrap();
    run_prefetch_at("/guest/tok?lang=fr");
    assert_eq!(
        chosen().await,
        "he",
        "fr skipped, the remembered Hebrew next"
    );
    a_moment().await;
    assert_eq!(page.current_link().as_deref(), Some("he"));
}

#[wasm_bindgen_test]
async fn given_no_choice_and_no_platform_default_should_follow_the_browsers_languages() {
    let _backend = stub_fetch(vec![Answer::json(
        INFO,
        404,
        r#"{"error":{"code":"link_not_found","message":"gone"}}"#,
    )]);
    let _page = GuestBody::plant();
    js_sys::eval(
        "Object.defineProperty(navigator, 'languages', \
         { get: () => ['fr-FR', 'iw-IL', 'en'], configurable: true })",
    )
    .unwrap();
    run_prefetch_at("/guest/tok");
    let lang = chosen().await;
    js_sys::eval("delete navigator.languages").unwrap();
    assert_eq!(lang, "he", "French skipped, the legacy tag for Hebrew read");
}

#[wasm_bindgen_test]
async fn given_a_tap_on_a_language_link_should_remember_it() {
    let _backend = stub_fetch(vec![Answer::pending(INFO)]);
    let page = GuestBody::plant();
    run_prefetch_at("/guest/tok?lang=en");
    assert_eq!(chosen().await, "en");
    a_moment().await;
    assert_eq!(page.current_link().as_deref(), Some("en"));
    let spanish = page.tap_language("es");
    assert_eq!(
        storage().get_item(REMEMBERED).unwrap().as_deref(),
        Some("es")
    );
    assert_eq!(spanish.get_attribute("href").as_deref(), Some("?lang=es"));
}

#[wasm_bindgen_test]
async fn given_a_name_typed_before_a_language_tap_should_find_it_in_the_next_page() {
    let _backend = stub_fetch(vec![Answer::pending(INFO)]);
    // The entry form as the app renders it, with what the guest typed.
    let form = document().create_element("main").unwrap();
    form.set_inner_html(r#"<input name="name" value="Ana Ruiz"><input name="email" value="">"#);
    document().body().unwrap().append_child(&form).unwrap();
    let page = GuestBody::plant();
    run_prefetch_at("/guest/tok");
    a_moment().await;
    page.tap_language("he");
    form.remove();
    drop(page);

    // The page the tap opens: its skeleton has the name back, and the note is used up.
    let next = GuestBody::plant();
    run_prefetch_at("/guest/tok?lang=he");
    a_moment().await;
    let name: web_sys::HtmlInputElement = next
        .0
        .query_selector("#guest-skeleton-name")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(name.value(), "Ana Ruiz");
    let session = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    assert_eq!(session.get_item("share.typed").unwrap(), None);
}

//! Dates on guest pages, read and formatted by the browser's own `Date` and `Intl` rather
//! than chrono, whose parser and formatter would add their weight to the guest bundle.

use wasm_bindgen::JsValue;

/// An RFC 3339 time as a calendar date in the reader's time zone and the page's language:
/// "April 23, 2026", "23 de abril de 2026". `None`
/// when the text is not a time the browser can read.
pub fn local_date(rfc3339: &str) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return None;
    }
    let options = js_sys::Object::new();
    for (key, value) in [("year", "numeric"), ("month", "long"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let locale = crate::wording::page_lang().intl_locale();
    Some(date.to_locale_date_string(locale, &options).into())
}

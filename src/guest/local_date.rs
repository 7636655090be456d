//! Dates on guest pages, formatted by the browser's own `Intl` rather than chrono's
//! formatter, which would add its weight to the guest bundle.

use contract::Timestamp;
use wasm_bindgen::JsValue;

/// A calendar date in the reader's time zone: "April 23, 2026".
pub fn local_date(at: Timestamp) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options = js_sys::Object::new();
    for (key, value) in [("year", "numeric"), ("month", "long"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string("en-US", &options).into()
}

//! The backend's JSON, read and written. In the browser the browser's own `JSON.parse` and
//! `JSON.stringify` handle the text and serde-wasm-bindgen maps the values to and from the
//! contract's types, so no bundle carries a JSON parser of its own (the guest path is 3.5 kB
//! brotli smaller for it: BENCHMARKS.md). Natively, where the unit tests run, serde_json does
//! both. Written as serde_json writes: `None` as `null`, maps as objects, integers as numbers.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// `text` read as a `T`; `None` when it is not JSON, or not a `T`.
#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let value = js_sys::JSON::parse(text).ok()?;
    serde_wasm_bindgen::from_value(value).ok()
}

/// `value` as JSON text; `None` when it has no JSON form.
#[cfg(target_arch = "wasm32")]
pub fn to_string<T: Serialize>(value: &T) -> Option<String> {
    let value = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&value).ok().map(String::from)
}

/// `text` read as a `T`; `None` when it is not JSON, or not a `T`.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

/// `value` as JSON text; `None` when it has no JSON form.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_string<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}

/// A JSON value kept as it came, read later as whichever type its context names (a batch's
/// entries, each read by its own event name): a JavaScript value in the browser, the text
/// natively.
#[cfg(target_arch = "wasm32")]
#[derive(Deserialize)]
pub struct Raw(#[serde(with = "serde_wasm_bindgen::preserve")] wasm_bindgen::JsValue);

/// A JSON value kept as it came, read later as whichever type its context names (a batch's
/// entries, each read by its own event name): a JavaScript value in the browser, the text
/// natively.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Deserialize)]
pub struct Raw(Box<serde_json::value::RawValue>);

impl Raw {
    /// The value read as a `T`; `None` when it is not one.
    pub fn read<T: DeserializeOwned>(&self) -> Option<T> {
        #[cfg(target_arch = "wasm32")]
        return serde_wasm_bindgen::from_value(self.0.clone()).ok();
        #[cfg(not(target_arch = "wasm32"))]
        return from_str(self.0.get());
    }
}

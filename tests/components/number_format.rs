//! Counts through the browser's `Intl` in the page's language (issue 15).

use share_spa::format;
use share_spa::wording::{set_page_lang, Lang};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn given_each_language_counts_should_read_as_it_writes_them() {
    assert_eq!(format::count(10_000), "10,000");
    set_page_lang(Lang::Es);
    let spanish = (format::count(10_000), format::count(1_000_000));
    set_page_lang(Lang::He);
    let hebrew = format::count(10_000);
    set_page_lang(Lang::En);
    assert_eq!(spanish, ("10.000".to_string(), "1.000.000".to_string()));
    assert_eq!(hebrew, "10,000");
    assert_eq!(format::count(7), "7");
}

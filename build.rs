//! Writes the designer gallery's pseudo-locale (`src/wording/pseudo.rs`) from the English
//! catalog's sources: the same statics with every string literal accented ("Cancel" ->
//! "⟦Çáñçëļ ļöŕ⟧"), about 40 % longer and wrapped in `⟦…⟧`, each `{placeholder}` kept.
//!
//! Why from the sources at build time: the catalog is typed statics with no way to walk its
//! fields at runtime, and a hand-kept copy of some 600 entries would fall behind the English
//! one. Copying the English statics keeps the compiler's check that every entry exists, and a
//! sentence added in English is in the pseudo-locale at the next build. Only the gallery
//! names these statics, so the linker leaves them out of every product bundle.

use std::{env, fs, path::Path};

/// The English sources, as the `wording` module holds them.
const GUEST: &str = "src/wording/en.rs";
const HOST: &str = "src/wording/en_host.rs";
/// The host's access-request sentences live beside their group; from here on, the English
/// static only.
const ACCESS_REQUESTS: &str = "src/wording/access_requests.rs";
const ACCESS_REQUESTS_STATIC: &str = "pub(super) static ACCESS_REQUESTS";

fn main() {
    for source in [GUEST, HOST, ACCESS_REQUESTS, "build.rs"] {
        println!("cargo:rerun-if-changed={source}");
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let guest = pseudo_source(&read(GUEST));
    let requests = read(ACCESS_REQUESTS);
    let requests = match requests.find(ACCESS_REQUESTS_STATIC) {
        Some(at) => &requests[at..],
        None => panic!("{ACCESS_REQUESTS} lost `{ACCESS_REQUESTS_STATIC}`"),
    };
    let host = pseudo_source(&read(HOST)).replace(
        "&super::access_requests::ACCESS_REQUESTS",
        "&ACCESS_REQUESTS",
    ) + &pseudo_source(requests);
    write(&out, "pseudo_en.rs", &guest);
    write(&out, "pseudo_en_host.rs", &host);
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(dir: &str, name: &str, text: &str) {
    let path = Path::new(dir).join(name);
    fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// The source with its comments dropped (an included file may not open with `//!`), its
/// `use super::*` naming the wording module from one level further down, and each string
/// literal replaced by its pseudo-locale form. The English sources hold no escapes and no
/// raw strings; a literal with a backslash stops the build rather than be misread.
fn pseudo_source(source: &str) -> String {
    let source = source.replace("use super::*;", "use crate::wording::*;");
    let mut out = String::with_capacity(source.len() * 2);
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for skipped in chars.by_ref() {
                    if skipped == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut literal = String::new();
                for inner in chars.by_ref() {
                    match inner {
                        '"' => break,
                        '\\' => panic!("an escape in an English literal: {literal}"),
                        other => literal.push(other),
                    }
                }
                out.push_str(&format!("{:?}", pseudo(&literal)));
            }
            other => out.push(other),
        }
    }
    out
}

/// Filler that makes a sentence about 40 % longer, in words so that it wraps as a longer
/// translation would.
const FILLER: &str = " ļöŕëɱ ïþšüɱ ðöļöŕ šïţ áɱëţ çöñšëçţëţüŕ áðïþïšçïñĝ ëļïţ šëð ðö";

/// One sentence in the pseudo-locale: each ASCII letter accented, `{placeholders}` as they
/// are, padded to ~140 % of its letters and wrapped in `⟦…⟧`. Empty stays empty.
fn pseudo(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let mut out = String::from("⟦");
    let mut letters = 0usize;
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        if in_placeholder || c == '}' {
            out.push(c);
        } else {
            letters += 1;
            out.push(accented(c));
        }
    }
    let pad = (letters * 2).div_ceil(5).max(2);
    out.extend(FILLER.chars().cycle().take(pad));
    out.push('⟧');
    out
}

/// The letter with an accent (or another mark) on it; anything else as it is.
fn accented(c: char) -> char {
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'ð', 'ë', 'ƒ', 'ĝ', 'ĥ', 'ï', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ʠ', 'ŕ',
        'š', 'ţ', 'ü', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Á', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Ï', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Ü', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[c as usize - 'a' as usize],
        'A'..='Z' => UPPER[c as usize - 'A' as usize],
        other => other,
    }
}

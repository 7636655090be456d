//! Hostile text for tests: what people (or attackers) type into names and messages. Every
//! entry is at most 80 characters, so each is a valid name that must be stored and shown
//! verbatim, as text.

/// Markup, script, URL schemes, right-to-left text, emoji and combining marks: valid names.
pub const HOSTILE_NAMES: &[&str] = &[
    "<script>window.__xss=1</script>",
    "<img src=x onerror=\"window.__xss=1\">",
    "<svg onload=window.__xss=1>",
    "\"><iframe src=javascript:window.__xss=1>",
    "javascript:window.__xss=1",
    "' onmouseover='window.__xss=1' x='",
    "{{constructor.constructor('window.__xss=1')()}}",
    "Ann עברית مرحبا Lee",
    "👩‍👩‍👧‍👦 Family 🎉 ñandú",
    "Zalgo Z\u{0351}\u{0358}a\u{035B}l\u{0360}g\u{0361}o",
    "&lt;b&gt;entity&lt;/b&gt; &amp; <b>bold</b>",
];

/// A 10 kB string: too long for every text field.
pub fn ten_kilobytes() -> String {
    "A<b>".repeat(2_560)
}

/// Names that could rewrite what is around them: extra lines (a phishing paragraph in an
/// email's greeting), controls, and bidirectional overrides or isolates. Refused as
/// `invalid` in every name.
pub const REFUSED_NAMES: &[&str] = &[
    "customer,\n\nYour account is locked. Sign in at https://evil.example",
    "Ann\r\nBcc: everyone@example.com",
    "Ann\tLee",
    "Ann \u{202E}gnp.exe\u{202C} Lee",
    "Ann \u{2067}Lee\u{2069}",
];

/// A name with a NUL byte in it: refused everywhere.
pub const WITH_NUL: &str = "Ann\0Lee";

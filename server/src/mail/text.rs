//! Text from people (names, titles) made safe for one line of an email or calendar entry.

/// `text` as one line: every control character (CR, LF, tab, NUL…), line or paragraph
/// separator and bidi override or isolate becomes a space, and runs of spaces collapse.
/// No field can then add a header, a line or a reordered paragraph to a message, whatever
/// the input rules upstream let through.
pub fn one_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if breaks_line(c) { ' ' } else { c };
        if !(c == ' ' && (line.is_empty() || line.ends_with(' '))) {
            line.push(c);
        }
    }
    line.truncate(line.trim_end().len());
    line
}

/// Whitespace, and whatever names may not hold (`contract::validate::is_forbidden_in_name`:
/// controls, line and paragraph separators, bidi overrides and isolates), plus the bidi marks.
fn breaks_line(c: char) -> bool {
    c.is_whitespace()
        || contract::validate::is_forbidden_in_name(c)
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` for HTML element content or a double-quoted attribute.
pub fn html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_line_breaks_and_controls_should_keep_one_line() {
        assert_eq!(
            one_line("Zoe\r\nBcc: evil@example.net\n\n\tHi\u{2028}x\u{202E}y\u{0}"),
            "Zoe Bcc: evil@example.net Hi x y"
        );
        assert_eq!(one_line("  Ann   Lee "), "Ann Lee");
        assert_eq!(
            one_line("Ann\r\n\r\nYour account\u{2028}is \u{202E}locked"),
            "Ann Your account is locked"
        );
    }

    #[test]
    fn given_markup_should_escape_it() {
        assert_eq!(
            html(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }
}

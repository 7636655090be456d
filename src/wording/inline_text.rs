//! Finds sentences written inline in a `view!` instead of read from the catalog: every string
//! literal with a letter in it that is a child of an element, or the value of an attribute or
//! prop that people read or hear (anything not in [`NOT_TEXT`]). Std only, read by the catalog
//! test; a scanner of tokens, not a Rust parser, so it errs on the side of reporting.

use std::path::Path;

/// Attributes and props whose value is never read by a person, with why.
const NOT_TEXT: &[(&str, &str)] = &[
    ("class", "a CSS class"),
    ("id", "an element id"),
    ("type", "an input or button type"),
    ("input_type", "an input type, passed through"),
    ("role", "an ARIA role"),
    ("name", "a form field's name, or an icon's"),
    ("href", "a route"),
    ("for", "the id of a labelled control"),
    ("scope", "a table header's scope"),
    ("dir", "a text direction"),
    ("tabindex", "a focus order"),
    ("autocomplete", "an autofill token"),
    ("inputmode", "a keyboard hint"),
    ("aria-live", "a live region's politeness"),
    ("aria-hidden", "a flag"),
    ("aria-describedby", "element ids"),
    ("aria-labelledby", "element ids"),
    ("error", "the field's key into the form's messages"),
    ("key", "a list key"),
    ("group", "a radio group's id prefix"),
    ("path", "a route"),
    ("aria-invalid", "a flag"),
    ("aria-required", "a flag"),
    ("aria-expanded", "a flag"),
    ("aria-busy", "a flag"),
    ("aria-modal", "a flag"),
    ("aria-atomic", "a flag"),
    ("aria-autocomplete", "a token: list"),
    ("aria-haspopup", "a token: menu"),
    ("spellcheck", "a flag"),
    ("focusable", "a flag"),
    ("fill", "an SVG colour"),
];

/// Literals inside a `view!` that look like words but are built ids, with why.
const NOT_TEXT_LITERALS: &[(&str, &str)] = &[
    (
        "{group}-{index}",
        "a radio button's id, from the group's id",
    ),
    ("{id}-description", "the id of a radio button's description"),
];

/// Attribute prefixes that are never text: `data-testid`, `style:height`, `on:click`,
/// `prop:checked`, `class:inactive`.
const NOT_TEXT_PREFIXES: &[&str] = &["data-", "style:", "on:", "prop:", "class:", "attr:data-"];

/// One inline sentence: where it is and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inline {
    pub file: String,
    pub line: usize,
    pub text: String,
}

/// Every `.rs` file under `src`, except the catalog and the gallery (fixtures are data there).
pub fn scan_tree(src: &Path) -> Vec<Inline> {
    let mut files = Vec::new();
    collect(src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let relative = file.strip_prefix(src).unwrap_or(&file).to_string_lossy();
        let relative = relative.replace('\\', "/");
        if relative.starts_with("wording/") || relative.starts_with("gallery/") {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        found.extend(scan_source(&relative, &source));
    }
    found
}

fn collect(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// An identifier or attribute name (`aria-label`, `on:click`, `view`).
    Word(String),
    /// A string literal's value, escapes left as written.
    Str(String),
    Open(char),
    Close(char),
    Punct(char),
}

/// Tokens with the line each starts on; comments and char literals dropped.
fn tokenize(source: &str) -> Vec<(Tok, usize)> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            _ if c.is_whitespace() => i += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
                i += 2;
            }
            'r' if matches!(chars.get(i + 1), Some('"') | Some('#')) => {
                let start_line = line;
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) != Some(&'"') {
                    out.push((Tok::Word("r".into()), line));
                    i += 1;
                    continue;
                }
                j += 1;
                let mut text = String::new();
                while let Some(&ch) = chars.get(j) {
                    if ch == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) {
                        j += 1 + hashes;
                        break;
                    }
                    line += usize::from(ch == '\n');
                    text.push(ch);
                    j += 1;
                }
                out.push((Tok::Str(text), start_line));
                i = j;
            }
            '"' => {
                let start_line = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        text.push(chars[i]);
                        i += 1;
                    }
                    if let Some(&ch) = chars.get(i) {
                        line += usize::from(ch == '\n');
                        text.push(ch);
                    }
                    i += 1;
                }
                i += 1;
                out.push((Tok::Str(text), start_line));
            }
            '\'' => {
                // A char literal ('x', '\n', '{'); anything else (a lifetime) is one quote.
                let end = if chars.get(i + 1) == Some(&'\\') {
                    (i + 2..chars.len().min(i + 12)).find(|&j| chars[j] == '\'')
                } else if chars.get(i + 2) == Some(&'\'') {
                    Some(i + 2)
                } else {
                    None
                };
                i = end.map_or(i + 1, |e| e + 1);
            }
            '(' | '[' | '{' => {
                out.push((Tok::Open(c), line));
                i += 1;
            }
            ')' | ']' | '}' => {
                out.push((Tok::Close(c), line));
                i += 1;
            }
            _ if c.is_alphanumeric() || c == '_' => {
                let mut word = String::new();
                // Attribute names carry `-` and `:` (`aria-label`, `on:click`).
                while i < chars.len()
                    && (chars[i].is_alphanumeric()
                        || chars[i] == '_'
                        || ((chars[i] == '-' || chars[i] == ':')
                            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())))
                {
                    word.push(chars[i]);
                    i += 1;
                }
                out.push((Tok::Word(word), line));
            }
            _ => {
                out.push((Tok::Punct(c), line));
                i += 1;
            }
        }
    }
    out
}

/// The inline sentences of one file.
pub fn scan_source(file: &str, source: &str) -> Vec<Inline> {
    let toks = tokenize(source);
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(body) = view_body(&toks, i) {
            i = scan_view(file, &toks, body, &mut found);
        } else {
            i += 1;
        }
    }
    found
}

/// At `view ! {`, the index of the first token inside the braces.
fn view_body(toks: &[(Tok, usize)], i: usize) -> Option<usize> {
    match (toks.get(i), toks.get(i + 1), toks.get(i + 2)) {
        (Some((Tok::Word(w), _)), Some((Tok::Punct('!'), _)), Some((Tok::Open('{'), _)))
            if w == "view" =>
        {
            Some(i + 3)
        }
        _ => None,
    }
}

/// Scans one `view!` body from `start`; returns the index after its closing brace. Nested
/// `view!`s are scanned as their own. A literal inside a bracket belongs to what opened that
/// bracket at the body's top level: an attribute's value, or an element's child.
fn scan_view(file: &str, toks: &[(Tok, usize)], start: usize, found: &mut Vec<Inline>) -> usize {
    // The attribute whose value is being read at the top level; `None` for children.
    let mut attr: Option<String> = None;
    // For each open bracket, the attribute it belongs to.
    let mut stack: Vec<Option<String>> = Vec::new();
    let mut i = start;
    while i < toks.len() {
        if let Some(body) = view_body(toks, i) {
            i = scan_view(file, toks, body, found);
            continue;
        }
        let (tok, line) = &toks[i];
        let owner = stack.last().cloned().unwrap_or_else(|| attr.clone());
        match tok {
            Tok::Open(_) => stack.push(owner),
            Tok::Close(_) if stack.is_empty() => return i + 1,
            Tok::Close(_) => {
                stack.pop();
            }
            Tok::Punct('<') | Tok::Punct('>') if stack.is_empty() => attr = None,
            Tok::Punct('=') if stack.is_empty() => {
                attr = match i.checked_sub(1).map(|p| &toks[p].0) {
                    Some(Tok::Word(name)) => Some(name.clone()),
                    _ => attr,
                };
            }
            Tok::Str(text)
                if text.chars().any(char::is_alphabetic)
                    && !is_not_text(&owner)
                    && !NOT_TEXT_LITERALS.iter().any(|(l, _)| l == text) =>
            {
                found.push(Inline {
                    file: file.to_string(),
                    line: *line,
                    text: text.clone(),
                });
            }
            _ => {}
        }
        i += 1;
    }
    i
}

fn is_not_text(owner: &Option<String>) -> bool {
    let Some(name) = owner else { return false };
    NOT_TEXT.iter().any(|(n, _)| n == name) || NOT_TEXT_PREFIXES.iter().any(|p| name.starts_with(p))
}

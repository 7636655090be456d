"""Rewrites the guest bundle's text files in place, smaller, without a parser, doing only what
is safe for how this project writes them (scripts/build-web.sh runs it on dist/g/, the path
with the tightest size budget):
- .css: comments go, runs of whitespace become one space (so `calc(a + b)` keeps its
  spaces), and no space stays around `{`, `}` or `;`;
- .js: every line's indentation, and lines that are only a `//` comment or begin a
  `/* ... */` comment (wasm-bindgen's doc comments) go; safe while no script has a string
  or template over several lines (checked: the run fails on a line with an odd number of
  backticks);
- .html: every line's indentation (the line breaks stay, so text between tags collapses to
  the same one space as before; the comments stay for whoever edits the built page), the
  `data-integrity="none"` Trunk copies through onto the stylesheet links, and the
  `data-wording` markers (for guest.html's own test, src/guest/skeleton.rs)."""

import re
import sys


def css(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"\s*([{};])\s*", r"\1", text).strip() + "\n"


def js(text):
    if any(line.count("`") % 2 for line in text.split("\n")):
        sys.exit("compact.py: a template literal over several lines; not safe to compact")
    lines = (line.strip() for line in text.split("\n"))
    text = "\n".join(line for line in lines if line and not line.startswith("//")) + "\n"
    return re.sub(r"(?m)^/\*(?:[^*]|\*(?!/))*\*/\n", "", text)


def html(text):
    text = text.replace(' data-integrity="none"', "")
    text = re.sub(r' data-wording="[^"]*"', "", text)
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


for path in sys.argv[1:]:
    compact = {"css": css, "js": js, "html": html}[path.rsplit(".", 1)[-1]]
    with open(path, encoding="utf-8") as file:
        text = file.read()
    with open(path, "w", encoding="utf-8") as file:
        file.write(compact(text))

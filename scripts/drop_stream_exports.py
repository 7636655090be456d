"""Trunk's post_build hook (Trunk.toml): takes wasm-streams' three JS classes out of the guest
bundle (guest.html), ~1.5 kB brotli of its path's budget (scripts/bench-size.sh).

Why: leptos's `csr` feature turns on server_fn's `browser` feature, which links wasm-streams,
whose `IntoUnderlyingSource`, `IntoUnderlyingByteSource` and `IntoUnderlyingSink` are
`#[wasm_bindgen]` exports. Exports are roots: wasm-opt keeps them and all they call, and
wasm-bindgen writes a class for each into the glue, though the guest never makes a stream.
The classes have no constructor, so only Rust could make one (through the class's `__wrap`,
which wasm-bindgen writes only when Rust does); without it nothing can reach them.

What: in a release build of guest.html only, when the glue has the classes and no `__wrap`
of them, drops the classes (and their finalization registries) from the glue and their
exports from the WASM, then runs wasm-opt again as guest.html asks (`data-wasm-opt`,
`data-wasm-opt-params`), so the code only they reached goes. Any other case is left as it is;
a glue it does not recognise stops the build rather than ship half an edit."""

import glob
import os
import re
import subprocess
import sys

CLASS = r"IntoUnderlying\w+"
EXPORT = re.compile(r"^(__wbg_)?intounderlying")


def leb(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def uleb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def without_exports(wasm):
    """The module with the export section's stream entries left out; every other section
    is copied byte for byte."""
    out, i, dropped = bytearray(wasm[:8]), 8, 0
    while i < len(wasm):
        section = wasm[i]
        size, start = leb(wasm, i + 1)
        body = wasm[start : start + size]
        if section == 7:
            count, k = leb(body, 0)
            kept = []
            for _ in range(count):
                length, name_at = leb(body, k)
                name = body[name_at : name_at + length].decode()
                _, end = leb(body, name_at + length + 1)
                if EXPORT.match(name):
                    dropped += 1
                else:
                    kept.append(body[k:end])
                k = end
            body = uleb(len(kept)) + b"".join(kept)
        out += bytes([section]) + uleb(len(body)) + body
        i = start + size
    return bytes(out), dropped


def without_classes(js):
    js, classes = re.subn(
        r"export class (" + CLASS + r") \{\n.*?\n\}\n"
        r"if \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n",
        "",
        js,
        flags=re.S,
    )
    js, registries = re.subn(
        r"const " + CLASS + r"Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n"
        r"[^\n]*\n[^\n]*intounderlying\w*_free\(ptr, 1\)\);\n",
        "",
        js,
    )
    if classes != registries or "IntoUnderlying" in js or "intounderlying" in js:
        sys.exit("drop_stream_exports.py: the glue's stream classes are not as expected")
    return js, classes


def wasm_opt_args(html):
    link = re.search(r'<link data-trunk rel="rust"[^>]*>', html).group(0)
    level = re.search(r'data-wasm-opt="([^"]*)"', link)
    params = re.search(r'data-wasm-opt-params="([^"]*)"', link)
    if not level or level.group(1) in ("0", "none"):
        return None
    return ["-O" + level.group(1)] + (params.group(1).split() if params else [])


def main():
    html_file = os.environ.get("TRUNK_HTML_FILE", "")
    if os.environ.get("TRUNK_PROFILE") != "release" or os.path.basename(html_file) != "guest.html":
        return
    staging = os.environ["TRUNK_STAGING_DIR"]
    for glue in glob.glob(os.path.join(staging, "*.js")):
        wasm_file = glue[: -len(".js")] + "_bg.wasm"
        if not os.path.exists(wasm_file):
            continue
        with open(glue, encoding="utf-8") as f:
            js = f.read()
        if "export class IntoUnderlying" not in js or re.search(CLASS + r"\.__wrap", js):
            continue
        js, classes = without_classes(js)
        with open(wasm_file, "rb") as f:
            wasm, dropped = without_exports(f.read())
        with open(html_file, encoding="utf-8") as f:
            args = wasm_opt_args(f.read())
        with open(wasm_file, "wb") as f:
            f.write(wasm)
        if args:
            subprocess.run(["wasm-opt", *args, wasm_file, "-o", wasm_file], check=True)
        with open(glue, "w", encoding="utf-8") as f:
            f.write(js)
        print(f"drop_stream_exports.py: {classes} classes, {dropped} exports dropped")


main()

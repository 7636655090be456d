"""Makes one page of a bundle built once per language (scripts/build-web.sh: the guest's and
the invitee's), so a guest downloads only their own language's sentences (issue 15).

    languages.py DIST OTHER_LANG=DIR ...

DIST is the English build (its index.html is the page the server serves); each DIR is the
same page built for another language (cargo feature `lang-<code>`) with the same public URL.
Copies each DIR's WebAssembly and glue into DIST (their names are content hashes, so nothing
collides) and names them on the page's boot script (`data-wasm-js-es`, `data-wasm-es`, ...),
where public/boot.js finds the one for the language public/prefetch.js chose. Drops Trunk's
preload of the English files, which a Spanish guest would download for nothing: boot.js
starts the chosen WebAssembly's download itself. The stylesheets and scripts are the same in
every build; a build whose differ stops this script rather than mix them."""

import filecmp
import glob
import os
import re
import shutil
import sys


def main(dist, others):
    page_path = os.path.join(dist, "index.html")
    with open(page_path, encoding="utf-8") as file:
        page = file.read()
    boot = re.search(r'<script type="module" src="[^"]*boot\.js" data-wasm-js="([^"]*)" data-wasm="([^"]*)"', page)
    if not boot:
        sys.exit(f"languages.py: no boot script in {page_path}")
    js, wasm = boot.group(1), boot.group(2)
    public_url = js[: js.rindex("/") + 1]
    names = []
    for other in others:
        code, build = other.split("=", 1)
        glue = glob.glob(os.path.join(build, "*.js"))
        modules = glob.glob(os.path.join(build, "*_bg.wasm"))
        if len(glue) != 1 or len(modules) != 1:
            sys.exit(f"languages.py: {build} should hold one glue and one WebAssembly")
        for shared in glob.glob(os.path.join(build, "*.css")) + glob.glob(os.path.join(build, "public", "*")):
            mine = os.path.join(dist, os.path.relpath(shared, build))
            if not os.path.exists(mine) or not filecmp.cmp(shared, mine, shallow=False):
                sys.exit(f"languages.py: {shared} differs from the English build's")
        for path in glue + modules:
            shutil.copy2(path, dist)
        names.append(
            f' data-wasm-js-{code}="{public_url}{os.path.basename(glue[0])}"'
            f' data-wasm-{code}="{public_url}{os.path.basename(modules[0])}"'
        )
    page = page.replace(boot.group(0), boot.group(0) + "".join(names), 1)
    for href in (js, wasm):
        page = re.sub(rf'<link rel="(?:module)?preload" href="{re.escape(href)}"[^>]*>', "", page)
    if "preload" in page:
        sys.exit(f"languages.py: a preload left in {page_path}, not one Trunk was known to write")
    with open(page_path, "w", encoding="utf-8") as file:
        file.write(page)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])

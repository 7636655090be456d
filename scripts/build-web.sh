#!/usr/bin/env bash
# Builds the release bundles with Trunk (size-tuned profile, wasm-opt -Oz):
#   dist/          the host app (index.html, src/main.rs): the media list, sign-in and the
#                  media page with its sharing windows;
#   dist/l/        the Participants tab's bundle (live.html, src/bin/live.rs), public URL /l/:
#                  the server serves dist/l/index.html for /media/{id}/live;
#   dist/g/        the guest bundle (guest.html, src/bin/guest.rs), public URL /g/: only what
#                  a guest opens from a guest link, one WebAssembly per language. The server
#                  serves dist/g/index.html for /guest/* when it exists;
#   dist/i/        the invitee bundle (invite.html, src/bin/invite.rs), public URL /i/: only
#                  the invite lobby, one WebAssembly per language, served for /invite/*;
#   dist/gallery/  the designer gallery (gallery.html, src/bin/gallery.rs), public URL
#                  /gallery/, where the server serves it: every screen from fixture data.
# Then writes .br and .gz siblings of the hashed assets (and other static text), which the
# server sends to browsers that accept them. HTML pages are left uncompressed on purpose:
# they are edited after the build (the share-api-base meta), and a stale .br would win.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# Every bundle links a standard library compiled with it (the release profile's opt-level z and
# LTO reach into std) instead of the prebuilt one, whose panics abort at once: no message is
# formatted, so core::fmt's machinery and every panic's text and location leave the bundle.
# `-Zfmt-debug=none` makes `{:?}` print nothing (no sentence a person reads uses it: they come
# from the catalog). Measured side by side, the guest's English WASM, brotli 11: 137,205 B
# prebuilt std, 125,101 B with build-std and immediate-abort, 122,630 B with the last two flags
# (BENCHMARKS.md). A panic in a release bundle is an `unreachable` trap in the console (the
# journeys fail on any console error); debug builds and the component tests keep
# std::panic's messages. Unstable cargo and rustc options, hence RUSTC_BOOTSTRAP, as stylers'
# already needs (.cargo/config.toml); RUSTFLAGS replaces that file's target rustflags, so
# `--cfg erase_components` is repeated here. Needs the rust-src component (scripts/setup.sh).
#
# The bundles have their own target directory, so that this build can run beside the debug builds of the tests
# without either waiting on the other's cargo lock (scripts/test.sh runs them side by side).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target/web}"
export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort \
-Zlocation-detail=none -Zfmt-debug=none"
# The host build first: Trunk empties its dist directory, dist/l/, dist/g/, dist/i/ and
# dist/gallery/ included.
trunk build --release --offline
trunk build live.html --release --offline --dist dist/l --public-url /l/
# The guest's and the invitee's pages once per language (cargo features lang-en, lang-es,
# lang-he: each build links its own language's sentences only), made one page by
# scripts/languages.py, whose boot script loads the guest's language.
for bundle in g:guest i:invite; do
  dir=${bundle%%:*} page=${bundle#*:}.html
  trunk build "$page" --release --offline --features lang-en --dist "dist/$dir" --public-url "/$dir/"
  for lang in es he; do
    trunk build "$page" --release --offline --features "lang-$lang" \
      --dist "target/languages/$dir-$lang" --public-url "/$dir/"
  done
  python3 scripts/languages.py "dist/$dir" "es=target/languages/$dir-es" "he=target/languages/$dir-he"
done
trunk build gallery.html --release --offline --dist dist/gallery --public-url /gallery/
# The guest path has the tightest budget (a phone, a slow network): its page, stylesheets
# and scripts (ours and wasm-bindgen's glue) ship without indentation and comments
# (scripts/compact.py). guest.html asks Trunk for no integrity digests, so rewriting its
# files after Trunk is safe; the other bundles' files stay as Trunk wrote them.
python3 scripts/compact.py dist/g/index.html dist/g/*.css dist/g/*.js dist/g/public/*.js

find dist -type f \( -name '*.css' -o -name '*.js' -o -name '*.wasm' \
  -o -name '*.txt' -o -name '*.svg' -o -name '*.json' \) -print0 |
  while IFS= read -r -d '' file; do
    brotli --force --keep --quality=11 "$file"
    gzip --force --keep --best --no-name "$file"
  done

#!/usr/bin/env bash
# Prints the bytes a browser downloads to show the first screen, for the guest path (a guest
# link, served from dist/g/) and the host path (dist/): the HTML page, its CSS, boot.js, the
# JS glue and the WebAssembly, each raw, gzip -9 and brotli -q 11, with totals. The budget
# for the guest path is 150 kB brotli in all (HTML + CSS + JS + WASM).
#
#   scripts/bench-size.sh             builds the release bundles first (scripts/build-web.sh)
#   scripts/bench-size.sh --no-build  measures what is in dist/ now
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
  scripts/build-web.sh >/dev/null
fi

BUDGET=150000

# The files a page loads before its first screen, as paths under dist/: the page itself, its
# stylesheets, and the module script with the JS and WASM it names.
assets_of() {
  local page=$1
  echo "$page"
  grep -o '<link rel="stylesheet" href="[^"]*"' "$page" | sed 's/.*href="\([^"]*\)"/\1/'
  grep -o '<script[^>]*>' "$page" | grep -o '\(src\|data-wasm-js\|data-wasm\)="[^"]*"' |
    sed 's/.*="\([^"]*\)"/\1/'
}

measure() {
  local title=$1 page=$2
  local raw_total=0 gz_total=0 br_total=0
  echo
  echo "$title"
  printf '  %-44s %10s %10s %10s\n' "file" "raw" "gzip -9" "brotli 11"
  while read -r asset; do
    local file=$asset
    [ "$asset" = "$page" ] || file="dist${asset}"
    if [ ! -f "$file" ]; then
      echo "  missing: $file (run scripts/build-web.sh)" >&2
      exit 1
    fi
    local raw gz br
    raw=$(stat -c %s "$file")
    gz=$(gzip -9 -n -c "$file" | wc -c)
    br=$(brotli -q 11 -c "$file" | wc -c)
    raw_total=$((raw_total + raw)); gz_total=$((gz_total + gz)); br_total=$((br_total + br))
    printf '  %-44s %10d %10d %10d\n' "${file#dist/}" "$raw" "$gz" "$br"
  done < <(assets_of "$page")
  printf '  %-44s %10d %10d %10d\n' "total" "$raw_total" "$gz_total" "$br_total"
  LAST_BROTLI=$br_total
}

measure "Guest path: /guest/{token} and /invite/{token} (dist/g/index.html)" dist/g/index.html
guest_brotli=$LAST_BROTLI
measure "Host path: / and every host screen (dist/index.html)" dist/index.html

echo
if [ "$guest_brotli" -le "$BUDGET" ]; then
  echo "guest path: $guest_brotli B brotli, within the $BUDGET B budget"
else
  echo "guest path: $guest_brotli B brotli, OVER the $BUDGET B budget by $((guest_brotli - BUDGET)) B"
fi

#!/usr/bin/env bash
# Prints the bytes a browser downloads to show the first screen, for each of the five
# bundles: the guest path (a guest link, served from dist/g/) and the invitee path (an invite
# link, dist/i/), each in every language (a guest downloads one), the two host paths (the media list, sign-in and media page from dist/; the
# Participants tab from dist/l/) and the designer gallery (dist/gallery/): the HTML page, its
# CSS, boot.js, the JS glue and the WebAssembly, each raw, gzip -9 and brotli -q 11, with
# totals. The budgets, brotli in all (HTML + CSS + JS + WASM): guest and invitee paths 150 kB
# each, each host path 200 kB; the gallery has none (only designers open it). Exits 1 when a
# path is over its budget.
#
#   scripts/bench-size.sh             builds the release bundles first (scripts/build-web.sh)
#   scripts/bench-size.sh --no-build  measures what is in dist/ now
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
  scripts/build-web.sh >/dev/null
fi

GUEST_BUDGET=150000
HOST_BUDGET=200000

# The files a page loads before its first screen, as paths under dist/: the page itself, its
# stylesheets, and the scripts with the JS and WASM they name; for a page built per language
# (the guest's and the invitee's: scripts/languages.py) those of LANG (English by default).
assets_of() {
  local page=$1 lang=${2:-}
  local suffix=${lang:+-$lang}
  echo "$page"
  grep -o '<link rel="stylesheet" href="[^"]*"' "$page" | sed 's/.*href="\([^"]*\)"/\1/'
  grep -o '<script[^>]*>' "$page" | grep -o " \(src\|data-wasm-js$suffix\|data-wasm$suffix\)=\"[^\"]*\"" |
    sed 's/.*="\([^"]*\)"/\1/'
}

measure() {
  local title=$1 page=$2 lang=${3:-}
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
  done < <(assets_of "$page" "$lang")
  printf '  %-44s %10d %10d %10d\n' "total" "$raw_total" "$gz_total" "$br_total"
  LAST_BROTLI=$br_total
}

# The guest and invitee pages load one language's WebAssembly: each language's path.
for lang in "" es he; do
  measure "Guest path in ${lang:-en}: /guest/{token} (dist/g/index.html)" dist/g/index.html "$lang"
  eval "guest_brotli_${lang:-en}=\$LAST_BROTLI"
  measure "Invitee path in ${lang:-en}: /invite/{token} (dist/i/index.html)" dist/i/index.html "$lang"
  eval "invitee_brotli_${lang:-en}=\$LAST_BROTLI"
done
measure "Host path: /, /sign-in, /media/{id} (dist/index.html)" dist/index.html
host_brotli=$LAST_BROTLI
measure "Participants tab path: /media/{id}/live (dist/l/index.html)" dist/l/index.html
live_brotli=$LAST_BROTLI
measure "Designer gallery: /gallery/ (dist/gallery/index.html)" dist/gallery/index.html

# Prints whether a path is within its budget; returns 1 when it is over.
verdict() {
  local name=$1 brotli=$2 budget=$3
  if [ "$brotli" -le "$budget" ]; then
    echo "$name: $brotli B brotli, within the $budget B budget"
  else
    echo "$name: $brotli B brotli, OVER the $budget B budget by $((brotli - budget)) B"
    return 1
  fi
}

echo
status=0
for lang in en es he; do
  eval "guest=\$guest_brotli_$lang invitee=\$invitee_brotli_$lang"
  verdict "guest path ($lang)" "$guest" "$GUEST_BUDGET" || status=1
  verdict "invitee path ($lang)" "$invitee" "$GUEST_BUDGET" || status=1
done
verdict "host path" "$host_brotli" "$HOST_BUDGET" || status=1
verdict "participants tab path" "$live_brotli" "$HOST_BUDGET" || status=1
exit "$status"

#!/usr/bin/env bash
# Screenshots of the host's main screens at 1280x800 and 360x740, light and dark, into
# docs/screens/ (README shows a few): the layout journey takes them while it checks each
# screen, so a picture is only written for a screen that passed its checks' run.
# Usage: scripts/screens.sh   (builds the release bundles and the server first)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/build-web.sh
cargo build --locked -p share-server --quiet
rm -rf docs/screens
LAYOUT_SHOTS="$PWD/docs/screens" cargo test --locked -p e2e --test layout -- --nocapture \
  | grep -E '^layout:|test result'
echo "docs/screens: $(ls docs/screens | wc -l) screenshots"

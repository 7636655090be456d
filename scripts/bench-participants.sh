#!/usr/bin/env bash
# Benchmark: the Participants tab with 10,000 participants and 1,000 waiting, in headless
# Chromium against the reference backend (release builds of both). Prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
scripts/build-web.sh >/dev/null
cargo build --release -p share-server --quiet
cargo build --release -p e2e --bin bench_participants --quiet
SHARE_SERVER_BIN="$PWD/target/release/share-server" target/release/bench_participants

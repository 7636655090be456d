#!/usr/bin/env bash
# Builds the release bundle into dist/ with Trunk (size-tuned profile, wasm-opt -Oz).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline

#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it with the reference backend on one
# origin: http://127.0.0.1:8080 (HOST and PORT change it). Data lives in ./data/share.db.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
scripts/build-web.sh
cargo build --release -p share-server
host="${HOST:-127.0.0.1}"
port="${PORT:-8080}"
echo
echo "  Open http://$host:$port/  (sign in as host@example.com; Ctrl-C stops)"
echo
# --dev turns on /api/v1/dev (sign in as any seeded account without a password), which is
# what a laptop demo needs; the server refuses it on any address but loopback.
exec target/release/share-server --listen "$host:$port" --static-dir dist \
  --public-url "http://$host:$port" --db "${DATABASE_PATH:-data/share.db}" --dev

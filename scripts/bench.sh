#!/usr/bin/env bash
# Runs every benchmark and writes BENCHMARKS.md: bundle sizes, the guest page's cold load on
# slow 4G, the Participants tab at 10,000 + 1,000, and the backend under 2,000 concurrent joins.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
scripts/build-web.sh >/dev/null
cargo build --release --quiet -p share-server
cargo build --release --quiet -p share-server --example bench_fanout
for bin in bench_guest_load bench_participants bench_joins; do
  cargo build --release --quiet -p e2e --bin "$bin"
done
export SHARE_SERVER_BIN="$PWD/target/release/share-server"

out=BENCHMARKS.md
{
  echo "# Benchmarks"
  echo
  echo "Written by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(chromium --version 2>/dev/null | head -1)."
  echo "Each figure is measured by the command named; rerun it to check."
  echo
  echo "## Bundle sizes (\`scripts/bench-size.sh\`)"
  echo
  echo '```'
  scripts/bench-size.sh --no-build
  echo '```'
  echo
  echo "## Guest entry page under slow 4G (\`target/release/bench_guest_load\`)"
  echo
  echo '```'
  target/release/bench_guest_load
  echo '```'
  echo
  echo "## Participants tab at 10,000 + 1,000 (\`scripts/bench-participants.sh\`)"
  echo
  echo '```'
  target/release/bench_participants
  echo '```'
  echo
  echo "## Backend under load (\`target/release/bench_joins\`)"
  echo
  echo '```'
  target/release/bench_joins
  echo '```'
  echo
  echo "## Waiting-room fan-out (\`target/release/examples/bench_fanout\`)"
  echo
  echo '```'
  target/release/examples/bench_fanout "$SHARE_SERVER_BIN"
  echo '```'
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"

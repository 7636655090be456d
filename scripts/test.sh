#!/usr/bin/env bash
# Installs what is missing and runs every test layer: lints, native unit tests, the reference
# backend's integration tests, component tests in headless Chromium, and browser journeys
# against the release build. Prints each layer's time and one closing count.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
source scripts/env.sh

log=$(mktemp)
failed=()
layer() {
  local name=$1; shift
  local start=$SECONDS
  echo "==> $name"
  "$@" 2>&1 | tee -a "$log"
  local status=${PIPESTATUS[0]}
  echo "<== $name: $((SECONDS - start)) s$([ "$status" = 0 ] || echo ", FAILED")"
  [ "$status" = 0 ] || failed+=("$name")
}

# The release build (scripts/build-web.sh) starts now, beside the layers before the journeys,
# which need it: most of it is one rustc on one core (one codegen unit, LTO, a build per
# language), so on two cores it fills the core the lints and debug builds leave idle instead of
# adding its ~12 minutes after them on a clean clone. Its output is shown at its layer.
web_log=$(mktemp)
web_start=$SECONDS
scripts/build-web.sh >"$web_log" 2>&1 &
web_pid=$!

layer "format" cargo fmt --all --check
layer "format (view! macros)" leptosfmt --check --quiet src tests
layer "clippy (native)" cargo clippy --workspace --all-targets --locked -- -D warnings
layer "clippy (wasm)" cargo clippy -p share-spa --all-targets --target wasm32-unknown-unknown --locked -- -D warnings
layer "unit tests" cargo test --locked -p contract -p share-spa --lib
layer "backend integration tests" cargo test --locked -p share-server
layer "contract fuzzing (schemathesis against the OpenAPI document)" \
  sh -c 'cargo build --locked -p share-server --quiet && .venv/bin/python tests/contract/fuzz.py target/debug/share-server 20'
layer "component tests (headless Chromium)" \
  cargo test --locked -p share-spa --target wasm32-unknown-unknown --test components
echo "==> release build (started with the first layer)"
waited=$SECONDS
wait "$web_pid"
web_status=$?
tee -a "$log" <"$web_log"
echo "<== release build: $((SECONDS - web_start)) s beside the layers above, $((SECONDS - waited)) s" \
  "waited for$([ "$web_status" = 0 ] || echo ", FAILED")"
[ "$web_status" = 0 ] || failed+=("release build")
# --show-output prints each passing journey's own lines, so the axe-core audits can be counted.
layer "browser journeys (headless Chromium + axe-core)" \
  cargo test --locked -p e2e -- --test-threads=2 --show-output

read -r passed failed_tests < <(awk '/^test result:/ { for (i = 1; i < NF; i++) {
  if ($(i + 1) ~ /^passed;?$/) p += $i; if ($(i + 1) ~ /^failed;?$/) f += $i } }
  END { print p + 0, f + 0 }' "$log")
audits=$(grep -c '^axe-core: no violations on ' "$log")
echo
echo "axe-core: $audits screens audited with no violations"
if [ "$audits" -eq 0 ]; then
  failed+=("axe-core audits (none ran)")
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed layers: ${failed[*]}"
fi
echo "target/: $(du -sh target 2>/dev/null | cut -f1) on disk, $(df -h . | awk 'NR == 2 { print $4 }') free"
echo "$passed passed, $failed_tests failed"
[ ${#failed[@]} -eq 0 ]

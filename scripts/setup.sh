#!/usr/bin/env bash
# Installs what building, serving and testing need, and nothing that is already there:
# the wasm target and the standard library's source, Trunk, wasm-bindgen-cli (the crate's
# exact version), leptosfmt, Chromium and ChromeDriver (Debian), and npm's binaryen (a current
# wasm-opt) and axe-core.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
LEPTOSFMT_VERSION=0.1.33
# The CLI must equal the crate pinned in Cargo.toml, and Trunk.toml's [tools] must say so too.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be $WASM_BINDGEN_VERSION (Cargo.toml's pin)" >&2
  exit 1
fi

export PATH="$HOME/.cargo/bin:$PATH"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: the browser and its driver for tests, brotli for size figures, OpenSSL
# headers for the WebDriver client.
missing=()
for pkg in chromium chromium-driver brotli libssl-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release bundles compile their own standard library (scripts/build-web.sh): its source.
if ! rustup component list --installed | grep -q '^rust-src'; then
  echo "setup: adding the rust-src component"
  rustup component add rust-src
fi
# The release build runs offline (Trunk passes --offline to cargo): the workspace's crates and
# those the standard library's source depends on, fetched now (only checked once they are).
cargo fetch --locked --quiet
RUSTC_BOOTSTRAP=1 cargo fetch --quiet --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort

# Trunk and wasm-bindgen-cli compile from crates.io (nothing is downloaded from GitHub);
# both at once, since each spends long stretches on one core.
logs=$(mktemp -d)
pids=()
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  echo "setup: compiling trunk $TRUNK_VERSION (10-20 minutes, once)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked >"$logs/trunk.log" 2>&1 &
  pids+=("$!:trunk")
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  echo "setup: compiling wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once)"
  # Not --locked: its lock file names a dependency version this registry no longer has.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" >"$logs/wasm-bindgen.log" 2>&1 &
  pids+=("$!:wasm-bindgen")
fi
if ! leptosfmt --version 2>/dev/null | grep -qx "leptosfmt $LEPTOSFMT_VERSION"; then
  echo "setup: compiling leptosfmt $LEPTOSFMT_VERSION (about 3 minutes, once)"
  cargo install leptosfmt --version "=$LEPTOSFMT_VERSION" --locked >"$logs/leptosfmt.log" 2>&1 &
  pids+=("$!:leptosfmt")
fi
for entry in "${pids[@]}"; do
  if ! wait "${entry%%:*}"; then
    echo "setup: installing ${entry#*:} failed:" >&2
    tail -n 40 "$logs/${entry#*:}.log" >&2
    exit 1
  fi
done

# Python tools (schemathesis, for fuzzing the contract) in a venv of the repo's own.
if ! cmp -s tests/contract/requirements.txt .venv/.setup-stamp 2>/dev/null; then
  echo "setup: installing Python tools (schemathesis)"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r tests/contract/requirements.txt
  cp tests/contract/requirements.txt .venv/.setup-stamp
fi

# Reinstalled when package-lock.json changes (the stamp is a copy of the lock installed).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/axe-core/axe.min.js ] ||
   ! cmp -s package-lock.json node_modules/.setup-stamp 2>/dev/null; then
  echo "setup: installing npm tools (binaryen, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  cp package-lock.json node_modules/.setup-stamp
fi

# Sourced by the scripts: tools on PATH in the order the build expects them.
# npm's wasm-opt comes first: Debian's binaryen is too old for current wasm-bindgen output.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

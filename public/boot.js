// Starts the app. Trunk's own loader is an inline script, which our Content-Security-Policy
// (script-src 'self', no inline script) forbids, so Trunk.toml's `pattern_script` points here
// and passes the hashed file names as data attributes.
const boot = document.querySelector("script[data-wasm-js]");
const { default: init } = await import(boot.dataset.wasmJs);
await init({ module_or_path: boot.dataset.wasm });

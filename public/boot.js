// Starts the app. Trunk's own loader is an inline script, which our Content-Security-Policy
// (script-src 'self', no inline script) forbids, so Trunk.toml's `pattern_script` points here
// and passes the hashed file names as data attributes. A page built once per language (the
// guest's and the invitee's: scripts/languages.py) also names each other language's files
// (`data-wasm-js-es`, `data-wasm-es`, ...): it loads the one for the language prefetch.js chose.
const boot = document.querySelector("script[data-wasm-js]");
const files = boot.dataset;
let lang = "";
if (files.wasmEs) {
  // prefetch.js is async: from the cache it may run after this module. Wait for it (never
  // longer than 3 s; English if it never says).
  const prefetch = document.querySelector('script[src$="/prefetch.js"]');
  if (!window.__pageLang && prefetch) {
    await new Promise((done) => {
      for (const event of ["load", "error"]) prefetch.addEventListener(event, done);
      setTimeout(done, 3000);
    });
  }
  lang = await (window.__pageLang || Promise.resolve("")).catch(() => "");
}
const suffix = lang ? lang[0].toUpperCase() + lang.slice(1) : "";
// The WebAssembly's download starts before the glue's, not after it.
const wasm = fetch(files["wasm" + suffix] || files.wasm);
const { default: init } = await import(files["wasmJs" + suffix] || files.wasmJs);
await init({ module_or_path: wasm });

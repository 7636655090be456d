// Starts what a guest or invitee page needs before the WebAssembly has run (kept short here:
// every byte is on the guest's path). Two things:
// - asks for the link's details while the WebAssembly downloads, and fills the guest page's
//   skeleton with them: why and how in src/api/prefetch.rs;
// - chooses the page's language as src/wording/choice.rs does (`?lang=`, the remembered
//   choice, the platform's `default_locale`, the browser's languages, English) and leaves it
//   on `window.__pageLang`, a promise boot.js awaits to load that language's bundle; says it
//   in `<html lang dir>` and puts the skeleton's words in it (their `data-es`, `data-he`).
(() => {
  // Lang::ALL and Lang::from_tag (src/wording/lang.rs).
  const pick = (tag) => {
    const code = String(tag || "").trim().split(/[-_]/)[0].toLowerCase();
    const lang = code === "iw" ? "he" : code;
    return ["en", "es", "he"].includes(lang) ? lang : null;
  };
  const browser = () => (navigator.languages || [navigator.language]).map(pick).find(Boolean) || "en";
  let remembered = null;
  try {
    remembered = localStorage.getItem("share.lang");
  } catch (_) {}
  const early = pick(new URLSearchParams(location.search).get("lang")) || pick(remembered);
  const say = (lang) => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = lang === "he" ? "rtl" : "ltr";
    whenParsed(() => {
      for (const element of document.querySelectorAll(`[data-${lang}]`)) element.textContent = element.dataset[lang];
      for (const link of document.querySelectorAll(".language-links a")) {
        if (link.hreflang === lang) link.setAttribute("aria-current", "true");
      }
    });
    return lang;
  };
  // A tap on a language link is the reader's choice: remembered, as the host's menu does.
  // What they typed into the entry form goes with them into the skeleton of the page it
  // opens, which the form adopts (src/guest/skeleton.rs).
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest(".language-links a");
    if (!link) return;
    const typed = {};
    for (const input of document.querySelectorAll("main input[name=name], main input[name=email]")) typed[input.name] = input.value;
    try {
      localStorage.setItem("share.lang", link.hreflang);
      sessionStorage.setItem("share.typed", JSON.stringify(typed));
    } catch (_) {}
  });
  whenParsed(() => {
    try {
      const typed = JSON.parse(sessionStorage.getItem("share.typed")) || {};
      sessionStorage.removeItem("share.typed");
      for (const name in typed) {
        const input = document.getElementById(`guest-skeleton-${name}`);
        if (input && !input.value) input.value = typed[name];
      }
    } catch (_) {}
  });
  function whenParsed(then) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then);
    else then();
  }

  const match = /^\/(guest|invite)\/([^/]+)\/?$/.exec(location.pathname);
  if (!match) {
    window.__pageLang = Promise.resolve(say(early || browser()));
    return;
  }
  if (early) say(early);
  // As src/config.rs reads it.
  const meta = document.querySelector('meta[name="share-api-base"]');
  const content = meta && meta.getAttribute("content");
  const base = (content && content.trim() ? content : "/api/v1").replace(/\/+$/, "");
  const url = `${base}/${match[1]}/${encodeURIComponent(match[2])}`;
  const response = fetch(url, { credentials: "include", headers: { Accept: "application/json" } })
    .then((answer) => answer.text().then((body) => ({ status: answer.status, body })));
  window.__guestLinkInfo = { url, response };
  const info = response
    .then((answer) => (answer.status >= 200 && answer.status < 300 ? JSON.parse(answer.body) : null))
    .catch(() => null);
  window.__pageLang = early ? Promise.resolve(early) : info.then((info) => say(pick(info && info.platform && info.platform.default_locale) || browser()));
  info.then((info) => info && whenParsed(() => fill(info, base))).catch(() => {});

  function fill(info, base) {
    const card = document.getElementById("guest-skeleton");
    if (!card) return;
    const slot = (name) => card.querySelector(`[data-fill="${name}"]`);
    const text = (name, value) => {
      const element = slot(name);
      if (element && typeof value === "string" && value) element.textContent = value;
    };
    // As src/guest/card.rs loads it.
    const image = (name, src) => {
      const element = slot(name);
      if (!element || typeof src !== "string" || !src) return;
      element.src = src.startsWith("/") && !src.startsWith("//") ? new URL(src, new URL(base, location.href)).href : src;
      element.hidden = false;
    };
    const platform = info.platform || {};
    text("platform", platform.name);
    image("logo", platform.logo_url);
    const media = info.media || {};
    image("thumbnail", media.thumbnail_url);
    text("title", media.title);
  }
})();

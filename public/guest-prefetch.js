// Asks for a guest link's details while the WebAssembly downloads and fills the page's
// skeleton: why and how in src/api/prefetch.rs (kept short here: every byte is on the
// guest's path).
(() => {
  const match = /^\/guest\/([^/]+)\/?$/.exec(location.pathname);
  if (!match) return;
  // As src/config.rs reads it.
  const meta = document.querySelector('meta[name="share-api-base"]');
  const content = meta && meta.getAttribute("content");
  const base = (content && content.trim() ? content : "/api/v1").replace(/\/+$/, "");
  const url = `${base}/guest/${encodeURIComponent(match[1])}`;
  const response = fetch(url, { credentials: "include", headers: { Accept: "application/json" } })
    .then((answer) => answer.text().then((body) => ({ status: answer.status, body })));
  window.__guestLinkInfo = { url, response };
  response
    .then((answer) => (answer.status >= 200 && answer.status < 300 ? JSON.parse(answer.body) : null))
    .then((info) => info && whenParsed(() => fill(info, base)))
    .catch(() => {});

  function whenParsed(then) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then);
    else then();
  }

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

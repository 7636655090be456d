// Guest links (/guest/{token}): asks for the link's details at once, in parallel with the
// WebAssembly download, instead of after the app has started. The app's first read takes the
// answer from `window.__guestLinkInfo` (src/api/prefetch.rs) and asks again only if this
// failed. When the answer comes first, the platform's name and logo, the item's title and
// thumbnail go into the page's skeleton (guest.html, #guest-skeleton), as text and image
// addresses, never as HTML. A classic `async` script (guest.html): it runs the moment it
// arrives, waiting for no stylesheet and no module; the Content-Security-Policy forbids it
// inline.
(() => {
  const match = /^\/guest\/([^/]+)\/?$/.exec(location.pathname);
  if (!match) return;
  // As src/config.rs reads it: the meta's content, else the contract's prefix, no trailing /.
  const meta = document.querySelector('meta[name="share-api-base"]');
  const content = meta && meta.getAttribute("content");
  const base = (content && content.trim() ? content : "/api/v1").replace(/\/+$/, "");
  const url = `${base}/guest/${encodeURIComponent(match[1])}`;
  const response = fetch(url, { credentials: "include", headers: { Accept: "application/json" } });
  window.__guestLinkInfo = { url, response };
  response
    .then((answer) => (answer.ok ? answer.clone().json() : null))
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
    // A path is on the API's origin, as src/guest/card.rs loads it.
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

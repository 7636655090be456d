// The layout check (tests/e2e/src/layout_check.rs): the geometry of what a person sees right
// now, as a list of findings { path, what, rect }. An empty list is a pass.
//
// arguments[0] (`vertical`): whether a menu must also fit the viewport's height. True on real
// screens; false in the gallery, whose specimens sit in the page's flow and scroll with it.
//
// What counts:
// - an element of an open menu, the topmost dialog or a toast outside the viewport (what a
//   scroll container clips away is not outside; the container itself is checked);
// - a toast over a focusable control of the topmost dialog, or more than one toast at once;
// - the page, or the topmost dialog, scrolling sideways;
// - a visible tap target (button, a, input, select, [role=menuitem], the label of a radio or
//   checkbox) under 44x44 CSS px; links inside running text are exempt (WCAG 2.5.8 "inline");
// - a dialog's primary action (.btn-primary) not fully on screen as the dialog is shown, with
//   nothing scrolled;
// - a heading that breaks inside a word which would have fit on a line of its own.
//
// arguments[1] (`headingsOnly`): report only the last kind (the 200% text pass, where the
// rest is judged by WCAG's reflow rule, not by these pixel rules).
const vertical = arguments[0];
const headingsOnly = arguments[1] === true;
const root = document.documentElement;
const vw = root.clientWidth;
const vh = root.clientHeight;
const findings = [];
const TOLERANCE = 0.5;
const MIN_TARGET = 44 - TOLERANCE;

const rectOf = (b) => ({
  x: Math.round(b.left), y: Math.round(b.top), w: Math.round(b.width), h: Math.round(b.height),
});
const name = (e) => (e.getAttribute('aria-label') || e.innerText || e.value || '')
  .trim().replace(/\s+/g, ' ').slice(0, 40);
const path = (e) => {
  const parts = [];
  for (let n = e; n && n.nodeType === 1 && n !== document.body && parts.length < 5;
    n = n.parentElement) {
    let part = n.localName;
    const role = n.getAttribute('role');
    if (role && role !== n.localName) part += `[role=${role}]`;
    // stylers' scope classes (random-looking) say nothing to a reader.
    const classes = [...n.classList].filter((c) => !/^l-|^[a-z]+-[0-9a-f]{6,}$/.test(c));
    if (classes.length) part += '.' + classes.slice(0, 2).join('.');
    parts.unshift(part);
  }
  const label = name(e);
  return parts.join(' > ') + (label ? ` "${label}"` : '');
};
const add = (e, what, box) => findings.push({
  path: path(e), what, rect: rectOf(box || e.getBoundingClientRect()),
});

const visible = (e) => {
  const b = e.getBoundingClientRect();
  if (b.width < 1 || b.height < 1) return false;
  if (e.closest('[inert], .visually-hidden')) return false;
  if (e.checkVisibility && !e.checkVisibility({ visibilityProperty: true })) return false;
  // Parked above or left of the document until focused (the skip link).
  return b.bottom + window.scrollY > 0 && b.right + window.scrollX > 0;
};

// The part of `e` its scroll containers leave showing (null: none), in viewport coordinates.
const shown = (e) => {
  const b = e.getBoundingClientRect();
  let box = { l: b.left, t: b.top, r: b.right, b: b.bottom };
  for (let n = e.parentElement; n && n !== root && n !== document.body; n = n.parentElement) {
    const s = getComputedStyle(n);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const c = n.getBoundingClientRect();
    box = { l: Math.max(box.l, c.left), t: Math.max(box.t, c.top),
      r: Math.min(box.r, c.right), b: Math.min(box.b, c.bottom) };
  }
  if (box.r - box.l < 1 || box.b - box.t < 1) return null;
  return new DOMRect(box.l, box.t, box.r - box.l, box.b - box.t);
};
const outside = (box, checkVertical) => box.left < -TOLERANCE || box.right > vw + TOLERANCE
  || (checkVertical && (box.top < -TOLERANCE || box.bottom > vh + TOLERANCE));

// The topmost modal dialog, its panel (the box a person sees), and its toasts.
const dialogs = [...document.querySelectorAll('dialog[open]')]
  .filter((d) => d.matches(':modal'));
const top = dialogs[dialogs.length - 1] || null;
const isToasts = (n) => n.matches('[role=status][aria-live]');
const panel = top && [...top.children].find((c) => !isToasts(c) && visible(c));

// Overlays: the element itself, else its first descendants that stick out.
const checkOverlay = (overlay, checkVertical, what) => {
  if (!visible(overlay)) return;
  if (outside(overlay.getBoundingClientRect(), checkVertical)) {
    add(overlay, `${what} lies outside the ${vw}x${vh} viewport`);
    return;
  }
  const reported = [];
  for (const e of overlay.querySelectorAll('*')) {
    if (!visible(e) || reported.some((r) => r.contains(e))) continue;
    const box = shown(e);
    if (box && outside(box, checkVertical)) {
      add(e, `part of the ${what} lies outside the ${vw}x${vh} viewport`, box);
      reported.push(e);
    }
  }
};
for (const menu of document.querySelectorAll('[role=menu]')) {
  const inDialog = !!menu.closest('dialog');
  checkOverlay(menu, vertical || inDialog, 'open menu');
}
if (panel) checkOverlay(panel, true, 'dialog');
// Toasts in a live region (the gallery's previews sit in the page's flow, outside any).
const toasts = [...document.querySelectorAll('[aria-live] .toast')].filter(visible);
for (const toast of toasts) checkOverlay(toast, true, 'toast');

// Toasts a person sees on top: those of the topmost dialog, or the page's when none is open.
const onTop = toasts.filter((t) => (top ? t.closest('dialog') === top : !t.closest('dialog')));
if (onTop.length > 1) {
  add(onTop[0], `${onTop.length} toasts shown at once: ${onTop.map(name).join(' | ')}`);
}
const FOCUSABLE = 'button, a[href], input:not([type=hidden]), select, textarea, '
  + '[tabindex]:not([tabindex="-1"]), [role=switch], [role=menuitem]';
if (top && panel) {
  const controls = [...panel.querySelectorAll(FOCUSABLE)].filter(visible);
  for (const toast of onTop) {
    const t = toast.getBoundingClientRect();
    for (const control of controls) {
      const c = shown(control);
      if (!c) continue;
      const w = Math.min(t.right, c.right) - Math.max(t.left, c.left);
      const h = Math.min(t.bottom, c.bottom) - Math.max(t.top, c.top);
      if (w > 1 && h > 1) {
        add(control, `covered by the toast "${name(toast)}"`, c);
      }
    }
  }
}

// Sideways scrolling: the page, and the topmost dialog's panel.
if (root.scrollWidth > root.clientWidth + 1) {
  const wide = [...document.body.querySelectorAll('*')].filter((e) => visible(e)
    && !e.closest('dialog') && e.getBoundingClientRect().right > vw + 1);
  const outermost = wide.filter((e) => !wide.some((o) => o !== e && o.contains(e))).slice(0, 3);
  findings.push({ path: 'html', what: `the page scrolls sideways (${root.scrollWidth} px wide `
    + `in ${vw}); widest: ${outermost.map(path).join('; ')}`, rect: rectOf(root.getBoundingClientRect()) });
}
if (panel && panel.scrollWidth > panel.clientWidth + 1) {
  add(panel, `the dialog scrolls sideways (${panel.scrollWidth} px of content in ${panel.clientWidth})`);
}

// Tap targets: in the topmost dialog when one is open (the page behind is inert).
const scope = panel || document.body;
const inline = (a) => {
  if (getComputedStyle(a).display !== 'inline') return false;
  const around = (a.parentElement?.innerText || '').trim().length;
  return around > (a.innerText || '').trim().length;
};
const TARGETS = 'button, a[href], input:not([type=hidden]), select, [role=menuitem], label';
for (const e of scope.querySelectorAll(TARGETS)) {
  if (!visible(e)) continue;
  if (e.localName === 'input' && (e.type === 'checkbox' || e.type === 'radio')) {
    // Its label is the target, when it has one.
    if (e.labels && e.labels.length) continue;
  }
  if (e.localName === 'label') {
    const control = e.control;
    if (!control || (control.type !== 'checkbox' && control.type !== 'radio')) continue;
  }
  if (e.localName === 'a' && inline(e)) continue;
  const b = e.getBoundingClientRect();
  if (b.width < MIN_TARGET || b.height < MIN_TARGET) {
    add(e, `tap target ${Math.round(b.width)}x${Math.round(b.height)} px, under 44x44`);
  }
}

// The primary action: on screen, whole, with nothing scrolled.
if (panel) {
  for (const primary of panel.querySelectorAll('.btn-primary')) {
    if (!visible(primary)) continue;
    const b = primary.getBoundingClientRect();
    const box = shown(primary);
    const whole = box && Math.abs(box.width - b.width) < 1 && Math.abs(box.height - b.height) < 1;
    if (!whole || outside(b, true)) {
      add(primary, `the dialog's primary action is not on screen without scrolling `
        + `(viewport ${vw}x${vh})`, b);
    }
  }
}

// Headings break between words: a word split over two lines although it fits on one. A word
// with a hyphen or a slash may break there, as in print ("all-/hands"); one wider than the line
// has to break somewhere (overflow-wrap: anywhere), so neither is reported.
const WORD = /\S{2,}/g;
const BREAKABLE = /[-\u2010\u2013\u2014/]/;
for (const h of document.querySelectorAll('h1, h2, h3')) {
  if (!visible(h)) continue;
  const style = getComputedStyle(h);
  const width = h.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(WORD)) {
      if (BREAKABLE.test(match[0])) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      const wide = rects.reduce((sum, r) => sum + r.width, 0);
      if (lines.size > 1 && wide <= width) {
        add(h, `heading breaks inside the word "${match[0].slice(0, 30)}"`, range.getBoundingClientRect());
      }
    }
  }
}

return headingsOnly ? findings.filter((f) => f.what.startsWith('heading breaks')) : findings;

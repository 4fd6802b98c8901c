// Accessibility of every page, in Dutch and in English: axe-core with the WCAG 2.0/2.1/2.2
// A and AA rules (zero violations), and a keyboard walk: Tab from the top of the page to the
// end and back, every focused element visibly marked (outline or box-shadow; for marks drawn
// another way, the pixels around it change with focus) and focus never stuck.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require('axe-core').source;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const LANGS = ['nl', 'en'];
/** More Tab presses than this on one page means the walk never ends: a trap. */
const MAX_TABS = 600;

/** The pages, with a query for the pages that need one (a wijk from the shipped figures). */
async function pages(origin) {
  let wijk = '24062W01';
  try {
    const res = await fetch(`${origin}/figures/index.json`);
    const index = await res.json();
    wijk = index?.wijken?.[0]?.wijk_id ?? wijk;
  } catch {
    // No figures index: the demo's first Leuven wijk.
  }
  return [
    { path: '/', name: 'overzicht' },
    { path: '/activiteiten/', name: 'activiteiten' },
    { path: '/stellingen/', name: 'stellingen' },
    { path: `/wijk/?wijk=${encodeURIComponent(wijk)}`, name: 'wijk' },
    { path: '/signalen/', name: 'signalen' },
    { path: '/maandrapport/', name: 'maandrapport' },
    { path: '/uitleg/', name: 'uitleg' },
    { path: '/gegevens/', name: 'gegevens', dataLoad: true },
    { path: '/pseudonimiseren/', name: 'pseudonimiseren' },
    { path: '/pseudonimiseren/uitleg/', name: 'pseudonimiseren-uitleg' }
  ];
}

function withLang(p, lang) {
  if (lang === 'nl') return p;
  return p + (p.includes('?') ? '&' : '?') + `lang=${lang}`;
}

/** The page as a user sees it once it has settled: charts drawn, or the data loaded on /gegevens/. */
async function settle(h, page, spec) {
  if (spec.dataLoad) {
    // Whatever the page loads by itself (the demo) has finished: a summary, an error, or
    // (a page that waits for the user's files) its file input with nothing in progress.
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="load-progress"], [aria-busy="true"]') &&
        !!document.querySelector('[data-testid="load-summary"], [data-testid="load-error"], [data-testid="file-input"]'),
      null,
      { timeout: h.LOAD_TIMEOUT }
    );
  }
  await h.waitForDrawn(page, { timeout: 60_000 });
  // One frame for the last paint.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `      ${n.target.join(' ')}: ${n.html.replace(/\s+/g, ' ').slice(0, 160)}\n        ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n      ... and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}x)\n${nodes}${more}`;
    })
    .join('\n');
}

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));

/** Whether the pixels in `clip` (the focused element and a margin) differ once focus leaves it. */
async function focusChangesPixels(page, clip) {
  const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => {
    window.__wwFocused = document.activeElement;
    document.activeElement?.blur();
  });
  await frames(page);
  const blurred = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  // Back where the walk was: the next Tab continues from this element.
  await page.evaluate(() => window.__wwFocused?.focus({ preventScroll: true }));
  await frames(page);
  return !focused.equals(blurred);
}

/**
 * Tabs through the page from its start. Returns the steps: per press the focused element's
 * description, whether its focus is visible, and its index among elements seen so far.
 */
export async function tabWalk(page, key = 'Tab') {
  await page.evaluate(() => {
    // Start before the first element, as after a fresh load.
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.__wwSeen = [];
  });
  // Keyboard users come with :focus-visible; a mouse click would not show it.
  await page.mouse.move(0, 0);
  const steps = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press(key);
    const s = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return { end: true };
      const seen = window.__wwSeen;
      let index = seen.indexOf(el);
      const repeat = index >= 0;
      if (!repeat) index = seen.push(el) - 1;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(cs.outlineColor);
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      const r = el.getBoundingClientRect();
      const describe = [
        el.tagName.toLowerCase(),
        el.id ? `#${el.id}` : '',
        el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : '',
        el.getAttribute('aria-label') ? ` "${el.getAttribute('aria-label').slice(0, 60)}"` : el.textContent ? ` "${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 60)}"` : ''
      ].join('');
      const vw = document.documentElement.clientWidth;
      const vh = document.documentElement.clientHeight;
      const pad = 8;
      const x0 = Math.max(0, r.left - pad);
      const y0 = Math.max(0, r.top - pad);
      const x1 = Math.min(vw, r.right + pad);
      const y1 = Math.min(vh, r.bottom + pad);
      const box = x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
      return { end: false, index, repeat, box, href: el.getAttribute('href') ?? '', visible: outline || shadow, onScreen: r.width > 0 || r.height > 0, describe, outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`, shadow: cs.boxShadow };
    });
    // SVG marks often show focus with a drawn overlay (a thicker outline path, a tooltip)
    // rather than CSS outline: then the focus is visible when the pixels around the element
    // change between focused and not focused.
    if (!s.end && !s.repeat && !s.visible && s.box) s.visible = s.pixels = await focusChangesPixels(page, s.box);
    steps.push(s);
    // Back at the start (or off the page): the walk went through everything.
    if (s.end || (s.repeat && s.index === 0)) break;
  }
  return steps;
}

export default async function (h) {
  const { origin, test, assert, openPage } = h;
  const list = await pages(origin);

  for (const spec of list) {
    for (const lang of LANGS) {
      const url = withLang(spec.path, lang);
      await test(`axe: ${url} has no WCAG 2.x A/AA violations`, async () => {
        // bypassCSP only for this journey: axe's source is injected as a script into the page.
        const run = await openPage({ bypassCSP: true });
        try {
          const res = await run.page.goto(origin + url);
          assert(res && res.ok(), `${url}: HTTP ${res?.status()}`);
          await settle(h, run.page, spec);
          assert((await run.page.getAttribute('html', 'lang')) === lang, `${url}: html lang="${await run.page.getAttribute('html', 'lang')}", expected ${lang}`);
          await run.page.addScriptTag({ content: AXE_SOURCE });
          const result = await run.page.evaluate(async (tags) => {
            // @ts-ignore axe is the injected global
            const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })) })), passes: r.passes.length };
          }, WCAG_TAGS);
          assert(result.violations.length === 0, `${url}: ${result.violations.length} axe violation(s):\n${formatViolations(result.violations)}`);
          assert(run.problems.length === 0, `${url}: console or page errors:\n${run.problems.join('\n')}`);
        } finally {
          await run.context.close();
        }
      });
    }
  }

  // Focus styles do not depend on the language: the keyboard walk runs on the Dutch pages.
  for (const spec of list) {
    const url = spec.path;
    await test(`keyboard: ${url} shows focus on every Tab stop and never traps it`, async () => {
      const run = await openPage();
      try {
        await run.page.goto(origin + url);
        await settle(h, run.page, spec);
        const steps = await tabWalk(run.page);
        // The walk's last step is the wrap-around (off the page, or back to the first stop).
        const stops = steps.filter((s) => !s.end && !(s.repeat && s.index === 0));
        assert(stops.length > 0, `${url}: Tab reaches nothing`);
        // The first stop is the skip link to the content.
        assert(stops[0].href.endsWith('#inhoud'), `${url}: the first Tab stop is ${stops[0].describe}, not the skip link`);
        const hidden = stops.filter((s) => !s.visible);
        assert(hidden.length === 0, `${url}: focus not visible on ${hidden.length} Tab stop(s):\n${hidden.slice(0, 10).map((s) => `  ${s.describe} (outline: ${s.outline}; box-shadow: ${s.shadow})`).join('\n')}`);
        const offscreen = stops.filter((s) => !s.onScreen);
        assert(offscreen.length === 0, `${url}: focus on elements without a box: ${offscreen.slice(0, 10).map((s) => s.describe).join(', ')}`);
        // Stuck: the same element twice in a row, or an element revisited before the walk wraps.
        for (let i = 1; i < stops.length; i++) {
          const s = stops[i];
          assert(!s.repeat, `${url}: focus trapped: Tab ${i + 1} went back to ${s.describe} instead of onwards (after ${stops[i - 1].describe})`);
        }
        const last = steps[steps.length - 1];
        assert(last.end || (last.repeat && last.index === 0), `${url}: focus never left the page after ${MAX_TABS} Tab presses (trapped in a cycle?), last at ${last.describe}`);
        // And back: Shift+Tab walks the page in reverse and leaves it too (no trap either way).
        const back = (await tabWalk(run.page, 'Shift+Tab')).filter((s) => !s.end && !(s.repeat && s.index === 0));
        const stuck = back.findIndex((s) => s.repeat);
        assert(stuck < 0, `${url}: focus trapped going back: Shift+Tab went to ${back[stuck]?.describe} again`);
        assert(back.length === stops.length, `${url}: ${stops.length} Tab stops forwards but ${back.length} backwards`);
        assert(run.problems.length === 0, `${url}: console or page errors:\n${run.problems.join('\n')}`);
      } finally {
        await run.context.close();
      }
    });
  }
}

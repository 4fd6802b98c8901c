// Every page at a phone's width (390 px, issue #14): nothing makes the page scroll sideways;
// a wide table or chart scrolls inside its own box. Every table view is opened first, so a
// table that would push the page is found. The text of every chart shown is at least 11 px on
// screen: a chart never shrinks its words to fit.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const WIDTH = 390;
const MIN_TEXT = 11;

export default async function (h) {
  const { origin, test, assert, openPage, waitForDrawn } = h;
  const index = JSON.parse(readFileSync(path.join(h.build, 'figures', 'index.json'), 'utf8'));
  const wijk = index.wijken.find((w) => !/ONB$/.test(w.wijk_id));
  const pages = [
    ['/', true],
    [`/wijk/?wijk=${encodeURIComponent(wijk.wijk_id)}`, true],
    ['/signalen/', true],
    ['/activiteiten/', true],
    ['/stellingen/', true],
    ['/maandrapport/', true],
    ['/uitleg/', false],
    ['/gegevens/', false],
    ['/pseudonimiseren/', false],
    ['/pseudonimiseren/uitleg/', false]
  ];
  const { page, problems } = await openPage({ viewport: { width: WIDTH, height: 844 } });

  for (const [url, drawn] of pages) {
    await test(`${url} at ${WIDTH} px: no sideways scrolling, chart text at least ${MIN_TEXT} px`, async () => {
      await page.goto(`${origin}${url}`);
      if (drawn) await waitForDrawn(page);
      else await page.waitForLoadState('load');
      // open every table view: a wide table must scroll inside its own box, not push the page
      await page.$$eval('details', (ds) => ds.forEach((d) => (d.open = true)));
      await page.waitForTimeout(100);
      const m = await page.evaluate(() => {
        const doc = document.documentElement;
        const wide = [...document.querySelectorAll('body *')]
          .filter((e) => {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.right <= 391) return false;
            // inside a box that scrolls or clips sideways, it does not widen the page
            for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX;
              if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return false;
            }
            return true;
          })
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}[${e.getAttribute('data-testid') ?? ''}] ${Math.round(e.getBoundingClientRect().right)}px`);
        const small = [...document.querySelectorAll('svg text')]
          .filter((t) => t.getClientRects().length && getComputedStyle(t).visibility !== 'hidden' && getComputedStyle(t).display !== 'none' && t.textContent.trim())
          .map((t) => {
            const ctm = t.getScreenCTM();
            const px = parseFloat(getComputedStyle(t).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
            return { px, text: t.textContent.trim().slice(0, 20), chart: t.closest('[data-chart]')?.getAttribute('data-chart') ?? t.closest('svg')?.getAttribute('data-testid') ?? '?' };
          })
          .filter((x) => x.px < 11 - 0.05);
        return { scrollWidth: doc.scrollWidth, wide, small: small.slice(0, 6), nSmall: small.length };
      });
      assert(m.scrollWidth <= 390, `the page is ${m.scrollWidth} px wide; too wide: ${m.wide.join('; ')}`);
      assert(m.nSmall === 0, `${m.nSmall} chart texts below ${MIN_TEXT} px: ${m.small.map((x) => `${x.chart} "${x.text}" ${x.px.toFixed(1)} px`).join('; ')}`);
    });
  }

  await test('the wijk page’s reach trend is redrawn to a phone’s column, not shrunk or scrolled', async () => {
    await page.goto(`${origin}/wijk/?wijk=${encodeURIComponent(wijk.wijk_id)}`);
    await waitForDrawn(page);
    const m = await page.$eval('[data-chart="reach-trend"]', (fig) => {
      const svg = fig.querySelector('svg.frame');
      return { shown: svg.getBoundingClientRect().width, drawn: svg.viewBox.baseVal.width, column: fig.clientWidth, scrolls: fig.scrollWidth > fig.clientWidth + 1, months: svg.querySelectorAll('[data-series] .mark').length };
    });
    assert(m.drawn < 640 && Math.abs(m.shown - m.drawn) <= 1, `drawn ${m.drawn} px wide, shown at ${m.shown} px`);
    assert(!m.scrolls && m.shown <= m.column, `the chart (${m.shown} px) scrolls in its column (${m.column} px)`);
    assert(m.months > 12, `${m.months} marks: the months are all still drawn`);
  });

  await test('no page errors at phone width', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
}

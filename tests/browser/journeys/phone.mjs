// Every page at a phone's width (390 px, issue #14): nothing makes the page scroll sideways;
// a wide table scrolls inside its own box. Every table view is opened first, so a table that
// would push the page is found.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const WIDTH = 390;

export default async function (h) {
  const { origin, test, assert, openPage, waitForDrawn } = h;
  const index = JSON.parse(readFileSync(path.join(h.build, 'figures', 'index.json'), 'utf8'));
  const wijk = index.wijken.find((w) => !/ONB$/.test(w.wijk_id));
  const pages = [
    ['/', true],
    [`/wijk/?wijk=${encodeURIComponent(wijk.wijk_id)}`, true],
    ['/signalen/', true],
    ['/maandrapport/', true],
    ['/uitleg/', false],
    ['/gegevens/', false],
    ['/pseudonimiseren/', false],
    ['/pseudonimiseren/uitleg/', false]
  ];
  const { page, problems } = await openPage({ viewport: { width: WIDTH, height: 844 } });

  for (const [url, drawn] of pages) {
    await test(`${url} at ${WIDTH} px: no sideways scrolling`, async () => {
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
        return { scrollWidth: doc.scrollWidth, wide };
      });
      assert(m.scrollWidth <= 390, `the page is ${m.scrollWidth} px wide; too wide: ${m.wide.join('; ')}`);
    });
  }

  await test('no page errors at phone width', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
}

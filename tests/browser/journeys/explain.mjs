// The Uitleg page: a section with an anchor for every metric name, anchors that land on
// their figure (also after the English switch), English via ?lang=en, and the privacy
// section naming the k of the figures the site ships.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const HEADINGS = { nl: 'Uitleg bij de cijfers', en: 'What the figures mean' };

/** The metric names as the catalogue declares them (its table's keys), read from the source, not from the page. */
function metricNames(root) {
  const src = readFileSync(path.join(root, 'src/lib/metrics/catalogue.ts'), 'utf8');
  const table = src.slice(src.indexOf('export const METRICS = {'), src.indexOf('} as const satisfies'));
  const names = [...table.matchAll(/^\s+(\w+): \{ kind:/gm)].map((m) => m[1]);
  if (names.length < 40) throw new Error(`could not read the metric names from catalogue.ts (found ${names.length})`);
  return names;
}

/** Is the element with this id near the top of the viewport (where a jump to its anchor puts it)? */
function nearTop(page, id) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= -2 && r.top < window.innerHeight / 3;
  }, id);
}

export default async function (h) {
  const { origin, openPage, test, assert, waitForDrawn } = h;
  const names = metricNames(h.root);
  const run = await openPage({ viewport: { width: 1100, height: 800 } });
  const { page } = run;

  try {
    await test('shows a section with an anchored heading for every metric name', async () => {
      await page.goto(`${origin}/uitleg/`);
      await waitForDrawn(page);
      assert((await page.locator('[data-testid="page-explain"] h1').innerText()).trim() === HEADINGS.nl, 'Dutch heading by default');
      const shown = await page.$$eval('[data-metric]', (els) => els.map((e) => e.getAttribute('data-metric')));
      const missing = names.filter((n) => !shown.includes(n));
      assert(missing.length === 0, `no section for: ${missing.join(', ')}`);
      assert(shown.length === names.length, `${shown.length} metric sections for ${names.length} names (duplicates?)`);
      const sections = await page.$$eval('[data-metric]', (els) =>
        els.map((e) => {
          const h3 = e.querySelector('h3');
          return {
            metric: e.getAttribute('data-metric'),
            id: h3?.id ?? '',
            heading: h3?.textContent?.trim() ?? '',
            fields: [...e.querySelectorAll('dd')].map((d) => d.textContent?.trim() ?? ''),
            pitfalls: e.querySelectorAll('dd li').length
          };
        })
      );
      for (const s of sections) {
        assert(s.id === s.metric, `${s.metric}: heading id "${s.id}"`);
        assert(s.heading.length > 2 && s.heading !== s.metric, `${s.metric}: heading "${s.heading}" is a name, not the code`);
        assert(s.fields.length === 4 && s.fields.every((f) => f.length > 0), `${s.metric}: what, formula, reading and pitfalls all filled`);
        assert(s.pitfalls > 0, `${s.metric}: at least one pitfall`);
      }
      // The table of contents links to every figure, and ids are unique on the page.
      const toc = await page.$$eval('[data-testid="explain-toc"] a', (as) => as.map((a) => a.getAttribute('href')));
      for (const n of names) assert(toc.includes(`#${n}`), `contents link to #${n}`);
      const dupes = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      assert(dupes.length === 0, `duplicate ids: ${dupes.join(', ')}`);
      // Five alerts, each pointing at an explained figure.
      const alertLinks = await page.$$eval('[data-alert] dd a', (as) => as.map((a) => a.getAttribute('href')?.slice(1)));
      assert(alertLinks.length === 5 && alertLinks.every((m) => names.includes(m)), `alert evidence links: ${alertLinks}`);
    });

    await test('a link to /uitleg/#metric lands on that figure; contents links jump too', async () => {
      await page.goto(`${origin}/uitleg/#mixing_ratio`);
      await waitForDrawn(page);
      assert(await nearTop(page, 'mixing_ratio'), 'the mixing ratio heading is at the top of the view');
      assert(await page.evaluate(() => document.querySelector(':target')?.id === 'mixing_ratio'), ':target is the heading');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.click('[data-testid="explain-toc"] a[href="#reach_rate"]');
      await page.waitForFunction(() => location.hash === '#reach_rate', null, { timeout: 5000 });
      await page.waitForFunction(() => {
        const r = document.getElementById('reach_rate')?.getBoundingClientRect();
        return !!r && r.top >= -2 && r.top < window.innerHeight / 3;
      }, null, { timeout: 5000 });
      // An alert's evidence link goes to the figure's explanation.
      await page.click('[data-alert="low_mixing"] dd a');
      await page.waitForFunction(() => location.hash === '#mixing_ratio', null, { timeout: 5000 });
    });

    await test('the funnel (R11-R12) and per-activity (B9) figures have their own anchors, with a plain name', async () => {
      for (const [id, want] of [['reach_rate_z', 'Z-score van het bereik'], ['activity_mixing_ratio', 'Mengverhouding van de activiteit']]) {
        await page.goto(`${origin}/uitleg/?jump=${id}#${id}`);
        await waitForDrawn(page);
        assert(await nearTop(page, id), `${id}: its heading is at the top of the view`);
        const heading = (await page.locator(`h3#${id}`).innerText()).trim();
        assert(heading === want, `${id}: heading "${heading}"`);
      }
    });

    await test('?lang=en shows the page in English, and an anchor still lands on its figure', async () => {
      await page.goto(`${origin}/uitleg/?lang=en#gini`);
      await page.waitForFunction((want) => document.querySelector('[data-testid="page-explain"] h1')?.textContent?.trim() === want, HEADINGS.en, { timeout: 10_000 });
      await waitForDrawn(page);
      assert((await page.getAttribute('html', 'lang')) === 'en', 'html lang="en"');
      const heading = (await page.locator('h3#reach_rate').innerText()).trim();
      assert(/^Reach per 1,000 residents$/.test(heading), `English metric heading: ${heading}`);
      assert(await nearTop(page, 'gini'), 'the Gini heading is at the top of the view after the switch');
      // And back to Dutch with the site's switch.
      await page.click('[data-testid="lang-switch"]');
      await page.waitForFunction((want) => document.querySelector('[data-testid="page-explain"] h1')?.textContent?.trim() === want, HEADINGS.nl, { timeout: 5000 });
      assert((await page.locator('h3#reach_rate').innerText()).trim() === 'Bereik per 1.000 inwoners', 'Dutch metric heading again');
    });

    await test('the privacy section names the k of the figures the site ships', async () => {
      const index = await (await fetch(`${origin}/figures/index.json`)).json();
      const k = index.k;
      assert(Number.isInteger(k) && k >= 3, `index k: ${k}`);
      await page.goto(`${origin}/uitleg/`);
      await waitForDrawn(page);
      const text = await page.locator('section[aria-labelledby="privacy"]').innerText();
      assert(text.includes(`k = ${k}`) && text.includes(`<${k}`), `privacy text names k = ${k}`);
      const cells = await page.$$eval('[data-testid="explain-suppression"] tbody tr', (trs) => trs.map((tr) => tr.querySelector('td')?.textContent?.trim()));
      assert(cells.includes(`<${k}`) && cells.includes('niet getoond') && cells.includes('n.b.'), `what you see: ${cells.join(' | ')}`);
    });

    await test('no console errors and no page errors', async () => {
      assert(run.problems.length === 0, run.problems.join('\n'));
    });
  } finally {
    await run.context.close();
  }
}

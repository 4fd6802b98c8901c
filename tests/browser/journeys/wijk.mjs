// The wijk page (/wijk/): the planted narrow reach of the demo (data/demo/planted.json:
// buurtwerk in Wilsele Dorp reaches almost no 25-44 year-olds, RI < 0.5) shows in the
// representation chart and its table with the value of the shipped scope file; every
// section is there; changing the dimension redraws; the Lorenz deciles are drawn; no
// console errors. Expected values come from the built site's figures files, read with
// an independent decoder (not the site's codec).
import { readFileSync } from 'node:fs';
import path from 'node:path';

function decodeFile(file) {
  const e = JSON.parse(readFileSync(file, 'utf8'));
  const cols = ['city', 'wijk_id', 'provider', 'dimension', 'group', 'metric', 'suppressed'];
  const out = new Map();
  for (let i = 0; i < e.n; i++) {
    const r = Object.fromEntries(cols.map((c) => [c, e.dict[c][e.codes[c][i]]]));
    r.value = e.value[i];
    out.set([r.city, r.wijk_id, r.metric, r.dimension, r.group].join('|'), r);
  }
  return out;
}

const WIJK = '24062W23';
const QUERY = `?wijk=${WIJK}&period=year&end=2026-11&provider=buurtwerk&dimension=age_band`;
const SECTIONS = ['reach', 'bonding', 'overlap', 'selforg', 'signals'];
const CHARTS = ['reach-trend', 'representation', 'representativeness', 'concentration', 'newcomers', 'domains'];

export default async function (h) {
  const { origin, test, assert, openPage, waitForDrawn } = h;
  const figuresDir = path.join(h.build, 'figures');
  const planted = JSON.parse(readFileSync(path.join(h.root, 'data/demo/planted.json'), 'utf8'));
  const check = planted.patterns
    .find((p) => p.id === 'narrow_reach_age')
    .checks.find((c) => c.metric === 'representation_index' && c.wijk_id === WIJK);
  const scope = decodeFile(path.join(figuresDir, 'scope', 'year-2026-11-buurtwerk.json'));
  const nl2 = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  const { page, problems, context } = await openPage();
  await page.goto(`${origin}/wijk/${QUERY}`);

  await test('opens the wijk with its name, city and the view in the controls', async () => {
    await waitForDrawn(page);
    const heading = await page.locator('[data-testid="wijk-heading"]').innerText();
    assert(heading.includes('Wilsele Dorp') && heading.includes('Leuven'), `heading: ${heading}`);
    const val = (id) => page.locator(`[data-testid="select-${id}"]`).inputValue();
    assert((await val('wijk')) === WIJK, 'wijk selected');
    assert((await val('period')) === 'year', 'period');
    assert((await val('end')) === '2026-11', 'end');
    assert((await val('provider')) === 'buurtwerk', 'provider');
    assert((await val('dimension')) === 'age_band', 'dimension');
    const back = await page.locator('[data-testid="back-overview"]').getAttribute('href');
    assert(back.includes(`wijk=${WIJK}`) && back.includes('provider=buurtwerk') && back.includes('dimension=age_band'), `back link keeps the view: ${back}`);
    assert(!new URL(back, origin).pathname.includes('/wijk/'), `back link goes to the overview: ${back}`);
  });

  await test('every section and every reach chart is there, each linked from the table of contents', async () => {
    for (const s of SECTIONS) {
      assert((await page.locator(`[data-testid="section-${s}"]`).count()) === 1, `section ${s}`);
      assert((await page.locator(`[data-testid="wijk-toc"] a[href="#${s}-heading"]`).count()) === 1, `toc link to ${s}`);
      assert((await page.locator(`#${s}-heading`).count()) === 1, `heading of ${s}`);
    }
    for (const c of CHARTS) {
      const frame = page.locator(`[data-testid="section-reach"] [data-testid="chart-${c}"]`);
      assert((await frame.count()) === 1, `chart ${c}`);
      const summary = (await frame.locator('[data-testid="chart-summary"]').innerText()).trim();
      assert(/\d/.test(summary), `summary of ${c} has numbers: "${summary}"`);
    }
  });

  await test('the planted narrow reach: 25-44 below 0.5 in the representation chart and table, as in the scope file', async () => {
    const r = scope.get(`Leuven|${WIJK}|representation_index|age_band|${check.group}`);
    assert(r && r.value !== null, 'the scope file has the figure');
    assert(r.value < check.value, `scope file: RI ${r.value} is not below ${check.value}`);
    const want = nl2.format(r.value);
    const chart = page.locator('[data-testid="chart-representation"]');
    const bar = chart.locator(`g[data-group="${check.group}"] rect.mark`);
    assert((await bar.count()) === 1, 'one bar for 25-44');
    assert(Math.abs(Number(await bar.getAttribute('data-value')) - r.value) < 1e-12, 'bar value');
    const label = await bar.getAttribute('aria-label');
    assert(label.includes(want), `bar label "${label}" has ${want}`);
    // drawn to the left of the line at 1: under-represented
    const one = await chart.locator('line.ref').getAttribute('x1');
    const x = Number(await bar.getAttribute('x'));
    const w = Number(await bar.getAttribute('width'));
    assert(x + w <= Number(one) + 0.01 && w > 10, `bar from ${x} width ${w}, line at ${one}`);
    const cell = chart.locator(`[data-testid="table-representation"] tr[data-group="${check.group}"] td`).last();
    assert((await cell.textContent()).trim() === want, `table: ${await cell.textContent()} vs ${want}`);
    const summary = await chart.locator('[data-testid="chart-summary"]').innerText();
    // the summary names the weakest group with its index and lists every group under half; 25-44 is among them
    assert(/Onder de helft[^.]*25-44/.test(summary), `summary lists 25-44 under half: ${summary}`);
    // hidden groups are marked, not drawn as bars
    for (const g of ['0-11', '12-17', '18-24']) {
      const row = scope.get(`Leuven|${WIJK}|representation_index|age_band|${g}`);
      if (row && row.suppressed) {
        const m = chart.locator(`g[data-group="${g}"] [data-suppressed="${row.suppressed}"]`);
        assert((await m.count()) >= 1, `${g} marked as suppressed`);
      }
    }
    // representativeness below 0.6, in its table
    const rep = scope.get(`Leuven|${WIJK}|representativeness|age_band|`);
    const repCell = page.locator('[data-testid="table-representativeness"] tr[data-dimension="age_band"] td').first();
    assert((await repCell.textContent()).trim() === nl2.format(rep.value), `representativeness ${await repCell.textContent()}`);
  });

  await test('the Lorenz curve is drawn from the deciles of the scope file, with the top-20% share', async () => {
    const chart = page.locator('[data-testid="chart-concentration"]');
    const marks = chart.locator('circle.mark');
    assert((await marks.count()) === 10, `${await marks.count()} decile marks`);
    const half = scope.get(`Leuven|${WIJK}|lorenz_share||50`);
    assert(half && half.value !== null, 'decile 50 in the scope file');
    const pct = new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 1 }).format(half.value);
    const labels = await marks.evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label')));
    assert(labels.some((l) => l.includes(pct)), `a decile label with ${pct}: ${labels.join(' | ')}`);
    const top = scope.get(`Leuven|${WIJK}|top20_share||`);
    const topText = new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 1 }).format(top.value);
    assert((await chart.locator('[data-testid="chart-summary"]').innerText()).includes(topText), `summary has top-20% ${topText}`);
  });

  await test('the reach trend shows 12 months of the wijk and the city', async () => {
    const chart = page.locator('[data-testid="chart-reach-trend"]');
    const rows = chart.locator('[data-testid="table-reach-trend"] tbody tr');
    assert((await rows.count()) === 12, `${await rows.count()} months`);
    const marks = await chart.locator('.mark').count();
    assert(marks >= 20, `${marks} marks`);
  });

  await test('changing the dimension redraws the representation chart for that dimension', async () => {
    const before = await page.locator('[data-testid="chart-representation"] g[data-group]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-group')));
    await page.locator('[data-testid="select-dimension"]').selectOption('origin');
    // origin is the default dimension: the URL then leaves it out (only non-defaults are kept).
    await page.waitForFunction(() => ['origin', null].includes(new URLSearchParams(location.search).get('dimension')));
    await waitForDrawn(page);
    const after = await page.locator('[data-testid="chart-representation"] g[data-group]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-group')));
    assert(JSON.stringify(before) !== JSON.stringify(after), `groups unchanged: ${after.join(',')}`);
    const groups = new Set([...scope.values()].filter((r) => r.wijk_id === WIJK && r.metric === 'representation_index' && r.dimension === 'origin').map((r) => r.group));
    assert(after.length === groups.size && after.every((g) => groups.has(g)), `origin groups ${after.join(',')} vs ${[...groups].join(',')}`);
    const title = await page.locator('[data-testid="chart-representation"] h3').innerText();
    assert(/herkomst/.test(title), `title: ${title}`);
    const u = new URL(page.url());
    assert(u.searchParams.get('wijk') === WIJK && u.searchParams.get('provider') === 'buurtwerk', `view kept: ${u.search}`);
  });

  await test('without a wijk: a list of wijken to pick from, linking to the wijk page', async () => {
    const p2 = await openPage();
    await p2.page.goto(`${origin}/wijk/`);
    await waitForDrawn(p2.page);
    const links = p2.page.locator('[data-testid="wijk-list"] a[data-wijk]');
    assert((await links.count()) > 10, `${await links.count()} wijken listed`);
    await p2.page.locator(`[data-testid="wijk-list"] a[data-wijk="${WIJK}"]`).click();
    await p2.page.waitForFunction((id) => new URLSearchParams(location.search).get('wijk') === id, WIJK);
    await waitForDrawn(p2.page);
    assert((await p2.page.locator('[data-testid="section-reach"]').count()) === 1, 'the reach section after picking');
    assert(p2.problems.length === 0, p2.problems.join('\n'));
    await p2.context.close();
  });

  await test('no console errors', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
  await context.close();
}

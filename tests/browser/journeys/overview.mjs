// The Overzicht page (/): the analyst compares two wijken on the map and in the table, the
// view lives in the URL, the legend and the hatching of figures not shown, a keyboard-only
// journey, and the first chart prerendered in the HTML. Expected values are read from the
// built site's figures files with an independent decoder (not the site's codec).
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The figures file format (DATA-FORMAT of src/lib/cube/codec.ts), read column by column. */
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

const KEY_FIGURES = [
  ['participants', ''],
  ['reach_rate', ''],
  ['representativeness', 'origin'],
  ['mixing_ratio', 'origin'],
  ['ggw_via_bw', ''],
  ['newcomer_share', ''],
  ['top20_share', '']
];
const A = '24062W13'; // Kop van Kessel-lo (planted: mixing ratio above 1)
const B = '24062W18'; // Sint-Maartensdal (planted: mixing ratio below 0.5)

export default async function (h) {
  const { origin, test, assert, openPage, waitForDrawn } = h;
  const figuresDir = path.join(h.build, 'figures');
  const index = JSON.parse(readFileSync(path.join(figuresDir, 'index.json'), 'utf8'));
  const scopeFile = (key) => decodeFile(path.join(figuresDir, 'scope', `${key}.json`));
  const leuven = index.wijken.filter((w) => w.city === 'Leuven' && !w.wijk_id.endsWith('ONB'));
  const nameOf = (id) => index.wijken.find((w) => w.wijk_id === id).wijk_name;
  const nl1 = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const url = () => new URL(main.page.url());

  const main = await openPage();

  await test('the first chart is in the prerendered HTML, drawn without any data fetch', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    assert(html.includes('data-testid="chart-map"'), 'the map chart frame is in the HTML');
    const paths = [...html.matchAll(/<path[^>]*class="wijk[^"]*"[^>]*>/g)].map((m) => m[0]);
    assert(paths.length === leuven.length, `${paths.length} wijk paths in the HTML, expected ${leuven.length}`);
    const coloured = paths.filter((p) => /fill="#[0-9a-f]{6}"/.test(p));
    assert(coloured.length >= leuven.length - 3, `only ${coloured.length} wijken coloured in the prerendered map`);
    assert(/data-testid="rank-row"/.test(html) && /data-testid="city-row"/.test(html), 'the ranked table with the city row is prerendered');
    // No script at all: the map and its legend still show, and no figures file is asked for.
    const noJs = await openPage({ javaScriptEnabled: false });
    await noJs.page.goto(`${origin}/`);
    const map = noJs.page.locator('[data-testid="chart-map"] svg[data-testid="map-svg"]');
    assert(await map.isVisible(), 'the map is visible without JavaScript');
    const box = await map.boundingBox();
    assert(box && box.width > 200 && box.height > 200, `map size ${JSON.stringify(box)}`);
    assert(await noJs.page.locator('[data-testid="map-legend"]').isVisible(), 'legend visible');
    assert(!noJs.requests.some((u) => u.includes('/figures/')), `figures fetched: ${noJs.requests.filter((u) => u.includes('/figures/')).join(', ')}`);
    await noJs.context.close();
  });

  await main.page.goto(`${origin}/`);

  await test('the default view: the map coloured by reach with a legend, the ranked table with the city row', async () => {
    await waitForDrawn(main.page);
    const file = scopeFile(`year-${index.ends.year.at(-1)}-all`);
    const paths = main.page.locator('[data-testid="chart-map"] path.wijk');
    assert((await paths.count()) === leuven.length, `${await paths.count()} wijk paths`);
    const labels = await paths.evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-wijk'), p.getAttribute('aria-label'), p.getAttribute('tabindex')]));
    for (const [id, label, tabindex] of labels) {
      const r = file.get(`Leuven|${id}|reach_rate||`);
      const want = r.value === null ? null : nl1.format(r.value);
      assert(tabindex === '0', `${id} focusable`);
      if (want) assert(label === `${nameOf(id)}: ${want}`, `aria-label of ${id}: "${label}", expected "${nameOf(id)}: ${want}"`);
      else assert(label.startsWith(`${nameOf(id)}: `), `aria-label of ${id}: ${label}`);
    }
    const city = main.page.locator('[data-testid="city-row"]');
    assert((await city.innerText()).includes('hele stad (alle inwoners samen)'), 'the city row says it is the whole city, not a mean');
    const cityValue = Number(await city.locator('[data-testid="rank-value"]').getAttribute('data-value'));
    assert(cityValue === file.get('Leuven||reach_rate||').value, `city row ${cityValue} is the city-wide figure of the file`);
    // the ranked order is the file's order
    const order = await main.page.$$eval('[data-testid="rank-row"]', (trs) => trs.map((tr) => [tr.getAttribute('data-wijk'), tr.querySelector('[data-testid="rank-value"]').getAttribute('data-value')]));
    const shown = order.filter(([, v]) => v !== '').map(([, v]) => Number(v));
    for (let i = 1; i < shown.length; i++) assert(shown[i] <= shown[i - 1], 'ranked highest first');
    const summary = await main.page.innerText('[data-testid="chart-map"] [data-testid="chart-summary"]');
    const top = leuven.map((w) => file.get(`Leuven|${w.wijk_id}|reach_rate||`)).filter((r) => r.value !== null).sort((a, b) => b.value - a.value)[0];
    assert(summary.startsWith(`${nameOf(top.wijk_id)} heeft het hoogste bereik (${nl1.format(top.value)} per 1.000)`), `summary: ${summary}`);
    // every row has a sparkline with its own text alternative
    const sparks = await main.page.$$eval('[data-testid="rank-row"] svg.spark', (s) => s.map((e) => e.getAttribute('aria-label')));
    assert(sparks.length === leuven.length && sparks.every((l) => l && /per maand/.test(l)), `sparklines: ${sparks.length}`);
    assert(await main.page.locator('[data-testid="attribution"] a').isVisible(), 'the boundary attribution shows under the map');
  });

  await test('the analyst picks two wijken: shown on the map and compared, values equal to the table and the file', async () => {
    await main.page.selectOption('[data-testid="select-wijk"]', A);
    await main.page.waitForFunction((a) => new URL(location.href).searchParams.get('wijk') === a, A);
    // The second one straight on the map.
    await main.page.locator(`[data-testid="chart-map"] path.wijk[data-wijk="${B}"]`).dispatchEvent('click');
    await main.page.waitForFunction((b) => new URL(location.href).searchParams.get('compare') === b, B);
    await waitForDrawn(main.page);
    assert(url().searchParams.get('wijk') === A && url().searchParams.get('compare') === B, `URL ${url().search}`);
    // Highlighted on the map by outline, pattern and letter, not colour alone.
    for (const [id, slot] of [[A, 'a'], [B, 'b']]) {
      assert((await main.page.getAttribute(`path.wijk[data-wijk="${id}"]`, 'aria-pressed')) === 'true', `${id} pressed`);
      const chosen = main.page.locator(`[data-testid="chart-map"] path[data-chosen="${slot}"]`);
      assert((await chosen.count()) === 1, `outline ${slot}`);
      assert((await chosen.getAttribute('fill')).startsWith('url(#'), 'pattern fill');
      assert((await main.page.innerText(`[data-testid="legend-chosen-${slot}"]`)).includes(nameOf(id)), `legend names ${id}`);
    }
    const file = scopeFile(`year-${index.ends.year.at(-1)}-all`);
    const cells = await main.page.$$eval('[data-testid="compare-table"] tbody tr', (trs) =>
      trs.map((tr) => ({
        metric: tr.getAttribute('data-metric'),
        cells: [...tr.querySelectorAll('td')].map((td) => ({ wijk: td.getAttribute('data-wijk'), value: td.getAttribute('data-value'), suppressed: td.getAttribute('data-suppressed'), text: td.textContent.trim() }))
      }))
    );
    assert(cells.map((c) => c.metric).join() === KEY_FIGURES.map((k) => k[0]).join(), `key figures: ${cells.map((c) => c.metric)}`);
    for (const [metric, dim] of KEY_FIGURES) {
      const line = cells.find((c) => c.metric === metric);
      assert(line.cells.map((c) => c.wijk).join() === [A, B, ''].join(), `${metric}: columns A, B, city`);
      for (const c of line.cells) {
        const want = file.get(`Leuven|${c.wijk}|${metric}|${dim}|`);
        assert(want, `${metric} ${c.wijk} exists in the file`);
        if (want.value === null) assert(c.value === '' && c.suppressed === want.suppressed, `${metric} ${c.wijk}: suppressed ${want.suppressed}, page ${c.suppressed}`);
        else assert(Number(c.value) === want.value, `${metric} ${c.wijk || 'city'}: page ${c.value}, file ${want.value}`);
      }
    }
    // The comparison's reach equals the ranked table's, text and number.
    const reach = cells.find((c) => c.metric === 'reach_rate');
    for (const c of reach.cells) {
      const row = c.wijk ? main.page.locator(`[data-testid="rank-row"][data-wijk="${c.wijk}"] [data-testid="rank-value"]`) : main.page.locator('[data-testid="city-row"] [data-testid="rank-value"]');
      assert((await row.getAttribute('data-value')) === c.value, `ranked table and comparison agree on ${c.wijk || 'city'}`);
      assert((await row.innerText()).trim() === c.text, `same text: ${await row.innerText()} vs ${c.text}`);
      if (c.value) assert(c.text === nl1.format(Number(c.value)), `nl-BE format: ${c.text}`);
    }
    // The planted mixing ratios show where data/README.md says.
    const mixing = cells.find((c) => c.metric === 'mixing_ratio').cells;
    assert(Number(mixing[0].value) > 1 && Number(mixing[1].value) < 0.5, `mixing ratio A ${mixing[0].value}, B ${mixing[1].value}`);
    // The paired bar chart: one bar per shown cell, a summary and a CSV button.
    const bars = await main.page.locator('[data-testid="chart-compare"] rect.bar').count();
    const shownCells = cells.flatMap((c) => c.cells).filter((c) => c.value !== '').length;
    assert(bars === shownCells, `${bars} bars for ${shownCells} shown values`);
    assert((await main.page.innerText('[data-testid="chart-compare"] [data-testid="chart-summary"]')).includes(nameOf(A)), 'comparison summary names A');
    // Both rows are marked in the ranked table, and the wijk link carries the view.
    const link = await main.page.getAttribute(`[data-testid="rank-row"][data-wijk="${A}"] a[data-testid="wijk-link"]`, 'href');
    assert(new URL(link, main.page.url()).pathname === '/wijk/' && new URL(link, main.page.url()).searchParams.get('wijk') === A, `wijk link ${link}`);
  });

  await test('the URL holds the view: reloading it restores period, provider and the two wijken', async () => {
    await main.page.selectOption('[data-testid="select-provider"]', 'buurtwerk');
    await waitForDrawn(main.page);
    await main.page.selectOption('[data-testid="select-period"]', 'quarter');
    await waitForDrawn(main.page);
    const search = url().search;
    const p = url().searchParams;
    assert(p.get('period') === 'quarter' && p.get('provider') === 'buurtwerk' && p.get('wijk') === A && p.get('compare') === B, `URL ${search}`);
    const end = await main.page.inputValue('[data-testid="select-end"]');
    assert(index.ends.quarter.includes(end), `quarter end ${end}`);
    const before = await main.page.$$eval('[data-testid="compare-table"] td', (tds) => tds.map((td) => td.getAttribute('data-value')));
    const fresh = await openPage();
    await fresh.page.goto(`${origin}/${search}`);
    await waitForDrawn(fresh.page);
    for (const [sel, want] of [['select-period', 'quarter'], ['select-provider', 'buurtwerk'], ['select-end', end], ['select-wijk', A], ['select-compare', B]])
      assert((await fresh.page.inputValue(`[data-testid="${sel}"]`)) === want, `${sel} restored as ${want}`);
    const after = await fresh.page.$$eval('[data-testid="compare-table"] td', (tds) => tds.map((td) => td.getAttribute('data-value')));
    assert(JSON.stringify(after) === JSON.stringify(before), 'same comparison after reload');
    const file = scopeFile(`quarter-${end}-buurtwerk`);
    const a = file.get(`Leuven|${A}|reach_rate||`);
    const shown = await fresh.page.getAttribute(`[data-testid="rank-row"][data-wijk="${A}"] [data-testid="rank-value"]`, 'data-value');
    assert(a.value === null ? shown === '' : Number(shown) === a.value, `reach of A for the quarter: page ${shown}, file ${a.value}`);
    assert(fresh.problems.length === 0, fresh.problems.join('\n'));
    await fresh.context.close();
  });

  await test('the legend has five classes and a hatch; figures not shown are hatched, never coloured', async () => {
    const run = await openPage();
    const end = '2026-08';
    await run.page.goto(`${origin}/?period=month&end=${end}&provider=ggw`);
    await waitForDrawn(run.page);
    const file = scopeFile(`month-${end}-ggw`);
    const classes = await run.page.locator('[data-testid="map-legend"] [data-legend-class]').count();
    assert(classes >= 2 && classes <= 5, `${classes} colour classes`);
    const hatch = await run.page.innerText('[data-testid="legend-suppressed"]');
    assert(/gearceerd/.test(hatch) && /niet getoond/.test(hatch), `hatch legend: ${hatch}`);
    const paths = await run.page.$$eval('[data-testid="chart-map"] path.wijk', (ps) => ps.map((p) => ({ id: p.getAttribute('data-wijk'), fill: p.getAttribute('fill'), suppressed: p.getAttribute('data-suppressed') })));
    const hidden = leuven.filter((w) => file.get(`Leuven|${w.wijk_id}|reach_rate||`)?.value == null).map((w) => w.wijk_id);
    assert(hidden.length >= 3, `the demo hides some wijken in ${end} for GGW: ${hidden.length}`);
    for (const p of paths) {
      if (hidden.includes(p.id)) assert(/^url\(#.*hatch\)$/.test(p.fill) && p.suppressed, `${p.id} hatched (${p.fill}, ${p.suppressed})`);
      else assert(/^#[0-9a-f]{6}$/.test(p.fill) && !p.suppressed, `${p.id} coloured (${p.fill})`);
    }
    // the summary says how many are not shown; the table says why
    const summary = await run.page.innerText('[data-testid="chart-map"] [data-testid="chart-summary"]');
    assert(summary.includes(`${hidden.length} wijken niet getoond`), `summary: ${summary}`);
    const cell = await run.page.innerText(`[data-testid="rank-row"][data-wijk="${hidden[0]}"] [data-testid="rank-value"]`);
    assert(/niet getoond|n\.b\./.test(cell), `suppressed cell: ${cell}`);
    // a sparkline shows gaps for months without a shown figure
    const gaps = await run.page.$$eval('[data-testid="rank-row"] svg.spark', (s) => s.reduce((n, e) => n + Number(e.getAttribute('data-gaps')), 0));
    assert(gaps > 0, 'sparklines mark missing months');
    // the mixing ratio is diverging around 1 with its own bands
    await run.page.selectOption('[data-testid="select-figure"]', 'mixing_ratio');
    await waitForDrawn(run.page);
    assert(await run.page.locator('[data-testid="select-dimension"]').isVisible(), 'the dimension select appears for the mixing ratio');
    const legend = await run.page.innerText('[data-testid="map-legend"]');
    assert(/als bij toeval/.test(legend) && /0,90 tot 1,10/.test(legend) && /minder dan 0,50/.test(legend), `mixing legend: ${legend}`);
    assert(run.problems.length === 0, run.problems.join('\n'));
    await run.context.close();
  });

  await test('keyboard only: Tab to the period, change it, sort the table, Tab to a wijk and Enter chooses it', async () => {
    const run = await openPage();
    await run.page.goto(`${origin}/`);
    await waitForDrawn(run.page);
    const active = () => run.page.evaluate(() => ({ testid: document.activeElement?.getAttribute('data-testid'), wijk: document.activeElement?.getAttribute('data-wijk'), tag: document.activeElement?.tagName }));
    let a;
    for (let i = 0; i < 40 && (a = await active()).testid !== 'select-period'; i++) await run.page.keyboard.press('Tab');
    assert(a.testid === 'select-period', 'Tab reaches the period select');
    await run.page.keyboard.press('ArrowUp'); // voortschrijdend jaar -> kwartaal
    await run.page.waitForFunction(() => new URL(location.href).searchParams.get('period') === 'quarter', null, { timeout: 10_000 });
    await waitForDrawn(run.page);
    assert((await active()).testid === 'select-period', 'focus stays on the select after the view changed');
    for (let i = 0; i < 60 && (a = await active()).wijk === null; i++) await run.page.keyboard.press('Tab');
    assert(a.wijk && a.tag.toLowerCase() === 'path', `Tab reaches a wijk on the map (at ${JSON.stringify(a)})`);
    const tip = await run.page.locator('[data-testid="chart-map"] .tooltip text').textContent();
    assert(tip.startsWith(nameOf(a.wijk)), `focus shows the wijk: ${tip}`);
    await run.page.keyboard.press('Enter');
    await run.page.waitForFunction((w) => new URL(location.href).searchParams.get('wijk') === w, a.wijk, { timeout: 10_000 });
    await waitForDrawn(run.page);
    assert((await run.page.getAttribute(`path.wijk[data-wijk="${a.wijk}"]`, 'aria-pressed')) === 'true', 'Enter chose the wijk');
    assert((await run.page.locator('[data-testid="compare-table"]').count()) === 1, 'the chosen wijk is compared with the city');
    // Sorting by keyboard: a button in the column header, aria-sort on the header.
    await run.page.focus('[data-testid="sort-wijk"]');
    await run.page.keyboard.press('Enter');
    const sort = await run.page.evaluate(() => document.querySelector('[data-testid="sort-wijk"]').closest('th').getAttribute('aria-sort'));
    assert(sort === 'ascending', `aria-sort ${sort}`);
    const names = await run.page.$$eval('[data-testid="rank-row"] a[data-testid="wijk-link"]', (as) => as.map((x) => x.textContent.trim()));
    assert(JSON.stringify(names) === JSON.stringify([...names].sort((x, y) => x.localeCompare(y, 'nl'))), 'sorted by name');
    assert(run.problems.length === 0, run.problems.join('\n'));
    await run.context.close();
  });

  await test('changing period, provider or wijk redraws from cached figures within 150 ms, no file fetched twice', async () => {
    const run = await openPage();
    await run.page.goto(`${origin}/`);
    await waitForDrawn(run.page);
    // Timed in the page: from the select's change event to data-drawn naming the new URL.
    await run.page.evaluate(() => {
      window.__redraw = [];
      const root = document.querySelector('[data-testid="page-overview"]');
      let start = 0;
      document.addEventListener('change', () => (start = performance.now()), true);
      new MutationObserver(() => {
        if (start && root.getAttribute('data-drawn') === location.search) {
          window.__redraw.push(performance.now() - start);
          start = 0;
        }
      }).observe(root, { attributes: true, attributeFilter: ['data-drawn'] });
    });
    const steps = [
      ['select-provider', 'ggw'],
      ['select-provider', 'all'],
      ['select-wijk', A],
      ['select-period', 'month'],
      ['select-period', 'year'],
      ['select-provider', 'ggw'],
      ['select-provider', 'all'],
      ['select-period', 'month'],
      ['select-wijk', B],
      ['select-period', 'year']
    ];
    for (const [sel, value] of steps) {
      await run.page.selectOption(`[data-testid="${sel}"]`, value);
      await waitForDrawn(run.page);
    }
    const times = (await run.page.evaluate(() => window.__redraw)).map(Math.round);
    assert(times.length === steps.length, `timed ${times.length} of ${steps.length} changes`);
    const fetched = run.requests.filter((u) => u.includes('/figures/'));
    assert(new Set(fetched).size === fetched.length, `a figures file was fetched twice: ${fetched.join(', ')}`);
    // From the fifth change on, every figure the view needs was loaded before.
    const cached = times.slice(4).sort((x, y) => x - y);
    const median = cached[Math.floor(cached.length / 2)];
    console.log(`  redraw ms (in the page): ${times.join(', ')}; median from cache ${median}`);
    assert(median < 150, `median redraw from cached figures ${median} ms`);
    assert(run.problems.length === 0, run.problems.join('\n'));
    await run.context.close();
  });

  await test('a figures file that cannot be loaded gives a message; another view still draws', async () => {
    const run = await openPage();
    await run.page.route(/\/figures\/scope\/month-2026-10-all\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await run.page.goto(`${origin}/?period=month&end=2026-10`);
    const alert = run.page.locator('[data-testid="page-overview"] [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    assert(/niet worden geladen/.test(await alert.innerText()) && /404/.test(await alert.innerText()), `message: ${await alert.innerText()}`);
    assert((await run.page.getAttribute('[data-testid="page-overview"]', 'aria-busy')) === 'true', 'not marked as drawn');
    await run.page.selectOption('[data-testid="select-end"]', '2026-11');
    await waitForDrawn(run.page);
    assert((await alert.count()) === 0, 'the message goes with the view that needed the file');
    assert(run.problems.filter((p) => !/404|Failed to load resource/.test(p)).length === 0, run.problems.join('\n'));
    await run.context.close();
  });

  await test('axe-core finds no WCAG 2.2 AA violation, in Dutch and in English, with two wijken compared', async () => {
    const axe = readFileSync(path.join(h.root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    for (const q of [`?wijk=${A}&compare=${B}`, `?lang=en&period=month&end=2026-08&provider=ggw&figure=mixing_ratio&wijk=${A}`]) {
      const run = await openPage();
      await run.page.goto(`${origin}/${q}`);
      await waitForDrawn(run.page);
      await run.page.evaluate(axe);
      const violations = await run.page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert(violations.length === 0, `${q}: ${violations.join('\n')}`);
      await run.context.close();
    }
  });

  await test('no console errors on the overview', async () => {
    assert(main.problems.length === 0, main.problems.join('\n'));
  });
  await main.context.close();
}

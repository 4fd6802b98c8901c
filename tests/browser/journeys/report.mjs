// The alderman's journey on /maandrapport/: the latest month's report with its four headline
// tiles, its map and highlights, and the key-figure table; changes that agree with the shipped
// monthly figures (and are "n.b." next to a hidden figure); printed to an A4 PDF whose first
// page holds the tiles and the map and whose table starts on page two, in Dutch and English.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shipped figures files, decoded here without the site's code (an independent reading). */
function readFigures(build, name) {
  return JSON.parse(readFileSync(path.join(build, 'figures', name), 'utf8'));
}
function decode(e) {
  const cols = ['city', 'wijk_id', 'provider', 'dimension', 'group', 'metric', 'suppressed'];
  return e.value.map((value, i) => {
    const r = { value };
    for (const c of cols) r[c] = e.dict[c][e.codes[c][i]];
    return r;
  });
}

/** Pages of a PDF: page objects, not the /Pages tree. */
const pdfPages = (buf) => (buf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

export default async function (h) {
  const { origin, test, assert, openPage, waitForDrawn } = h;
  const index = readFigures(h.build, 'index.json');
  const series = readFigures(h.build, 'series-all.json');
  const month = index.ends.month.at(-1);
  const city = index.cities[0];
  const wijken = index.wijken.filter((w) => w.city === city && !/ONB$/.test(w.wijk_id));
  const { page, problems } = await openPage();

  const cityFigure = (m, metric) => {
    const i = series.months.indexOf(m);
    return i < 0 ? undefined : decode(series.figures[i]).find((r) => r.city === city && r.wijk_id === '' && r.metric === metric && r.dimension === '');
  };

  await test('the report opens on the latest month with highlights and a row per wijk', async () => {
    await page.goto(`${origin}/maandrapport/`);
    await waitForDrawn(page);
    const h1 = await page.locator('[data-testid="page-report"] h1').innerText();
    const monthText = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
    assert(h1.includes(city) && h1.includes(monthText), `heading "${h1}", want ${city} and ${monthText}`);
    const n = await page.locator('[data-testid="highlight"]').count();
    assert(n >= 3 && n <= 5, `${n} highlights`);
    const texts = await page.locator('[data-testid="highlight"]').allInnerTexts();
    assert(texts.every((t) => /\d/.test(t)), `a highlight without a number: ${JSON.stringify(texts)}`);
    const rows = await page.$$eval('[data-testid="report-table"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-wijk')));
    assert(rows[0] === '', 'the city row comes first');
    assert(rows.length === wijken.length + 1, `${rows.length} rows, want ${wijken.length} wijken + the city`);
    assert(wijken.every((w) => rows.includes(w.wijk_id)), 'a wijk is missing');
  });

  await test('the city\'s change in participants agrees with the shipped monthly figures', async () => {
    const now = cityFigure(month, 'participants');
    const prevMonth = index.ends.month.at(-2);
    const before = cityFigure(prevMonth, 'participants');
    assert(now && before && now.value !== null && before.value !== null, 'city participants missing in series-all.json');
    const pct = Math.round((Math.abs(now.value - before.value) / before.value) * 100);
    const cell = page.locator('[data-testid="report-table"] tr[data-wijk=""] td[data-metric="participants"]');
    const value = (await cell.locator('.value').innerText()).trim();
    assert(value === new Intl.NumberFormat('nl-BE').format(now.value), `city participants "${value}", figures say ${now.value}`);
    const change = (await cell.locator('[data-change="previous"] [aria-hidden="true"]').innerText()).trim();
    const dir = now.value > before.value ? '▲' : now.value < before.value ? '▼' : '=';
    if (pct === 0) assert(change.startsWith('='), `change "${change}" for ${before.value} -> ${now.value}`);
    else assert(change.startsWith(dir) && change.includes(`${pct}%`), `change "${change}" for ${before.value} -> ${now.value} (${pct}%)`);
  });

  await test('a change is never shown beside a hidden figure: it reads n.b.', async () => {
    const cells = await page.$$eval('[data-testid="report-table"] td', (tds) =>
      tds
        .filter((td) => td.querySelector('[data-suppressed]'))
        .map((td) => [...td.querySelectorAll('[data-change]')].map((c) => c.getAttribute('data-direction') + ':' + c.textContent))
    );
    assert(cells.length > 0, 'no suppressed figure in the table: the check would prove nothing');
    for (const c of cells) assert(c.every((x) => x.startsWith('na:') && x.includes('n.b.')), `change beside a hidden figure: ${c}`);
  });

  /**
   * Printed to A4: Chromium lays the print out at the page's content width (210 - 2 x 12 mm
   * margins = 186 mm = 703 px) and cuts pages every 273 mm (1032 px). Laid out the same way,
   * the tiles and the map must end above the first cut, the table must begin on a new page,
   * and the PDF must then have at least two pages.
   */
  async function printedPageOne(label) {
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 703, height: 1032 });
    await page.emulateMedia({ media: 'print' });
    try {
      assert(!(await page.locator('.controls').isVisible()), `${label}: controls visible in print`);
      assert(!(await page.locator('.site-bar').first().isVisible()), `${label}: site bar visible in print`);
      const box = await page.evaluate(() => {
        const bottom = (sel) => {
          const e = document.querySelector(sel);
          return e ? e.getBoundingClientRect().bottom + window.scrollY : null;
        };
        const two = document.querySelector('[data-testid="report-page-two"]');
        return {
          tiles: bottom('[data-testid="report-tiles"]'),
          map: bottom('[data-testid="report-map"] svg[data-testid="map-svg"]'),
          highlights: bottom('[data-testid="highlights"]'),
          mapPaths: document.querySelectorAll('[data-testid="report-map"] path.wijk').length,
          tiles4: document.querySelectorAll('[data-testid="tile"]').length,
          breakBefore: two ? getComputedStyle(two).breakBefore : null,
          tableWidth: document.querySelector('[data-testid="report-table"]')?.scrollWidth ?? null,
          tableTop: two ? two.getBoundingClientRect().top + window.scrollY : null
        };
      });
      assert(box.tiles4 === 4, `${label}: ${box.tiles4} tiles`);
      assert(box.mapPaths > 0, `${label}: the map has no wijken`);
      for (const k of ['tiles', 'map', 'highlights']) assert(box[k] !== null && box[k] <= 1032, `${label}: the ${k} end at ${box[k]} px, below page one (1032 px)`);
      assert(box.breakBefore === 'page', `${label}: the table does not start a new page (break-before: ${box.breakBefore})`);
      // the whole table on the paper: nothing cut off at the right edge
      assert(box.tableWidth !== null && box.tableWidth <= 703, `${label}: the printed table is ${box.tableWidth} px wide, the page 703 px`);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      assert(pdf.subarray(0, 5).toString('latin1') === '%PDF-', `${label}: not a PDF`);
      const pages = pdfPages(pdf);
      assert(pages >= 2 && pages <= 3, `${label}: the printed report has ${pages} pages, want page one and the table on page two`);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      if (viewport) await page.setViewportSize(viewport);
    }
  }

  await test('page one shows the city in four tiles that agree with the shipped figures, and a map of every wijk', async () => {
    const tiles = await page.$$eval('[data-testid="tile"]', (ts) => ts.map((t) => t.getAttribute('data-metric')));
    assert(JSON.stringify(tiles) === JSON.stringify(['participants', 'reach_rate', 'mixing_ratio', 'ggw_via_bw']), `tiles ${tiles}`);
    const now = cityFigure(month, 'participants');
    const shown = (await page.locator('[data-testid="tile"][data-metric="participants"] .value').innerText()).trim();
    assert(shown === new Intl.NumberFormat('nl-BE').format(now.value), `participants tile "${shown}", figures say ${now.value}`);
    for (const m of ['reach_rate', 'ggw_via_bw']) {
      const change = await page.locator(`[data-testid="tile"][data-metric="${m}"] [data-change="previous"] [aria-hidden="true"]`).innerText();
      assert(!/^\S*\s*[+−-]?[\d.,]+%/.test(change.trim()), `${m} changes as a percentage of itself: "${change}"`);
    }
    const gg = await page.locator('[data-testid="tile"][data-metric="ggw_via_bw"] [data-change="previous"] [aria-hidden="true"]').innerText();
    assert(/ptn|n\.b\./.test(gg), `GGW via buurtwerk changes in points: "${gg}"`);
    const mapped = await page.$$eval('[data-testid="report-map"] path.wijk', (ps) => ps.map((p) => p.getAttribute('data-wijk')));
    assert(wijken.every((w) => mapped.includes(w.wijk_id)), `wijken missing on the map: ${wijken.filter((w) => !mapped.includes(w.wijk_id)).map((w) => w.wijk_id)}`);
  });

  await test('printed to A4, page one holds the tiles and the map, and the table starts page two', async () => {
    await printedPageOne('nl');
  });

  await test('in English, for the other city and another dimension, page one still holds tiles and map', async () => {
    const other = index.cities.at(-1);
    await page.goto(`${origin}/maandrapport/?city=${encodeURIComponent(other)}&dimension=age_band&lang=en`);
    await waitForDrawn(page);
    const h1 = await page.locator('[data-testid="page-report"] h1').innerText();
    assert(h1.startsWith(`Monthly report ${other}`), `heading "${h1}"`);
    const head = await page.locator('[data-testid="report-table"] thead').innerText();
    assert(/Representativeness \(age band\)/.test(head) && /Mixing ratio \(age band\)/.test(head), `headers: ${head}`);
    const n = await page.locator('[data-testid="highlight"]').count();
    assert(n >= 3 && n <= 5, `${n} highlights`);
    await printedPageOne('en');
  });

  await test('choosing a month is kept in the URL and redraws the report', async () => {
    await page.goto(`${origin}/maandrapport/`);
    await waitForDrawn(page);
    const earlier = index.ends.month.at(-13);
    await page.locator('[data-testid="select-month"]').selectOption(earlier);
    await page.waitForFunction((m) => location.search.includes(`end=${m}`), earlier);
    await waitForDrawn(page);
    const h1 = await page.locator('[data-testid="page-report"] h1').innerText();
    const monthText = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${earlier}-01T00:00:00Z`));
    assert(h1.includes(monthText), `heading "${h1}" after choosing ${earlier}`);
  });

  await test('publish this month: the archive file, the month reads as published, and opened again it reads the same', async () => {
    const run = await openPage({ acceptDownloads: true });
    const p = run.page;
    await p.goto(`${origin}/maandrapport/`);
    await waitForDrawn(p);
    const readReport = () =>
      p.evaluate(() => ({
        tiles: [...document.querySelectorAll('[data-testid="tile"] .value')].map((e) => e.textContent.trim()),
        table: document.querySelector('[data-testid="report-table"] tbody').innerText,
        highlights: [...document.querySelectorAll('[data-testid="highlight"]')].map((e) => e.textContent.trim())
      }));
    const before = await readReport();
    assert((await p.locator('[data-testid="published-note"]').count()) === 0, 'a month never published reads as published');
    const [download] = await Promise.all([p.waitForEvent('download', { timeout: 30_000 }), p.click('[data-testid="publish"]')]);
    assert(download.suggestedFilename() === `maandrapport_${city.toLowerCase()}_${month}_gepubliceerd.json`, `archive named ${download.suggestedFilename()}`);
    const file = await download.path();
    const frozen = JSON.parse(readFileSync(file, 'utf8'));
    assert(frozen.kind === 'wijkweefsel-published-month' && frozen.report.city === city && frozen.report.month === month, 'the archive is the month published');
    const cityRow = frozen.report.rows.find((r) => r.wijk_id === '');
    assert(cityRow.cells.participants.row.value === cityFigure(month, 'participants').value, 'the archive holds the month’s figures');
    // no pseudonym or person-level row: the archive holds figures only
    assert(!/P[0-9a-f]{20}/i.test(readFileSync(file, 'utf8')), 'a pseudonym in the archive');
    await p.locator('[data-testid="published-note"]').waitFor();
    const note = await p.locator('[data-testid="published-note"]').innerText();
    assert(/^Gepubliceerd op \d+ \w+ \d{4}/.test(note), `note "${note}"`);
    assert((await p.locator('[data-testid="no-corrections"]').count()) === 1, 'the same data show no correction');
    assert(JSON.stringify(await readReport()) === JSON.stringify(before), 'publishing changed what the report reads');

    // another tab: not published there, until the archive file is opened
    await p.goto('about:blank');
    await p.goto(`${origin}/maandrapport/`);
    await waitForDrawn(p);
    assert((await p.locator('[data-testid="published-note"]').count()) === 0, 'a fresh tab without the file reads as published');
    await p.setInputFiles('[data-testid="open-published"]', file);
    await p.locator('[data-testid="published-note"]').waitFor();
    assert(JSON.stringify(await readReport()) === JSON.stringify(before), 'the opened archive reads otherwise than the published month');
    await p.setInputFiles('[data-testid="open-published"]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"other"}') });
    const err = await p.locator('[data-testid="publish-controls"] [role="alert"]').innerText();
    assert(/x\.json is geen gepubliceerde maand/.test(err), `message "${err}"`);
    assert(run.problems.length === 0, run.problems.join('\n'));
    await run.context.close();
  });

  await test('no page errors on the monthly report', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
}

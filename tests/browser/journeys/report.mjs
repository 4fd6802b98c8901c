// The alderman's journey on /maandrapport/: the latest month's report with its highlights
// and key-figure table, changes that agree with the shipped monthly figures (and are "n.b."
// next to a hidden figure), printed to an A4 PDF of exactly one page, in Dutch and English.
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

  await test('printed to A4 it is exactly one page, without controls or the site bar', async () => {
    await page.emulateMedia({ media: 'print' });
    assert(!(await page.locator('.controls').isVisible()), 'controls visible in print');
    assert(!(await page.locator('.site-bar').first().isVisible()), 'site bar visible in print');
    assert(await page.locator('[data-testid="report-table"]').isVisible(), 'table hidden in print');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await page.emulateMedia({ media: 'screen' });
    assert(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'not a PDF');
    const pages = pdfPages(pdf);
    assert(pages === 1, `the printed report has ${pages} pages`);
  });

  await test('in English, for the other city and another dimension, still one page', async () => {
    const other = index.cities.at(-1);
    await page.goto(`${origin}/maandrapport/?city=${encodeURIComponent(other)}&dimension=age_band&lang=en`);
    await waitForDrawn(page);
    const h1 = await page.locator('[data-testid="page-report"] h1').innerText();
    assert(h1.startsWith(`Monthly report ${other}`), `heading "${h1}"`);
    const head = await page.locator('[data-testid="report-table"] thead').innerText();
    assert(/Representativeness \(age band\)/.test(head) && /Mixing ratio \(age band\)/.test(head), `headers: ${head}`);
    const n = await page.locator('[data-testid="highlight"]').count();
    assert(n >= 3 && n <= 5, `${n} highlights`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await page.emulateMedia({ media: 'screen' });
    assert(pdfPages(pdf) === 1, `the English report has ${pdfPages(pdf)} pages`);
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

  await test('no page errors on the monthly report', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
}

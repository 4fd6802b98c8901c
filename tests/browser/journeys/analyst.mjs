// The analyst's questions (issue 14): the funnel plot on the Overzicht (R11-R12), the list of
// activities that bridge and bond (B9) on /activiteiten/, and the four theses on /stellingen/.
// Figures are checked against the shipped files, decoded here without the site's code.
import { readFileSync } from 'node:fs';
import path from 'node:path';

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

export default async function (h) {
  const { origin, test, assert, openPage, waitForDrawn } = h;
  const index = readFigures(h.build, 'index.json');
  const city = index.cities[0];
  const end = index.ends.year.at(-1);
  const scope = decode(readFigures(h.build, `scope/year-${end}-all.json`));
  const { page, problems } = await openPage({ viewport: { width: 1366, height: 900 } });

  await test('the Overzicht draws the funnel: a dot per wijk with a shown rate, shaped by its published z-score', async () => {
    await page.goto(`${origin}/`);
    await waitForDrawn(page);
    await page.waitForSelector('[data-testid="funnel-dot"]', { timeout: 30_000 });
    const dots = await page.$$eval('[data-testid="funnel-dot"]', (els) => els.map((e) => ({ wijk: e.getAttribute('data-wijk'), verdict: e.getAttribute('data-verdict'), label: e.getAttribute('aria-label') })));
    const zs = scope.filter((r) => r.city === city && r.metric === 'reach_rate_z' && r.suppressed === '' && r.value !== null);
    assert(dots.length > 0 && dots.length <= zs.length + 1, `${dots.length} dots for ${zs.length} z-scores`);
    for (const d of dots) {
      const z = zs.find((r) => r.wijk_id === d.wijk);
      if (!z) continue;
      const want = z.value > 3.090232 ? 'above' : z.value < -3.090232 ? 'below' : 'within';
      assert(d.verdict === want, `${d.wijk}: drawn ${d.verdict}, z = ${z.value}`);
      assert(/95%-interval/.test(d.label), `${d.wijk}: the dot's name lacks its interval: ${d.label}`);
    }
    assert(dots.some((d) => d.verdict !== 'within'), 'the demo has wijken beyond chance: none drawn so');
    // the ranked table marks exactly those wijken
    const marked = await page.$$eval('[data-testid="rank-beyond"]', (els) => els.map((e) => e.closest('tr').getAttribute('data-wijk')).sort());
    const beyond = dots.filter((d) => d.verdict !== 'within').map((d) => d.wijk).sort();
    assert(JSON.stringify(marked) === JSON.stringify(beyond), `ranked table marks ${marked}, funnel ${beyond}`);
    // keyboard: a dot takes focus and shows its tooltip
    await page.focus('[data-testid="funnel-dot"]');
    await page.waitForSelector('[data-testid="funnel-tip"]', { timeout: 5000 });
    const rows = await page.$$eval('[data-testid="funnel-row"]', (els) => els.length);
    assert(rows > 0, 'the funnel table has no rows');
  });

  await test('Activiteiten lists the city’s activities by name, sortable, hidden ones marked and last', async () => {
    await page.goto(`${origin}/activiteiten/`);
    await waitForDrawn(page);
    const rows = await page.$$eval('[data-testid="activity-row"]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-activity'), value: e.getAttribute('data-value'), hidden: e.hasAttribute('data-suppressed'), name: e.querySelector('th').textContent.trim() }))
    );
    const names = new Map(index.activities.map((a) => [a.activity_id, a.name]));
    assert(rows.length > 10, `${rows.length} activities`);
    assert(rows.every((r) => names.get(r.id) === r.name), 'a row does not carry its activity’s name');
    const firstHidden = rows.findIndex((r) => r.hidden);
    assert(firstHidden < 0 || rows.slice(firstHidden).every((r) => r.hidden), 'a hidden activity is listed before a shown one');
    const values = rows.filter((r) => !r.hidden).map((r) => Number(r.value));
    assert(values.every((v, i) => i === 0 || values[i - 1] >= v), 'not sorted by mixing ratio, highest first');
    await page.click('[data-testid="sort-participants"]');
    const sorted = await page.getAttribute('[data-testid="sort-participants"]', 'aria-label');
    const sort = await page.$eval('[data-testid="sort-participants"]', (b) => b.closest('th').getAttribute('aria-sort'));
    assert(sort === 'descending', `aria-sort ${sort} after sorting on participants (${sorted})`);
    await page.selectOption('[data-testid="select-provider"]', 'ggw');
    await waitForDrawn(page);
    const providers = await page.$$eval('[data-testid="activity-row"] td:nth-of-type(2)', (els) => [...new Set(els.map((e) => e.textContent.trim()))]);
    assert(providers.length === 1, `after choosing GGW the list shows ${providers.join(', ')}`);
  });

  await test('Stellingen shows the four theses with tables and what the data can and cannot say, in Dutch and English', async () => {
    await page.goto(`${origin}/stellingen/`);
    await waitForDrawn(page);
    const theses = await page.$$eval('[data-testid="thesis"]', (els) => els.map((e) => e.getAttribute('data-thesis')));
    assert(JSON.stringify(theses) === '["1","2","3","4"]', `theses ${theses}`);
    const tables = await page.$$eval('[data-testid="thesis-table"]', (els) => els.length);
    assert(tables >= 5, `${tables} tables`);
    const says = await page.$$eval('[data-testid="thesis-says"]', (els) => els.map((e) => e.textContent));
    assert(says.every((s) => /\d/.test(s)), 'a thesis reads no number');
    const viaCity = scope.find((r) => r.city === city && r.wijk_id === '' && r.metric === 'ggw_via_bw' && r.group === '' && r.dimension === '');
    const pct = new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 1 }).format(viaCity.value);
    assert(says[0].includes(pct), `thesis 1 does not read the city's GGW via buurtwerk (${pct}): ${says[0]}`);
    await page.goto(`${origin}/stellingen/?lang=en`);
    await waitForDrawn(page);
    const h1 = await page.locator('[data-testid="page-theses"] h1').innerText();
    assert(/theses/i.test(h1), `English heading: ${h1}`);
  });

  await test('at 390 px neither page scrolls sideways: wide tables scroll in their own box', async () => {
    const { page: phone, context } = await openPage({ viewport: { width: 390, height: 844 } });
    for (const p of ['/activiteiten/', '/stellingen/']) {
      await phone.goto(`${origin}${p}`);
      await waitForDrawn(phone);
      const { scroll, client } = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert(scroll <= client, `${p} is ${scroll} px wide at ${client} px`);
    }
    await context.close();
  });

  await test('the nav reaches both pages and no page logged an error', async () => {
    await page.goto(`${origin}/`);
    await page.click('[data-testid="nav-activities"]');
    await page.waitForURL(/activiteiten/);
    await page.click('[data-testid="nav-theses"]');
    await page.waitForURL(/stellingen/);
    assert(problems.length === 0, problems.join('\n'));
  });
}

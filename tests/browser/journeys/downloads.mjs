// Every CSV a reader downloads says what it holds (issue #14): city, period from/to, provider,
// wijk id and name in every row, values at the precision the page prints, and a file name with
// city and period; the Excel choice writes semicolons and decimal commas. Checked on the wijk
// page's reach trend (each row its own month), the Overzicht's map in Excel's dialect, and the
// report's table, against the shipped figures files read here without the site's code.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const COLUMNS = 'city,period_from,period_to,provider,wijk_id,wijk_name,dimension,group,metric,value,suppressed';

/** Split a CSV line on `sep`, honouring double quotes. */
function split(line, sep) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

function parse(text, sep) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  const head = split(lines[0], sep);
  return { head, rows: lines.slice(1).map((l) => Object.fromEntries(split(l, sep).map((v, i) => [head[i], v]))) };
}

const lastDay = (m) => {
  const [y, mm] = m.split('-').map(Number);
  return `${m}-${String(new Date(Date.UTC(y, mm, 0)).getUTCDate()).padStart(2, '0')}`;
};
const monthsBack = (m, n) => {
  const [y, mm] = m.split('-').map(Number);
  const d = new Date(Date.UTC(y, mm - 1 - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

export default async function (h) {
  const { origin, test, assert, openPage, waitForDrawn } = h;
  const index = JSON.parse(readFileSync(path.join(h.build, 'figures', 'index.json'), 'utf8'));
  const names = new Map(index.wijken.map((w) => [w.wijk_id, w.wijk_name]));
  const city = index.cities[0];
  const wijk = index.wijken.find((w) => w.city === city && !/ONB$/.test(w.wijk_id));
  const { page, problems } = await openPage({ acceptDownloads: true });

  async function download(testid) {
    const button = page.locator(`[data-testid="${testid}"]`).first();
    await button.scrollIntoViewIfNeeded();
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
    return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
  }

  await test('the wijk page’s reach trend: each row names its month as its period, city, provider and wijk name', async () => {
    const end = index.ends.year.at(-1);
    await page.goto(`${origin}/wijk/?wijk=${encodeURIComponent(wijk.wijk_id)}`);
    await waitForDrawn(page);
    const { name, text } = await download('csv-reach-trend');
    const first = monthsBack(end, 11);
    assert(name === `${city.toLowerCase()}_${first}_${end}_reach-trend.csv`, `file name ${name}`);
    assert(!text.startsWith('\uFEFF') && text.split('\n')[0] === COLUMNS, `header: ${text.split('\n')[0]}`);
    const { rows } = parse(text, ',');
    assert(rows.length >= 12, `${rows.length} rows`);
    const months = new Set();
    for (const r of rows) {
      assert(r.city === city && r.provider === 'all' && r.metric === 'reach_rate', `row ${JSON.stringify(r)}`);
      assert(/^\d{4}-\d{2}-01$/.test(r.period_from) && r.period_to === lastDay(r.period_from.slice(0, 7)), `a month's period: ${r.period_from}..${r.period_to}`);
      months.add(r.period_from.slice(0, 7));
      assert(r.wijk_id === '' ? r.wijk_name === city : r.wijk_name === names.get(r.wijk_id), `wijk ${r.wijk_id} named "${r.wijk_name}"`);
      // reach per 1,000 as printed: at most one decimal; a hidden value is empty with its reason
      if (r.suppressed) assert(r.value === '', `hidden value written: ${r.value}`);
      else assert(/^\d+(\.\d)?$/.test(r.value), `value ${r.value} not at one decimal`);
    }
    assert(months.size === 12 && months.has(first) && months.has(end), `months ${[...months].sort()}`);
  });

  await test('the Overzicht’s map for Excel: semicolons, decimal comma, the year as its period, wijk names', async () => {
    await page.goto(`${origin}/`);
    await waitForDrawn(page);
    const end = index.ends.year.at(-1);
    const { name, text } = await download('excel-map');
    assert(name === `${city.toLowerCase()}_${monthsBack(end, 11)}_${end}_map_excel.csv`, `file name ${name}`);
    assert(text.startsWith('\uFEFF') && text.includes('\r\n'), 'Excel’s file has a byte-order mark and CRLF');
    const { head, rows } = parse(text, ';');
    assert(head.join(',') === COLUMNS, `header ${head}`);
    const wijken = index.wijken.filter((w) => w.city === city);
    assert(rows.length >= wijken.length - 1, `${rows.length} rows for ${wijken.length} wijken`);
    for (const r of rows) {
      assert(r.period_from === `${monthsBack(end, 11)}-01` && r.period_to === lastDay(end), `period ${r.period_from}..${r.period_to}`);
      assert(r.wijk_id === '' || r.wijk_name === names.get(r.wijk_id), `wijk ${r.wijk_id} named "${r.wijk_name}"`);
      if (!r.suppressed) assert(/^\d+(,\d)?$/.test(r.value), `value "${r.value}": want a decimal comma, one decimal`);
    }
    assert(rows.some((r) => r.value.includes(',')), 'no value with a decimal comma');
  });

  await test('the report’s table: the month as its period', async () => {
    await page.goto(`${origin}/maandrapport/`);
    await waitForDrawn(page);
    const month = index.ends.month.at(-1);
    const { name, text } = await download('csv-report-figures');
    assert(name === `${city.toLowerCase()}_${month}_${month}_report-figures.csv`, `file name ${name}`);
    const { rows } = parse(text, ',');
    assert(rows.length > 0 && rows.every((r) => r.period_from === `${month}-01` && r.period_to === lastDay(month) && r.city === city), 'every row in the month');
    const shares = rows.filter((r) => r.metric === 'newcomer_share' && r.value !== '');
    assert(shares.length > 0 && shares.every((r) => /^(0|1)(\.\d{1,3})?$/.test(r.value)), `shares at the printed precision: ${shares.map((r) => r.value)}`);
  });

  await test('no page errors while downloading', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
}

// End-to-end tests of the built site in Debian's Chromium, driven by playwright-core.
// Serves build/ from 127.0.0.1 with a tiny static server (no Content-Encoding on .gz),
// records every request and fails on any that leaves the server's origin.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = path.resolve(ROOT, process.env.WW_BUILD_DIR ?? 'build');
const DEMO = path.join(ROOT, 'data', 'demo');
const CHROMIUM = '/usr/bin/chromium';
const LOAD_TIMEOUT = 120_000;
const HEADINGS = {
  nl: 'Wijkweefsel: bereik en samenhang in de wijken',
  en: 'Wijkweefsel: reach and cohesion in the neighbourhoods'
};

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  process.exit(1);
}
if (!existsSync(path.join(BUILD, 'index.html'))) {
  console.error('build/index.html missing: run `npm run build` first.');
  process.exit(1);
}

// ---- static server -----------------------------------------------------------
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
};

function serve(req, res) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = path.normalize(path.join(BUILD, pathname));
  if (file !== BUILD && !file.startsWith(BUILD + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const body = readFileSync(file);
  // Deliberately no Content-Encoding: .gz files are served as the gzip bytes they are.
  res.writeHead(200, {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-store'
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer(serve);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const addr = server.address();
const ORIGIN = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

// ---- expected counts from the demo files -----------------------------------
function demoCounts() {
  if (!existsSync(DEMO)) return null;
  const out = {};
  for (const f of readdirSync(DEMO).filter((n) => n.endsWith('.csv.gz'))) {
    const text = gunzipSync(readFileSync(path.join(DEMO, f))).toString('utf8');
    const lines = text.split(/\r?\n/);
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    out[f] = Math.max(lines.length - 1, 0);
  }
  return out;
}

// ---- browser -----------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']
});

const allRequests = [];
async function openPage() {
  const context = await browser.newContext();
  const requests = [];
  const problems = [];
  context.on('request', (r) => {
    requests.push(r.url());
    allRequests.push(r.url());
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.push(`worker console.error: ${m.text()}`)));
  return { context, page, requests, problems };
}

const results = [];
async function test(name, fn) {
  // ONLY=text runs just the tests whose name contains it (for working on one test).
  if (process.env.ONLY && !name.includes(process.env.ONLY)) return;
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}\n  ${String(e?.stack ?? e).split('\n').join('\n  ')}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

/** Wait for the loaded state; a load error fails with the page's own message. */
async function waitForLoad(page) {
  await page.waitForSelector('[data-testid="load-summary"], [data-testid="load-error"]', { timeout: LOAD_TIMEOUT });
  const err = await page.$('[data-testid="load-error"]');
  if (err) throw new Error(`page shows a load error: ${(await err.innerText()).replace(/\s+/g, ' ')}`);
}

const main = await openPage();
const t0 = Date.now();
await main.page.goto(`${ORIGIN}/`);

await test('(a) the load summary shows every demo file with the counts of the files', async () => {
  await waitForLoad(main.page);
  const expected = demoCounts();
  assert(expected && Object.keys(expected).length >= 5, `data/demo/*.csv.gz missing or incomplete: ${JSON.stringify(expected)}`);
  const rows = await main.page.$$eval('[data-testid="file-row"]', (trs) =>
    trs.map((tr) => ({
      file: tr.getAttribute('data-file'),
      read: Number(tr.getAttribute('data-read')),
      loaded: Number(tr.getAttribute('data-loaded')),
      rejected: Number(tr.getAttribute('data-rejected')),
      duplicates: Number(tr.getAttribute('data-duplicates')),
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')
    }))
  );
  assert(rows.length === Object.keys(expected).length, `expected ${Object.keys(expected).length} file rows, got ${rows.length}`);
  const nl = new Intl.NumberFormat('nl-BE');
  for (const r of rows) {
    const want = expected[r.file ?? ''];
    assert(want !== undefined, `unexpected file row ${r.file}`);
    assert(r.read === want, `${r.file}: read ${r.read}, the file has ${want} data lines`);
    assert(r.read === r.loaded + r.rejected + r.duplicates, `${r.file}: read ${r.read} != loaded ${r.loaded} + rejected ${r.rejected} + duplicates ${r.duplicates}`);
    // What is shown is what the report says (Dutch number format).
    assert(r.cells[1] === nl.format(r.read), `${r.file}: shows "${r.cells[1]}" for ${r.read} rows read`);
    assert(r.cells[2] === nl.format(r.loaded), `${r.file}: shows "${r.cells[2]}" for ${r.loaded} rows loaded`);
  }
  const wijken = await main.page.innerText('[data-testid="wijken-count"]');
  assert(/\d/.test(wijken), 'number of wijken shown');
  const cities = await main.page.innerText('[data-testid="cities"]');
  assert(cities.includes('Leuven') && cities.includes('Sint-Niklaas'), `cities shown: ${cities}`);
  const months = await main.page.innerText('[data-testid="months"]');
  assert(/\d{4}/.test(months), `months shown: ${months}`);
});

await test('(b) the monthly chart and both maps (24 + 21 wijken) are visible', async () => {
  await waitForLoad(main.page);
  await main.page.waitForSelector('[data-testid="chart-monthly"] .point', { state: 'visible', timeout: LOAD_TIMEOUT });
  const series = await main.page.$$eval('[data-testid="chart-monthly"] g.series path', (ps) => ps.map((p) => (p.getAttribute('d') ?? '').length));
  assert(series.length === 2, `expected 2 series, got ${series.length}`);
  assert(series[0] > 0, 'buurtwerk line is drawn');
  const summary = await main.page.innerText('[data-testid="chart-monthly-summary"]');
  assert(summary.length > 20 && /\d/.test(summary), `chart summary: ${summary}`);
  for (const [city, n] of [
    ['Leuven', 24],
    ['Sint-Niklaas', 21]
  ]) {
    const map = main.page.locator(`[data-testid="map-${city}"]`);
    assert(await map.isVisible(), `map of ${city} visible`);
    const paths = map.locator('path.wijk');
    assert((await paths.count()) === n, `map of ${city}: ${await paths.count()} wijk paths, expected ${n}`);
    for (let i = 0; i < n; i++) assert(await paths.nth(i).isVisible(), `${city}: wijk ${i} visible`);
    const box = await map.locator('svg').boundingBox();
    assert(box && box.width > 100 && box.height > 100, `${city} map has a size`);
  }
  const attribution = await main.page.locator('[data-testid="attribution"] a').getAttribute('href');
  assert(attribution === 'https://github.com/provinciesincijfers/gebiedsniveaus/blob/master/gemeente_statsec_wijken/readme.md', 'attribution link');
});

await test('(e) the language switch changes the heading to English and back', async () => {
  const h1 = main.page.locator('h1');
  assert((await h1.innerText()).trim() === HEADINGS.nl, `Dutch heading: ${await h1.innerText()}`);
  await main.page.click('[data-testid="lang-switch"]');
  await main.page.waitForFunction((want) => document.querySelector('h1')?.textContent?.trim() === want, HEADINGS.en, { timeout: 5000 });
  assert((await main.page.getAttribute('html', 'lang')) === 'en', 'html lang="en"');
  if (await main.page.$('[data-testid="chart-monthly"]')) {
    const title = await main.page.locator('[data-testid="chart-monthly"] h3').innerText();
    assert(/Participants per month/.test(title), `chart title in English: ${title}`);
  }
  await main.page.click('[data-testid="lang-switch"]');
  await main.page.waitForFunction((want) => document.querySelector('h1')?.textContent?.trim() === want, HEADINGS.nl, { timeout: 5000 });
});

await test('keyboard: Tab reaches chart points and wijken, each with a label', async () => {
  await waitForLoad(main.page);
  const labels = await main.page.$$eval('[data-testid="chart-monthly"] .point, path.wijk', (els) =>
    els.map((e) => [e.getAttribute('tabindex'), e.getAttribute('aria-label')])
  );
  assert(labels.length > 45, 'focusable marks exist');
  assert(labels.every(([ti, l]) => ti === '0' && l && l.length > 3), 'every mark is focusable and labelled');
  await main.page.focus('[data-testid="chart-monthly"] .point');
  await main.page.keyboard.press('Tab');
  const active = await main.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  assert(active.length > 0, 'Tab moves to the next labelled mark');
});

await test('the city selector redraws the chart for the other city', async () => {
  await waitForLoad(main.page);
  const select = main.page.locator('[data-testid="city-select"]');
  assert((await select.count()) === 1, 'a city selector is shown');
  const before = await main.page.innerText('[data-testid="chart-monthly"] h3');
  const other = await select.evaluate((s) => [...s.options].map((o) => o.value).find((v) => v !== s.value));
  await select.selectOption(other);
  await main.page.waitForFunction((c) => document.querySelector('[data-testid="chart-monthly"] h3')?.textContent?.includes(c), other, { timeout: 30_000 });
  assert((await main.page.innerText('[data-testid="chart-monthly"] h3')) !== before, 'title changes');
});

await test('(d) no console errors and no page errors', async () => {
  assert(main.problems.length === 0, main.problems.join('\n'));
});

await test('(f) a file the loader refuses gives a clear message, not a blank page', async () => {
  const run = await openPage();
  // Same origin, same URL: only the content is replaced by a file without the required columns.
  await run.page.route(/\/participations\.csv\.[\w-]+\.gz$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/gzip', body: gzipSync(Buffer.from('foo,bar\n1,2\n')) })
  );
  await run.page.goto(`${ORIGIN}/`);
  await run.page.waitForSelector('[data-testid="load-summary"], [data-testid="load-error"]', { timeout: LOAD_TIMEOUT });
  const err = run.page.locator('[data-testid="load-error"]');
  assert((await err.count()) === 1, 'the error message is shown');
  if (process.env.ONLY) console.log(`  shown: ${(await err.innerText()).replace(/\s+/g, " ")}`);
  const text = (await err.innerText()).replace(/\s+/g, ' ');
  assert(/De gegevens konden niet worden geladen/.test(text) && /participations/.test(text), `error text: ${text}`);
  assert((await run.page.locator('[data-testid="map-Leuven"] path.wijk').count()) === 24, 'the rest of the page stays');
  assert(run.problems.filter((p) => !p.includes('Failed to load resource')).length === 0, run.problems.join('\n'));
  await run.context.close();
});

// ---- first-chart time: median of 5 fresh page loads (new context, cold cache) ----
const samples = [];
const loaded = [];
const phases = [];
await test('first chart time over 5 fresh page loads', async () => {
  for (let i = 0; i < 5; i++) {
    const run = await openPage();
    await run.page.goto(`${ORIGIN}/`);
    // The first chart is prerendered from the demo at build time: visible before the data has loaded.
    await run.page.waitForSelector('[data-testid="chart-monthly"] .point', { state: 'visible', timeout: LOAD_TIMEOUT });
    // performance.now() counts from the navigation's time origin.
    samples.push(Math.round(await run.page.evaluate(() => performance.now())));
    const labels = () => run.page.$$eval('[data-testid="chart-monthly"] .point', (els) => els.map((e) => e.getAttribute('aria-label')));
    const before = await labels();
    await waitForLoad(run.page);
    loaded.push(Math.round(await run.page.evaluate(() => performance.getEntriesByName('ww:loaded')[0]?.startTime ?? performance.now())));
    // Once the browser's own DuckDB has the data, it redraws the chart: the same figures as the build computed.
    await run.page.waitForFunction(() => performance.getEntriesByName('ww:chart').length > 0, null, { timeout: LOAD_TIMEOUT });
    await run.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const after = await labels();
    assert(before.length > 0 && JSON.stringify(before) === JSON.stringify(after), 'the prerendered chart equals the one computed in the browser');
    phases.push(
      await run.page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('ww:')).map((m) => [m.name.slice(3), Math.round(m.startTime)]))
      )
    );
    assert(run.problems.length === 0, run.problems.join('\n'));
    await run.context.close();
  }
});

await test('pseudonymise page gives the command line\'s output', async () => {
  const FIX = path.join(ROOT, 'tests', 'fixtures', 'pseudonymise');
  const PASS = 'buurtwerk en stad spraken dit af op 12 januari';
  const map = JSON.parse(readFileSync(path.join(FIX, 'buurtwerk-map.json'), 'utf8'));
  const tmp = mkdtempSync(path.join(tmpdir(), 'ww-pseudo-browser-'));
  const run = await openPage();
  try {
    // The command line, as a partner runs it; the passphrase only in the environment.
    await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/pseudonymise.ts', '--in', path.join(FIX, 'buurtwerk-raw.csv'), '--map', path.join(FIX, 'buurtwerk-map.json'), '--out', path.join(tmp, 'cli'), '--wijken-table', path.join(FIX, 'wijk-table.csv')],
      { cwd: ROOT, timeout: 120_000, env: { ...process.env, WIJKWEEFSEL_PASSPHRASE: PASS } }
    );
    const cli = Object.fromEntries(['participants.csv', 'participations.csv'].map((f) => [f, readFileSync(path.join(tmp, 'cli', f))]));

    // The page, with the same inputs.
    await run.page.goto(`${ORIGIN}/pseudonimiseren/`);
    await run.page.setInputFiles('[data-testid="raw-file"]', path.join(FIX, 'buurtwerk-raw.csv'));
    await run.page.waitForSelector('[data-testid="map-national_number"]', { timeout: 30_000 });
    for (const field of ['national_number', 'name', 'first_name', 'date_of_birth', 'postcode', 'address', 'activity_id', 'date', 'role']) {
      await run.page.selectOption(`[data-testid="map-${field}"]`, map[field] ?? '');
    }
    await run.page.check(`[data-testid="identifier-${map.identifier ?? 'national_number'}"]`);
    const dims = run.page.locator('[data-testid="dimension"]');
    for (let i = 0; i < (await dims.count()); i++) {
      const box = dims.nth(i);
      if (map.dimensions.includes(await box.getAttribute('value'))) await box.check();
      else await box.uncheck();
    }
    await run.page.fill('[data-testid="reference-date"]', map.reference_date);
    await run.page.setInputFiles('[data-testid="wijk-file"]', path.join(FIX, 'wijk-table.csv'));
    await run.page.waitForFunction(() => /regels in de wijktabel|lines in the wijk table/.test(document.querySelector('#wijk-file')?.parentElement?.querySelector('.hint')?.textContent ?? ''), null, { timeout: 10_000 });
    await run.page.fill('[data-testid="passphrase"]', PASS);
    await run.page.click('[data-testid="run"]');
    await run.page.waitForSelector('[data-testid="result"], [role="alert"]', { timeout: LOAD_TIMEOUT });
    const alert = await run.page.$('[role="alert"]');
    if (alert) throw new Error(`the page shows an error: ${(await alert.innerText()).replace(/\s+/g, ' ')}`);

    const browserFiles = {};
    for (const name of Object.keys(cli)) {
      const [download] = await Promise.all([run.page.waitForEvent('download', { timeout: 30_000 }), run.page.click(`[data-testid="download-${name}"]`)]);
      assert(download.suggestedFilename() === name, `download named ${download.suggestedFilename()}, expected ${name}`);
      browserFiles[name] = readFileSync(await download.path());
    }
    for (const [name, want] of Object.entries(cli)) {
      const got = browserFiles[name];
      assert(got.equals(want), `${name} differs between the page and the command line:\n--- page\n${got.toString('utf8')}\n--- command line\n${want.toString('utf8')}`);
    }
    // Sanity: the comparison is about real output (7 participations, 5 people, as the CLI test says).
    assert(cli['participations.csv'].toString('utf8').trim().split('\n').length === 8, 'participations.csv has 7 rows');
    assert(cli['participants.csv'].toString('utf8').trim().split('\n').length === 6, 'participants.csv has 5 rows');

    // No raw name or national number in the downloads or anywhere in the page's text.
    const pageText = await run.page.evaluate(() => document.body.textContent ?? '');
    const downloaded = Object.values(browserFiles).map((b) => b.toString('utf8')).join('\n').replace(/P[0-9a-f]{20}/g, 'P');
    const raw = readFileSync(path.join(FIX, 'buurtwerk-raw.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1).map((l) => l.split(';'));
    const secrets = new Set();
    for (const [nn, name, first] of raw) {
      secrets.add(nn);
      secrets.add(nn.replace(/\D/g, ''));
      secrets.add(name);
      secrets.add(first);
    }
    for (const s of secrets) {
      const re = new RegExp(`(^|[^\\p{L}\\d])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\d])`, 'iu');
      assert(!re.test(downloaded), `the downloads contain "${s}"`);
      assert(!re.test(pageText), `the page's text contains "${s}"`);
    }
    assert(run.problems.length === 0, run.problems.join('\n'));
  } finally {
    await run.context.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});

await test('(c) no request leaves the test server\'s origin', async () => {
  const foreign = allRequests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    return new URL(u).origin !== ORIGIN;
  });
  assert(foreign.length === 0, `requests to other hosts:\n${[...new Set(foreign)].join('\n')}`);
  // The worker's requests are recorded too: the DuckDB wasm module is fetched by the worker.
  assert(allRequests.some((u) => u.endsWith('.wasm')), 'the DuckDB wasm request was recorded');
  assert(allRequests.some((u) => /\/participations\.csv\.[\w-]+\.gz$/.test(u)), 'the demo file requests were recorded');
});

await main.context.close();
await browser.close();
server.close();

const sorted = [...samples].sort((a, b) => a - b);
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
if (sorted.length) console.log(JSON.stringify({ firstChartMs: med(samples), dataLoadedMs: med(loaded), samplesMs: samples, loadedMs: loaded, phasesMs: phases }));
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`(${Date.now() - t0} ms in all)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

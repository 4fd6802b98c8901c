// The page Eigen gegevens (/gegevens/) with the bundled demo loaded into DuckDB-WASM in the
// browser, the first chart of the site (prerendered on /), and the pseudonymise page:
// load report against the files, language switch, a refused file, the worker's requests,
// the first-chart time, and the page's pseudonyms equal to the command line's.
// (The user's own files through the file input are the import journey's.)
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';

const HEADINGS = {
  nl: 'Eigen gegevens',
  en: 'Your own data'
};

/** Data lines per demo file, counted from the files themselves (independent of the loader). */
function demoCounts(dir) {
  if (!existsSync(dir)) return null;
  const out = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv.gz'))) {
    const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
    const lines = text.split(/\r?\n/);
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    out[f] = Math.max(lines.length - 1, 0);
  }
  return out;
}

/** Clicks the demo button once the engine may start, and waits for this load's outcome. */
async function loadDemo(page, timeout) {
  await page.waitForSelector('[data-testid="load-demo"]:not([disabled])', { timeout });
  await page.click('[data-testid="load-demo"]');
  await page.waitForSelector('[data-testid="load-summary"], [data-testid="load-error"]', { timeout });
}

export default async function (h) {
  const { origin, test, assert, openPage, waitForLoad, LOAD_TIMEOUT } = h;
  const ROOT = h.root;
  const DATA_URL = `${origin}/gegevens/`;

  const main = await openPage();
  await main.page.goto(DATA_URL);
  let demoLoadMs = null;

  await test('(a) the demo loads and the summary shows every demo file with the counts of the files', async () => {
    await loadDemo(main.page, LOAD_TIMEOUT);
    await waitForLoad(main.page);
    demoLoadMs = await main.page.evaluate(() => {
      const loaded = performance.getEntriesByName('ww:loaded')[0]?.startTime;
      return loaded === undefined ? null : Math.round(loaded);
    });
    const expected = demoCounts(path.join(ROOT, 'data', 'demo'));
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

  await test('(e) the language switch changes the heading to English and back', async () => {
    const h1 = main.page.locator('h1');
    assert((await h1.innerText()).trim() === HEADINGS.nl, `Dutch heading: ${await h1.innerText()}`);
    await main.page.click('[data-testid="lang-switch"]');
    await main.page.waitForFunction((want) => document.querySelector('h1')?.textContent?.trim() === want, HEADINGS.en, { timeout: 5000 });
    assert((await main.page.getAttribute('html', 'lang')) === 'en', 'html lang="en"');
    // The language is part of the URL, so a shared link keeps it.
    assert(new URL(main.page.url()).searchParams.get('lang') === 'en', `?lang=en in the URL: ${main.page.url()}`);
    // The load report switches too (its headers are in the page's language).
    const header = await main.page.locator('[data-testid="load-summary"] th').first().innerText();
    assert(header.trim() === 'File', `load report header in English: ${header}`);
    await main.page.click('[data-testid="lang-switch"]');
    await main.page.waitForFunction((want) => document.querySelector('h1')?.textContent?.trim() === want, HEADINGS.nl, { timeout: 5000 });
    assert((await main.page.getAttribute('html', 'lang')) === 'nl', 'html lang="nl" again');
  });

  await test('(d) no console errors and no page errors', async () => {
    assert(main.problems.length === 0, main.problems.join('\n'));
  });

  await test("the page's worker requests are recorded (DuckDB wasm, the demo files)", async () => {
    // The wasm module is fetched by DuckDB's worker: the origin check sees worker requests too.
    assert(main.requests.some((u) => u.endsWith('.wasm')), 'the DuckDB wasm request was recorded');
    assert(main.requests.some((u) => /\/participations\.csv\.[\w-]+\.gz$/.test(u)), 'the demo file requests were recorded');
  });
  await main.context.close();

  await test('(f) a file the loader refuses gives a clear message, not a blank page', async () => {
    const run = await openPage();
    try {
      // Same origin, same URL: only the content is replaced by a file without the required columns.
      await run.page.route(/\/participations\.csv\.[\w-]+\.gz$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/gzip', body: gzipSync(Buffer.from('foo,bar\n1,2\n')) })
      );
      await run.page.goto(DATA_URL);
      await loadDemo(run.page, LOAD_TIMEOUT);
      const err = run.page.locator('[data-testid="load-error"]');
      assert((await err.count()) === 1, 'the error message is shown');
      const text = (await err.innerText()).replace(/\s+/g, ' ');
      if (process.env.ONLY) console.log(`  shown: ${text}`);
      assert(/De gegevens konden niet worden geladen/.test(text) && /participations/.test(text), `error text: ${text}`);
      // The rest of the page stays: its heading, the file input and the demo button.
      assert((await run.page.locator('h1').innerText()).trim() === HEADINGS.nl, 'the heading stays');
      assert(await run.page.locator('[data-testid="file-input"]').isVisible(), 'the file input stays');
      assert((await run.page.locator('[data-testid="load-demo"]').count()) === 1, 'the demo button stays');
      assert(run.problems.filter((p) => !p.includes('Failed to load resource')).length === 0, run.problems.join('\n'));
    } finally {
      await run.context.close();
    }
  });

  // ---- first-chart time: 5 fresh loads of / (new context, cold cache) ----
  const samples = [];
  const drawnAt = [];
  await test('first chart time over 5 fresh loads of /, the prerendered chart equal to the drawn one', async () => {
    // The labelled marks of the charts the build prerenders. The funnel (beyond chance) waits for
    // the figures' own index, whose population the prerendered page leaves out: it comes after.
    const labels = (page) => page.$$eval('[data-chart]:not([data-chart="funnel"]) [aria-label]', (els) => els.map((e) => e.getAttribute('aria-label')));
    // What the prerendered HTML alone shows (no script runs).
    const still = await openPage({ javaScriptEnabled: false });
    let prerendered;
    try {
      await still.page.goto(`${origin}/`);
      prerendered = await labels(still.page);
    } finally {
      await still.context.close();
    }
    assert(prerendered.length > 0, 'the prerendered / has labelled chart marks');
    for (let i = 0; i < 5; i++) {
      const run = await openPage();
      try {
        await run.page.goto(`${origin}/`, { waitUntil: 'commit' });
        // The first chart is prerendered from the shipped figures: visible before any script runs.
        await run.page.waitForSelector('[data-chart] svg', { state: 'visible', timeout: LOAD_TIMEOUT });
        // performance.now() counts from the navigation's time origin.
        samples.push(Math.round(await run.page.evaluate(() => performance.now())));
        await h.waitForDrawn(run.page, { timeout: LOAD_TIMEOUT });
        drawnAt.push(Math.round(await run.page.evaluate(() => performance.now())));
        // Once the page has drawn the view from the figures, it shows what the build prerendered.
        const after = await labels(run.page);
        assert(JSON.stringify(prerendered) === JSON.stringify(after), `the prerendered charts differ from the drawn ones (${prerendered.length} vs ${after.length} labelled marks; first difference: ${JSON.stringify(prerendered.find((l, j) => l !== after[j]))})`);
        assert(run.problems.length === 0, run.problems.join('\n'));
      } finally {
        await run.context.close();
      }
    }
  });
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  if (samples.length) console.log(JSON.stringify({ firstChartMs: med(samples), drawnMs: med(drawnAt), demoLoadMs, samplesMs: samples, drawnSamplesMs: drawnAt }));

  await test("pseudonymise page gives the command line's output", async () => {
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
      await run.page.goto(`${origin}/pseudonimiseren/`);
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
}

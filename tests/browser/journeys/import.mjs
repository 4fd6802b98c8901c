// The import page /gegevens/ with the user's own files: every case of the bad-input corpus
// through the file input (with the reference tables it needs), checked against
// expected.json (a clear message, or a load with its rows accounted for; the page never
// blank); the rejected rows as CSV (formula cells escaped, no pseudonym); the mapping screen
// with a Dutch-headed semicolon file, remembered by its header row; keeping the data (tables,
// report, mapping, figures; not the files) between visits and removing them; and the dashboard switched to the imported figures.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generate } from '../../fixtures/bad-input/make.mjs';

const AXE_SOURCE = createRequire(import.meta.url)('axe-core').source;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const MIME = { '.csv': 'text/csv', '.gz': 'application/gzip', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const asUpload = (name, bytes) => ({ name, mimeType: MIME[path.extname(name)] ?? 'application/octet-stream', buffer: Buffer.from(bytes) });

export default async function (h) {
  const { origin, test, assert, openPage, LOAD_TIMEOUT } = h;
  const DIR = path.join(h.root, 'tests', 'fixtures', 'bad-input');
  const PAGE = `${origin}/gegevens/`;
  const expected = Object.fromEntries(Object.entries(JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8'))).filter(([k]) => !k.startsWith('_')));
  const generated = generate({ big: true });
  const base = readdirSync(path.join(DIR, 'base')).sort().map((name) => ({ name, bytes: readFileSync(path.join(DIR, 'base', name)) }));
  const bytesOf = (key) => (key.startsWith('generated/') ? generated[key.slice('generated/'.length)] : readFileSync(path.join(DIR, key)));
  /** The valid set with the case's file in place of the one it replaces (as the corpus's own test does). */
  const filesFor = (key, c) => [...base.filter((b) => b.name !== c.replaces), { name: c.name ?? c.replaces, bytes: bytesOf(key) }].map((f) => asUpload(f.name, f.bytes));

  /** Picks files and waits for the outcome of this load (not one shown before). */
  async function upload(page, files, { outcome = true } = {}) {
    await page.evaluate(() => {
      for (const e of document.querySelectorAll('[data-testid="load-summary"], [data-testid="load-error"], [data-testid="mapping"]')) e.__old = true;
    });
    await page.setInputFiles('[data-testid="file-input"]', files);
    if (!outcome) return null;
    const handle = await page.waitForFunction(
      () => {
        const e = [...document.querySelectorAll('[data-testid="load-summary"], [data-testid="load-error"], [data-testid="mapping"]')].find((x) => !x.__old);
        return e ? e.getAttribute('data-testid') : null;
      },
      null,
      { timeout: LOAD_TIMEOUT }
    );
    return handle.jsonValue();
  }

  /** The page is never blank: its heading and the file picker stay. */
  async function notBlank(page, what) {
    const state = await page.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      text: (document.querySelector('[data-testid="page-data"]')?.textContent ?? '').trim().length,
      input: !!document.querySelector('[data-testid="file-input"]')
    }));
    assert(state.h1 === 'Eigen gegevens' && state.text > 200 && state.input, `${what}: the page looks blank: ${JSON.stringify(state)}`);
  }

  const fileRows = (page) =>
    page.$$eval('[data-testid="file-row"]', (trs) =>
      trs.map((tr) => ({
        file: tr.getAttribute('data-file'),
        table: tr.getAttribute('data-table'),
        read: Number(tr.getAttribute('data-read')),
        loaded: Number(tr.getAttribute('data-loaded')),
        rejected: Number(tr.getAttribute('data-rejected')),
        duplicates: Number(tr.getAttribute('data-duplicates'))
      }))
    );

  const main = await openPage({ acceptDownloads: true });
  await main.page.goto(PAGE);

  await test('the page offers a file input, a drop zone, the demo and the keep option (off)', async () => {
    const input = main.page.locator('input[type="file"][data-testid="file-input"]');
    assert((await input.count()) === 1 && (await input.evaluate((e) => e.multiple)), 'one file input taking several files');
    assert(await main.page.locator('[data-testid="drop-zone"]').isVisible(), 'the drop zone is shown');
    assert((await main.page.locator('[data-testid="load-demo"]').innerText()).trim() === 'Laad de demogegevens', 'the demo button');
    assert(!(await main.page.locator('[data-testid="keep-data"]').isChecked()), 'keeping is off by default');
    // By keyboard: Tab from the heading reaches the file input and then the demo button.
    await main.page.focus('h1').catch(() => {});
    await main.page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));
    let reached = [];
    for (let i = 0; i < 30 && !reached.includes('load-demo'); i++) {
      await main.page.keyboard.press('Tab');
      reached.push(await main.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
    }
    assert(reached.includes('file-input') && reached.indexOf('file-input') < reached.indexOf('load-demo'), `Tab order: ${reached.join(', ')}`);
  });

  await test('every bad-input case gives its expected outcome through the page', async () => {
    const problems = [];
    for (const [key, c] of Object.entries(expected)) {
      const got = await upload(main.page, filesFor(key, c));
      await notBlank(main.page, key);
      const name = c.name ?? c.replaces;
      if (c.error) {
        if (got !== 'load-error') {
          problems.push(`${key}: expected a clear message, the page shows ${got}`);
          continue;
        }
        const e = await main.page.$eval('[data-testid="load-error"]', (el) => ({
          code: el.getAttribute('data-code'),
          text: el.innerText,
          technical: el.querySelector('details p')?.textContent ?? ''
        }));
        if (!/De gegevens konden niet worden geladen/.test(e.text) || !/Wat kunt u doen\?/.test(e.text)) problems.push(`${key}: not the Dutch message with what to do: ${e.text}`);
        if (!e.text.includes(name)) problems.push(`${key}: the message does not name ${name}: ${e.text}`);
        if (e.code === 'other') problems.push(`${key}: a message without a code: ${e.text}`);
        if (!new RegExp(c.error).test(e.technical)) problems.push(`${key}: technical message "${e.technical}" does not match /${c.error}/`);
        continue;
      }
      if (got !== 'load-summary') {
        problems.push(`${key}: expected a load, the page shows ${got}: ${(await main.page.innerText('[data-testid="page-data"]')).slice(0, 400)}`);
        continue;
      }
      const rows = await fileRows(main.page);
      if (rows.length !== base.length) problems.push(`${key}: ${rows.length} file rows`);
      for (const r of rows) if (r.read !== r.loaded + r.rejected + r.duplicates) problems.push(`${key}: ${r.file}: read ${r.read} != ${r.loaded} + ${r.rejected} + ${r.duplicates}`);
      const mine = rows.find((r) => r.file === name);
      const want = { read: c.read, loaded: c.loaded, rejected: c.rejected, duplicates: c.duplicates };
      if (!mine || JSON.stringify({ read: mine.read, loaded: mine.loaded, rejected: mine.rejected, duplicates: mine.duplicates }) !== JSON.stringify(want)) {
        problems.push(`${key}: ${JSON.stringify(mine)} != ${JSON.stringify(want)}`);
        continue;
      }
      if (c.rejected) {
        // Reasons grouped with counts that add up, and the rejected lines where the corpus says.
        const detail = main.page.locator(`[data-testid="rejects"][data-file="${name}"]`);
        const counts = await detail.locator('[data-testid="reason-group"]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-count'))));
        if (counts.reduce((a, b) => a + b, 0) !== c.rejected) problems.push(`${key}: reason counts ${counts} do not add up to ${c.rejected}`);
        const lines = await detail.locator('[data-testid="reject-row"]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-line'))));
        const wantLines = c.reasons.map((re) => Number(/^\^?line (\d+)/.exec(re)?.[1])).filter((n) => !Number.isNaN(n));
        if (JSON.stringify(lines) !== JSON.stringify(wantLines)) problems.push(`${key}: rejected lines ${lines} != ${wantLines}`);
      }
    }
    assert(problems.length === 0, problems.join('\n'));
    assert(main.problems.length === 0, main.problems.join('\n'));
  });

  await test('the rejected rows download as CSV: formula cells escaped, no pseudonym, reasons in Dutch', async () => {
    const P = (i) => `P${(0x5eed0000 + i).toString(16).padStart(8, '0')}${'ab12cd34ef56'}`; // P + 20 hex, as the pseudonymise tool makes them
    const people = [1, 2, 3, 4].map(P);
    const participants = `participant_id,residence_wijk_id,age_band\n${people.map((p, i) => `${p},A${1 + (i % 2)},${i % 2 ? 'oud' : 'jong'}`).join('\n')}\n`;
    const participations =
      'participant_id,activity_id,date,role\n' +
      `${people[0]},x,2025-03-03,\n` +
      `${people[1]},=1+2,2025-03-03,\n` + // line 3: unknown activity "=1+2"
      `${people[2]},x,31/02/2025,\n` + // line 4: impossible date
      `${people[3]},@SUM(A1),2025-03-04,\n`; // line 5: unknown activity "@SUM(A1)"
    const files = [
      ...base.filter((b) => !['participants.csv', 'participations.csv'].includes(b.name)).map((f) => asUpload(f.name, f.bytes)),
      asUpload('participants.csv', Buffer.from(participants)),
      asUpload('participations.csv', Buffer.from(participations))
    ];
    assert((await upload(main.page, files)) === 'load-summary', 'the set loads');
    const detail = main.page.locator('[data-testid="rejects"][data-file="participations.csv"]');
    await detail.locator('summary').click();
    const [download] = await Promise.all([main.page.waitForEvent('download', { timeout: 30_000 }), detail.locator('[data-testid="download-rejects"]').click()]);
    assert(/^geweigerde-rijen-participations\.csv$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    assert(lines[0] === 'regel,reden,activity_id,date,role', `header: ${lines[0]}`);
    assert(lines.length === 4, `3 rejected rows, got:\n${csv}`);
    assert(lines[1].startsWith("3,") && lines[1].includes(",'=1+2,"), `line 3 escaped: ${lines[1]}`);
    assert(lines[3].startsWith('5,') && lines[3].includes(",'@SUM(A1),"), `line 5 escaped: ${lines[3]}`);
    assert(/onbekende activity_id/.test(lines[1]) && /geen geldige datum/.test(lines[2]), `Dutch reasons: ${csv}`);
    for (const l of lines) for (const cell of l.split(',')) assert(!/^[=+\-@]/.test(cell), `a cell that a spreadsheet would run: ${cell}`);
    assert(!/P[0-9a-f]{20}/i.test(csv), `a pseudonym in the download:\n${csv}`);
    // Nor anywhere in the page.
    const text = await main.page.evaluate(() => document.body.textContent ?? '');
    for (const p of people) assert(!text.includes(p), `the page shows the pseudonym ${p}`);
  });

  await test('a Dutch-headed semicolon file goes through the mapping screen, and its mapping is remembered', async () => {
    const file = () =>
      asUpload(
        'registratie buurtwerk.csv',
        Buffer.from('\uFEFFDeelnemer;Activiteit;Dag;Werkvorm;Opmerking\r\n001;x;03/03/2025;vrijwilliger;eerste keer\r\n002;x;03/03/2025;;\r\n005;y;05/03/2025;deelnemer;\r\n009;y;05/03/2025;;onbekend\r\n', 'utf8')
      );
    const others = base.filter((b) => b.name !== 'participations.csv').map((f) => asUpload(f.name, f.bytes));
    assert((await upload(main.page, [...others, file()])) === 'mapping', 'the mapping screen is shown');
    const screen = main.page.locator('[data-testid="mapping-file"][data-file="registratie buurtwerk.csv"]');
    assert((await screen.locator('[data-testid="map-table"]').inputValue()) === 'participations', 'recognised as participations by its columns');
    const target = (source) => screen.locator(`select[data-testid="map-column"][data-source="${source}"]`);
    const guessed = {};
    for (const s of ['deelnemer', 'activiteit', 'dag', 'werkvorm', 'opmerking']) guessed[s] = await target(s).inputValue();
    assert(JSON.stringify(guessed) === JSON.stringify({ deelnemer: 'participant_id', activiteit: 'activity_id', dag: 'date', werkvorm: 'role', opmerking: '' }), `guessed: ${JSON.stringify(guessed)}`);
    // The user takes the date away (say, by mistake) ...
    await target('dag').selectOption('');
    // No example values of the participant column.
    const examples = await screen.locator('tr[data-source="deelnemer"] td').first().innerText();
    assert(examples.trim() === 'niet getoond', `participant examples: ${examples}`);
    // Confirming with a required field missing says so, and loads nothing.
    await main.page.click('[data-testid="mapping-confirm"]');
    const alert = await main.page.locator('[data-testid="mapping-problems"]').innerText();
    assert(/Nog geen kolom voor: datum \(date\)/.test(alert), `problems: ${alert}`);
    // ... and puts it back, then confirms.
    await target('dag').selectOption('date');
    const [got] = await Promise.all([
      main.page.waitForFunction(() => document.querySelector('[data-testid="load-summary"], [data-testid="load-error"]')?.getAttribute('data-testid'), null, { timeout: LOAD_TIMEOUT }).then((x) => x.jsonValue()),
      main.page.click('[data-testid="mapping-confirm"]')
    ]);
    assert(got === 'load-summary', `after confirming: ${got}`);
    const row = (await fileRows(main.page)).find((r) => r.file === 'registratie buurtwerk.csv');
    assert(row && row.table === 'participations' && row.read === 4 && row.loaded === 3 && row.rejected === 1, `file row: ${JSON.stringify(row)}`);
    const ignored = await main.page.innerText('[data-testid="ignored-columns"]');
    assert(/opmerking/.test(ignored), `the unused column is reported: ${ignored}`);
    // Remembered under the header row: header and field names only, never a value.
    const stored = await main.page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('wijkweefsel:mapping:')).map((k) => [k, localStorage.getItem(k)])));
    const values = Object.values(stored);
    assert(values.length === 1, `one remembered mapping: ${JSON.stringify(stored)}`);
    assert(values[0] === '{"v":1,"table":"participations","columns":{"deelnemer":"participant_id","activiteit":"activity_id","dag":"date","werkvorm":"role","opmerking":null}}', `stored: ${values[0]}`);
    // The same header row again: loaded straight away with the remembered mapping.
    assert((await upload(main.page, [...others, file()])) === 'load-summary', 'no mapping screen the second time');
    const again = (await fileRows(main.page)).find((r) => r.file === 'registratie buurtwerk.csv');
    assert(again && again.loaded === 3, `second load: ${JSON.stringify(again)}`);
    assert(main.problems.length === 0, main.problems.join('\n'));
  });

  await test('after an import the dashboard shows the imported figures', async () => {
    assert((await upload(main.page, base.map((f) => asUpload(f.name, f.bytes)))) === 'load-summary', 'the base set loads');
    await main.page.waitForSelector('[data-testid="figures-status"][data-state="ready"], [data-testid="figures-status"][data-state="failed"]', { timeout: LOAD_TIMEOUT });
    const state = await main.page.getAttribute('[data-testid="figures-status"]', 'data-state');
    assert(state === 'ready', `figures: ${state}: ${await main.page.innerText('[data-testid="figures-status"]')}`);
    // At once, within the site (no page load): the link names the imported data, and the overview reads them.
    assert(/[?&]data=[0-9a-f]{12}\b/.test((await main.page.getAttribute('[data-testid="to-overview"]', 'href')) ?? ''), 'the link to the overview names the imported data');
    await main.page.click('[data-testid="to-overview"]');
    await main.page.waitForSelector('[data-testid="page-overview"]', { timeout: 30_000 });
    await h.waitForDrawn(main.page, { timeout: LOAD_TIMEOUT });
    const text = await main.page.innerText('[data-testid="page-overview"]');
    assert(/Noord|Zuid|Stad/.test(text) && !/Leuven/.test(text), `the overview shows the imported wijken (Noord, Zuid in Stad), not the demo: ${text.slice(0, 300)}`);
    // Back on the data page: the data are still loaded and their report is shown again.
    await main.page.goBack();
    await main.page.waitForSelector('[data-testid="load-summary"]', { timeout: 30_000 });
    assert((await fileRows(main.page)).length === base.length, 'the report of the loaded files');
    assert((await main.page.getAttribute('[data-testid="figures-status"]', 'data-state')) === 'ready', 'the dashboard still shows them');
    assert(main.problems.length === 0, main.problems.join('\n'));
  });
  await main.context.close();

  await test('the mapping screen, a report with rejected rows and a stopped load pass axe (WCAG 2.x A/AA)', async () => {
    // bypassCSP only here: axe's source is injected as a script into the page.
    const run = await openPage({ bypassCSP: true });
    const axe = async (what) => {
      await run.page.addScriptTag({ content: AXE_SOURCE }).catch(() => {});
      const v = await run.page.evaluate(async (tags) => {
        // @ts-ignore axe is the injected global
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).slice(0, 4).join('; ')})`);
      }, WCAG_TAGS);
      assert(v.length === 0, `${what}: ${v.join('\n')}`);
    };
    try {
      await run.page.goto(PAGE);
      const others = base.filter((b) => b.name !== 'participations.csv').map((f) => asUpload(f.name, f.bytes));
      const dutch = asUpload('registratie.csv', Buffer.from('Deelnemer;Activiteit;Dag;Werkvorm\n001;x;03/03/2025;vrijwilliger\n002;x;03/03/2025;\n', 'utf8'));
      assert((await upload(run.page, [...others, dutch])) === 'mapping', 'mapping screen');
      await run.page.click('[data-testid="mapping-confirm"]');
      await run.page.waitForSelector('[data-testid="load-summary"]', { timeout: LOAD_TIMEOUT });
      const key = 'cases/population-bad-numbers.csv';
      assert((await upload(run.page, filesFor(key, expected[key]))) === 'load-summary', 'loads with rejects');
      await run.page.click('[data-testid="rejects"] summary');
      await axe('the report with rejected rows');
      await run.page.click('[data-testid="review-mapping"]');
      await run.page.waitForSelector('[data-testid="mapping"]');
      await axe('the mapping screen');
      await run.page.click('[data-testid="mapping-cancel"]');
      const stop = 'cases/missing-required-column.csv';
      assert((await upload(run.page, filesFor(stop, expected[stop]))) === 'load-error', 'stops');
      await axe('a stopped load');
      assert(run.problems.length === 0, run.problems.join('\n'));
    } finally {
      await run.context.close();
    }
  });

  await test('files picked before the page came alive are loaded once it has', async () => {
    const run = await openPage();
    try {
      // The page's scripts arrive late (a slow machine): the prerendered file input is there first.
      await run.page.route('**/_app/immutable/**', async (route) => {
        await new Promise((go) => setTimeout(go, 1500));
        await route.continue();
      });
      await run.page.goto(PAGE, { waitUntil: 'domcontentloaded' });
      const alive = await run.page.evaluate(() => !!document.querySelector('[data-testid="page-data"][data-drawn]'));
      assert(!alive, 'the page is not alive yet when the files are picked');
      assert((await upload(run.page, base.map((f) => asUpload(f.name, f.bytes)))) === 'load-summary', 'loads');
      assert(run.problems.length === 0, run.problems.join('\n'));
    } finally {
      await run.context.close();
    }
  });

  await test('keeping the data between visits, off by default, and removing them all', async () => {
    const run = await openPage();
    try {
      const p = run.page;
      await p.goto(PAGE);
      assert(!(await p.locator('[data-testid="keep-data"]').isChecked()), 'off by default');
      assert((await upload(p, base.map((f) => asUpload(f.name, f.bytes)))) === 'load-summary', 'loads');
      await p.waitForSelector('[data-testid="kept-none"]', { timeout: 30_000 });
      await p.check('[data-testid="keep-data"]');
      await p.waitForFunction(() => /Bewaard in deze browser/.test(document.querySelector('[data-testid="keep-status"]')?.textContent ?? ''), null, { timeout: LOAD_TIMEOUT });
      /** What is kept in OPFS: every file under the store's folder. */
      const opfs = () =>
        p.evaluate(async () => {
          const root = await navigator.storage.getDirectory();
          const out = [];
          const walk = async (dir, at) => {
            for await (const [name, h] of dir.entries()) {
              if (h.kind === 'directory') await walk(h, `${at}${name}/`);
              else out.push(`${at}${name}`);
            }
          };
          try {
            await walk(await root.getDirectoryHandle('wijkweefsel-store'), '');
          } catch {
            return null;
          }
          return out.sort();
        });
      const kept = (await opfs()) ?? [];
      const inExport = kept.filter((f) => f.startsWith('exports/')).map((f) => f.split('/').slice(2).join('/'));
      // The canonical tables, the report, the mapping and figures; never the files themselves.
      for (const f of ['tables/participations.arrow', 'tables/wijken.arrow', 'report.json', 'mapping.json']) assert(inExport.includes(f), `kept ${f}: ${JSON.stringify(kept)}`);
      assert(inExport.some((f) => f.startsWith('figures/')), `figures kept: ${JSON.stringify(kept)}`);
      assert(!kept.some((f) => /\.(csv|gz|xlsx|parquet)$/.test(f)), `no raw file kept: ${JSON.stringify(kept)}`);
      assert(kept.includes('catalogue.json'), 'the catalogue');
      // Next visit: the kept data open by themselves (no file is read again).
      await p.reload();
      await p.waitForSelector('[data-testid="load-summary"]', { timeout: LOAD_TIMEOUT });
      assert(await p.locator('[data-testid="keep-data"]').isChecked(), 'still on');
      await p.waitForFunction(() => /geopend uit deze browser/.test(document.querySelector('[data-testid="keep-status"]')?.textContent ?? ''), null, { timeout: 30_000 });
      const rows = await fileRows(p);
      assert(rows.length === base.length && rows.every((r) => r.loaded === r.read), `kept rows: ${JSON.stringify(rows)}`);
      // Remove everything: the kept data, the remembered mappings, the choice.
      await p.evaluate(() => localStorage.setItem('wijkweefsel:mapping:test', '{"v":1}'));
      await p.click('[data-testid="forget-data"]');
      await p.waitForFunction(() => /verwijderd/.test(document.querySelector('[data-testid="forget-status"]')?.textContent ?? ''), null, { timeout: 30_000 });
      const after = (await opfs()) ?? [];
      assert(!after.some((f) => f.startsWith('exports/') || f === 'catalogue.json'), `the kept data are gone: ${JSON.stringify(after)}`);
      const keys = await p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wijkweefsel')));
      assert(keys.length === 0, `left in localStorage: ${keys}`);
      assert(!(await p.locator('[data-testid="keep-data"]').isChecked()), 'keeping is off again');
      assert((await p.locator('[data-testid="load-summary"]').count()) === 0, 'the loaded data are gone from the page');
      // And the next visit starts empty.
      await p.reload();
      await p.waitForTimeout(1500);
      assert((await p.locator('[data-testid="load-summary"], [data-testid="load-progress"]').count()) === 0, 'nothing is loaded on the next visit');
      assert(run.problems.length === 0, run.problems.join('\n'));
    } finally {
      await run.context.close();
    }
  });
}

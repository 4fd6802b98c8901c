// The published site (issue #4, "Publishing without row-level data"): builds a site with
// `npm run build:publish` from a freshly generated small synthetic export, serves it, walks
// every page in Chromium and checks that nothing it receives holds a pseudonym of that
// export or is a row-level file, and that the pages still show the figures. Then it
// attacks the published figures as METRICS.md's test says (tests/audit). Run with tsx:
// it reads the leak matcher and the perturbation switch from the TypeScript sources.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LeakMatcher } from '../../src/cli/publish-check.ts';
import { createHarness, ROOT } from './harness.mjs';

const work = mkdtempSync(path.join(tmpdir(), 'ww-published-'));
const data = path.join(work, 'export');
const build = path.join(work, 'site');
const secret = path.join(work, 'secret.txt');
writeFileSync(secret, randomBytes(32).toString('hex'));
const sh = (args) => {
  const r = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
};
// Another seed and end month than the bundled demo, so its figures cannot pass for the demo's.
sh(['tsx', 'src/cli/demo-data.ts', '--seed', 'published-test', '--end', '2026-06', '--scale', '0.1', '--out', data]);
sh(['tsx', 'src/cli/build-publish.ts', '--data', data, '--out', build, '--secret-file', secret]);

const ids = gunzipSync(readFileSync(path.join(data, 'participants.csv.gz'))).toString('utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]);
const matcher = new LeakMatcher(ids);
const leaksIn = (text, json) => matcher.inText(text.normalize('NFC'), json) !== null;

const h = await createHarness({ build });
try {
  const { page, requests, problems } = await h.openPage();
  const bodies = [];
  page.on('response', async (r) => {
    try {
      bodies.push({ url: r.url(), json: /json/.test(r.headers()['content-type'] ?? '') || /\.json(\?|$)/.test(r.url()), text: (await r.body()).toString('utf8') });
    } catch {
      /* redirects and aborted requests have no body */
    }
  });
  const pages = ['/', '/wijk/', '/activiteiten/', '/stellingen/', '/signalen/', '/maandrapport/', '/uitleg/', '/gegevens/'];

  await h.test('published: every page opens and the overview draws the published figures', async () => {
    for (const p of pages) {
      await page.goto(`${h.origin}${p}`);
      await h.waitForDrawn(page).catch(() => {});
      const text = await page.evaluate(() => document.body.innerText);
      h.assert(text.trim().length > 50, `${p} is blank`);
    }
    await page.goto(`${h.origin}/`);
    await h.waitForDrawn(page);
    const index = JSON.parse(readFileSync(path.join(build, 'figures', 'index.json'), 'utf8'));
    h.assert(index.months.last === '2026-06', `the published figures end in ${index.months.last}, not the test export's 2026-06`);
    h.assert((await page.$$('[data-chart] svg')).length > 0, 'no chart drawn on the overview');
  });

  await h.test('published: no row-level file is requested and no pseudonym reaches the browser', async () => {
    h.assert(ids.length > 100, 'the test export has participants');
    const rowFiles = requests.filter((u) => /\.(csv|csv\.gz|parquet|xlsx)(\?|$)/i.test(u));
    h.assert(rowFiles.length === 0, `row-level files requested: ${rowFiles.join(', ')}`);
    const leaks = bodies.filter((b) => !/\.wasm(\?|$)/.test(b.url) && leaksIn(b.text, b.json)).map((b) => b.url);
    h.assert(bodies.length > 10, `responses were recorded (${bodies.length})`);
    h.assert(leaks.length === 0, `pseudonyms in: ${leaks.join(', ')}`);
    const shown = await page.evaluate(() => document.body.innerText);
    h.assert(!leaksIn(shown, false), 'a pseudonym is on the page');
  });

  // METRICS.md "The test that counts is an attack", on every figure file this site ships.
  await h.test('published: the attack of METRICS.md on the published figures', async () => {
    const expect = ['--noise', '2', '--expect', 'safe'];
    const r = spawnSync('npx', ['tsx', 'tests/audit/cli.ts', '--figures', path.join(build, 'figures'), '--data', data, ...expect, '--score-periods', '8', '--mip-limit', '300'], { cwd: ROOT, encoding: 'utf8' });
    process.stdout.write(r.stdout.split('\n').slice(0, 8).join('\n') + '\n');
    h.assert(r.status === 0, `the audit of the published figures failed:\n${r.stderr}`);
  });

  await h.test('published: no console errors', async () => {
    h.assert(problems.length === 0, problems.join('\n'));
  });

  await h.test("published: no request leaves the server's origin", async () => {
    const foreign = h.foreignRequests();
    h.assert(foreign.length === 0, foreign.map((r) => r.url).join('\n'));
  });
} finally {
  await h.close();
}
const { failed } = h.summary();
process.exit(failed === 0 ? 0 : 1);

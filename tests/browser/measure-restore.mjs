#!/usr/bin/env node
// Measures, by hand, how long restoring a kept export takes in Chromium (issue 15: restoring 1M
// participations takes at most 3 s). Not part of npm test: timings on a shared machine are noisy,
// so it prints them and asserts nothing.
//
//   node tests/browser/measure-restore.mjs [--rows 1000000] [--runs 3] [--breakdown]
// It builds a small page (tests/browser/measure-restore/) with Vite into a temporary folder, keeps
// a generated export in OPFS with the real store, then reloads the page and opens it into a fresh
// DuckDB-WASM, --runs times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { ROOT, launchChromium, startStaticServer } from './harness.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : dflt;
};
const ROWS = opt('rows', 1_000_000);
const RUNS = opt('runs', 3);

const out = mkdtempSync(path.join(tmpdir(), 'ww-measure-'));
try {
  await build({
    configFile: false,
    root: path.join(ROOT, 'tests/browser/measure-restore'),
    base: './',
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5000 }
  });
  const server = await startStaticServer(out);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${server.origin}/index.html`);
    await page.waitForSelector('#state:text("ready")');
    const kept = await page.evaluate((n) => window.keepGenerated(n), ROWS);
    console.log(`kept ${kept.participations.toLocaleString('en')} participations: ${(kept.bytes / 1e6).toFixed(1)} MB, fingerprint ${kept.fingerprint}`);
    console.log(`  snapshot (tables out of DuckDB, sorted, hashed) ${kept.snapshotMs.toFixed(0)} ms; writing to OPFS ${kept.keepMs.toFixed(0)} ms (${kept.writeMs.toFixed(0)} ms in writes)`);
    for (let run = 1; run <= RUNS; run++) {
      await page.reload();
      await page.waitForSelector('#state:text("ready")');
      const r = await page.evaluate((fp) => window.openKept(fp), kept.fingerprint);
      console.log(
        `run ${run}: open ${r.openMs.toFixed(0)} ms (reading OPFS ${r.readMs.toFixed(0)} ms, inserting ${r.insertMs.toFixed(0)} ms, other SQL ${r.execMs.toFixed(0)} ms, the rest (checksums, catalogue) ${(r.openMs - r.readMs - r.insertMs - r.execMs).toFixed(0)} ms)` +
          ` | engine start ${r.engineStartMs.toFixed(0)} ms | first query over sessions ${r.firstQueryMs.toFixed(0)} ms (${r.sessions.toLocaleString('en')} rows)`
      );
    }
    if (args.includes('--breakdown')) {
      await page.reload();
      await page.waitForSelector('#state:text("ready")');
      const b = await page.evaluate(() => window.breakdown());
      console.log('breakdown (ms):', Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Math.round(v)])));
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

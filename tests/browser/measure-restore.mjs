#!/usr/bin/env node
// Measures, by hand, how long restoring a kept export takes in Chromium (issue 15: restoring 1M
// participations takes at most 3 s). Not part of npm test: timings on a shared machine are noisy,
// so it prints them and asserts nothing.
//
//   node tests/browser/measure-restore.mjs [--rows 1000000] [--runs 3] [--breakdown]
// It builds a small page (tests/browser/measure-restore/) with Vite into a temporary folder, keeps
// a generated export in OPFS with the real store, then reloads the page and opens it into a fresh
// DuckDB-WASM, --runs times.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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

/**
 * CPU seconds used so far by this process's descendants (Chromium and its workers), from /proc
 * (Linux; ticks at 100 Hz). On a shared machine the wall time of a step depends on the others'
 * load; the CPU time it took does much less, and is what a machine of its own would need at most
 * (the restore runs on one thread, the checksums beside it).
 */
function cpuOfDescendants() {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / 100 });
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) if (!mine.has(pid) && mine.has(p.ppid)) (mine.add(pid), (grew = true));
  }
  let sum = 0;
  for (const pid of mine) if (pid !== process.pid) sum += procs.get(pid)?.cpu ?? 0;
  return sum;
}

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
    await page.evaluate((n) => window.generate(n), ROWS);
    const keepCpu0 = cpuOfDescendants();
    const kept = await page.evaluate(() => window.keepGenerated());
    const keepCpu = cpuOfDescendants() - keepCpu0;
    console.log(`kept ${kept.participations.toLocaleString('en')} participations: ${(kept.bytes / 1e6).toFixed(1)} MB, fingerprint ${kept.fingerprint}`);
    console.log(
      `  snapshot (tables out of DuckDB, checksums, fingerprint) ${kept.snapshotMs.toFixed(0)} ms; writing to OPFS ${kept.keepMs.toFixed(0)} ms (${kept.writeMs.toFixed(0)} ms in writes);` +
        ` ${(keepCpu * 1000).toFixed(0)} ms CPU in Chromium for both`
    );
    for (let run = 1; run <= RUNS; run++) {
      await page.reload();
      await page.waitForSelector('#state:text("ready")');
      const start = await page.evaluate(() => window.startEngine());
      await new Promise((r) => setTimeout(r, 2000)); // let the compiler's background threads finish
      const cpu0 = cpuOfDescendants();
      const r = await page.evaluate((fp) => window.openKept(fp), kept.fingerprint);
      const cpu = cpuOfDescendants() - cpu0;
      // The same open again in this page: DuckDB's code is now compiled by the optimising tier, as it
      // is from the first visit on where the site is cached (this server sends no-store: every reload is cold).
      const cpu1 = cpuOfDescendants();
      const warm = await page.evaluate((fp) => window.openKept(fp), kept.fingerprint);
      const cpuWarm = cpuOfDescendants() - cpu1;
      const q = await page.evaluate(() => window.firstQuery());
      console.log(
        `run ${run}: open ${r.openMs.toFixed(0)} ms wall, ${(cpu * 1000).toFixed(0)} ms CPU in Chromium` +
          ` (reading OPFS ${r.readMs.toFixed(0)} ms, inserting ${r.insertMs.toFixed(0)} ms, other SQL ${r.execMs.toFixed(0)} ms, the rest (checksums, catalogue) ${(r.openMs - r.readMs - r.insertMs - r.execMs).toFixed(0)} ms)` +
          ` | engine start before it ${start.toFixed(0)} ms | first query over sessions after it ${q.ms.toFixed(0)} ms (${q.sessions.toLocaleString('en')} rows)`
      );
      console.log(`       again in the same page: open ${warm.openMs.toFixed(0)} ms wall, ${(cpuWarm * 1000).toFixed(0)} ms CPU (inserting ${warm.insertMs.toFixed(0)} ms)`);
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

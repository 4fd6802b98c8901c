/**
 * npm run bench [-- --sizes 200000,1000000 --runs 3 --sample 6 --legacy REV --no-legacy --cli5m --demo --demo-against REV]
 *
 * The whole cube (every offered period: each month, calendar quarter and rolling 12 months,
 * for all, buurtwerk and GGW, with disclosure control, read back as the figure files need it)
 * on generated data, in DuckDB-WASM in Node (the browser's engine), by three paths measured
 * side by side in one process, interleaved run by run so a noisy moment hits all alike:
 *
 * - set-based: the engine as the command line runs it: every period, in passes of defaultBatch
 *   periods (all in one at 200k participations, 12 at 1M);
 * - per scope: the same engine, one period and one provider filter per pass (as `npm run
 *   metrics` computes one period), measured on a sample of scopes (one month, one quarter, one
 *   year, each for all / buurtwerk / GGW by default) and scaled up: mean time per scope of a
 *   kind x the number of scopes of that kind;
 * - legacy: the per-scope SQL of an earlier revision (default 6312b22, before the set-based
 *   engine), checked out of git into a temporary folder, on the same sample, scaled the same way.
 *   Its figures are unperturbed; it is the "before" of issue 12.
 *
 * Plus one full-scan GROUP BY over the participations as the floor, and peak memory. Prints a
 * table, then one line of JSON. Never asserts a time: the machine is shared and noisy.
 * --cli5m also runs `npm run figures` on 5,000,000 generated participations (native DuckDB
 * with a 2 GB limit: Node's own share, the files and a batch's figure columns, comes on top;
 * 3 GB gave a 4.9 GB peak) and reports its peak memory (RSS, from /usr/bin/time).
 * --demo times `npm run figures:demo` (the demo's figure files, as the build makes them) into a
 * temporary folder, once per run; --demo-against REV times that revision's command too,
 * alternately with this one's, and reports the ratio.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createNodeEngine } from '../../src/lib/engine/node';
import type { Engine } from '../../src/lib/engine/types';
import { loadExport, type LoadReport } from '../../src/lib/load';
import { defaultBatch, offeredScopes, periodOf, startCube, type ScopeRef } from '../../src/lib/cube';
import { computeFigures, prepareFigures, scopeColumns } from '../../src/lib/metrics';
import { synthesise, toCsvFiles } from './synth';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200000,1000000' },
    runs: { type: 'string', default: '3' },
    legacy: { type: 'string', default: '6312b22' },
    'no-legacy': { type: 'boolean', default: false },
    cli5m: { type: 'boolean', default: false },
    demo: { type: 'boolean', default: false },
    'demo-against': { type: 'string' }
  }
});
// --sizes '' runs none (e.g. only --demo).
const sizes = values.sizes.split(',').filter((x) => x.trim()).map(Number);
const runs = Number(values.runs);
const ROOT = resolve(import.meta.dirname, '../..');
const SECRET = new TextEncoder().encode('bench secret, not for any real export');
const DIMENSIONS = ['age_band', 'gender', 'origin'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** The previous revision's per-scope metric code, checked out of git beside this one. */
type LegacyCompute = (engine: Engine, scope: Record<string, unknown>) => Promise<unknown[]>;
async function legacyEngine(rev: string): Promise<{ compute: LegacyCompute; dir: string } | null> {
  const dir = mkdtempSync(join(tmpdir(), 'ww-legacy-'));
  try {
    execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', '-q', dir, rev], { stdio: 'ignore' });
  } catch {
    process.stderr.write(`bench: cannot check out ${rev} (no git history?); legacy path skipped\n`);
    return null;
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const mod = (await import(join(dir, 'src/lib/metrics/index.ts'))) as { computeFigures: LegacyCompute };
  return { compute: mod.computeFigures, dir };
}

/** A sample of scopes: per kind the latest period, for each provider filter. */
function sampleScopes(report: LoadReport): ScopeRef[] {
  const all = offeredScopes(report.months!.first, report.months!.last);
  const out: ScopeRef[] = [];
  for (const kind of ['month', 'quarter', 'year'] as const) {
    const ends = [...new Set(all.filter((s) => s.kind === kind).map((s) => s.end))];
    const end = ends[Math.floor(ends.length / 2)];
    for (const provider of ['all', 'buurtwerk', 'ggw'] as const) out.push({ kind, end, provider });
  }
  return out;
}

/** Scaled to every offered scope: the mean time per sampled scope of a kind x the scopes of that kind. */
function scaled(times: Map<ScopeRef, number>, report: LoadReport): number {
  const all = offeredScopes(report.months!.first, report.months!.last);
  let total = 0;
  for (const kind of ['month', 'quarter', 'year'] as const) {
    const mine = [...times].filter(([s]) => s.kind === kind).map(([, t]) => t);
    total += (mine.reduce((a, b) => a + b, 0) / mine.length) * all.filter((s) => s.kind === kind).length;
  }
  return total;
}

interface Result {
  size: number;
  scopes: number;
  cube: number;
  perScope: number;
  legacy: number | null;
  scan: number;
  oneYearScope: number;
}

const legacy = values['no-legacy'] || !sizes.length ? null : await legacyEngine(values.legacy);
const results: Result[] = [];
try {
  for (const size of sizes) {
    const files = toCsvFiles(synthesise(size));
    const engine = await createNodeEngine();
    const report = await loadExport(engine, files);
    const sample = sampleScopes(report);
    const nScopes = offeredScopes(report.months!.first, report.months!.last).length;
    const t: Record<'cube' | 'perScope' | 'legacy' | 'scan' | 'year', number[]> = { cube: [], perScope: [], legacy: [], scan: [], year: [] };
    for (let r = 0; r < runs; r++) {
      t.scan.push(await time(() => engine.query('SELECT participant_id, count(*) AS n FROM participations GROUP BY participant_id ORDER BY n DESC LIMIT 1')));
      t.cube.push(
        await time(async () => {
          const cube = await startCube(engine, report, { k: 5, cap: 40, dimensions: DIMENSIONS, secret: SECRET }, { batch: defaultBatch(report), forPages: false });
          while (await cube.next());
          for (const ref of offeredScopes(report.months!.first, report.months!.last)) await cube.columns(ref);
        })
      );
      const per = new Map<ScopeRef, number>();
      for (const ref of sample) {
        const period = periodOf(ref.kind, ref.end);
        per.set(
          ref,
          await time(async () => {
            const run = await prepareFigures(engine, { dimensions: DIMENSIONS, k: 5, cap: 40, secret: SECRET, providers: [ref.provider], lorenz: true }, [period]);
            await computeFigures(run, [period]);
            await scopeColumns(run, period, ref.provider);
          })
        );
      }
      t.perScope.push(scaled(per, report));
      t.year.push(median([...per].filter(([s]) => s.kind === 'year').map(([, x]) => x)));
      if (legacy) {
        const old = new Map<ScopeRef, number>();
        for (const ref of sample) {
          const { from, to } = periodOf(ref.kind, ref.end);
          old.set(ref, await time(() => legacy.compute(engine, { from, to, provider: ref.provider, dimensions: DIMENSIONS, k: 5, cap: 40 })));
        }
        t.legacy.push(scaled(old, report));
      }
      process.stderr.write(`bench: ${size} run ${r + 1}/${runs} done\n`);
    }
    await engine.close();
    results.push({
      size,
      scopes: nScopes,
      cube: median(t.cube),
      perScope: median(t.perScope),
      legacy: t.legacy.length ? median(t.legacy) : null,
      scan: median(t.scan),
      oneYearScope: median(t.year)
    });
  }
} finally {
  if (legacy) {
    spawnSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', legacy.dir], { stdio: 'ignore' });
    rmSync(legacy.dir, { recursive: true, force: true });
  }
}

/** 5M participations through the command line: every offered scope, and its peak memory. */
function cli5m(): { ms: number; peak_rss_mb: number } | null {
  const dir = mkdtempSync(join(tmpdir(), 'ww-5m-'));
  try {
    mkdirSync(join(dir, 'data'));
    for (const f of toCsvFiles(synthesise(5_000_000))) writeFileSync(join(dir, 'data', f.name), f.bytes);
    writeFileSync(join(dir, 'secret'), 'bench secret for five million participations');
    const t0 = performance.now();
    const r = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', process.execPath, join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/figures.ts'),
        '--data', join(dir, 'data'), '--out', join(dir, 'figures'), '--secret-file', join(dir, 'secret'),
        '--engine', 'native', '--memory-limit', '2GB', '--batch', '6'],
      { encoding: 'utf8', maxBuffer: 1 << 26 }
    );
    const ms = performance.now() - t0;
    if (r.status !== 0 || !existsSync(join(dir, 'figures', 'index.json'))) {
      process.stderr.write(`bench: the 5M run failed:\n${r.stderr}\n`);
      return null;
    }
    const kb = Number(r.stderr.trim().split('\n').at(-1));
    return { ms, peak_rss_mb: Math.round(kb / 1024) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const big = values.cli5m ? cli5m() : null;

/** `npm run figures:demo`'s command in `root`, into a fresh temporary folder: its wall time. */
function figuresDemo(root: string): number | null {
  const out = mkdtempSync(join(tmpdir(), 'ww-demo-'));
  try {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/figures.ts', '--data', 'data/demo', '--out', join(out, 'figures'), '--secret-file', 'data/demo.secret', '--engine', 'native', '--threads', '2'],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }
    );
    const ms = performance.now() - t0;
    if (r.status !== 0) {
      process.stderr.write(`bench: figures:demo failed in ${root}:\n${r.stderr}\n`);
      return null;
    }
    return ms;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
const demo: { ms: number | null; against: number | null } = { ms: null, against: null };
if (values.demo || values['demo-against']) {
  const rev = values['demo-against'];
  const other = rev ? mkdtempSync(join(tmpdir(), 'ww-demo-rev-')) : null;
  try {
    if (other) {
      execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', '-q', other, rev!], { stdio: 'ignore' });
      symlinkSync(join(ROOT, 'node_modules'), join(other, 'node_modules'));
    }
    const mine: number[] = [];
    const theirs: number[] = [];
    for (let r = 0; r < runs; r++) {
      // Alternately, so a noisy moment hits both alike.
      const a = figuresDemo(ROOT);
      if (a !== null) mine.push(a);
      if (other) {
        const b = figuresDemo(other);
        if (b !== null) theirs.push(b);
      }
      process.stderr.write(`bench: figures:demo run ${r + 1}/${runs}: ${a === null ? 'failed' : Math.round(a)} ms${other ? ` (${rev}: ${Math.round(theirs.at(-1) ?? NaN)} ms)` : ''}\n`);
    }
    demo.ms = mine.length ? median(mine) : null;
    demo.against = theirs.length ? median(theirs) : null;
  } finally {
    if (other) {
      spawnSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', other], { stdio: 'ignore' });
      rmSync(other, { recursive: true, force: true });
    }
  }
}

const fmt = (ms: number | null) => (ms === null ? 'skipped' : `${Math.round(ms).toLocaleString('en')} ms`);
if (results.length) {
  console.log('participations | scopes | cube, set-based | per scope (scaled) | legacy per scope (scaled) | full-scan GROUP BY | one 12-month scope');
  console.log('---: | ---: | ---: | ---: | ---: | ---: | ---:');
}
for (const r of results) {
  console.log(`${r.size.toLocaleString('en')} | ${r.scopes} | ${fmt(r.cube)} | ${fmt(r.perScope)} | ${fmt(r.legacy)} | ${fmt(r.scan)} | ${fmt(r.oneYearScope)}`);
}
const at = (n: number) => results.find((r) => r.size === n);
const k200 = at(200_000);
const m1 = at(1_000_000);
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? +(a / b).toFixed(2) : null);
console.log(
  JSON.stringify({
    date: new Date().toISOString().slice(0, 10),
    load_average: (await import('node:os')).loadavg().map((x) => +x.toFixed(1)),
    runs,
    cube_200k_ms: k200 && Math.round(k200.cube),
    cube_1m_ms: m1 && Math.round(m1.cube),
    cube_speedup_200k: ratio(k200?.perScope, k200?.cube),
    cube_speedup_1m: ratio(m1?.perScope, m1?.cube),
    legacy_speedup_200k: ratio(k200?.legacy, k200?.cube),
    legacy_speedup_1m: ratio(m1?.legacy, m1?.cube),
    scan_1m_ms: m1 && Math.round(m1.scan),
    suite_1m_over_scan: ratio(m1?.oneYearScope, m1?.scan),
    // One scope's share of the set-based cube (its time over the scopes it offers) against a scan.
    cube_per_scope_1m_over_scan: ratio(m1 && m1.cube / m1.scopes, m1?.scan),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    cli_5m_ms: big && Math.round(big.ms),
    cli_5m_peak_rss_mb: big?.peak_rss_mb ?? null,
    figures_demo_ms: demo.ms && Math.round(demo.ms),
    figures_demo_against: values['demo-against'] ?? null,
    figures_demo_against_ms: demo.against && Math.round(demo.against),
    figures_demo_speedup: ratio(demo.against, demo.ms)
  })
);

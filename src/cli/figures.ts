/**
 * npm run figures -- --data DIR --out DIR [--k 5] [--cap 40] [--jobs N]
 *
 * Computes every figure the dashboard offers from an export folder (the site's own
 * loader and SQL) and writes them as the compact files a static site reads:
 * index.json, series-<provider>.json and scope/<key>.json. Aggregates after
 * disclosure control only: this folder is what a published site ships.
 * The output is cached by a hash of the input files and of the code that computes it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createNodeEngine } from '../lib/engine/node';
import { loadExport, LoadError } from '../lib/load';
import { CUBE_FILES, decodeFigures, encodeFigures, keepInSeries, offeredScopes, scopeKey, type CubeIndex } from '../lib/cube';
import { cubeIndex, scopeFigures } from '../lib/cube/compute';
import type { EncodedSeries } from '../lib/cube/static-source';
import { DEFAULT_CAP, DEFAULT_K, MIN_K } from '../lib/metrics/types';
import type { InputFile } from '../lib/load';
import { readExportFolder } from './read-folder';

const USAGE = 'usage: npm run figures -- --data DIR --out DIR [--k 5] [--cap 40] [--jobs N]';
const fail = (m: string): never => {
  process.stderr.write(`${m}\n`);
  process.exit(2);
};

/** Every source file the figures depend on: a change to any of them recomputes. */
function codeFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.ts') && !n.endsWith('.test.ts')) out.push(p);
    }
  };
  for (const d of ['engine', 'load', 'metrics', 'cube']) walk(join(import.meta.dirname, '..', 'lib', d));
  out.push(join(import.meta.dirname, 'figures.ts'), join(import.meta.dirname, 'read-folder.ts'));
  return out.sort();
}

async function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      k: { type: 'string', default: String(DEFAULT_K) },
      cap: { type: 'string', default: String(DEFAULT_CAP) },
      jobs: { type: 'string' },
      shard: { type: 'string' }
    }
  });
  if (!values.data || !values.out) fail(USAGE);
  const k = Number(values.k);
  const cap = Number(values.cap);
  if (!Number.isInteger(k) || k < MIN_K) fail(`--k must be a whole number of at least ${MIN_K}.`);
  if (!Number.isInteger(cap) || cap < 2) fail('--cap must be a whole number of at least 2.');
  const files = readExportFolder(values.data!);
  if (!files.length) fail(`${values.data}: no export files in this folder.`);

  const hash = createHash('sha256');
  hash.update(JSON.stringify({ k, cap }));
  for (const f of files) hash.update(f.name).update(f.bytes);
  for (const p of codeFiles()) hash.update(relative(process.cwd(), p)).update(readFileSync(p));
  const stamp = hash.digest('hex');
  const out = values.out!;
  const stampFile = join(out, '.inputs-sha256');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    process.stderr.write(`figures: ${out} is up to date with ${values.data}\n`);
    return;
  }

  const jobs = values.shard ? 1 : Math.max(1, Math.min(Number(values.jobs ?? availableParallelism()), 8));
  if (values.shard) return computeShard(files, out, { k, cap }, values.shard);

  // Scopes are independent: N processes, each with its own DuckDB, take every Nth scope.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'scope'), { recursive: true });
  const started = performance.now();
  const args = process.argv.slice(2).filter((a, i, all) => a !== '--jobs' && all[i - 1] !== '--jobs' && !a.startsWith('--jobs='));
  const codes = await Promise.all(
    Array.from({ length: jobs }, (_, i) =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...args, '--shard', `${i}/${jobs}`], { stdio: 'inherit' });
        child.on('exit', (code) => done(code ?? 1));
      })
    )
  );
  if (codes.some((c) => c !== 0)) fail('figures: a worker failed; nothing was written.');

  // The monthly series are the headline rows of the month scopes just written.
  const index = JSON.parse(readFileSync(join(out, CUBE_FILES.index), 'utf8')) as CubeIndex;
  for (const provider of index.providers) {
    const e: EncodedSeries = { provider, months: index.ends.month, figures: [] };
    for (const end of index.ends.month) {
      const rows = decodeFigures(JSON.parse(readFileSync(join(out, CUBE_FILES.scope(scopeKey({ kind: 'month', end, provider }))), 'utf8')));
      e.figures.push(encodeFigures(rows.filter(keepInSeries)));
    }
    writeFileSync(join(out, CUBE_FILES.series(provider)), JSON.stringify(e));
  }
  writeFileSync(stampFile, stamp);
  process.stderr.write(`figures: ${offeredScopes(index.months.first, index.months.last).length} scopes written to ${out} in ${Math.round((performance.now() - started) / 1000)} s (${jobs} processes)\n`);
}

/** One worker: load the export, compute scopes i, i+N, i+2N, ... and write them. Worker 0 writes the index. */
async function computeShard(files: InputFile[], out: string, o: { k: number; cap: number }, shard: string) {
  const [i, n] = shard.split('/').map(Number);
  const engine = await createNodeEngine();
  try {
    const report = await loadExport(engine, files).catch((e) => {
      if (e instanceof LoadError) fail(`Cannot load the export: ${e.message}`);
      throw e;
    });
    const opt = { ...o, dimensions: report.dimensions };
    const index = await cubeIndex(engine, report, opt);
    if (i === 0) writeFileSync(join(out, CUBE_FILES.index), JSON.stringify(index));
    const refs = offeredScopes(index.months.first, index.months.last, index.providers).filter((_, j) => j % n === i);
    for (const ref of refs) {
      writeFileSync(join(out, CUBE_FILES.scope(scopeKey(ref))), JSON.stringify(encodeFigures(await scopeFigures(engine, ref, opt))));
    }
  } finally {
    await engine.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});

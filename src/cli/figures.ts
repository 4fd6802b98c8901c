/**
 * npm run figures -- --data DIR --out DIR [--k 5] [--cap 40]
 *
 * Computes every figure the dashboard offers from an export folder (the site's own
 * loader and SQL) and writes them as the compact files a static site reads:
 * index.json, series-<provider>.json and scope/<key>.json. Aggregates after
 * disclosure control only: this folder is what a published site ships.
 * The output is cached by a hash of the input files and of the code that computes it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createNodeEngine } from '../lib/engine/node';
import { loadExport, LoadError } from '../lib/load';
import { CUBE_FILES, encodeFigures, keepInSeries, scopeKey } from '../lib/cube';
import { allScopes, cubeIndex } from '../lib/cube/compute';
import type { EncodedSeries } from '../lib/cube/static-source';
import { DEFAULT_CAP, DEFAULT_K, MIN_K, type FigureRow, type Provider } from '../lib/metrics/types';
import { readExportFolder } from './read-folder';

const USAGE = 'usage: npm run figures -- --data DIR --out DIR [--k 5] [--cap 40]';
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
  walk(import.meta.dirname);
  return out.sort();
}

async function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      k: { type: 'string', default: String(DEFAULT_K) },
      cap: { type: 'string', default: String(DEFAULT_CAP) }
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

  const engine = await createNodeEngine();
  try {
    const report = await loadExport(engine, files).catch((e) => {
      if (e instanceof LoadError) fail(`Cannot load the export: ${e.message}`);
      throw e;
    });
    const opt = { k, cap, dimensions: report.dimensions };
    const index = await cubeIndex(engine, report, opt);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'scope'), { recursive: true });
    const series = new Map<Provider, { months: string[]; figures: FigureRow[][] }>();
    const started = performance.now();
    let n = 0;
    for await (const { ref, rows } of allScopes(engine, index, opt)) {
      writeFileSync(join(out, CUBE_FILES.scope(scopeKey(ref))), JSON.stringify(encodeFigures(rows)));
      if (ref.kind === 'month') {
        const s = series.get(ref.provider) ?? { months: [], figures: [] };
        s.months.push(ref.end);
        s.figures.push(rows.filter(keepInSeries));
        series.set(ref.provider, s);
      }
      n++;
    }
    for (const [provider, s] of series) {
      const e: EncodedSeries = { provider, months: s.months, figures: s.figures.map(encodeFigures) };
      writeFileSync(join(out, CUBE_FILES.series(provider)), JSON.stringify(e));
    }
    writeFileSync(join(out, CUBE_FILES.index), JSON.stringify(index));
    writeFileSync(stampFile, stamp);
    process.stderr.write(`figures: ${n} scopes written to ${out} in ${Math.round((performance.now() - started) / 1000)} s\n`);
  } finally {
    await engine.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});

/**
 * npm run bench [-- --sizes 100000,1000000,4000000 --runs 5 --skip-reference-above 1000000]
 *
 * The whole metric suite for one 12-month period over all wijken, on generated data,
 * in (a) DuckDB-WASM in Node (the browser's engine), (b) native DuckDB through
 * @duckdb/node-api (single thread, like WASM), (c) the arquero/TypeScript reference
 * of the tests. Median of N runs each, measured side by side in one process, so the
 * ratios hold on a shared, noisy machine. Prints a table, then one line of JSON.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createNodeEngine } from '../lib/engine/node';
import { createNativeEngine } from '../lib/engine/native';
import type { Engine } from '../lib/engine/types';
import { loadExport } from '../lib/load';
import { computeFigures } from '../lib/metrics';
import type { Scope } from '../lib/metrics/types';
import { referenceRawFigures } from '../../tests/reference/index';
import { applyDisclosure } from '../lib/metrics/disclosure';
import { synthesise, toCsvFiles } from './bench/synth';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000,4000000' },
    runs: { type: 'string', default: '5' },
    'skip-reference-above': { type: 'string', default: '1000000' }
  }
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const referenceLimit = Number(values['skip-reference-above']);
const scope: Scope = { from: '2025-01', to: '2025-12', provider: 'all', dimensions: ['age_band', 'gender', 'origin'], k: 5, cap: 40 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

type Row = { size: number; wasm: number; native: number; reference: number | null; figures: number };
const results: Row[] = [];

for (const size of sizes) {
  const data = synthesise(size);
  const files = toCsvFiles(data);
  const engines: Array<[string, Engine]> = [['wasm', await createNodeEngine()], ['native', await createNativeEngine(1)]];
  for (const [, e] of engines) await loadExport(e, files);
  const times: Record<string, number[]> = { wasm: [], native: [], reference: [] };
  let figures = 0;
  // Interleave the contenders run by run, so a noisy moment hits all of them alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, e] of engines) times[name].push(await time(async () => (figures = (await computeFigures(e, scope)).length)));
    if (size <= referenceLimit) times.reference.push(await time(() => applyDisclosure(referenceRawFigures(data, scope), scope.k)));
  }
  for (const [, e] of engines) await e.close();
  const row: Row = {
    size,
    wasm: median(times.wasm),
    native: median(times.native),
    reference: times.reference.length ? median(times.reference) : null,
    figures
  };
  results.push(row);
  process.stderr.write(`done ${size}\n`);
}

const fmt = (ms: number | null) => (ms === null ? 'skipped' : `${Math.round(ms)} ms`);
console.log(`participations | DuckDB-WASM (Node) | native DuckDB (1 thread) | arquero reference | figures`);
console.log(`---: | ---: | ---: | ---: | ---:`);
for (const r of results) console.log(`${r.size.toLocaleString('en')} | ${fmt(r.wasm)} | ${fmt(r.native)} | ${fmt(r.reference)} | ${r.figures}`);
const at = (n: number) => results.find((r) => r.size === n);
const m1 = at(1_000_000);
const m4 = at(4_000_000);
const summary = {
  date: new Date().toISOString().slice(0, 10),
  runs,
  wasm_over_native_1m: m1 ? +(m1.wasm / m1.native).toFixed(2) : null,
  reference_over_wasm_1m: m1 && m1.reference ? +(m1.reference / m1.wasm).toFixed(2) : null,
  wasm_4m_over_1m: m1 && m4 ? +(m4.wasm / m1.wasm).toFixed(2) : null,
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  medians_ms: results.map((r) => ({ size: r.size, wasm: Math.round(r.wasm), native: Math.round(r.native), reference: r.reference && Math.round(r.reference) }))
};
console.log(JSON.stringify(summary));

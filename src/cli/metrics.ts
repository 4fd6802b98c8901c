/**
 * npm run metrics -- --data DIR --from YYYY-MM --to YYYY-MM [--dimensions a,b]
 *   [--provider all|buurtwerk|ggw] [--k 5] [--cap 40] [--format jsonl|csv] [--engine wasm|native]
 *
 * For scheduled monthly runs: loads an export folder through the site's own loader,
 * computes every figure of METRICS.md with the site's own SQL, applies disclosure
 * control, and writes aggregates only (one row per figure) to standard output.
 * The load report goes to standard error.
 */
import { parseArgs } from 'node:util';
import { createNodeEngine } from '../lib/engine/node';
import { createNativeEngine } from '../lib/engine/native';
import { loadExport, LoadError, type LoadReport } from '../lib/load';
import { computeFigures } from '../lib/metrics';
import { DEFAULT_CAP, DEFAULT_K, MIN_K, PROVIDERS, type FigureRow, type Provider } from '../lib/metrics/types';
import { figuresToCsv, figuresToJsonl, FIGURE_COLUMNS } from '../lib/export/figures';
import { readExportFolder } from './read-folder';

const USAGE = 'usage: npm run metrics -- --data DIR --from YYYY-MM --to YYYY-MM [--dimensions age_band,origin] [--provider all|buurtwerk|ggw] [--k 5] [--cap 40] [--format jsonl|csv] [--engine wasm|native]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function loadSummary(r: LoadReport): string {
  const lines = ['file\ttable\tread\tloaded\trejected\tduplicates'];
  for (const f of r.files) lines.push([f.file, f.table, f.read, f.loaded, f.rejected, f.duplicates].join('\t'));
  for (const f of r.files) for (const x of f.rejects.slice(0, 20)) lines.push(`  rejected ${x.file}, line ${x.line}: ${x.reason}`);
  const more = r.files.reduce((n, f) => n + Math.max(0, f.rejects.length - 20), 0);
  if (more) lines.push(`  ... and ${more} more rejected rows`);
  if (r.months) lines.push(`months ${r.months.first} .. ${r.months.last}; ${r.wijken} wijken; cities ${r.cities.join(', ')}; dimensions ${r.dimensions.join(', ')}`);
  return lines.join('\n') + '\n';
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
        dimensions: { type: 'string' }, provider: { type: 'string' },
        k: { type: 'string', default: String(DEFAULT_K) }, cap: { type: 'string', default: String(DEFAULT_CAP) },
        format: { type: 'string', default: 'jsonl' }, engine: { type: 'string', default: 'wasm' }
      }
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const month = /^\d{4}-(0[1-9]|1[0-2])$/;
  if (!values.data || !values.from || !values.to) fail(USAGE);
  if (!month.test(values.from) || !month.test(values.to) || values.from > values.to) fail(`--from and --to must be months YYYY-MM, from <= to.\n${USAGE}`);
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < MIN_K) fail(`--k must be a whole number of at least ${MIN_K} (METRICS.md: never below ${MIN_K}).`);
  const cap = Number(values.cap);
  if (!Number.isInteger(cap) || cap < 2) fail('--cap must be a whole number of at least 2.');
  if (values.format !== 'jsonl' && values.format !== 'csv') fail('--format must be jsonl or csv.');
  const providers: Provider[] = values.provider ? [values.provider as Provider] : PROVIDERS;
  if (!providers.every((p) => PROVIDERS.includes(p))) fail('--provider must be all, buurtwerk or ggw.');

  let files;
  try {
    files = readExportFolder(values.data);
  } catch (e) {
    fail((e as Error).message);
  }
  if (!files.length) fail(`${values.data}: no export files (.csv, .csv.gz, .parquet, .xlsx) in this folder.`);

  const engine = values.engine === 'native' ? await createNativeEngine() : await createNodeEngine();
  let report: LoadReport;
  try {
    report = await loadExport(engine, files);
  } catch (e) {
    if (e instanceof LoadError) fail(`Cannot load the export: ${e.message}`);
    throw e;
  }
  process.stderr.write(loadSummary(report));
  const dimensions = values.dimensions ? values.dimensions.split(',').map((d) => d.trim()).filter(Boolean) : report.dimensions;
  const unknown = dimensions.filter((d) => !report.dimensions.includes(d));
  if (unknown.length) fail(`--dimensions: ${unknown.join(', ')} not among the participants' columns (${report.dimensions.join(', ')}).`);

  // Figures that do not depend on the provider filter (overlap) come once per provider run: keep one.
  const seen = new Set<string>();
  const out: FigureRow[] = [];
  for (const provider of providers) {
    const rows = await computeFigures(engine, { from: values.from, to: values.to, provider, dimensions, k, cap });
    for (const r of rows) {
      const key = FIGURE_COLUMNS.slice(0, 6).map((c) => r[c]).join('\u0000');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(r);
      }
    }
  }
  process.stdout.write(values.format === 'csv' ? figuresToCsv(out) : figuresToJsonl(out));
  await engine.close();
}

main().catch((e) => fail(`metrics: ${e instanceof Error ? e.message : String(e)}`, 1));

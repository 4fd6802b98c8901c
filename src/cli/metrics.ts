/**
 * npm run metrics -- --data DIR --from YYYY-MM --to YYYY-MM --secret-file FILE [--out FILE]
 *   [--dimensions a,b] [--provider all|buurtwerk|ggw] [--k 5] [--cap 40] [--format jsonl|csv]
 *   [--engine wasm|native]
 *
 * For scheduled monthly runs: loads an export folder through the site's own loader,
 * computes every figure of METRICS.md with the site's own SQL and disclosure control
 * (cell-key noise from the deployment secret, then k), and writes aggregates only (one
 * row per figure) to --out, or to standard output. The load report goes to standard error.
 */
import { parseArgs } from 'node:util';
import { createNodeEngine } from '../lib/engine/node';
import { createNativeEngine } from '../lib/engine/native';
import { loadExport, LoadError, type LoadReport } from '../lib/load';
import { computeFigures, periodFigures, prepareFigures } from '../lib/metrics';
import { DEFAULT_CAP, DEFAULT_K, MIN_K, PROVIDERS, type Provider } from '../lib/metrics/types';
import { figuresToCsv, figuresToJsonl } from '../lib/export/figures';
import { writeFileSync } from 'node:fs';
import { readSecretFile } from './secret';
import { readExportFolder } from './read-folder';

const USAGE =
  'usage: npm run --silent metrics -- --data DIR --from YYYY-MM --to YYYY-MM --secret-file FILE [--out FILE] [--dimensions age_band,origin] [--provider all|buurtwerk|ggw] [--k 5] [--cap 40] [--format jsonl|csv] [--engine wasm|native]';

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
        format: { type: 'string', default: 'jsonl' }, engine: { type: 'string', default: 'wasm' },
        'secret-file': { type: 'string' }, out: { type: 'string' },
        // The auditor's negative control only: publishes exact counts. Never for real figures.
        'unsafe-no-perturbation': { type: 'boolean', default: false }
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
  const perturb = !values['unsafe-no-perturbation'];
  const secret = perturb ? readSecretFile(values['secret-file'], { data: values.data }) : null;
  if (secret instanceof Error) fail(secret.message);

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

  // One set-based pass: the provider filters asked for, the provider-free families once.
  const period = { from: values.from, to: values.to };
  const run = await prepareFigures(
    engine,
    { dimensions, k, cap, providers, secret: secret ? secret.bytes : null, perturb, residenceMatrix: true },
    [period]
  );
  await computeFigures(run, [period]);
  const rows = await periodFigures(run, period);
  const text = values.format === 'csv' ? figuresToCsv(rows) : figuresToJsonl(rows);
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  await engine.close();
}

main().catch((e) => fail(`metrics: ${e instanceof Error ? e.message : String(e)}`, 1));

/**
 * npm run figures -- --data DIR --out DIR --secret-file FILE [--k 5] [--cap 40] [--engine wasm|native]
 *   [--batch N] [--memory-limit 3GB] [--threads 1]
 *
 * Computes every figure the dashboard offers from an export folder (the site's own loader
 * and SQL), every offered period and provider filter in set-based passes, and writes them
 * as the compact files a static site reads: index.json, series-<provider>.json and
 * scope/<key>.json, each straight from the engine's columns. Aggregates after disclosure
 * control only: this folder is what a published site ships. The output is cached by a hash
 * of the input files, the secret and the code that computes it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { LoadError, type InputFile } from '../lib/load';
import { writeFigureFiles } from './figure-files';
import { DEFAULT_CAP, DEFAULT_K, MIN_K } from '../lib/metrics/types';
import { readExportFolder } from './read-folder';
import { readSecretFile } from './secret';

const USAGE =
  'usage: npm run figures -- --data DIR --out DIR --secret-file FILE [--k 5] [--cap 40] [--engine wasm|native] [--batch 12] [--memory-limit 3GB] [--threads 1]';
function fail(m: string): never {
  process.stderr.write(`${m}\n`);
  process.exit(2);
}

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
  out.push(join(import.meta.dirname, 'figures.ts'), join(import.meta.dirname, 'figure-files.ts'), join(import.meta.dirname, 'read-folder.ts'));
  return out.sort();
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        'secret-file': { type: 'string' },
        k: { type: 'string', default: String(DEFAULT_K) },
        cap: { type: 'string', default: String(DEFAULT_CAP) },
        engine: { type: 'string', default: 'wasm' },
        batch: { type: 'string' },
        'memory-limit': { type: 'string' },
        // Native engine only: DuckDB's threads. One by default, so the memory a scheduled job needs is predictable.
        threads: { type: 'string', default: '1' },
        // The auditor's negative control only: publishes exact counts. Never for a real site.
        'unsafe-no-perturbation': { type: 'boolean', default: false }
      }
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.data || !values.out) fail(USAGE);
  const k = Number(values.k);
  const cap = Number(values.cap);
  if (!Number.isInteger(k) || k < MIN_K) fail(`--k must be a whole number of at least ${MIN_K} (METRICS.md: never below ${MIN_K}).`);
  if (!Number.isInteger(cap) || cap < 2) fail('--cap must be a whole number of at least 2.');
  if (values.engine !== 'wasm' && values.engine !== 'native') fail('--engine must be wasm or native.');
  const batch = values.batch === undefined ? undefined : Number(values.batch);
  if (batch !== undefined && (!Number.isInteger(batch) || batch < 1)) fail('--batch must be a whole number of periods, at least 1.');
  const threads = Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1) fail('--threads must be a whole number, at least 1.');
  const perturb = !values['unsafe-no-perturbation'];
  const secret = perturb ? readSecretFile(values['secret-file'], { data: values.data!, outside: [values.out!] }) : null;
  if (secret instanceof Error) fail(secret.message);
  let files: InputFile[] = [];
  try {
    files = readExportFolder(values.data!);
  } catch (e) {
    fail((e as Error).message);
  }
  if (!files.length) fail(`${values.data}: no export files in this folder.`);

  const hash = createHash('sha256');
  hash.update(JSON.stringify({ k, cap, perturb }));
  // The secret changes every figure: part of the stamp, but only as a hash of a hash.
  if (secret) hash.update(createHash('sha256').update(secret.bytes).digest());
  for (const f of files) hash.update(f.name).update(f.bytes);
  for (const p of codeFiles()) hash.update(relative(process.cwd(), p)).update(readFileSync(p));
  const stamp = hash.digest('hex');
  const out = values.out!;
  const stampFile = join(out, '.inputs-sha256');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    process.stderr.write(`figures: ${out} is up to date with ${values.data}\n`);
    return;
  }

  const started = performance.now();
  // Only the engine asked for is loaded: DuckDB-WASM alone takes about 0.4 s to import.
  const engine =
    values.engine === 'native'
      ? await (await import('../lib/engine/native')).createNativeEngine(threads, values['memory-limit'])
      : await (await import('../lib/engine/node')).createNodeEngine();
  try {
    const { scopes } = await writeFigureFiles(engine, files, out, {
      k,
      cap,
      secret: secret ? secret.bytes : null,
      perturb,
      batch,
      onProgress: (p) =>
        process.stderr.write(`figures: months ${p.done.month}/${p.total.month}, quarters ${p.done.quarter}/${p.total.quarter}, years ${p.done.year}/${p.total.year}\n`)
    });
    writeFileSync(stampFile, stamp);
    process.stderr.write(`figures: ${scopes} scopes written to ${out} in ${Math.round((performance.now() - started) / 1000)} s\n`);
  } catch (e) {
    if (e instanceof LoadError) fail(`Cannot load the export: ${e.message}`);
    throw e;
  } finally {
    await engine.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});

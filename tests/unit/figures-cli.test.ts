import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeFigures, offeredScopes, periodOf, scopeKey, type CubeIndex } from '../../src/lib/cube';
import type { EncodedSeries } from '../../src/lib/cube/static-source';

/**
 * The files a published site ships must be exactly what the scheduled job exports
 * (`npm run metrics`) for the same period with the same secret, minus the residence-wijk
 * mixing matrix (the pages do not draw it) and plus the Lorenz deciles (the pages do).
 */
const DATA = 'tests/fixtures/dialect';
const dir = mkdtempSync(join(tmpdir(), 'ww-figures-'));
const out = join(dir, 'figures');
const secret = join(dir, 'city.secret');
writeFileSync(secret, 'the secret of a city that publishes its figures\n');
const run = (extra: string[] = []) =>
  spawnSync('npx', ['tsx', 'src/cli/figures.ts', '--data', DATA, '--out', out, '--k', '3', '--secret-file', secret, ...extra], { encoding: 'utf8', timeout: 300_000 });
const first = run();
const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));

/** Figures of every provider filter's scope: overlap and signals (provider 'all') and B9 (per activity). */
const FREE = /^(bw|ggw|both|bw_only|ggw_only|jaccard|ggw_via_bw|gateway_.*|partner_hhi|signals.*|signal_median_days|activity_.*)$/;

function metricsCli(from: string, to: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli/metrics.ts', '--data', DATA, '--from', from, '--to', to, '--k', '3', '--secret-file', secret], {
    encoding: 'utf8',
    timeout: 120_000
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

describe('npm run figures', () => {
  it('writes an index, every offered scope and the monthly series', () => {
    expect(first.status, first.stderr).toBe(0);
    const index = read('index.json') as CubeIndex;
    const scopes = offeredScopes(index.months.first, index.months.last);
    expect(readdirSync(join(out, 'scope')).sort()).toEqual(scopes.map((s) => `${scopeKey(s)}.json`).sort());
    expect(index.k).toBe(3);
    expect(index.perturbed).toBe(true);
    expect(first.stderr).toMatch(/months \d+\/\d+, quarters \d+\/\d+, years \d+\/\d+/);
  });

  it('ships for a scope exactly what the metrics command exports for its period', () => {
    const index = read('index.json') as CubeIndex;
    // One period of each kind (the latest), every provider filter's scope of it.
    const periods = (['month', 'quarter', 'year'] as const).filter((kind) => index.ends[kind].length).map((kind) => ({ kind, end: index.ends[kind].at(-1)! }));
    expect(periods.length).toBeGreaterThanOrEqual(1);
    for (const p of periods) {
      const { from, to } = periodOf(p.kind, p.end);
      const exported = metricsCli(from, to);
      for (const provider of index.providers) {
        const ref = { ...p, provider };
        const expected = exported.filter(
          (r) => (FREE.test(r.metric) || r.provider === ref.provider) && !(r.dimension === 'residence_wijk' && /^mixing(_expected)?$/.test(r.metric))
        );
        const shipped = decodeFigures(read(`scope/${scopeKey(ref)}.json`));
        const key = (r: Record<string, unknown>) => [r.city, r.wijk_id, r.provider, r.dimension, r.group, r.metric].join('|');
        const sort = (rows: Array<Record<string, unknown>>) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
        expect(sort(shipped.filter((r) => r.metric !== 'lorenz_share') as unknown as Array<Record<string, unknown>>)).toEqual(sort(expected));
        expect(shipped.some((r) => r.metric === 'lorenz_share')).toBe(true);
      }
    }
  }, 300_000);

  it('series hold the headline rows of every month scope', () => {
    const index = read('index.json') as CubeIndex;
    const s = read('series-all.json') as EncodedSeries;
    expect(s.months).toEqual(index.ends.month);
    s.months.forEach((end, i) => {
      const month = decodeFigures(read(`scope/${scopeKey({ kind: 'month', end, provider: 'all' })}.json`));
      const headline = month.filter((r) => r.group === '' && index.seriesMetrics.includes(r.metric));
      expect(decodeFigures(s.figures[i])).toEqual(headline);
      expect(headline.length).toBeGreaterThan(0);
    });
  });

  it('never writes a pseudonym', () => {
    const ids = readFileSync(join(DATA, 'participants.csv'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(';')[0]);
    expect(ids.length).toBeGreaterThan(3);
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    for (const f of walk(out)) {
      const text = readFileSync(f, 'utf8');
      for (const id of ids) expect(text.includes(`"${id}"`), `${id} in ${f}`).toBe(false);
    }
  });

  it('does not recompute when neither the data, the secret nor the code changed; another secret does', () => {
    const again = run();
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/up to date/);
    writeFileSync(secret, 'another secret, so other noise in every figure\n');
    const other = run();
    expect(other.status, other.stderr).toBe(0);
    expect(other.stderr).not.toMatch(/up to date/);
  });

  it('writes the same files with native DuckDB on two threads as with DuckDB-WASM', () => {
    const native = join(dir, 'native');
    const r = spawnSync('npx', ['tsx', 'src/cli/figures.ts', '--data', DATA, '--out', native, '--k', '3', '--secret-file', secret, '--engine', 'native', '--threads', '2'], {
      encoding: 'utf8',
      timeout: 300_000
    });
    expect(r.status, r.stderr).toBe(0);
    const files = (root: string): string[] =>
      readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile() && !f.startsWith('.')).sort();
    expect(files(native)).toEqual(files(out));
    for (const f of files(out)) expect(readFileSync(join(native, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
  });

  it('refuses a number of threads that is not a whole number of at least 1', () => {
    const r = run(['--engine', 'native', '--threads', '0']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--threads must be a whole number, at least 1/);
  });

  it('refuses to publish without a secret', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/figures.ts', '--data', DATA, '--out', join(dir, 'nope')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--secret-file FILE is required/);
  });
});

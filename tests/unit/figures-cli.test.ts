import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeFigures, offeredScopes, periodOf, scopeKey, type CubeIndex } from '../../src/lib/cube';
import type { EncodedSeries } from '../../src/lib/cube/static-source';

/**
 * The files a published site ships must be exactly what the scheduled job exports
 * (`npm run metrics`) for the same scope, minus the residence-wijk mixing matrix,
 * whatever the number of worker processes.
 */
const DATA = 'tests/fixtures/dialect';
const out = join(mkdtempSync(join(tmpdir(), 'ww-figures-')), 'figures');
const run = (jobs: string) => spawnSync('npx', ['tsx', 'src/cli/figures.ts', '--data', DATA, '--out', out, '--k', '3', '--jobs', jobs], { encoding: 'utf8', timeout: 180_000 });
const first = run('2');
const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));

function metricsCli(from: string, to: string, provider: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli/metrics.ts', '--data', DATA, '--from', from, '--to', to, '--provider', provider, '--k', '3'], { encoding: 'utf8', timeout: 120_000 });
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
  });

  it('ships for a scope exactly what the metrics command exports, minus the residence-wijk matrix', () => {
    const index = read('index.json') as CubeIndex;
    for (const ref of offeredScopes(index.months.first, index.months.last).slice(0, 3)) {
      const { from, to } = periodOf(ref.kind, ref.end);
      const expected = metricsCli(from, to, ref.provider).filter(
        (r) => !(r.dimension === 'residence_wijk' && (r.metric === 'mixing' || r.metric === 'mixing_expected'))
      );
      // lorenz_share is the pages' extension of R7, not part of the METRICS.md export
      const shipped = decodeFigures(read(`scope/${scopeKey(ref)}.json`));
      expect(shipped.filter((r) => r.metric !== 'lorenz_share')).toEqual(expected);
      expect(shipped.some((r) => r.metric === 'lorenz_share')).toBe(true);
    }
  });

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

  it('does not recompute when neither the data nor the code changed', () => {
    const again = run('1');
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/up to date/);
  });
});

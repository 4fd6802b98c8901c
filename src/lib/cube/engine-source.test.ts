import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { insertCanonical } from '../load/canonical';
import type { LoadReport } from '../load/report';
import { computeFigures } from '../metrics';
import type { FigureRow, Scope } from '../metrics/types';
import { A } from '../../../tests/reference/fixtures';
import { figureKey, referenceRawFigures } from '../../../tests/reference/index';
import { cubeIndex, keepInScope, keepInSeries, scopeFigures } from './compute';
import { parseScopeKey } from './scopes';
import { engineSource, serialQueue, type SeriesProgress } from './engine-source';

/**
 * The engine-backed source over fixture A (tests/reference): each scope as computeFigures
 * gives it for the same period, and as the independent reference gives it after the same
 * disclosure control; series from the month scopes; computed once, then kept.
 */

let engine: Engine;
let queries = 0;
// Fixture A: participations 2025-01 .. 2025-04, one city, dimension `age`.
const report: LoadReport = {
  files: [],
  tables: { wijken: 2, population: 6, participants: 8, activities: 3, participations: 17, signals: 0 },
  months: { first: '2025-01', last: '2025-04' },
  wijken: 2,
  cities: ['Aa'],
  dimensions: ['age']
};
const K = 3;
const scopeOf = (from: string, to: string, provider: Scope['provider']): Scope => ({ from, to, provider, dimensions: ['age'], k: K, cap: 40 });
const byKey = (rows: FigureRow[]) => [...rows].sort((a, b) => figureKey(a).localeCompare(figureKey(b)));
/**
 * Figures that the build adds to a scope beyond computeFigures (METRICS.md's list), such as
 * the wijk page's Lorenz deciles: compared with what the build writes, not with computeFigures.
 */
const ofMetricsMd = (rows: FigureRow[]) => rows.filter((r) => r.metric !== 'lorenz_share');

beforeAll(async () => {
  const e = await createNodeEngine();
  await insertCanonical(e, A);
  // Count the engine's work, to see what is computed again and what is kept.
  engine = { ...e, query: (sql) => (queries++, e.query(sql)), exec: (sql) => (queries++, e.exec(sql)), close: () => e.close() };
});
afterAll(() => engine.close());

describe('engineSource', () => {
  it('offers the index the build would write', async () => {
    const s = await engineSource(engine, report, { k: K });
    expect(s.index).toEqual(await cubeIndex(engine, report, { k: K, cap: 40, dimensions: ['age'] }));
    expect(s.index.ends).toEqual({ month: ['2025-01', '2025-02', '2025-03', '2025-04'], quarter: ['2025-03'], year: [] });
  });

  it('computes a scope as computeFigures does for the same period and provider, and as the build writes it', async () => {
    const s = await engineSource(engine, report, { k: K });
    for (const [key, scope] of [
      ['month-2025-03-all', scopeOf('2025-03', '2025-03', 'all')],
      ['quarter-2025-03-ggw', scopeOf('2025-01', '2025-03', 'ggw')],
      ['month-2025-02-buurtwerk', scopeOf('2025-02', '2025-02', 'buurtwerk')]
    ] as const) {
      const got = await s.scope(key);
      expect(got.length).toBeGreaterThan(20);
      expect(byKey(ofMetricsMd(got))).toEqual(byKey((await computeFigures(engine, scope)).filter(keepInScope)));
      expect(byKey(got)).toEqual(byKey(await scopeFigures(engine, parseScopeKey(key)!, { k: K, cap: 40, dimensions: ['age'] })));
    }
  });

  it('shows the values of the independent reference, and hides the ones disclosure control hides', async () => {
    const s = await engineSource(engine, report, { k: K });
    const got = new Map(ofMetricsMd(await s.scope('month-2025-03-all')).map((r) => [figureKey(r), r]));
    const want = referenceRawFigures(A, scopeOf('2025-03', '2025-03', 'all')).filter((r) => keepInScope({ ...r, suppressed: null }));
    expect([...got.keys()].sort()).toEqual(want.map(figureKey).sort());
    let shown = 0;
    for (const w of want) {
      const g = got.get(figureKey(w))!;
      if (g.suppressed !== null) expect(g.value, figureKey(w)).toBeNull();
      else if (w.value === null) expect(g.value, figureKey(w)).toBeNull();
      else {
        expect(g.value, figureKey(w)).toBeCloseTo(w.value, 9);
        shown++;
      }
    }
    // not vacuous: people took part in March, figures are shown, and some small counts are hidden
    expect(got.get(figureKey({ city: 'Aa', wijk_id: '', provider: 'all', dimension: '', group: '', metric: 'participants' }))?.value).toBe(7);
    expect(shown).toBeGreaterThan(20);
    expect([...got.values()].some((g) => g.suppressed === 'below_k')).toBe(true);
  });

  it('computes a scope once and keeps it; asking again costs no query', async () => {
    const s = await engineSource(engine, report, { k: K });
    const before = queries;
    const first = s.scope('month-2025-01-all');
    const again = s.scope('month-2025-01-all');
    expect(again).toBe(first);
    await first;
    const used = queries - before;
    expect(used).toBeGreaterThan(0);
    await s.scope('month-2025-01-all');
    expect(queries - before).toBe(used);
  });

  it('lets the oldest scope go when more are asked for than it keeps', async () => {
    const s = await engineSource(engine, report, { k: K, keep: 2 });
    const a = s.scope('month-2025-01-all');
    await a;
    await s.scope('month-2025-02-all');
    await s.scope('month-2025-03-all');
    expect(s.scope('month-2025-01-all')).not.toBe(a);
  });

  it('builds a series from the month scopes, reporting each month', async () => {
    const seen: SeriesProgress[] = [];
    const s = await engineSource(engine, report, { k: K, onProgress: (p) => seen.push(p) });
    const series = await s.series('buurtwerk');
    expect(series.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    for (const [i, m] of series.months.entries()) {
      const want = ofMetricsMd((await computeFigures(engine, scopeOf(m, m, 'buurtwerk'))).filter(keepInSeries));
      expect(byKey(ofMetricsMd(series.figures[i]))).toEqual(byKey(want));
      expect(series.figures[i].length).toBeGreaterThan(10);
      expect(series.figures[i].every((r) => r.group === '')).toBe(true);
    }
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(seen.every((p) => p.total === 4 && p.provider === 'buurtwerk')).toBe(true);
    expect(s.series('buurtwerk')).toBe(s.series('buurtwerk'));
  });

  it('refuses what the data do not offer, and everything once disposed', async () => {
    const s = await engineSource(engine, report, { k: K });
    await expect(s.scope('year-2025-04-all')).rejects.toThrow(/not a scope/);
    await expect(s.scope('month-2030-01-all')).rejects.toThrow(/not a scope/);
    await expect(s.scope('../index')).rejects.toThrow(/not a scope/);
    s.dispose();
    expect(s.disposed).toBe(true);
    await expect(s.scope('month-2025-03-all')).rejects.toThrow(/replaced/);
    await expect(s.series('all')).rejects.toThrow(/replaced/);
  });

  it('runs one job at a time through the queue it is given', async () => {
    const run = serialQueue();
    let running = 0;
    let most = 0;
    const counted = <T>(job: () => Promise<T>) =>
      run(async () => {
        most = Math.max(most, ++running);
        try {
          return await job();
        } finally {
          running--;
        }
      });
    const s = await engineSource(engine, report, { k: K, run: counted });
    await Promise.all([s.scope('month-2025-01-ggw'), s.scope('month-2025-02-ggw'), s.series('ggw')]);
    expect(most).toBe(1);
  });
});

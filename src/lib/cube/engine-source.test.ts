import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { insertCanonical } from '../load/canonical';
import type { LoadReport } from '../load/report';
import { computeFigures, prepareFigures, scopeRows } from '../metrics';
import type { FigureRow, Provider } from '../metrics/types';
import { A } from '../../../tests/reference/fixtures';
import { figureKey, referencePeriod, referenceRound } from '../../../tests/reference/index';
import { cubeIndex, keepInSeries } from './compute';
import { decodeFigures, encodeColumns } from './codec';
import { parseScopeKey, periodOf } from './scopes';
import { engineSource, serialQueue, type CubeProgress } from './engine-source';

/**
 * The engine-backed source over fixture A (tests/reference): each scope as one period
 * computed on its own gives it, and as the independent reference publishes it; series from
 * the month scopes; batches in the background, a scope asked for first computed first;
 * computed once, then kept.
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
const SECRET = new TextEncoder().encode('engine source test secret');
const byKey = (rows: FigureRow[]) => [...rows].sort((a, b) => figureKey(a).localeCompare(figureKey(b)));

/** One period on its own, through the metric engine directly. */
async function alone(key: string): Promise<FigureRow[]> {
  const ref = parseScopeKey(key)!;
  const period = periodOf(ref.kind, ref.end);
  const e = await createNodeEngine();
  try {
    await insertCanonical(e, A);
    const run = await prepareFigures(e, { dimensions: ['age'], k: K, cap: 40, secret: SECRET, lorenz: true }, [period]);
    await computeFigures(run, [period]);
    return await scopeRows(run, period, ref.provider);
  } finally {
    await e.close();
  }
}

beforeAll(async () => {
  const e = await createNodeEngine();
  await insertCanonical(e, A);
  // Count the engine's work, to see what is computed again and what is kept.
  engine = {
    ...e,
    query: (sql) => (queries++, e.query(sql)),
    queryColumns: (sql) => (queries++, e.queryColumns(sql)),
    exec: (sql) => (queries++, e.exec(sql)),
    close: () => e.close()
  };
});
afterAll(() => engine.close());

describe('engineSource', () => {
  it('offers the index the build would write', async () => {
    const s = await engineSource(engine, report, { k: K, secret: SECRET });
    expect(s.index).toEqual(await cubeIndex(engine, report, { k: K, cap: 40, dimensions: ['age'], secret: SECRET }));
    expect(s.index.ends).toEqual({ month: ['2025-01', '2025-02', '2025-03', '2025-04'], quarter: ['2025-03'], year: [] });
    await s.complete;
  });

  it('gives each scope as the period computed on its own does (batching changes nothing)', async () => {
    const s = await engineSource(engine, report, { k: K, secret: SECRET });
    for (const key of ['month-2025-03-all', 'quarter-2025-03-ggw', 'month-2025-02-buurtwerk']) {
      const got = await s.scope(key);
      expect(got.length).toBeGreaterThan(20);
      expect(byKey(got)).toEqual(byKey(await alone(key)));
    }
    await s.complete;
  });

  it('publishes what the independent reference publishes, to the published precision', async () => {
    const s = await engineSource(engine, report, { k: K, secret: SECRET });
    const got = new Map((await s.scope('month-2025-03-all')).filter((r) => r.metric !== 'lorenz_share').map((r) => [figureKey(r), r]));
    const want = referencePeriod(A, { from: '2025-03', to: '2025-03', dimensions: ['age'], k: K, cap: 40, secret: SECRET }, ['all']);
    expect([...got.keys()].sort()).toEqual(want.map(figureKey).sort());
    let shown = 0;
    for (const w of want) {
      const g = got.get(figureKey(w))!;
      expect(g.suppressed, figureKey(w)).toBe(w.suppressed);
      if (w.value === null) expect(g.value, figureKey(w)).toBeNull();
      else {
        expect(g.value, figureKey(w)).toBeCloseTo(referenceRound(w.metric, w.value)!, 9);
        shown++;
      }
    }
    // not vacuous: figures are shown, and some small counts are hidden
    expect(shown).toBeGreaterThan(20);
    expect([...got.values()].some((g) => g.suppressed === 'below_k')).toBe(true);
    await s.complete;
  });

  it('computes a scope once and keeps it; asking again costs no query', async () => {
    const s = await engineSource(engine, report, { k: K, secret: SECRET });
    await s.complete;
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
    const s = await engineSource(engine, report, { k: K, secret: SECRET, keep: 2 });
    const a = s.scope('month-2025-01-all');
    await a;
    await s.scope('month-2025-02-all');
    await s.scope('month-2025-03-all');
    expect(s.scope('month-2025-01-all')).not.toBe(a);
    await s.complete;
  });

  it('computes in batches, reporting progress, and a scope asked for first is computed first', async () => {
    const seen: CubeProgress[] = [];
    const s = await engineSource(engine, report, { k: K, secret: SECRET, batch: 1, onProgress: (p) => seen.push(p) });
    // The earliest month would come last of the months in the default order (latest first).
    await s.scope('month-2025-01-ggw');
    expect(seen.at(-1)!.done.month).toBeLessThan(4);
    await s.complete;
    const last = seen.at(-1)!;
    expect(last.done).toEqual({ month: 4, quarter: 1, year: 0 });
    expect(last.total).toEqual({ month: 4, quarter: 1, year: 0 });
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1].done, seen[i].done];
      expect(b.month + b.quarter + b.year).toBeGreaterThan(a.month + a.quarter + a.year);
    }
  });

  it('reads a scope or series as soon as its batch is done, before the next batch', async () => {
    const seen: CubeProgress[] = [];
    const s = await engineSource(engine, report, { k: K, secret: SECRET, batch: 1, onProgress: (p) => seen.push(p) });
    // The default order computes the four months first, then the quarter: the series and the
    // latest month are read in between, not after the quarter (the pages wait for these).
    const at = (p: Promise<unknown>) => p.then(() => ({ ...seen.at(-1)!.done }));
    const [series, month] = await Promise.all([at(s.series('all')), at(s.scope('month-2025-04-all'))]);
    expect(series).toEqual({ month: 4, quarter: 0, year: 0 });
    expect(month.quarter).toBe(0);
    await s.complete;
    expect(seen.at(-1)!.done.quarter).toBe(1);
  });

  it('builds a series of the headline rows of each month scope', async () => {
    const s = await engineSource(engine, report, { k: K, secret: SECRET });
    const series = await s.series('buurtwerk');
    expect(series.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    for (const [i, m] of series.months.entries()) {
      const want = (await s.scope(`month-${m}-buurtwerk`)).filter(keepInSeries);
      expect(byKey(series.figures[i])).toEqual(byKey(want));
      expect(series.figures[i].length).toBeGreaterThan(10);
    }
    expect(s.series('buurtwerk')).toBe(s.series('buurtwerk'));
  });

  it('refuses what the data do not offer, and everything once disposed', async () => {
    const s = await engineSource(engine, report, { k: K, secret: SECRET });
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
    const s = await engineSource(engine, report, { k: K, secret: SECRET, run: counted });
    await Promise.all([s.scope('month-2025-01-ggw'), s.scope('month-2025-02-ggw'), s.series('ggw' as Provider), s.complete]);
    expect(most).toBe(1);
  });
});

describe('figure files from the engine', () => {
  it('a scope written from the engine columns decodes to the rows the pages read', async () => {
    const s = await engineSource(engine, report, { k: K, secret: SECRET });
    await s.complete;
    const period = periodOf('month', '2025-03');
    const run = await prepareFigures(engine, { dimensions: ['age'], k: K, cap: 40, secret: SECRET }, [period]);
    await computeFigures(run, [period]);
    const { scopeColumns } = await import('../metrics');
    const cols = await scopeColumns(run, period, 'all');
    expect(decodeFigures(JSON.parse(JSON.stringify(encodeColumns(cols))))).toEqual(await scopeRows(run, period, 'all'));
  });
});

import { describe, expect, it, vi } from 'vitest';
import { encodeFigures } from '../../cube/codec';
import type { CubeIndex, FigureSource, MonthSeries } from '../../cube/types';
import type { FigureRow } from '../../metrics/types';
import { StoreError } from './errors';
import { faultyBackend } from './faulty';
import { keptSource } from './figure-source';
import { memoryBackend } from './memory';
import { createStore } from './store';
import type { ExportStore } from './types';
import type { Snapshot } from './tables';
import { fingerprintOf, KEPT_TABLES } from './tables';
import { MAPPING, DATA, reportOf } from './testing';

const INDEX = { version: 1, k: 5, cap: 40, cities: ['Aa'], providers: ['all'] } as unknown as CubeIndex;
const row = (metric: string, value: number | null): FigureRow => ({
  city: 'Aa',
  wijk_id: '007',
  provider: 'all',
  dimension: '',
  group: '',
  metric,
  value,
  suppressed: value === null ? 'k' : null
} as FigureRow);
const JAN = [row('reach_count', 12), row('reach_rate', null)];
const FEB = [row('reach_count', 14)];
const SERIES: MonthSeries = { provider: 'all', months: ['2025-01', '2025-02'], figures: [JAN, FEB] };

/** A store holding one export with the index and January's scope; tables are a few fake bytes. */
async function storeWithFigures(
  mem = memoryBackend(),
  figures: Record<string, string> = { 'index.json': JSON.stringify(INDEX), 'scope/month-2025-01-all.json': JSON.stringify(encodeFigures(JAN)) }
): Promise<{ store: ExportStore; id: string }> {
  const tables = await Promise.all(
    KEPT_TABLES.map(async (table) => {
      const bytes = new TextEncoder().encode(table);
      const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
      return { table, bytes, rows: 1, sha256: digest, content: digest };
    })
  );
  const snap: Snapshot = { fingerprint: await fingerprintOf(tables), kind: 'both', tables };
  const store = createStore(mem);
  const { entry } = await store.keep(snap, { report: reportOf(DATA), mapping: MAPPING, figures });
  return { store, id: entry.id };
}

/** A source that computes, counting its calls. */
function computing(): FigureSource & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    index: INDEX,
    async scope(key) {
      calls.push(key);
      if (key === 'month-2025-02-all') return FEB;
      throw new Error(`not a scope of these data: ${key}`);
    },
    async series(provider) {
      calls.push(`series-${provider}`);
      return SERIES;
    }
  };
}

describe('figures of a kept export', () => {
  it('reads the kept index and scopes as the shipped files are read', async () => {
    const { store, id } = await storeWithFigures();
    const source = await keptSource(store, id);
    expect(source.index).toEqual(INDEX);
    expect(await source.scope('month-2025-01-all')).toEqual(JAN);
    const err = await source.scope('month-2025-02-all').catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('notFound');
    await expect(source.scope('../../etc')).rejects.toThrow(/not a scope/);
  });

  it('computes only what is not kept, keeps it, and never computes it again', async () => {
    const { store, id } = await storeWithFigures();
    const engine = computing();
    const compute = vi.fn(async () => engine);
    const source = await keptSource(store, id, { compute });
    expect(compute).not.toHaveBeenCalled(); // the index was kept
    expect(await source.scope('month-2025-01-all')).toEqual(JAN);
    expect(await source.scope('month-2025-02-all')).toEqual(FEB);
    expect(await source.series('all')).toEqual(SERIES);
    expect(engine.calls).toEqual(['month-2025-02-all', 'series-all']);
    await vi.waitFor(async () => expect(await store.figureNames(id)).toHaveLength(4));

    // The page opened again: everything comes from the store.
    const again = computing();
    const next = await keptSource(store, id, { compute: async () => again });
    expect(await next.scope('month-2025-02-all')).toEqual(FEB);
    expect(await next.series('all')).toEqual(SERIES);
    expect(again.calls).toEqual([]);
  });

  it('still gives a computed figure when keeping it fails, and says so', async () => {
    const mem = memoryBackend();
    const { id } = await storeWithFigures(mem);
    const store = createStore(faultyBackend(mem, [{ op: 'write', path: /figures\//, kind: 'quota' }]));
    const failures: StoreError[] = [];
    const source = await keptSource(store, id, { compute: async () => computing(), onKeepFailed: (e) => failures.push(e) });
    expect(await source.scope('month-2025-02-all')).toEqual(FEB);
    await vi.waitFor(() => expect(failures.map((e) => e.code)).toEqual(['quota']));
    expect(await store.figureNames(id)).toHaveLength(2);
  });

  it('computes the index too when it was not kept, and without a way to compute says it is not here', async () => {
    const { store, id } = await storeWithFigures(memoryBackend(), {});
    await expect(keptSource(store, id)).rejects.toMatchObject({ code: 'notFound' });
    const source = await keptSource(store, id, { compute: async () => computing() });
    expect(source.index).toEqual(INDEX);
    await vi.waitFor(async () => expect(await store.figureNames(id)).toEqual(['index.json']));
    expect(JSON.parse(new TextDecoder().decode((await store.readFigure(id, 'index.json'))!))).toEqual(INDEX);
  });
});

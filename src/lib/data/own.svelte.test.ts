import { describe, expect, it, vi } from 'vitest';
import type { EngineSource } from '../cube/engine-source';
import { CUBE_FILES } from '../cube/static-source';
import { FIXTURE_INDEX, fixtureSource } from '../cube/testing';
import type { FigureSource } from '../cube/types';
import type { Engine } from '../engine/types';
import type { LoadReport } from '../load/report';
import { engineSession } from './engine';
import { DataInUse } from './in-use.svelte';
import { CURRENT_HINT_KEY, OwnData, firstFigures } from './own';
import { memoryPrefs } from './prefs';
import { createStore } from './store/store';
import { faultyBackend } from './store/faulty';
import { memoryBackend } from './store/memory';
import { KEPT_TABLES } from './store/tables';
import { fakeEngine, fakeSnapshot } from './testing';
import type { ExportStore } from './store/types';

const REPORT: LoadReport = {
  files: [],
  tables: { wijken: 1, population: 1, participants: 1, activities: 1, participations: 1, signals: 0 },
  months: { first: '2025-01', last: '2026-11' },
  wijken: 1,
  cities: ['Teststad'],
  dimensions: []
};

/** The world of one tab: a store (in memory unless given), the owner, a counted engine and computation. */
function world(o: { store?: ExportStore | null; prefs?: ReturnType<typeof memoryPrefs> } = {}) {
  const store = o.store === undefined ? createStore(memoryBackend()) : o.store;
  const data = new DataInUse({ published: false, shipped: () => Promise.resolve(fixtureSource() as FigureSource) });
  const engine = fakeEngine();
  let started = 0;
  const computed: LoadReport[] = [];
  const session = engineSession(async () => (started++, engine));
  const prefs = o.prefs ?? memoryPrefs();
  const own = new OwnData({
    data,
    store: async () => store,
    engine: session,
    prefs,
    compute: async (_e, report) => {
      computed.push(report);
      const src = fixtureSource();
      return { ...src, disposed: false, dispose() {}, complete: Promise.resolve(), progress: () => ({ done: {}, total: {} }) } as unknown as EngineSource;
    }
  });
  return { store, data, engine, session, prefs, own, computed, started: () => started };
}

/** Keep an export with the first figures of the fixture, as the data page does after a load. */
async function keepOne(store: ExportStore, salt = 'a', name?: string) {
  const figures = await firstFigures(fixtureSource());
  return (await store.keep(await fakeSnapshot(salt), { report: REPORT, mapping: [], figures, name })).entry;
}

describe('own data restored before a page draws', () => {
  it('opens the export the address names from its kept figures, without starting the engine or computing', async () => {
    const w = world();
    const kept = await keepOne(w.store!, 'a', 'Teststad 2026');
    await w.store!.setCurrent(null);
    const start = w.own.start(kept.fingerprint);
    // At once, before anything is read: the pages wait, they do not draw the demo.
    expect([w.data.state, w.data.ready, w.data.source()]).toEqual(['opening', false, null]);
    await start;
    expect([w.data.state, w.data.label]).toEqual(['own', { kind: 'own', name: 'Teststad 2026', fingerprint: kept.fingerprint }]);
    const src = await w.data.source()!;
    expect(src.index).toEqual(FIXTURE_INDEX);
    const key = `year-${FIXTURE_INDEX.ends.year.at(-1)}-all`;
    expect(await src.scope(key)).toEqual(await fixtureSource().scope(key));
    expect([w.started(), w.computed.length]).toEqual([0, 0]);
    // It is now the current export, and the hint a page reads synchronously says so.
    expect((await w.store!.read()).current).toBe(kept.id);
    expect(w.prefs.get(CURRENT_HINT_KEY)).toBe(kept.fingerprint);
  });

  it('restores the current kept export on a page opened without an address, and the demo when nothing is kept', async () => {
    const w = world();
    const kept = await keepOne(w.store!);
    await w.own.start('');
    expect([w.data.state, w.data.label.fingerprint]).toEqual(['own', kept.fingerprint]);

    const empty = world();
    empty.prefs.set(CURRENT_HINT_KEY, 'abcdefabcdef');
    const start = empty.own.start('');
    expect(empty.data.state).toBe('opening');
    await start;
    expect([empty.data.state, empty.data.label.kind]).toEqual(['demo', 'demo']);
    expect(empty.prefs.get(CURRENT_HINT_KEY)).toBeNull();
  });

  it('says the data are missing, never the demo, for a fingerprint this browser does not hold or cannot keep', async () => {
    const w = world();
    await keepOne(w.store!);
    await w.own.start('0123456789ab');
    expect([w.data.state, w.data.problem, w.data.label.fingerprint, w.data.source()]).toEqual(['missing', 'notFound', '0123456789ab', null]);

    const none = world({ store: null });
    await none.own.start('0123456789ab');
    expect([none.data.state, none.data.problem]).toEqual(['missing', 'unavailable']);
  });

  it('says the kept data are damaged when the catalogue cannot be read, and shows nothing else in their place', async () => {
    const mem = memoryBackend();
    const w = world({ store: createStore(mem) });
    const kept = await keepOne(w.store!);
    await mem.write('wijkweefsel-store/catalogue.json', new TextEncoder().encode('{"format": 1, "exp'));
    w.prefs.set(CURRENT_HINT_KEY, kept.fingerprint);
    await w.own.start('');
    expect([w.data.state, w.data.problem, w.data.label.fingerprint]).toEqual(['missing', 'corrupt', kept.fingerprint]);
  });

  it('restores the tables once, only for a figure not kept, computes it and keeps it for the next page', async () => {
    const w = world();
    const kept = await keepOne(w.store!);
    await w.own.start(kept.fingerprint);
    const src = await w.data.source()!;
    const key = `month-${FIXTURE_INDEX.ends.month[0]}-all`;
    expect(await w.store!.readFigure(kept.id, CUBE_FILES.scope(key))).toBeNull();
    const rows = await src.scope(key);
    expect(rows).toEqual(await fixtureSource().scope(key));
    await src.series('buurtwerk');
    expect(w.started()).toBe(1);
    expect(w.computed).toEqual([REPORT]);
    expect(w.engine.calls.filter((c) => c.startsWith('insert')).length).toBe(KEPT_TABLES.length);
    expect(w.session.holding()?.report).toEqual(REPORT);
    // Kept meanwhile: the next page reads it without computing.
    await vi.waitFor(async () => expect(await w.store!.readFigure(kept.id, CUBE_FILES.scope(key))).not.toBeNull());
    const again = world({ store: w.store });
    await again.own.start(kept.fingerprint);
    expect(await (await again.data.source()!).scope(key)).toEqual(rows);
    expect(again.computed.length).toBe(0);
  });

  it('switches between kept exports, renames the one in use, and goes back to the demo when it is removed', async () => {
    const w = world();
    const a = await keepOne(w.store!, 'a', 'Dit jaar');
    const b = await keepOne(w.store!, 'b', 'Vorig jaar');
    await w.own.use(a.id);
    expect(w.data.label.name).toBe('Dit jaar');
    await w.own.use(b.fingerprint);
    expect([w.data.state, w.data.label.fingerprint]).toEqual(['own', b.fingerprint]);
    await w.own.rename(b.id, 'Partner');
    expect(w.data.label.name).toBe('Partner');
    await w.own.remove(a.id);
    expect(w.data.label.fingerprint).toBe(b.fingerprint);
    await w.own.remove(b.id);
    expect([w.data.state, w.data.label.kind]).toEqual(['demo', 'demo']);
    expect(w.prefs.get(CURRENT_HINT_KEY)).toBeNull();
    expect((await w.store!.list()).length).toBe(0);
  });

  it('"show the demo instead" leaves what is kept, and is not undone by the next page', async () => {
    const w = world();
    const kept = await keepOne(w.store!);
    await w.own.start('');
    await w.own.showShipped();
    expect(w.data.state).toBe('demo');
    await w.own.start('');
    expect(w.data.state).toBe('demo');
    expect((await w.store!.list()).map((e) => e.id)).toEqual([kept.id]);
  });
});

describe('own data after a load', () => {
  it('keeps the tables, report, mapping and first figures when asked, and the pages read them with name and fingerprint', async () => {
    const w = world();
    const e = w.engine;
    const r = await w.own.loaded(e, REPORT, [{ file: 'deelnames.csv' }], { keep: true });
    expect(r.keepFailed).toBeNull();
    expect(r.entry?.name).toBe('Teststad 2025-01 – 2026-11');
    const fp = (await fakeSnapshot('1')).fingerprint;
    expect([w.data.state, w.data.label]).toEqual(['own', { kind: 'own', name: r.entry!.name, fingerprint: fp }]);
    expect((await w.store!.figureNames(r.entry!.id)).sort()).toEqual(Object.keys(await firstFigures(fixtureSource())).sort());
    expect(w.prefs.get(CURRENT_HINT_KEY)).toBe(fp);
    // The next tab opens them from the store.
    const next = world({ store: w.store });
    await next.own.start('');
    expect([next.data.state, next.data.label.fingerprint]).toEqual(['own', fp]);
  });

  it('keeps a load when "keep" is ticked while its figures are still being computed', async () => {
    const w = world();
    const loading = w.own.loaded(w.engine, REPORT, [], { keep: false });
    expect(await w.own.keepFresh()).toEqual({ entry: null, keepFailed: null });
    const r = await loading;
    expect(r.entry?.fingerprint).toBe((await fakeSnapshot('1')).fingerprint);
    expect((await w.store!.list()).length).toBe(1);
  });

  it('leaves own data unkept but in use, with their fingerprint, when not asked to keep', async () => {
    const w = world();
    const r = await w.own.loaded(w.engine, REPORT, [], { keep: false });
    expect([r.entry, r.keepFailed]).toEqual([null, null]);
    expect([w.data.state, w.data.label.fingerprint]).toEqual(['own', (await fakeSnapshot('1')).fingerprint]);
    expect(await w.store!.list()).toEqual([]);
    expect(w.prefs.get(CURRENT_HINT_KEY)).toBeNull();
  });

  it('a keep that does not fit says so, keeps nothing half, leaves the earlier export untouched and the figures in use', async () => {
    const faulty = faultyBackend(memoryBackend());
    const store = createStore(faulty);
    const w = world({ store });
    const earlier = await keepOne(store, 'a', 'Vorig jaar');
    const before = await store.read();
    // The browser refuses the third table of the new export for lack of space.
    faulty.faults = [{ op: 'write', path: /tables\//, after: 2, kind: 'quota' }];
    const r = await w.own.loaded(w.engine, REPORT, [], { keep: true });
    expect([r.keepFailed, r.entry]).toEqual(['quota', null]);
    expect([w.data.state, w.data.label.fingerprint]).toEqual(['own', (await fakeSnapshot('1')).fingerprint]);
    faulty.faults = [];
    // The earlier export as it was (it is no longer the current one: the new data are in use).
    expect((await store.read()).exports).toEqual(before.exports);
    expect((await store.list()).map((e) => e.id)).toEqual([earlier.id]);
    // Nothing of the refused export is left behind as a folder either (only the earlier one).
    expect(await faulty.list('wijkweefsel-store/exports')).toEqual([earlier.id]);
  });
});

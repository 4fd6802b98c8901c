import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../engine/node';
import type { Engine } from '../../engine/types';
import { insertCanonical } from '../../load/canonical';
import { loadExport } from '../../load';
import { StoreError, type StoreErrorCode } from './errors';
import { faultyBackend } from './faulty';
import { memoryBackend, type MemoryBackend } from './memory';
import { STORE_FOLDER, createStore } from './store';
import type { ExportStore } from './types';
import { snapshot, type Snapshot } from './tables';
import { DATA, MAPPING, contents, emptyEngine, reportOf } from './testing';

const CATALOGUE = `${STORE_FOLDER}/catalogue.json`;
const enc = (s: string) => new TextEncoder().encode(s);
const FIGURES = {
  'index.json': '{"version":1,"k":5}',
  'scope/month-2025-01-all.json': enc('{"v":1,"n":0}'),
  'series-all.json': '{"provider":"all","months":[],"figures":[]}'
};

// One engine the data come from and one they are restored into (starting one takes seconds).
let from: Engine;
let to: Engine;
/** Snapshots of the fixture and of a second, different export. */
let snapA: Snapshot;
let snapB: Snapshot;
let want: Record<string, unknown>;
const DATA_B = { ...DATA, participations: DATA.participations.slice(0, 2), signals: [] };
const reportB = reportOf(DATA_B);

beforeAll(async () => {
  [from, to] = await Promise.all([createNodeEngine(), createNodeEngine()]);
  await insertCanonical(from, DATA_B);
  snapB = await snapshot(from);
  await insertCanonical(from, DATA);
  snapA = await snapshot(from);
  want = await contents(from);
});
afterAll(async () => {
  await from.close();
  await to.close();
});

/** The code of the StoreError a promise rejects with. */
async function codeOf(p: Promise<unknown>): Promise<StoreErrorCode> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return (e as StoreError).code;
  }
  throw new Error('expected a StoreError, got success');
}

/** Paths of the backend's files, sorted: what is physically kept. */
const paths = (m: MemoryBackend) => [...m.files.keys()].sort();
const keepA = (store: ExportStore, name?: string) => store.keep(snapA, { report: reportOf(DATA), mapping: MAPPING, figures: FIGURES, name }, new Date('2026-02-03T04:05:06Z'));
const keepB = (store: ExportStore) => store.keep(snapB, { report: reportB, mapping: [] });

describe('the round trip', () => {
  it('keeps the tables, report, mapping and figures, and gives them back to a fresh engine in another session', async () => {
    const mem = memoryBackend();
    const { entry, already } = await keepA(createStore(mem));
    expect(already).toBe(false);
    expect(entry).toMatchObject({
      name: 'Aa, Bé 2025-01 – 2025-03',
      kind: 'both',
      fingerprint: snapA.fingerprint,
      kept: '2026-02-03T04:05:06.000Z',
      cities: ['Aa', 'Bé'],
      months: { first: '2025-01', last: '2025-03' },
      rows: { wijken: 3, population: 2, participants: 3, activities: 2, participations: 3, signals: 1 },
      figures: 3,
      problem: null
    });
    // The size is what the backend holds for it (the catalogue aside).
    expect(entry.bytes).toBe(mem.usage() - mem.files.get(CATALOGUE)!.length);

    // Another session: a new store over the same storage, a new engine.
    const later = createStore(mem);
    const opened = await later.open(await emptyEngine(to), snapA.fingerprint);
    expect(await contents(to)).toEqual(want);
    expect((await to.query('SELECT count(*)::INTEGER AS n FROM sessions'))[0].n).toBe(3);
    expect(opened.report).toEqual(reportOf(DATA));
    expect(opened.mapping).toEqual(MAPPING);
    expect(opened.entry).toEqual(entry);
    expect(new TextDecoder().decode((await later.readFigure(entry.id, 'index.json'))!)).toBe(FIGURES['index.json']);
    expect(await later.readFigure(entry.id, 'scope/month-2025-01-all.json')).toEqual(FIGURES['scope/month-2025-01-all.json']);
    expect(await later.readFigure(entry.id, 'scope/month-2025-02-all.json')).toBeNull();
    expect(await later.figureNames(entry.id)).toEqual(Object.keys(FIGURES).sort());
    // The user's texts never become paths.
    expect(paths(mem).every((p) => /^wijkweefsel-store\/(catalogue\.json|exports\/[0-9a-f]{16}\/(tables\/[a-z]+\.arrow|report\.json|mapping\.json|figures\/\d+\.bin))$/.test(p))).toBe(true);
  });

  it('gives back what the loader made from files, report included', async () => {
    const files = [
      ['wijken.csv', 'wijk_id;wijk_name;city\n007;Noord;Stad\n008;Zuid;Stad\n'],
      ['population.csv', 'wijk_id,ref_date,dimension,group,population\n007,01/01/2025,total,total,120\n008,2025-01-01,total,total,80\n'],
      ['deelnemers.csv', 'participant_id,residence_wijk_id,leeftijd,gender\n00012,007,18-25,v\n12,,65+,\n'],
      ['activities.csv', 'activity_id,provider_type,wijk_id\nA01,buurtwerk,007\nA02,ggw,008\n'],
      ['participations.csv', 'participant_id,activity_id,date,role\n00012,A01,2025-02-03,\n12,A02,03/02/2025,vrijwilliger\n12,A02,03/02/2025,\n99,A01,2025-02-03,\n']
    ].map(([name, text]) => ({ name, bytes: enc(text) }));
    const report = await loadExport(from, files);
    const loaded = await contents(from);
    const store = createStore(memoryBackend());
    await store.keep(await snapshot(from), { report, mapping: files.map((f) => ({ file: f.name })) });
    const opened = await store.open(await emptyEngine(to), (await store.list())[0].id);
    expect(await contents(to)).toEqual(loaded);
    expect(opened.report).toEqual(report);
    // Put the fixture back for the tests after this one.
    await insertCanonical(from, DATA);
  });

  it('keeps several exports, finds one by fingerprint, renames, removes one and all', async () => {
    const mem = memoryBackend();
    const store = createStore(mem);
    const a = (await keepA(store, '  Leuven   2025 ')).entry;
    const b = (await keepB(store)).entry;
    expect(a.name).toBe('Leuven 2025');
    expect(b.kind).toBe('both');
    expect((await store.list()).map((e) => e.id)).toEqual([a.id, b.id]);
    expect((await store.read()).current).toBe(b.id);
    expect((await store.find(snapA.fingerprint))?.id).toBe(a.id);
    expect(await store.find('000000000000')).toBeNull();

    expect((await store.rename(a.id, 'Leuven, vorig jaar')).name).toBe('Leuven, vorig jaar');
    expect((await store.rename(a.id, '   ')).name).toBe('Aa, Bé 2025-01 – 2025-03');
    expect(await codeOf(store.rename('ffffffffffffffff', 'x'))).toBe('notFound');

    await store.remove(b.id);
    expect((await store.list()).map((e) => e.id)).toEqual([a.id]);
    expect((await store.read()).current).toBeNull();
    expect(paths(mem).some((p) => p.includes(b.id))).toBe(false);
    await store.remove(b.id); // removing it again is fine

    await store.open(await emptyEngine(to), a.id);
    expect((await store.read()).current).toBe(a.id);
    await store.removeAll();
    expect(paths(mem)).toEqual([]);
    expect(await store.read()).toEqual({ keep: false, current: null, exports: [], legacy: false });
  });

  it('does not keep the same data twice, and adds the figures it lacked', async () => {
    const mem = memoryBackend();
    const store = createStore(mem);
    const first = await store.keep(snapA, { report: reportOf(DATA), mapping: MAPPING, figures: { 'index.json': 'first' } });
    const again = await store.keep(snapA, { report: reportOf(DATA), mapping: MAPPING, figures: { 'index.json': 'second', 'series-all.json': 's' } });
    expect(again.already).toBe(true);
    expect(again.entry.id).toBe(first.entry.id);
    expect(await store.list()).toHaveLength(1);
    // What was computed before stays; only what was missing is added.
    expect(new TextDecoder().decode((await store.readFigure(first.entry.id, 'index.json'))!)).toBe('first');
    expect(await store.figureNames(first.entry.id)).toEqual(['index.json', 'series-all.json']);
    // Keeping it again when the new figures do not fit still finds it kept.
    for (const path of [/figures\//, /catalogue\.json$/]) {
      const full = createStore(faultyBackend(mem, [{ op: 'write', path, kind: 'quota' }]));
      const third = await full.keep(snapA, { report: reportOf(DATA), mapping: MAPPING, figures: { 'scope/year-2025-03-all.json': 'y' } });
      expect(third).toMatchObject({ already: true, entry: { id: first.entry.id, figures: 2 } });
    }
    expect(await store.figureNames(first.entry.id)).toEqual(['index.json', 'series-all.json']);
  });

  it('adds figures later without touching the others; a replaced one gets the new bytes and its old file goes', async () => {
    const mem = memoryBackend();
    const store = createStore(mem);
    const { entry } = await keepA(store);
    const before = paths(mem).filter((p) => p.includes('/figures/'));
    const after = await store.addFigures(entry.id, { 'scope/quarter-2025-03-all.json': 'q', 'index.json': '{"version":1,"k":7}' });
    expect(after.figures).toBe(4);
    expect(new TextDecoder().decode((await store.readFigure(entry.id, 'index.json'))!)).toBe('{"version":1,"k":7}');
    expect(new TextDecoder().decode((await store.readFigure(entry.id, 'scope/quarter-2025-03-all.json'))!)).toBe('q');
    const figureFiles = paths(mem).filter((p) => p.includes('/figures/'));
    expect(figureFiles).toHaveLength(4);
    expect(figureFiles.filter((p) => before.includes(p))).toHaveLength(2);
    expect(await codeOf(store.addFigures(entry.id, { '': 'x' }))).toBe('failed');
  });

  it('remembers the choice to keep, asks for persistent storage and reports the room', async () => {
    const mem = memoryBackend({ quota: 10_000_000 });
    const store = createStore(mem);
    expect((await store.read()).keep).toBe(false);
    const yes = await store.setKeep(true);
    expect(yes).toEqual({ keep: true, persisted: true, estimate: { quota: 10_000_000, usage: mem.usage() } });
    expect(mem.persistAsked).toBe(true);
    expect((await createStore(mem).read()).keep).toBe(true);
    const denied = await createStore(memoryBackend({ persisted: false })).setKeep(true);
    expect(denied.persisted).toBe(false);
    expect((await store.setKeep(false)).keep).toBe(false);
    expect((await store.read()).keep).toBe(false);
  });

  it('lets two keeps at once both land (one catalogue update at a time)', async () => {
    const mem = memoryBackend();
    const [s1, s2] = [createStore(mem), createStore(mem)];
    await Promise.all([keepA(s1), keepB(s2)]);
    expect((await s1.list()).map((e) => e.fingerprint).sort()).toEqual([snapA.fingerprint, snapB.fingerprint].sort());
  });
});

describe('failures keep the user whole', () => {
  let mem: MemoryBackend;
  let catalogueBefore: Uint8Array;
  let filesBefore: string[];
  /** A store holding export A, and what it looked like. */
  beforeEach(async () => {
    mem = memoryBackend();
    await keepA(createStore(mem));
    catalogueBefore = mem.files.get(CATALOGUE)!.slice();
    filesBefore = paths(mem);
  });
  /** Export A is still listed and opens as it was; nothing else is stored. */
  const untouched = async (store = createStore(mem)) => {
    expect(mem.files.get(CATALOGUE)).toEqual(catalogueBefore);
    expect(paths(mem)).toEqual(filesBefore);
    await store.open(await emptyEngine(to), snapA.fingerprint);
    expect(await contents(to)).toEqual(want);
  };

  describe('the quota is exceeded while keeping', () => {
    it('fails before writing when the browser says it will not fit', async () => {
      const tight = memoryBackend({ quota: mem.usage() + 1000 });
      for (const [p, b] of mem.files) tight.files.set(p, b);
      mem = tight;
      const faulty = faultyBackend(mem);
      expect(await codeOf(keepB(createStore(faulty)))).toBe('quota');
      expect(faulty.calls.filter((c) => c.startsWith('write'))).toEqual([]);
      await untouched();
    });

    it.each([
      ['a table', /participations\.arrow$/],
      ['the report', /report\.json$/],
      ['a figure', /figures\//],
      ['the catalogue (the commit)', /catalogue\.json$/]
    ])('cleans up when the browser refuses writing %s', async (_, path) => {
      // The estimate says there is room (browsers estimate loosely); then a write is refused.
      const faulty = faultyBackend(mem, [{ op: 'write', path, kind: 'quota' }]);
      const store = createStore(faulty);
      expect(await codeOf(store.keep(snapB, { report: reportB, mapping: [], figures: { 'index.json': 'x' } }))).toBe('quota');
      await untouched(store);
    });

    it('sweeps a staging folder it could not remove at the next keep', async () => {
      const faulty = faultyBackend(mem, [
        { op: 'write', path: /catalogue\.json$/, kind: 'quota', times: 1 },
        { op: 'remove', path: /exports\//, kind: 'io', times: 1 }
      ]);
      const store = createStore(faulty);
      expect(await codeOf(keepB(store))).toBe('quota');
      // Left behind, but listed nowhere: nobody can open half an export.
      expect(paths(mem).length).toBeGreaterThan(filesBefore.length);
      expect(mem.files.get(CATALOGUE)).toEqual(catalogueBefore);
      expect((await store.list()).map((e) => e.fingerprint)).toEqual([snapA.fingerprint]);
      // The next keep (of anything) removes it.
      await keepA(store);
      expect(paths(mem)).toEqual(filesBefore);
    });

    it.each([
      ['the second figure', { op: 'write', path: /figures\//, kind: 'quota', after: 1 }],
      ['the catalogue', { op: 'write', path: /catalogue\.json$/, kind: 'quota' }]
    ] as const)('keeps the export and the figures it had when adding figures fails at %s', async (_, fault) => {
      const store = createStore(faultyBackend(mem, [fault]));
      const id = (await store.list())[0].id;
      expect(await codeOf(store.addFigures(id, { 'scope/month-2025-03-all.json': 'm', 'index.json': 'replaced' }))).toBe('quota');
      expect(await store.figureNames(id)).toEqual(Object.keys(FIGURES).sort());
      await untouched(store);
    });
  });

  describe('a kept store is damaged', () => {
    const tableFile = () => filesBefore.find((p) => p.endsWith('participations.arrow'))!;

    it.each([
      ['truncated', (b: Uint8Array) => b.slice(0, b.length - 10)],
      ['changed (same size, other checksum)', (b: Uint8Array) => b.map((x, i) => (i === b.length >> 1 ? x ^ 1 : x))],
      ['missing', null]
    ] as const)('refuses a table file %s before touching the engine', async (_, damage) => {
      const file = tableFile();
      if (damage) mem.files.set(file, damage(mem.files.get(file)!));
      else mem.files.delete(file);
      await insertCanonical(to, DATA_B);
      const before = await contents(to);
      const store = createStore(mem);
      const err = await store.open(to, snapA.fingerprint).catch((e: StoreError) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('corrupt');
      expect((err as StoreError).exportId).toBe((await store.list())[0].id);
      expect(await contents(to)).toEqual(before);
      expect(await to.query(`SELECT table_name AS t FROM information_schema.tables WHERE table_name LIKE '__kept%'`)).toEqual([]);
      // Still listed, so the user can remove it.
      await store.remove((await store.list())[0].id);
      expect(paths(mem)).toEqual([CATALOGUE]);
    });

    it('finds damage no write reported (a file cut short on disk)', async () => {
      const store = createStore(faultyBackend(memoryBackend(), [{ op: 'write', path: /activities\.arrow$/, kind: 'truncate' }]));
      await keepA(store);
      expect(await codeOf(store.open(to, snapA.fingerprint))).toBe('corrupt');
    });

    it('refuses a damaged report or figure, but not the others', async () => {
      const store = createStore(mem);
      const id = (await store.list())[0].id;
      const catalogue = JSON.parse(new TextDecoder().decode(catalogueBefore));
      const figure = `${STORE_FOLDER}/exports/${id}/${catalogue.exports[0].figures['index.json'].file}`;
      mem.files.set(figure, enc('{"version":1,"k":6}'));
      expect(await codeOf(store.readFigure(id, 'index.json'))).toBe('corrupt');
      expect(await store.readFigure(id, 'series-all.json')).not.toBeNull();
      mem.files.set(`${STORE_FOLDER}/exports/${id}/report.json`, enc('{}'));
      expect(await codeOf(store.open(to, id))).toBe('corrupt');
    });

    it('says the catalogue is damaged, refuses to build on it, and lets the user remove everything', async () => {
      mem.files.set(CATALOGUE, enc('{"format":1,"keep":tr'));
      const store = createStore(mem);
      expect(await codeOf(store.read())).toBe('corrupt');
      expect(await codeOf(keepB(store))).toBe('corrupt');
      expect(mem.files.get(CATALOGUE)).toEqual(enc('{"format":1,"keep":tr'));
      mem.files.set(CATALOGUE, enc('{"format":1,"keep":true,"current":null,"exports":[{"id":"../x"}]}'));
      expect(await codeOf(store.list())).toBe('corrupt');
      await store.removeAll();
      expect(paths(mem)).toEqual([]);
      await keepB(store);
      expect(await store.list()).toHaveLength(1);
    });

  });

  describe('a kept store from another version', () => {
    it('lists an export kept in an older form as such, refuses to open it, keeps and removes beside it', async () => {
      const catalogue = JSON.parse(new TextDecoder().decode(catalogueBefore));
      catalogue.exports[0] = { format: 0, id: 'abcdef0123456789', name: 'Oud', fingerprint: 'f0f0f0f0f0f0', kept: '2025-01-01T00:00:00.000Z', files: ['f0'] };
      mem.files.set(CATALOGUE, enc(JSON.stringify(catalogue)));
      const store = createStore(mem);
      const [old] = await store.list();
      expect(old).toMatchObject({ id: 'abcdef0123456789', name: 'Oud', problem: 'olderVersion' });
      expect(await codeOf(store.open(to, 'abcdef0123456789'))).toBe('olderVersion');
      expect(await codeOf(store.open(to, 'f0f0f0f0f0f0'))).toBe('olderVersion');
      await keepB(store);
      expect((await store.list()).map((e) => e.problem)).toEqual(['olderVersion', null]);
      await store.remove('abcdef0123456789');
      expect((await store.list()).map((e) => e.fingerprint)).toEqual([snapB.fingerprint]);
    });

    it('says a catalogue of an older or newer version cannot be read, and never writes over it', async () => {
      for (const [format, code] of [[0, 'olderVersion'], [2, 'newerVersion']] as const) {
        const text = enc(JSON.stringify({ format, everything: 'else' }));
        mem.files.set(CATALOGUE, text);
        const store = createStore(mem);
        expect(await codeOf(store.read())).toBe(code);
        expect(await codeOf(keepB(store))).toBe(code);
        expect(await codeOf(store.setKeep(true))).toBe(code);
        expect(mem.files.get(CATALOGUE)).toEqual(text);
      }
    });

    it('notices the raw files the earlier version kept, and removes them with everything else', async () => {
      mem.files.set('wijkweefsel/manifest.json', enc('{"v":1,"saved":"2025-05-01T00:00:00Z","files":[{"name":"a.csv","stored":"f0","size":1}]}'));
      mem.files.set('wijkweefsel/f0', enc('x'));
      const store = createStore(mem);
      expect((await store.read()).legacy).toBe(true);
      await store.removeAll();
      expect(paths(mem)).toEqual([]);
      expect((await store.read()).legacy).toBe(false);
    });
  });

  it('reports an export that is not here as notFound', async () => {
    expect(await codeOf(createStore(mem).open(to, '123456789abc'))).toBe('notFound');
    expect(await codeOf(createStore(memoryBackend()).open(to, snapA.fingerprint))).toBe('notFound');
  });

  it('says what failed when the engine cannot take the tables, and leaves it as it was', async () => {
    await insertCanonical(to, DATA_B);
    const before = await contents(to);
    const failing: Engine = { ...to, insertArrowIPC: async () => Promise.reject(new Error('DuckDB worker stopped')) };
    expect(await codeOf(createStore(mem).open(failing, snapA.fingerprint))).toBe('restore');
    expect(await contents(to)).toEqual(before);
    await untouched();
  });

  it('reports storage that fails to read as failed, with the technical cause', async () => {
    const store = createStore(faultyBackend(mem, [{ op: 'read', path: /\.arrow$/, kind: 'io' }]));
    const err = (await store.open(to, snapA.fingerprint).catch((e) => e)) as StoreError;
    expect(err.code).toBe('failed');
    expect(err.technical).toMatch(/injected: read .*\.arrow failed/);
    await untouched();
  });
});

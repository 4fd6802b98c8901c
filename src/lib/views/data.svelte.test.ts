import { describe, expect, it } from 'vitest';
import type { EngineSource } from '../cube/engine-source';
import { fixtureSource } from '../cube/testing';
import { engineSession } from '../data/engine';
import { memoryPrefs } from '../data/prefs';
import type { Engine } from '../engine/types';
import { KEEP_PREF_KEY, type KeptFile, type KeptStore } from '../load/keep';
import { LoadError, type LoadReport } from '../load/report';
import { DataView, type DataPageDeps } from './data.svelte';
import { fixtureData, mount, settle } from './testing.svelte';

const enc = (s: string) => new TextEncoder().encode(s);
const FILES = [
  new File([enc('wijk_id,wijk_name,city\nW1,Een,Stad\n')], 'wijken.csv'),
  new File([enc('participant_id,activity_id,date\np1,a1,2025-01-02\n')], 'participations.csv')
];
const REPORT: LoadReport = {
  files: [],
  tables: { wijken: 1, population: 1, participants: 1, activities: 1, participations: 1, signals: 0 },
  months: { first: '2025-01', last: '2026-11' },
  wijken: 1,
  cities: ['Stad'],
  dimensions: []
};

/** A kept store in memory. */
function memoryKept(): KeptStore & { files: KeptFile[] | null } {
  const s = {
    files: null as KeptFile[] | null,
    async save(files: KeptFile[]) {
      s.files = files;
      return { v: 1 as const, saved: new Date(0).toISOString(), files: [] };
    },
    async load() {
      return s.files ? { manifest: { v: 1 as const, saved: '2026-01-02T10:00:00Z', files: [] }, files: s.files } : null;
    },
    async clear() {
      s.files = null;
    }
  };
  return s;
}

function deps(o: Partial<DataPageDeps> = {}) {
  let disposed = 0;
  const loads: string[][] = [];
  const d: DataPageDeps = {
    data: fixtureData(),
    engine: engineSession(async () => ({ close: async () => {} }) as unknown as Engine),
    kept: async () => null,
    prefs: memoryPrefs(),
    demo: null,
    focus: () => {},
    load: async (_e, files) => {
      loads.push(files.map((f) => f.name));
      return REPORT;
    },
    compute: async () => ({ ...fixtureSource(), disposed: false, dispose: () => disposed++ }) as unknown as EngineSource,
    secret: async () => new Uint8Array(32),
    ...o
  };
  return { d, loads, disposed: () => disposed };
}

describe('the data page view-model', () => {
  it('loads the picked files, reports them, and hands every page the figures computed from them', async () => {
    const { d, loads } = deps();
    const { vm, stop } = mount(() => new DataView(d));
    await vm.open();
    expect(vm.engineState).toBe('ready');
    await vm.pick(FILES);
    await settle();
    expect(loads).toEqual([['wijken.csv', 'participations.csv']]);
    expect([vm.phase, vm.report, vm.figures.state]).toEqual(['loaded', REPORT, 'ready']);
    expect([d.data.state, d.data.label.kind]).toEqual(['own', 'own']);
    expect(d.engine.holding()?.report).toBe(REPORT);
    stop();
  });

  it('shows the demo rows without switching the pages away from the shipped figures', async () => {
    const { d } = deps({ demo: async () => [{ name: 'wijken.csv.gz', load: async () => ({ name: 'wijken.csv', bytes: enc('x') }) }] });
    const { vm, stop } = mount(() => new DataView(d));
    await vm.loadDemo();
    expect([vm.phase, vm.loadedDemo, vm.figures.state, d.data.state]).toEqual(['loaded', true, 'demo', 'demo']);
    stop();
  });

  it('says what stopped a load and what to do, and the shipped figures stay in use', async () => {
    const { d } = deps({ load: async () => Promise.reject(new LoadError('participations.csv: the file is empty.', 'participations.csv', undefined, { code: 'empty' })) });
    const { vm, stop } = mount(() => new DataView(d));
    await vm.pick(FILES);
    expect(vm.phase).toBe('error');
    expect(vm.stop?.code).toBe('empty');
    expect(vm.stopShown?.message).toBe('participations.csv is leeg.');
    expect(d.data.state).toBe('demo');
    stop();
  });

  it('keeps the files when asked, reloads them on the next visit, and removes everything on request', async () => {
    const kept = memoryKept();
    const { d, loads } = deps({ kept: async () => kept });
    const first = mount(() => new DataView(d));
    await first.vm.open();
    await first.vm.toggleKeep(true);
    await first.vm.pick(FILES);
    await settle();
    expect(kept.files?.map((f) => f.name)).toEqual(['wijken.csv', 'participations.csv']);
    expect(d.prefs.get(KEEP_PREF_KEY)).toBe('1');
    first.stop();

    // A new visit in a new tab: nothing in the engine, the kept files are loaded again.
    const again = deps({ kept: async () => kept, prefs: d.prefs });
    const second = mount(() => new DataView(again.d));
    await second.vm.open();
    await settle();
    expect(again.loads).toEqual([['wijken.csv', 'participations.csv']]);
    expect(second.vm.keepStatus).toMatch(/opnieuw geladen/);

    await second.vm.forget();
    expect([kept.files, second.vm.phase, again.d.data.state, again.d.prefs.get(KEEP_PREF_KEY)]).toEqual([null, 'idle', 'demo', null]);
    expect(second.vm.forgetStatus).toMatch(/verwijderd/);
    expect(again.d.engine.holding()).toBeNull();
    expect(loads).toHaveLength(1);
    // the figures of the removed data are let go
    expect(again.disposed()).toBe(1);
    second.stop();
  });
});

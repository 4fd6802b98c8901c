import { describe, expect, it, vi } from 'vitest';
import type { EngineSource } from '../cube/engine-source';
import { fixtureSource } from '../cube/testing';
import { engineSession } from '../data/engine';
import type { DataInUse } from '../data/in-use.svelte';
import { OwnData } from '../data/own';
import { CURRENT_HINT_KEY, memoryPrefs, type Prefs } from '../data/prefs';
import { createStore } from '../data/store/store';
import { memoryBackend } from '../data/store/memory';
import type { ExportStore } from '../data/store/types';
import { fakeEngine } from '../data/testing';
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

function deps(o: Partial<DataPageDeps> & { store?: ExportStore | null } = {}) {
  let disposed = 0;
  const loads: string[][] = [];
  const data: DataInUse = o.data ?? fixtureData();
  const engine = o.engine ?? engineSession(async () => fakeEngine());
  const prefs: Prefs = o.prefs ?? memoryPrefs();
  const store = o.store === undefined ? createStore(memoryBackend()) : o.store;
  const own = new OwnData({
    data,
    engine,
    prefs,
    store: async () => store,
    compute: async () => ({ ...fixtureSource(), disposed: false, dispose: () => disposed++ }) as unknown as EngineSource
  });
  const d: DataPageDeps = {
    data,
    engine,
    own: async () => own,
    prefs,
    demo: null,
    focus: () => {},
    load: async (_e, files) => {
      loads.push(files.map((f) => f.name));
      return REPORT;
    },
    ...o
  };
  return { d, own, store, loads, disposed: () => disposed };
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

  it('figures of an older load that fail late change nothing: the newer load stays in use', async () => {
    const data = fixtureData();
    const engine = engineSession(async () => fakeEngine());
    let failFirst: () => void = () => {};
    let calls = 0;
    const own = new OwnData({
      data,
      engine,
      prefs: memoryPrefs(),
      store: async () => createStore(memoryBackend()),
      compute: async () => {
        const source = { ...fixtureSource(), disposed: false, dispose: () => {} } as unknown as EngineSource;
        if (calls++ > 0) return source;
        // The first load's figures arrive after the second load's, from tables no longer there.
        await new Promise<void>((go) => (failFirst = go));
        return { ...source, series: () => Promise.reject(new Error('the engine no longer holds these tables')) } as unknown as EngineSource;
      }
    });
    const { d } = deps({ data, engine, own: async () => own });
    const { vm, stop } = mount(() => new DataView(d));
    await vm.pick(FILES);
    await settle();
    await vm.pick(FILES);
    await settle();
    expect([vm.figures.state, data.state]).toEqual(['ready', 'own']);
    failFirst();
    await settle();
    expect([vm.figures.state, data.state]).toEqual(['ready', 'own']);
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

  it('keeps the data when asked (not the files), opens them in the next tab without loading again, and removes everything on request', async () => {
    const { d, store, loads } = deps();
    const first = mount(() => new DataView(d));
    await first.vm.open();
    expect([first.vm.keepAvailable, first.vm.keep, first.vm.kept]).toEqual([true, false, []]);
    await first.vm.toggleKeep(true);
    await first.vm.pick(FILES);
    await vi.waitFor(() => expect(first.vm.kept.length).toBe(1), { timeout: 10_000 });
    expect(first.vm.kept.map((x) => x.name)).toEqual(['Stad 2025-01 – 2026-11']);
    expect(first.vm.keepStatus).toMatch(/Bewaard in deze browser als ‘Stad 2025-01 – 2026-11’/);
    expect([d.data.state, d.data.label.fingerprint]).toEqual(['own', first.vm.kept[0].fingerprint]);
    expect((await store!.read()).keep).toBe(true);
    first.stop();

    // A new tab: the layout restores the current export; the page shows its report without loading files.
    const again = deps({ store, prefs: d.prefs });
    await again.own.start('');
    expect(again.d.data.label.fingerprint).toBe(first.vm.kept[0].fingerprint);
    const second = mount(() => new DataView(again.d));
    await second.vm.open();
    expect([second.vm.phase, second.vm.report, second.vm.figures.state, second.vm.keep]).toEqual(['loaded', REPORT, 'ready', true]);
    expect(second.vm.keepStatus).toMatch(/geopend uit deze browser/);
    expect(again.loads).toEqual([]);

    await second.vm.forget();
    expect([second.vm.kept, second.vm.phase, again.d.data.state, again.d.prefs.get(CURRENT_HINT_KEY)]).toEqual([[], 'idle', 'demo', null]);
    expect(await store!.list()).toEqual([]);
    expect(second.vm.forgetStatus).toMatch(/verwijderd/);
    expect(again.d.engine.holding()).toBeNull();
    expect(loads).toHaveLength(1);
    second.stop();
  });

  it('opened before the layout has restored the kept data, the page waits for them and shows their report', async () => {
    const { d, store } = deps();
    const first = mount(() => new DataView(d));
    await first.vm.open();
    await first.vm.toggleKeep(true);
    await first.vm.pick(FILES);
    await vi.waitFor(() => expect(first.vm.kept.length).toBe(1), { timeout: 10_000 });
    first.stop();

    const again = deps({ store, prefs: d.prefs });
    again.d.data.opening({ fingerprint: first.vm.kept[0].fingerprint });
    const second = mount(() => new DataView(again.d));
    const opening = second.vm.open();
    await settle();
    expect(second.vm.phase).toBe('idle');
    await again.own.start('');
    await opening;
    expect([second.vm.phase, second.vm.report]).toEqual(['loaded', REPORT]);
    second.stop();
  });

  it('lists several kept exports: switch, rename and remove one; removing the one in use brings the demo back', async () => {
    const { d, store } = deps();
    const { vm, stop } = mount(() => new DataView(d));
    await vm.open();
    await vm.toggleKeep(true);
    await vm.pick(FILES);
    await vi.waitFor(() => expect(vm.kept.length).toBe(1), { timeout: 10_000 });
    const [a] = vm.kept;
    await vm.rename(a, '  Stad   dit jaar ');
    expect([vm.kept[0].name, d.data.label.name, vm.keptStatus]).toEqual(['Stad dit jaar', 'Stad dit jaar', 'De naam is nu ‘Stad dit jaar’.']);
    await vm.showDemo();
    expect(d.data.state).toBe('demo');
    await vm.use(vm.kept[0]);
    await settle();
    expect([d.data.state, d.data.label.name, vm.phase]).toEqual(['own', 'Stad dit jaar', 'loaded']);
    await vm.remove(vm.kept[0]);
    expect([vm.kept, d.data.state, vm.phase]).toEqual([[], 'demo', 'idle']);
    expect(await store!.list()).toEqual([]);
    stop();
  });

  it('without storage in this browser: keeping is not offered, the page says why, and the data still load', async () => {
    const { d } = deps({ store: null });
    const { vm, stop } = mount(() => new DataView(d));
    await vm.open();
    expect([vm.keepAvailable, vm.storeProblem?.message]).toEqual([false, expect.stringMatching(/kan hier geen gegevens bewaren/)]);
    await vm.pick(FILES);
    await vi.waitFor(() => expect([vm.figures.state, d.data.state]).toEqual(['ready', 'own']), { timeout: 10_000 });
    stop();
  });
});

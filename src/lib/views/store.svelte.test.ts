import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { fixtureSource } from '../cube/testing';
import { FigureStore, storeFor, type Idle } from './store.svelte';
import { fixtureData, settle } from './testing.svelte';

/** An idle callback run by hand: the test decides when the browser has time. */
function manualIdle(): Idle & { run(): boolean; pending: number } {
  const queue: (() => void)[] = [];
  const idle = ((fn: () => void) => {
    queue.push(fn);
    return () => {
      const i = queue.indexOf(fn);
      if (i >= 0) queue.splice(i, 1);
    };
  }) as Idle & { run(): boolean; pending: number };
  idle.run = () => {
    const fn = queue.shift();
    fn?.();
    return !!fn;
  };
  Object.defineProperty(idle, 'pending', { get: () => queue.length });
  return idle;
}

describe('the figure store', () => {
  it('fetches a file once, however often the view asks', async () => {
    const source = fixtureSource();
    const store = new FigureStore(Promise.resolve(source));
    await settle();
    expect(store.index?.cities).toEqual(['Leuven', 'Sint-Niklaas']);
    store.need([['scope', 'year-2026-11-all'], ['series', 'all']]);
    store.need([['scope', 'year-2026-11-all'], ['series', 'all']]);
    await settle();
    store.need([['scope', 'year-2026-11-all']]);
    expect(source.fetched).toEqual(['scope:year-2026-11-all', 'series:all']);
    expect(store.scope('year-2026-11-all')?.length).toBeGreaterThan(100);
    expect(store.series('all')?.months).toHaveLength(24);
    expect(store.has(['scope', 'year-2026-11-all'], ['series', 'all'])).toBe(true);
  });

  it('remembers a file the view needs as failed, says why, and does not ask again in a loop', async () => {
    const source = fixtureSource((f) => f === 'scope:month-2026-11-ggw');
    const store = new FigureStore(Promise.resolve(source));
    await settle();
    store.need([['scope', 'month-2026-11-ggw']]);
    await settle();
    expect(store.failure(['scope', 'month-2026-11-ggw'])).toContain('HTTP 404');
    expect(store.failure(['scope', 'year-2026-11-all'])).toBeNull();
    store.need([['scope', 'month-2026-11-ggw']]);
    await settle();
    expect(source.fetched.filter((f) => f === 'scope:month-2026-11-ggw')).toHaveLength(1);
  });

  it('fetches ahead one file at a time when idle, and forgets a failure there (the view will ask again)', async () => {
    const source = fixtureSource((f) => f === 'series:ggw');
    const store = new FigureStore(Promise.resolve(source));
    await settle();
    const idle = manualIdle();
    store.prefetch([['series', 'ggw'], ['scope', 'year-2026-11-buurtwerk'], ['scope', 'year-2026-10-all']], idle);
    expect(source.fetched).toEqual([]);
    idle.run();
    await settle();
    expect(source.fetched).toEqual(['series:ggw']);
    expect(store.failure(['series', 'ggw'])).toBeNull();
    idle.run();
    await settle();
    expect(source.fetched).toEqual(['series:ggw', 'scope:year-2026-11-buurtwerk']);
    expect(idle.pending).toBe(1);
    // a view that needs the file tries it again
    store.need([['series', 'ggw']]);
    await settle();
    expect(source.fetched.filter((f) => f === 'series:ggw')).toHaveLength(2);
    expect(store.failure(['series', 'ggw'])).toContain('404');
  });

  it('stops fetching ahead when told to', async () => {
    const source = fixtureSource();
    const store = new FigureStore(Promise.resolve(source));
    await settle();
    const idle = manualIdle();
    const stop = store.prefetch([['scope', 'year-2026-11-buurtwerk'], ['scope', 'year-2026-11-ggw']], idle);
    idle.run();
    await settle();
    stop();
    expect(idle.run()).toBe(false);
    expect(source.fetched).toEqual(['scope:year-2026-11-buurtwerk']);
  });

  it('says why the figures could not be opened at all', async () => {
    const store = new FigureStore(Promise.reject(new Error('index.json: HTTP 500')));
    await settle();
    expect(store.index).toBeNull();
    expect(store.failure(['scope', 'x'])).toBe('index.json: HTTP 500');
  });

  it('is one store for every page until the data in use change, then a new one', async () => {
    const data = fixtureData();
    const a = storeFor(data);
    expect(storeFor(data)).toBe(a);
    await settle();
    a.need([['series', 'all']]);
    await settle();
    data.useOwn(fixtureSource());
    flushSync();
    const b = storeFor(data);
    expect(b).not.toBe(a);
    await settle();
    expect(b.series('all')).toBeUndefined();
  });

  it('has nothing to open while own data are opening', () => {
    const data = fixtureData();
    data.opening({ name: 'Leuven 2026' });
    const s = storeFor(data);
    expect(s.waiting).toBe(true);
    expect(s.index).toBeNull();
  });
});

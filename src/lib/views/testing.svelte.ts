/**
 * Running view-models without a browser (vitest): a navigation whose address is plain
 * state, the data in use over the small fixed data set, and a way to let fetched figures
 * arrive and effects run.
 */
import { flushSync } from 'svelte';
import { fixtureSource } from '../cube/testing';
import type { FigureSource } from '../cube/types';
import { DataInUse } from '../data/in-use.svelte';
import type { Navigation } from './kit.svelte';

/** A navigation in memory: `go` changes the address at once and records how. */
export function memoryNavigation(address = 'http://site.test/', live = true): Navigation & { history: string[]; setLive(v: boolean): void } {
  let url = $state(new URL(address));
  let isLive = $state(live);
  const history: string[] = [];
  return {
    get url() {
      return url;
    },
    get live() {
      return isLive;
    },
    go(next, how = 'push') {
      history.push(`${how} ${next.search}`);
      url = new URL(next);
    },
    history,
    setLive(v: boolean) {
      isLive = v;
    }
  };
}

/** The data in use of a test: the fixture's figures as what the site ships. */
export function fixtureData(source: FigureSource = fixtureSource()): DataInUse {
  return new DataInUse({ published: false, shipped: () => Promise.resolve(source) });
}

/** Make a view-model as a page would (its effects live until `stop`). */
export function mount<T>(make: () => T): { vm: T; stop: () => void } {
  let vm!: T;
  const stop = $effect.root(() => {
    vm = make();
  });
  flushSync();
  return { vm, stop };
}

/** Let every fetch under way arrive and every effect that follows run. */
export async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
  }
}

/**
 * The data in use of this tab: one owner for every page (see in-use.svelte.ts). The
 * shipped figures are read from the site's own origin, under its base path; while a page
 * is prerendered there is nothing to fetch (its first view comes with the page).
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { staticSource } from '../cube/static-source';
import type { FigureSource } from '../cube/types';
import { PUBLISHED } from '../site';
import { DataInUse } from './in-use.svelte';
import type { OwnData } from './own';
import { CURRENT_HINT_KEY, localPrefs } from './prefs';

/** The tab's one owner of the data in use. */
export const dataInUse = new DataInUse({
  published: PUBLISHED,
  shipped: () => (browser ? staticSource(base) : new Promise<FigureSource>(() => {}))
});

/**
 * Before any page draws: own data named by the address (its fingerprint, already checked) or
 * kept as current in this browser make every page wait for them instead of drawing the demo.
 * Synchronous (the address and localStorage); ownData().start() then restores them.
 */
export function expectOwn(fromAddress: string): string {
  const wanted = fromAddress || localPrefs.get(CURRENT_HINT_KEY) || '';
  if (wanted && dataInUse.state !== 'own') dataInUse.opening({ fingerprint: wanted });
  return wanted;
}

let own: Promise<OwnData> | null = null;

/** The tab's own data (store, restore, keep), loaded on first need: pages showing the demo never fetch its code. */
export function ownData(): Promise<OwnData> {
  own ??= Promise.all([import('./own'), import('./store'), import('../cube/engine-source'), import('./engine')]).then(([o, s, c, e]) => {
    let store: ReturnType<typeof s.browserStore> | null = null;
    return new o.OwnData({
      data: dataInUse,
      store: () => (store ??= s.browserStore().catch(() => null)),
      engine: e.browserEngine,
      compute: c.engineSource,
      prefs: localPrefs
    });
  });
  return own;
}

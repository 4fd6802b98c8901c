/**
 * Where published months are kept (issue #14): in this tab (so a month published on the demo
 * still reads as published after other data are loaded), in the browser's store with the own
 * export they were published from when it is kept, and as the JSON file the reader archives
 * (and may open again). The report's view-model asks the shelf; tests give it one in memory.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { DataLabel } from '../data/in-use.svelte';
import { browserStore, type ExportStore } from '../data/store';
import { frozenBlobName, frozenKey, parseFrozen, type FrozenMonth } from '../report/frozen';

/** Where published months are put and found. */
export interface PublishedShelf {
  /** Every published month known, by frozenKey(city, month) (reactive). */
  readonly months: ReadonlyMap<string, FrozenMonth>;
  /** Put a published month on the shelf; true when the browser's store keeps it too. */
  put(f: FrozenMonth, data: DataLabel): Promise<boolean>;
  /** Look in the browser's store for months published earlier (once per shelf). */
  restore(): Promise<void>;
}

/** A shelf over a store (null: this tab only). */
export function shelfOver(store: () => Promise<ExportStore | null>): PublishedShelf {
  const months = new SvelteMap<string, FrozenMonth>();
  const add = (f: FrozenMonth) => {
    const key = frozenKey(f.report.city, f.report.month);
    const had = months.get(key);
    // the latest publication of a month is the one that counts
    if (!had || had.published <= f.published) months.set(key, f);
  };
  let restored: Promise<void> | null = null;
  return {
    months,
    async put(f, data) {
      add(f);
      if (data.kind !== 'own' || !data.fingerprint) return false;
      try {
        const s = await store();
        const entry = s && (await s.find(data.fingerprint));
        if (!s || !entry) return false;
        await s.addFigures(entry.id, { [frozenBlobName(f.report.city, f.report.month)]: JSON.stringify(f) });
        return true;
      } catch {
        // the archive file is the copy that counts; the store is a convenience
        return false;
      }
    },
    restore() {
      restored ??= (async () => {
        try {
          const s = await store();
          if (!s) return;
          for (const e of await s.list()) {
            if (e.problem) continue;
            for (const name of (await s.figureNames(e.id)).filter((n) => n.startsWith('published/'))) {
              const bytes = await s.readFigure(e.id, name);
              const f = bytes && parseFrozen(new TextDecoder().decode(bytes));
              if (f && !(f instanceof Error)) add(f);
            }
          }
        } catch {
          // nothing kept can be read: the months published in this tab still count
        }
      })();
      return restored;
    }
  };
}

/** This tab's shelf over the browser's store. */
export const browserShelf: PublishedShelf = shelfOver(browserStore);

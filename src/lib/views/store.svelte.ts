/**
 * The one store of figures the view-models read: for the data in use (src/lib/data), it
 * fetches the scopes and monthly series a view needs, keeps them, fetches ahead what the
 * next view most likely needs while the browser is idle, and remembers which files
 * failed, so a page shows why instead of asking again in a loop. A new data set gets a
 * new store: nothing of the old data is ever drawn with the new.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { CubeIndex, FigureSource, MonthSeries } from '../cube/types';
import type { FigureRow, Provider } from '../metrics/types';
import { warm, warmSeries } from '../overview/figures';

/** What the store reads from: the data in use (a version that changes with the data, and its figures). */
export interface FigureSupply {
  readonly version: number;
  /** null while own data are opening or when they are missing here. */
  source(): Promise<FigureSource> | null;
}

/** A file of figures: one scope (by its key) or one provider's monthly series. */
export type FigureFile = ['scope', string] | ['series', Provider];

const idOf = ([what, name]: FigureFile) => `${what}:${name}`;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** When the browser has time to spare; a timer where it cannot say. */
export type Idle = (fn: () => void) => () => void;
const browserIdle: Idle = (fn) => {
  if (typeof requestIdleCallback === 'function') {
    const h = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(h);
  }
  const h = setTimeout(fn, 50);
  return () => clearTimeout(h);
};

/** The figures of one data set, as far as they have been fetched. */
export class FigureStore {
  /** What exists: cities, wijken, periods; null until the figures are open. */
  index = $state.raw<CubeIndex | null>(null);
  /** Why the figures could not be opened at all. */
  failed = $state<string | null>(null);
  /** No figures to open: own data are opening, or missing in this browser. */
  readonly waiting: boolean;
  #source: FigureSource | null = null;
  #scopes = new SvelteMap<string, FigureRow[]>();
  #series = new SvelteMap<Provider, MonthSeries>();
  #failures = new SvelteMap<string, string>();
  #pending = new Set<string>();

  constructor(source: Promise<FigureSource> | null) {
    this.waiting = source === null;
    source?.then(
      (s) => {
        this.#source = s;
        this.index = s.index;
      },
      (e: unknown) => (this.failed = message(e))
    );
  }

  /** The rows of a scope, once fetched. */
  scope(key: string): FigureRow[] | undefined {
    return this.#scopes.get(key);
  }

  /** A provider's monthly series, once fetched. */
  series(provider: Provider): MonthSeries | undefined {
    return this.#series.get(provider);
  }

  /** Why the figures, or one of these files, could not be loaded; null when none failed. */
  failure(...files: FigureFile[]): string | null {
    if (this.failed) return this.failed;
    for (const f of files) {
      const m = this.#failures.get(idOf(f));
      if (m !== undefined) return m;
    }
    return null;
  }

  /** Whether every one of these files is here. */
  has(...files: FigureFile[]): boolean {
    return files.every(([what, name]) => (what === 'scope' ? this.#scopes.has(name) : this.#series.has(name)));
  }

  /**
   * Fetch a file unless it is here, on its way or (for a file a view needs) known to
   * fail. A file the view needs is remembered as failed; one fetched `ahead` is simply
   * tried again when a view needs it. null when nothing was started.
   */
  load(file: FigureFile, ahead = false): Promise<void> | null {
    const s = this.#source;
    const id = idOf(file);
    if (!s || this.#pending.has(id) || this.has(file) || (!ahead && this.#failures.has(id))) return null;
    this.#pending.add(id);
    const done = () => this.#pending.delete(id);
    const fail = (e: unknown) => {
      done();
      if (!ahead) this.#failures.set(id, message(e));
    };
    const [what, name] = file;
    // Lookups are built on arrival (often while idle), not on the first redraw that needs them.
    return what === 'scope'
      ? s.scope(name).then((rows) => {
          done();
          this.#scopes.set(name, warm(rows));
        }, fail)
      : s.series(name).then((series) => {
          done();
          this.#series.set(name, warmSeries(series));
        }, fail);
  }

  /** Fetch every file a view needs. */
  need(files: readonly FigureFile[]): void {
    for (const f of files) this.load(f);
  }

  /**
   * Fetch these files ahead, one at a time while the browser is idle, most likely first:
   * a change of view then redraws without waiting. Returns a function that stops it.
   */
  prefetch(files: readonly FigureFile[], idle: Idle = browserIdle): () => void {
    const queue = [...files];
    let live = true;
    let cancel = () => {};
    const next = () => {
      if (!live) return;
      let p: Promise<void> | null = null;
      while (!p && queue.length) p = this.load(queue.shift()!, true);
      if (p) void p.then(() => (cancel = idle(next)));
    };
    cancel = idle(next);
    return () => {
      live = false;
      cancel();
    };
  }
}

const stores = new WeakMap<FigureSupply, { version: number; store: FigureStore }>();

/** The store of the data in use now: the same one for every page until the data change. */
export function storeFor(supply: FigureSupply): FigureStore {
  const v = supply.version;
  let s = stores.get(supply);
  if (!s || s.version !== v) stores.set(supply, (s = { version: v, store: new FigureStore(supply.source()) }));
  return s.store;
}

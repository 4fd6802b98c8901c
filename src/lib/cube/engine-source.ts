/**
 * Figures computed on demand from data loaded into DuckDB in this browser (the user's own
 * import): the same index, scopes and monthly series as the shipped files, but each scope
 * is computed when first asked for and then kept. The engine has one connection, so every
 * computation runs through one queue, one after the other.
 */
import type { Engine } from '../engine/types';
import type { LoadReport } from '../load/report';
import { DEFAULT_CAP, DEFAULT_K, type FigureRow, type Provider } from '../metrics/types';
import { cubeIndex, keepInSeries, scopeFigures, type CubeOptions } from './compute';
import { parseScopeKey, scopeKey } from './scopes';
import type { FigureSource, MonthSeries } from './types';

export interface SeriesProgress {
  provider: Provider;
  /** Months computed so far, of `total`. */
  done: number;
  total: number;
}

export interface EngineSourceOptions {
  k?: number;
  cap?: number;
  /** Participant dimensions; default: those the load found. */
  dimensions?: string[];
  /** Runs one job on the engine at a time; shared with whoever else uses the engine (the loader). */
  run?: <T>(job: () => Promise<T>) => Promise<T>;
  /** Called as a series' months are computed. */
  onProgress?: (p: SeriesProgress) => void;
  /** How many scopes are kept in memory (the most recently used); default 36. */
  keep?: number;
}

export interface EngineSource extends FigureSource {
  /** After this every call rejects: the engine's tables now hold other data. */
  dispose(): void;
  readonly disposed: boolean;
}

/** A queue of its own, for a source whose engine nobody else uses. */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const next = last.then(job, job);
    last = next.catch(() => {});
    return next;
  };
}

export async function engineSource(engine: Engine, report: LoadReport, opt: EngineSourceOptions = {}): Promise<EngineSource> {
  const run = opt.run ?? serialQueue();
  const cube: CubeOptions = { k: opt.k ?? DEFAULT_K, cap: opt.cap ?? DEFAULT_CAP, dimensions: opt.dimensions ?? report.dimensions };
  const index = await run(() => cubeIndex(engine, report, cube));
  const keep = opt.keep ?? 36;
  const scopes = new Map<string, Promise<FigureRow[]>>();
  const series = new Map<Provider, Promise<MonthSeries>>();
  let disposed = false;
  const gone = () => Promise.reject(new Error('these figures belong to data that has since been replaced'));

  const offered = (key: string) => {
    const ref = parseScopeKey(key);
    return ref && index.providers.includes(ref.provider) && index.ends[ref.kind].includes(ref.end) ? ref : null;
  };

  function scope(key: string): Promise<FigureRow[]> {
    if (disposed) return gone();
    const ref = offered(key);
    if (!ref) return Promise.reject(new Error(`not a scope of these data: ${key}`));
    let p = scopes.get(key);
    if (p) {
      // Most recently used last: the oldest is the one let go.
      scopes.delete(key);
      scopes.set(key, p);
      return p;
    }
    p = run(() => (disposed ? gone() : scopeFigures(engine, ref, cube)));
    p.catch(() => scopes.delete(key));
    scopes.set(key, p);
    while (scopes.size > keep) scopes.delete(scopes.keys().next().value!);
    return p;
  }

  return {
    index,
    scope,
    series(provider) {
      if (disposed) return gone();
      if (!index.providers.includes(provider)) return Promise.reject(new Error(`not a provider: ${provider}`));
      let p = series.get(provider);
      if (!p) {
        p = (async () => {
          const months = index.ends.month;
          const figures: FigureRow[][] = [];
          opt.onProgress?.({ provider, done: 0, total: months.length });
          // One month at a time: the headline rows of each month's scope, as the build writes them.
          for (const end of months) {
            figures.push((await scope(scopeKey({ kind: 'month', end, provider }))).filter(keepInSeries));
            opt.onProgress?.({ provider, done: figures.length, total: months.length });
          }
          return { provider, months, figures };
        })();
        p.catch(() => series.delete(provider));
        series.set(provider, p);
      }
      return p;
    },
    dispose() {
      disposed = true;
      scopes.clear();
      series.clear();
    },
    get disposed() {
      return disposed;
    }
  };
}

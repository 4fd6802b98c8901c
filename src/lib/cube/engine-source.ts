/**
 * Figures computed from data loaded into DuckDB in this browser (the user's own import):
 * the same index, scopes and monthly series as the shipped files. Every offered period is
 * computed set-based in batches (cube.ts), latest and default views first; a page asking
 * for a scope that is not there yet moves its batch to the front. The engine has one
 * connection, so every job runs through one queue, one after the other, and the page
 * stays responsive: the work happens in DuckDB's worker.
 */
import type { Engine } from '../engine/types';
import type { LoadReport } from '../load/report';
import { DEFAULT_CAP, DEFAULT_K, type FigureRow, type Provider } from '../metrics/types';
import { figureRows } from '../metrics/figure-table';
import { startCube, type Cube, type CubeProgress } from './compute';
import { parseScopeKey, type ScopeRef } from './scopes';
import type { FigureSource, MonthSeries } from './types';

export type { CubeProgress };

export interface EngineSourceOptions {
  k?: number;
  cap?: number;
  /** Participant dimensions; default: those the load found. */
  dimensions?: string[];
  /** This browser's deployment secret (kept beside the user's data). */
  secret: Uint8Array;
  /** Runs one job on the engine at a time; shared with whoever else uses the engine (the loader). */
  run?: <T>(job: () => Promise<T>) => Promise<T>;
  /** Called after each batch of periods. */
  onProgress?: (p: CubeProgress) => void;
  /** How many scopes are kept in memory as rows (the most recently used); default 36. */
  keep?: number;
  /** Periods per batch (default 8): smaller batches show progress more often and cost a little more. */
  batch?: number;
}

export interface EngineSource extends FigureSource {
  /** Resolves when every offered period is computed. */
  readonly complete: Promise<void>;
  progress(): CubeProgress;
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

export async function engineSource(engine: Engine, report: LoadReport, opt: EngineSourceOptions): Promise<EngineSource> {
  const run = opt.run ?? serialQueue();
  const cube: Cube = await run(() =>
    startCube(engine, report, { k: opt.k ?? DEFAULT_K, cap: opt.cap ?? DEFAULT_CAP, dimensions: opt.dimensions ?? report.dimensions, secret: opt.secret }, { batch: opt.batch })
  );
  const index = cube.index;
  const keep = opt.keep ?? 36;
  const scopes = new Map<string, Promise<FigureRow[]>>();
  const series = new Map<Provider, Promise<MonthSeries>>();
  const waiting: Array<{ ref: ScopeRef; go: () => void; fail: (e: unknown) => void }> = [];
  let disposed = false;
  let failure: unknown = null;
  const gone = () => Promise.reject(new Error('these figures belong to data that has since been replaced'));

  // One batch at a time through the queue, so loads and page reads interleave with it.
  const complete = (async () => {
    let more = true;
    while (more && !disposed) {
      const first = waiting.find((w) => !cube.has(w.ref));
      more = await run(() => (disposed ? Promise.resolve(false) : cube.next(first?.ref)));
      opt.onProgress?.(cube.progress());
      for (const w of waiting.splice(0).filter((x) => (cube.has(x.ref) ? (x.go(), false) : true))) waiting.push(w);
      // Let the reads this batch made possible join the queue before the next batch does: a page
      // waiting for its scope (or the series, for all the months) would otherwise wait a batch more.
      await new Promise((go) => setTimeout(go, 0));
    }
  })();
  complete.catch((e) => {
    failure = e;
    for (const w of waiting.splice(0)) w.fail(e);
  });

  const ready = (ref: ScopeRef) =>
    cube.has(ref)
      ? Promise.resolve()
      : failure
        ? Promise.reject(failure)
        : new Promise<void>((go, fail) => waiting.push({ ref, go, fail }));

  function scope(key: string): Promise<FigureRow[]> {
    if (disposed) return gone();
    const ref = parseScopeKey(key);
    if (!ref || !index.providers.includes(ref.provider) || !index.ends[ref.kind].includes(ref.end)) {
      return Promise.reject(new Error(`not a scope of these data: ${key}`));
    }
    let p = scopes.get(key);
    if (p) {
      // Most recently used last: the oldest is the one let go.
      scopes.delete(key);
      scopes.set(key, p);
      return p;
    }
    p = ready(ref).then(() => run(() => (disposed ? gone() : cube.rows(ref))));
    p.catch(() => scopes.delete(key));
    scopes.set(key, p);
    while (scopes.size > keep) scopes.delete(scopes.keys().next().value!);
    return p;
  }

  return {
    index,
    scope,
    complete,
    progress: () => cube.progress(),
    series(provider) {
      if (disposed) return gone();
      if (!index.providers.includes(provider)) return Promise.reject(new Error(`not a provider: ${provider}`));
      let p = series.get(provider);
      if (!p) {
        const months = index.ends.month;
        p = Promise.all(months.map((end) => ready({ kind: 'month', end, provider })))
          .then(() => run(() => (disposed ? gone() : cube.seriesColumns(provider))))
          .then((cols) => ({ provider, months, figures: cols.map(figureRows) }));
        p.catch(() => series.delete(provider));
        series.set(provider, p);
      }
      return p;
    },
    dispose() {
      disposed = true;
      scopes.clear();
      series.clear();
      for (const w of waiting.splice(0)) w.fail(new Error('these figures belong to data that has since been replaced'));
    },
    get disposed() {
      return disposed;
    }
  };
}

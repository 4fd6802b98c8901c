/**
 * The DuckDB engine of this tab, which holds the user's loaded export and outlives a
 * visit to the data page: the figures the pages show are computed from it. One queue
 * runs every job on the engine, loads and figures alike (it has one connection).
 */
import type { Engine } from '../engine/types';
import { serialQueue } from '../cube/engine-source';
import type { LoadReport } from '../load/report';
import type { Pending } from './pending';

/** What the engine holds: the last successful load, shown again when the user comes back to the data page. */
export interface Loaded {
  report: LoadReport;
  /** The demo's rows (loaded to try the page), not the user's own export. */
  demo: boolean;
  /** The user's files as picked and mapped (null for the demo). */
  files: Pending[] | null;
}

/** The engine of a tab, started once and shared by every job. */
export interface EngineSession {
  /** The engine, started on first use (the worker and its wasm take a few seconds). */
  get(): Promise<Engine>;
  /** Runs one job on the engine after the ones before it. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Drop the engine and everything in it (after "remove my data", or when its worker died). */
  reset(): Promise<void>;
  /** What the engine holds now, if anything. */
  holding(): Loaded | null;
  /** Record what the engine holds (null while a load replaces its tables). */
  hold(l: Loaded | null): void;
}

/** A session over engines made by `create`; `warm` runs once on each new engine, on the queue. */
export function engineSession(create: () => Promise<Engine>, warm?: (e: Engine) => Promise<void>): EngineSession {
  let engine: Promise<Engine> | null = null;
  let queue = serialQueue();
  let loaded: Loaded | null = null;
  const session: EngineSession = {
    get() {
      if (!engine) {
        engine = create().then(async (e) => {
          if (warm) await session.run(() => warm(e)).catch(() => {});
          return e;
        });
        engine.catch(() => (engine = null));
      }
      return engine;
    },
    run: (job) => queue(job),
    async reset() {
      loaded = null;
      const old = engine;
      engine = null;
      queue = serialQueue();
      if (old) await old.then((e) => e.close()).catch(() => {});
    },
    holding: () => loaded,
    hold(l) {
      loaded = l;
    }
  };
  return session;
}

/**
 * A load of a few made-up rows right after start: the browser compiles DuckDB's WebAssembly
 * function by function on first use, so the first real load would otherwise pay for reading,
 * checking and grouping code being compiled. Every path is taken once: a rejected row, a
 * merged duplicate, both date formats. The real load replaces these tables.
 */
async function warmUp(e: Engine): Promise<void> {
  const { loadExport } = await import('../load');
  const enc = (s: string) => new TextEncoder().encode(s);
  await loadExport(e, [
    { name: 'wijken.csv', bytes: enc('wijk_id,wijk_name,city\nW1,Een,Stad\nW2,Twee,Stad\n') },
    { name: 'population.csv', bytes: enc('wijk_id,ref_date,dimension,group,population\nW1,2025-01-01,total,total,10\nW2,01/01/2025,total,total,x\n') },
    { name: 'participants.csv', bytes: enc('participant_id,residence_wijk_id,age_band\na,W1,jong\nb,W2,oud\nb,W2,oud\n') },
    { name: 'activities.csv', bytes: enc('activity_id,provider_type,wijk_id\nx,buurtwerk,W1\ny,ggw,W9\n') },
    { name: 'participations.csv', bytes: enc('participant_id,activity_id,date,role\na,x,2025-01-02,\na,x,02/01/2025,vrijwilliger\nc,x,2025-01-03,\n') }
  ]);
}

/** The engine of this browser tab: DuckDB-WASM in a worker, warmed up once. */
export const browserEngine: EngineSession = engineSession(() => import('../engine/browser').then((m) => m.createBrowserEngine()), warmUp);

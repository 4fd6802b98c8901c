/**
 * What outlives a visit to the data page within one tab: the DuckDB engine holding the
 * loaded data and the figure source computed from it (the dashboard's pages read it after
 * this page is left). One queue runs every job on the engine, loads and figures alike.
 */
import type { Engine } from '$lib/engine/types';
import type { EngineSource } from '$lib/cube/engine-source';
import { serialQueue } from '$lib/cube/engine-source';
import { LoadError, type LoadReport } from '$lib/load/report';
import type { Pending } from './pending';
import type { StopCode } from '$lib/i18n/import';

let engine: Promise<Engine> | null = null;
let queue = serialQueue();
let source: EngineSource | null = null;

/** The engine, started on first use (the worker and its wasm take a few seconds). */
export function getEngine(): Promise<Engine> {
  if (!engine) {
    engine = import('$lib/engine/browser')
      .then((m) => m.createBrowserEngine())
      .then(async (e) => {
        await run(() => warmUp(e)).catch(() => {});
        return e;
      });
    engine.catch(() => (engine = null));
  }
  return engine;
}

/**
 * A load of a few made-up rows right after start: the browser compiles DuckDB's WebAssembly
 * function by function on first use, so the first real load would otherwise pay for reading,
 * checking and grouping code being compiled. Every path is taken once: a rejected row, a
 * merged duplicate, both date formats. The real load replaces these tables.
 */
async function warmUp(e: Engine): Promise<void> {
  const { loadExport } = await import('$lib/load');
  const enc = (s: string) => new TextEncoder().encode(s);
  await loadExport(e, [
    { name: 'wijken.csv', bytes: enc('wijk_id,wijk_name,city\nW1,Een,Stad\nW2,Twee,Stad\n') },
    { name: 'population.csv', bytes: enc('wijk_id,ref_date,dimension,group,population\nW1,2025-01-01,total,total,10\nW2,01/01/2025,total,total,x\n') },
    { name: 'participants.csv', bytes: enc('participant_id,residence_wijk_id,age_band\na,W1,jong\nb,W2,oud\nb,W2,oud\n') },
    { name: 'activities.csv', bytes: enc('activity_id,provider_type,wijk_id\nx,buurtwerk,W1\ny,ggw,W9\n') },
    { name: 'participations.csv', bytes: enc('participant_id,activity_id,date,role\na,x,2025-01-02,\na,x,02/01/2025,vrijwilliger\nc,x,2025-01-03,\n') }
  ]);
}

/** Runs one job on the engine after the ones before it. */
export function run<T>(job: () => Promise<T>): Promise<T> {
  return queue(job);
}

/** The last successful load in this tab, shown again when the user comes back to the page. */
let last: { report: LoadReport; demo: boolean; files: Pending[] | null } | null = null;
export const lastLoad = {
  get: () => last,
  set: (v: typeof last) => (last = v)
};

/** The current imported figures, if any. */
export const currentSource = () => source;

export function setSource(s: EngineSource | null): void {
  if (source && source !== s) source.dispose();
  source = s;
}

/** Drop the engine and everything in it (after "remove my data", or when its worker died). */
export async function resetEngine(): Promise<void> {
  setSource(null);
  last = null;
  const old = engine;
  engine = null;
  queue = serialQueue();
  if (old) await old.then((e) => e.close()).catch(() => {});
}

/** What stopped a load, as the page words it. */
export interface Stop {
  code: StopCode;
  params: Record<string, string>;
  file?: string;
  line?: number;
  /** The original message, for the "technical" details. */
  technical: string;
}

/** How running out of memory shows: DuckDB's own error, the wasm runtime's, or the JS engine's. */
const MEMORY = /out of memory|memory access out of bounds|allocation failed|failed to allocate|could not allocate|cannot allocate|array buffer allocation|invalid array length|invalid string length|bad_alloc|\bAborted\(OOM\)/i;

export function describeStop(e: unknown): Stop {
  const technical = e instanceof Error ? e.message : String(e);
  if (MEMORY.test(technical)) return { code: 'memory', params: {}, technical };
  if (e instanceof LoadError && e.detail) return { code: e.detail.code, params: { file: e.file ?? '', ...e.detail.params }, file: e.file, line: e.line, technical };
  if (e instanceof RangeError && /length|allocation/i.test(technical)) return { code: 'memory', params: {}, technical };
  if ((e as Error)?.name === 'EngineFailure') return { code: 'engine', params: {}, technical };
  if (e instanceof LoadError) return { code: 'other', params: { message: technical }, file: e.file, line: e.line, technical };
  return { code: 'other', params: { message: technical }, technical };
}

/** Whether the engine is unusable after this (then it is started afresh for the next load). */
export const engineLost = (s: Stop) => s.code === 'memory' || s.code === 'engine';

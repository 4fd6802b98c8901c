/**
 * What stops a load, as a code the pages word (words/load.ts): the loader's own codes,
 * and what the page itself meets (memory, a stopped engine, an unreadable file).
 */
import { LoadError, type LoadErrorCode } from '../load/report';

/** Every way a load can stop. */
export type StopCode = LoadErrorCode | 'memory' | 'engine' | 'read' | 'noParticipations' | 'other';

/** What stopped a load, with the values its text needs. */
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

/** Any error of a load as a code the page can word, with the original message kept. */
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

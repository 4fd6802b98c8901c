/**
 * Set-up shared by the metric tests (*.test.ts in this folder): one engine per test
 * file, a scope factory and lookups of single figures. Only tests import this module.
 */
import { afterAll, beforeAll } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import type { RawFigure, Scope } from './types';

/**
 * Registers beforeAll/afterAll hooks that open one Node engine for the test file and
 * close it afterwards; `set` receives the engine once it is open.
 */
export function useEngine(set: (engine: Engine) => void): void {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await createNodeEngine();
    set(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });
}

/** The period most metric tests use (2025-01..03), all providers, no dimensions, k 5, cap 40. */
const BASE_SCOPE: Scope = { from: '2025-01', to: '2025-03', provider: 'all', dimensions: [], k: 5, cap: 40 };

/** A scope factory: BASE_SCOPE with this file's `defaults`, then each call's `over`. */
export function makeScope(defaults: Partial<Scope> = {}): (over?: Partial<Scope>) => Scope {
  return (over = {}) => ({ ...BASE_SCOPE, ...defaults, ...over });
}

/** Selects one figure row; a field left out takes the lookup's default. */
export type FigureSel = { city?: string; wijk_id?: string; dimension?: string; group?: string };

/**
 * Lookups of one figure by metric and selection. Defaults: wijk 'W1', dimension '' and
 * group ''; the city is compared only when a default or the selection names one.
 */
export function figureLookup(defaults: FigureSel = {}) {
  const d = { wijk_id: 'W1', dimension: '', group: '', ...defaults };
  const matches = (f: RawFigure, metric: string, o: FigureSel) => {
    const city = o.city ?? d.city;
    return (
      f.metric === metric &&
      (city === undefined || f.city === city) &&
      f.wijk_id === (o.wijk_id ?? d.wijk_id) &&
      f.dimension === (o.dimension ?? d.dimension) &&
      f.group === (o.group ?? d.group)
    );
  };
  /** The one row that matches; throws when there are none or several. */
  function get(raw: RawFigure[], metric: string, o: FigureSel = {}): RawFigure {
    const hits = raw.filter((f) => matches(f, metric, o));
    if (hits.length !== 1) throw new Error(`${hits.length} rows for ${metric} ${JSON.stringify(o)}`);
    return hits[0];
  }
  /** The value of the one row that matches. */
  const val = (raw: RawFigure[], metric: string, o: FigureSel = {}) => get(raw, metric, o).value;
  /** Whether any row matches. */
  const has = (raw: RawFigure[], metric: string, o: FigureSel = {}) => raw.some((f) => matches(f, metric, o));
  return { get, val, has };
}

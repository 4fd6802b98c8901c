/**
 * Set-up shared by the metric tests (*.test.ts in this folder): one engine per test file,
 * a run of the set-based engine over a tiny inline fixture, and lookups of single figures.
 * Only tests import this module.
 *
 * The runs default to what hand-worked checks need: perturbation off (counts are the true
 * counts), k = 3 (the lowest a deployment may use), cap 40, no rounding. Each check reads
 * either the published rows of a scope (after the threshold) or the raw rows (every figure
 * before the threshold, with the kind, basis and sessions that decide whether it is shown).
 */
import { afterAll, beforeAll } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { insertCanonical, type CanonicalData } from '../load/canonical';
import { computeFigures, prepareFigures, rawScopeRows, scopeRows, type FigureOptions, type FigureRun } from './figures';
import type { PeriodRequest } from './periods';
import type { FigureRow, Provider } from './types';

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

/** A figure before the threshold, as the families write it (ww_raw). */
export interface RawRow {
  city: string;
  wijk_id: string;
  provider: Provider;
  dimension: string;
  group: string;
  metric: string;
  value: number | null;
  kind: 'count' | 'share' | 'network' | 'public';
  /** The smallest perturbed count a share or network figure rests on. */
  basis: number | null;
  /** Sessions used, for network figures. */
  sessions: number | null;
  /** Structurally not available (no population, the data's first month, ...). */
  na: boolean;
}

/** The test defaults: perturbation off, k 3, cap 40, unrounded, no dimensions. */
export type TestOptions = Partial<FigureOptions>;

const DEFAULTS: FigureOptions = { dimensions: [], k: 3, cap: 40, secret: null, perturb: false, round: false };

/** The period most metric tests use. */
export const Q1: PeriodRequest = { from: '2025-01', to: '2025-03' };

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A computation over one fixture: its periods' rows, published or raw, per provider filter's scope. */
export interface TestRun {
  run: FigureRun;
  /** The published rows of one period in one provider filter's scope. */
  rows(period?: PeriodRequest, provider?: Provider): Promise<FigureRow[]>;
  /** The same scope before the threshold. */
  raw(period?: PeriodRequest, provider?: Provider): Promise<RawRow[]>;
}

/** The latest run on each engine: a new run drops the figures of the one before. */
const latest = new WeakMap<Engine, number>();

/**
 * Inserts `data`, then computes these periods (all provider filters) in one pass with the
 * test defaults overridden by `opt`; the raw rows are kept. Its readers work until the
 * next run on the same engine (which replaces the figures); after that they throw rather
 * than read the other run's rows.
 */
export async function runFixture(engine: Engine, data: CanonicalData, periods: PeriodRequest[] = [Q1], opt: TestOptions = {}): Promise<TestRun> {
  const id = (latest.get(engine) ?? 0) + 1;
  latest.set(engine, id);
  const current = () => {
    if (latest.get(engine) !== id) throw new Error('these figures were replaced by a later run on the same engine: read them before the next runFixture');
  };
  await insertCanonical(engine, data);
  const run = await prepareFigures(engine, { ...DEFAULTS, ...opt, keepRaw: true });
  await computeFigures(run, periods);
  return {
    run,
    rows: (period = periods[0], provider = 'all') => (current(), scopeRows(run, period, provider)),
    raw: async (period = periods[0], provider = 'all') =>
      (current(), await rawScopeRows(run, period, provider)).map((r) => ({
        city: String(r.city),
        wijk_id: String(r.wijk_id),
        provider: r.provider as Provider,
        dimension: String(r.dimension),
        group: String(r.group),
        metric: String(r.metric),
        value: num(r.value),
        kind: r.kind as RawRow['kind'],
        basis: num(r.basis),
        sessions: num(r.sessions),
        na: Boolean(r.na)
      }))
  };
}

/** The published rows of one scope: one period, perturbation off, k 3, unrounded (unless `opt` says otherwise). */
export async function scopeFigures(engine: Engine, data: CanonicalData, period: PeriodRequest = Q1, provider: Provider = 'all', opt: TestOptions = {}): Promise<FigureRow[]> {
  return (await runFixture(engine, data, [period], opt)).rows(period, provider);
}

/** The rows of one scope before the threshold, with the same defaults. */
export async function rawFigures(engine: Engine, data: CanonicalData, period: PeriodRequest = Q1, provider: Provider = 'all', opt: TestOptions = {}): Promise<RawRow[]> {
  return (await runFixture(engine, data, [period], opt)).raw(period, provider);
}

/** Selects one figure row; a field left out takes the lookup's default. */
export type FigureSel = { city?: string; wijk_id?: string; dimension?: string; group?: string };

type Figure = Pick<FigureRow, 'city' | 'wijk_id' | 'dimension' | 'group' | 'metric' | 'value'>;

/**
 * Lookups of one figure by metric and selection, over raw or published rows. Defaults:
 * wijk 'W1', dimension '' and group ''; the city is compared only when a default or the
 * selection names one.
 */
export function figureLookup(defaults: FigureSel = {}) {
  const d = { wijk_id: 'W1', dimension: '', group: '', ...defaults };
  const matches = (f: Figure, metric: string, o: FigureSel) => {
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
  function get<F extends Figure>(rows: F[], metric: string, o: FigureSel = {}): F {
    const hits = rows.filter((f) => matches(f, metric, o));
    if (hits.length !== 1) throw new Error(`${hits.length} rows for ${metric} ${JSON.stringify(o)}`);
    return hits[0];
  }
  /** The value of the one row that matches. */
  const val = (rows: Figure[], metric: string, o: FigureSel = {}) => get(rows, metric, o).value;
  /** Whether any row matches. */
  const has = (rows: Figure[], metric: string, o: FigureSel = {}) => rows.some((f) => matches(f, metric, o));
  return { get, val, has };
}

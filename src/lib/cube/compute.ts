/**
 * The figures a dashboard offers, computed with the metric engine in set-based batches:
 * every offered period (each month, each calendar quarter, each rolling 12 months wholly
 * inside the data) for all three provider filters. Used at build time (the demo site and
 * `npm run build:publish`), by the command line and by the browser over imported data.
 * Disclosure control happens inside the engine; nothing here is about one person.
 */
import type { Engine } from '../engine/types';
import type { LoadReport } from '../load/report';
import { computeFigures, periodScopes, periodsColumns, prepareFigures, scopeColumns, scopeRows, type FigureColumns, type FigureRun, type PeriodRequest } from '../metrics';
import { PROVIDERS, type FigureRow, type Provider } from '../metrics/types';
import { periodEnds, periodOf, PERIOD_KINDS, type PeriodKind, type ScopeRef } from './scopes';
import type { ActivityInfo, CubeIndex, PopulationShare, WijkInfo } from './types';

/** The headline figures whose monthly course the pages draw (trends, sparklines, report, alerts). */
export const SERIES_METRICS = [
  'participants', 'reach_rate', 'representativeness', 'mixing_ratio', 'bridging_share', 'ggw_via_bw', 'jaccard',
  'newcomer_share', 'retention', 'top20_share', 'gini', 'bw', 'ggw', 'both', 'involvement_share'
];

/** Headline rows of one month: no group breakdowns, no matrices. */
export function keepInSeries(r: Pick<FigureRow, 'group' | 'metric'>): boolean {
  return r.group === '' && SERIES_METRICS.includes(r.metric);
}

export interface CubeOptions {
  k: number;
  cap: number;
  dimensions: string[];
  /** The deployment secret behind the record keys (METRICS.md, Disclosure control). */
  secret: Uint8Array | null;
  /** Tests and the auditor's negative control only: no perturbation. */
  perturb?: boolean;
}

export async function cubeIndex(engine: Engine, report: LoadReport, opt: CubeOptions): Promise<CubeIndex> {
  if (!report.months) throw new Error('no participations: nothing to show');
  const { first, last } = report.months;
  const wijken = await engine.query<WijkInfo & Record<string, unknown>>('SELECT wijk_id, wijk_name, city FROM wijk_all ORDER BY city, wijk_id');
  const population = await engine.query<PopulationShare & Record<string, unknown>>(`
    WITH p AS (
      SELECT w.city, p.wijk_id, CAST(p.ref_date AS VARCHAR) AS ref_date, p.dimension, p."group", p.population
      FROM population p JOIN wijk_all w USING (wijk_id)
      -- the groups' shares, and each wijk's total (share 1): the funnel plot of R12 needs it
      WHERE (p.dimension <> 'total' AND p."group" NOT IN ('total', 'unknown')) OR (p.dimension = 'total' AND p."group" = 'total')
    )
    SELECT *, population / NULLIF(SUM(population) OVER (PARTITION BY wijk_id, ref_date, dimension), 0) AS share
    FROM p ORDER BY city, wijk_id, ref_date, dimension, "group"`);
  // B9 rows name activities by id: the pages show the activity's name (never a participant's).
  const activities = await engine.query<ActivityInfo & Record<string, unknown>>(`
    SELECT a.activity_id, coalesce(NULLIF(a.name, ''), a.activity_id) AS name, a.wijk_id, a.provider_type AS provider
    FROM activities a JOIN wijk_all w USING (wijk_id) ORDER BY a.activity_id`);
  return {
    version: 2,
    k: opt.k,
    cap: opt.cap,
    perturbed: opt.perturb ?? true,
    cities: report.cities,
    wijken: wijken.map((w) => ({ wijk_id: w.wijk_id, wijk_name: w.wijk_name, city: w.city })),
    activities: activities.map((a) => ({ activity_id: a.activity_id, name: a.name, wijk_id: a.wijk_id, provider: a.provider })),
    months: { first, last },
    dimensions: opt.dimensions,
    ends: { month: periodEnds('month', first, last), quarter: periodEnds('quarter', first, last), year: periodEnds('year', first, last) },
    providers: PROVIDERS,
    population: population.map((p) => ({ ...p, population: Number(p.population), share: Number(p.share ?? 0) })),
    seriesMetrics: SERIES_METRICS
  };
}

/** One offered period: a kind and its last month. */
export interface OfferedPeriod {
  kind: PeriodKind;
  end: string;
}

/** The periods computed together in one set-based pass. */
export type CubeBatch = OfferedPeriod[];

/**
 * The order in which the periods are computed, in passes of at most `size` periods. For the
 * pages (`forPages`, the browser): the default views first (the latest rolling year and the
 * latest month, together), then the months, quarters and years, latest first, so each page
 * draws as soon as its scope is there. For files (the command line and the build): one pass
 * when all fit, as a pass has a fixed cost of its own (all periods of the demo's size;
 * defaultBatch), else the same passes without the default views' own. Size Infinity: one pass.
 */
export function cubeBatches(index: Pick<CubeIndex, 'ends'>, size = 8, forPages = true): CubeBatch[] {
  const every = PERIOD_KINDS.flatMap((kind) => index.ends[kind].map((end) => ({ kind, end })));
  if (!every.length) return [];
  if (size === Infinity || (!forPages && size >= every.length)) return [every];
  const out: CubeBatch[] = [];
  const done = new Set<string>();
  const add = (batch: CubeBatch) => {
    const todo = batch.filter((p) => !done.has(`${p.kind}-${p.end}`));
    for (const p of todo) done.add(`${p.kind}-${p.end}`);
    if (todo.length) out.push(todo);
  };
  // One pass for both: a pass has a fixed cost of its own (about a second at 1M rows in the browser).
  if (forPages) add((['year', 'month'] as const).flatMap((kind) => index.ends[kind].slice(-1).map((end) => ({ kind, end }))));
  for (const kind of PERIOD_KINDS) {
    const ends = [...index.ends[kind]].reverse();
    for (let i = 0; i < ends.length; i += size) add(ends.slice(i, i + size).map((end) => ({ kind, end })));
  }
  return out;
}

/**
 * Periods per set-based pass for the command line and the build when none is asked for: all
 * at once for a small export (one pass is fastest there: 200k participations, 44 periods), fewer
 * as the export grows, since the person x period tables of one pass grow with both. At 1M
 * participations all periods in one pass ran DuckDB-WASM out of its 3.1 GB.
 */
export function defaultBatch(report: Pick<LoadReport, 'tables'>): number {
  const participations = report.tables.participations ?? 0;
  return participations <= 0 ? Infinity : Math.max(4, Math.floor(PERIOD_PARTICIPATIONS / participations));
}
/** Participations x periods one pass may hold (about 60 periods of 200k participations). */
const PERIOD_PARTICIPATIONS = 12_000_000;

/** Progress of a cube in words the page can say: "maanden 12 van 24". */
export interface CubeProgress {
  done: Record<PeriodKind, number>;
  total: Record<PeriodKind, number>;
}

/** A cube being computed in the engine: which scopes are ready, and their figures. */
export interface Cube {
  index: CubeIndex;
  run: FigureRun;
  /** Whether this scope's period has been computed. */
  has(ref: ScopeRef): boolean;
  /** Computes the next batch (the one holding `first`, when given); false when every offered period is done. */
  next(first?: ScopeRef): Promise<boolean>;
  progress(): CubeProgress;
  rows(ref: ScopeRef): Promise<FigureRow[]>;
  columns(ref: ScopeRef): Promise<FigureColumns>;
  /** Every provider filter's scope of one period, from one read. */
  periodColumns(kind: PeriodKind, end: string): Promise<Record<Provider, FigureColumns>>;
  /** The headline rows of every month of one provider filter, for the monthly series: one entry per month. */
  seriesColumns(provider: Provider): Promise<FigureColumns[]>;
}

const periodRequest = (kind: PeriodKind, end: string): PeriodRequest => periodOf(kind, end);

/** How a cube's periods are cut into passes (cubeBatches): the browser's pages, or files. */
export interface CubePlan {
  /** Periods per pass (default 8). */
  batch?: number;
  /** The pages' default views first (the browser; default), or the fewest passes (files). */
  forPages?: boolean;
}

export async function startCube(engine: Engine, report: LoadReport, opt: CubeOptions, plan: CubePlan = {}): Promise<Cube> {
  const index = await cubeIndex(engine, report, opt);
  const all = PERIOD_KINDS.flatMap((kind) => index.ends[kind].map((end) => periodRequest(kind, end)));
  const run = await prepareFigures(
    engine,
    { dimensions: opt.dimensions, k: opt.k, cap: opt.cap, secret: opt.secret, perturb: opt.perturb, lorenz: true },
    all
  );
  const batches = cubeBatches(index, plan.batch, plan.forPages);
  const ready = new Set<string>();
  const done: Record<PeriodKind, number> = { month: 0, quarter: 0, year: 0 };
  const pending = new Set(batches.map((_, i) => i));
  const key = (kind: PeriodKind, end: string) => `${kind}-${end}`;
  const need = (ref: ScopeRef) => {
    if (!ready.has(key(ref.kind, ref.end))) throw new Error(`${ref.kind} ${ref.end} is not computed yet`);
    return periodRequest(ref.kind, ref.end);
  };
  return {
    index,
    run,
    has: (ref) => ready.has(key(ref.kind, ref.end)),
    async next(first) {
      if (!pending.size) return false;
      const wanted = first ? [...pending].find((i) => batches[i].some((p) => p.kind === first.kind && p.end === first.end)) : undefined;
      const i = wanted ?? Math.min(...pending);
      pending.delete(i);
      const b = batches[i];
      await computeFigures(run, b.map((p) => periodRequest(p.kind, p.end)));
      for (const p of b) {
        ready.add(key(p.kind, p.end));
        done[p.kind] += 1;
      }
      return pending.size > 0;
    },
    progress: () => ({
      done: { ...done },
      total: { month: index.ends.month.length, quarter: index.ends.quarter.length, year: index.ends.year.length }
    }),
    rows: async (ref) => scopeRows(run, need(ref), ref.provider),
    columns: async (ref) => scopeColumns(run, need(ref), ref.provider),
    periodColumns: async (kind, end) => periodScopes(run, need({ kind, end, provider: 'all' })),
    async seriesColumns(provider) {
      const months = index.ends.month.map((end) => periodRequest('month', end));
      return periodsColumns(run, months, provider, `grp = (SELECT code FROM ww_dict WHERE col = 'group' AND v = '')
        AND metric IN (SELECT code FROM ww_dict WHERE col = 'metric' AND v IN (${SERIES_METRICS.map((m) => `'${m}'`).join(', ')}))`);
    }
  };
}

/** Every batch of a cube, one after the other (the command line and the build). */
export async function computeCube(engine: Engine, report: LoadReport, opt: CubeOptions, onBatch?: (p: CubeProgress) => void): Promise<Cube> {
  const cube = await startCube(engine, report, opt, { batch: Infinity, forPages: false });
  while (await cube.next()) onBatch?.(cube.progress());
  onBatch?.(cube.progress());
  return cube;
}

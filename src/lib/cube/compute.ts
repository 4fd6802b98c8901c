/**
 * The figures a dashboard offers, computed once with the metric engine: every
 * offered scope, the monthly series and the index. Used at build time (the demo
 * site and `npm run build:publish`) and by the browser over imported data.
 */
import type { Engine } from '../engine/types';
import type { LoadReport } from '../load/report';
import { RESIDENCE_DIMENSION } from '../load/schema';
import { applyDisclosure, computeFigures } from '../metrics';
import { lorenzFigures } from '../metrics/lorenz';
import { PROVIDERS, type FigureRow } from '../metrics/types';
import { periodEnds, periodOf, type ScopeRef } from './scopes';
import type { CubeIndex, PopulationShare, WijkInfo } from './types';

/** The headline figures whose monthly course the pages draw (trends, sparklines, report, alerts). */
export const SERIES_METRICS = [
  'participants', 'reach_rate', 'representativeness', 'mixing_ratio', 'bridging_share', 'ggw_via_bw', 'jaccard',
  'newcomer_share', 'retention', 'top20_share', 'gini', 'bw', 'ggw', 'both', 'involvement_share'
];

/**
 * The residence-wijk mixing matrix is one cell per pair of wijken per wijk: more than
 * half of all figures and drawn nowhere (bridging between wijken is shown by its
 * shares and ratio), so scopes leave it out.
 */
export function keepInScope(r: FigureRow): boolean {
  return !(r.dimension === RESIDENCE_DIMENSION && (r.metric === 'mixing' || r.metric === 'mixing_expected'));
}

/** Headline rows of one month: no group breakdowns, no matrices. */
export function keepInSeries(r: FigureRow): boolean {
  return r.group === '' && SERIES_METRICS.includes(r.metric);
}

export interface CubeOptions {
  k: number;
  cap: number;
  dimensions: string[];
}

export async function cubeIndex(engine: Engine, report: LoadReport, opt: CubeOptions): Promise<CubeIndex> {
  if (!report.months) throw new Error('no participations: nothing to show');
  const { first, last } = report.months;
  const wijken = await engine.query<WijkInfo & Record<string, unknown>>(
    'SELECT wijk_id, wijk_name, city FROM wijk_all ORDER BY city, wijk_id'
  );
  const population = await engine.query<PopulationShare & Record<string, unknown>>(`
    WITH p AS (
      SELECT w.city, p.wijk_id, CAST(p.ref_date AS VARCHAR) AS ref_date, p.dimension, p."group", p.population
      FROM population p JOIN wijk_all w USING (wijk_id)
      WHERE p.dimension <> 'total' AND p."group" NOT IN ('total', 'unknown')
    )
    SELECT *, population / NULLIF(SUM(population) OVER (PARTITION BY wijk_id, ref_date, dimension), 0) AS share
    FROM p ORDER BY city, wijk_id, ref_date, dimension, "group"`);
  return {
    version: 1,
    k: opt.k,
    cap: opt.cap,
    cities: report.cities,
    wijken: wijken.map((w) => ({ wijk_id: w.wijk_id, wijk_name: w.wijk_name, city: w.city })),
    months: { first, last },
    dimensions: opt.dimensions,
    ends: { month: periodEnds('month', first, last), quarter: periodEnds('quarter', first, last), year: periodEnds('year', first, last) },
    providers: PROVIDERS,
    population: population.map((p) => ({ ...p, population: Number(p.population), share: Number(p.share ?? 0) })),
    seriesMetrics: SERIES_METRICS
  };
}

/** The figures of one scope, as the pages read them. */
export async function scopeFigures(engine: Engine, ref: ScopeRef, opt: CubeOptions): Promise<FigureRow[]> {
  const { from, to } = periodOf(ref.kind, ref.end);
  const scope = { from, to, provider: ref.provider, dimensions: opt.dimensions, k: opt.k, cap: opt.cap };
  const rows = await computeFigures(engine, scope);
  // The Lorenz deciles (lorenz_share) extend METRICS.md for the wijk page's concentration chart;
  // kept out of computeFigures so the metrics command's export stays as METRICS.md lists it.
  // Their own disclosure pass is enough: they belong to no breakdown of the other figures.
  const lorenz = applyDisclosure(await lorenzFigures(engine, scope), opt.k);
  return rows.concat(lorenz).filter(keepInScope);
}

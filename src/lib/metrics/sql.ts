/**
 * Building blocks shared by the metric families: the context of one computation, the
 * SQL for units and dimensions, and `emitFigures`, which turns one wide row per unit into
 * the long rows of ww_raw (one per figure) that the disclosure pass reads.
 *
 * Every family works set-based over ww_periods (all periods at once) and the provider
 * filters (all, buurtwerk, ggw at once): a person count is a count(*) with its cell key's
 * sum(rk) beside it, in the same GROUP BY.
 */
import type { Engine } from '../engine/types';
import { quoteLiteral } from '../engine/sql';
import type { Provider } from './types';

/** The group under which participants with an unknown value are counted. */
export const UNKNOWN_GROUP = 'unknown';

/** A dimension: its name in exports and its column in wb_person. */
export interface Dim {
  name: string;
  col: string;
}

/** What every family needs to know about the computation under way. */
export interface FigureContext {
  engine: Engine;
  k: number;
  cap: number;
  /** The provider filters asked for (scopes). */
  providers: Provider[];
  /** Participant dimensions (composition, O5, network). */
  dims: Dim[];
  /** Network dimensions: dims plus residence_wijk (bridging between wijken). */
  netDims: Dim[];
  /** Whether B8 is written for residence_wijk: a cell per pair of wijken, only the command line wants it. */
  residenceMatrix: boolean;
  /** Whether the Lorenz deciles (an extension of R7 the wijk page draws) are written. */
  lorenz: boolean;
  /** Whether the optional signals table holds any signal. */
  hasSignals: boolean;
  /** Set by the reach base: domains kept as bits of a mask (few domains) rather than lists. */
  domainsAsBits?: boolean;
}

export const list = (xs: readonly string[]) => `[${xs.map(quoteLiteral).join(', ')}]`;

/** Predicate: the provider column is one of the asked-for filters. */
export const providerIn = (ctx: FigureContext, col = 'prov') => `${col} IN (${ctx.providers.map(quoteLiteral).join(', ') || 'NULL'})`;

/** A person count perturbed with its cell key (n, sum of rk): the macro of disclosure.ts. */
export const perturbed = (n: string, s: string) => `ww_perturb(${n}, ${s})`;

/** x / y as DOUBLE, NULL when y is 0 or NULL. */
export const div = (x: string, y: string) => `(${x})::DOUBLE / NULLIF(${y}, 0)`;

/** x kept in [0, 1], NULL staying NULL (DuckDB's least and greatest skip NULLs). */
export const unit = (x: string) => `CASE WHEN (${x}) IS NULL THEN NULL ELSE least(1.0, greatest(0.0, ${x})) END`;

/** A share, kept in [0, 1]: perturbed numerators can exceed perturbed denominators. */
export const share = (x: string, y: string) => unit(div(x, y));

export const least = (...xs: string[]) => `least(${xs.join(', ')})`;

/**
 * R12: how many standard errors a wijk's proportion p lies from its city's p0, with n
 * trials; NULL where p0 is 0 or 1 (no spread to measure against).
 */
export const zScore = (p: string, p0: string, n: string) =>
  `CASE WHEN (${p0}) > 0 AND (${p0}) < 1 AND (${n}) > 0 THEN ((${p}) - (${p0})) / sqrt((${p0}) * (1 - (${p0})) / (${n})) END`;

/** Resident units: every wijk of wijk_all (with each city's location-unknown wijk) and each city (''). */
export const RESIDENT_UNITS = `(
    SELECT city, wijk_id FROM wijk_all
    UNION ALL SELECT DISTINCT city, '' FROM wijk_all
  )`;

/** Location units: the wijken where activities can take place (the wijken table) and each city. */
export const LOCATION_UNITS = `(
    SELECT city, wijk_id FROM wijken
    UNION ALL SELECT DISTINCT city, '' FROM wijken
  )`;

/** The emitted periods crossed with the asked-for providers: the grid scope rows exist for. */
export const scopeGrid = (ctx: FigureContext) =>
  `(SELECT period_id, prov FROM ww_periods CROSS JOIN (SELECT unnest(${list(ctx.providers)}) AS prov) WHERE emit)`;

/**
 * Joins a per-month person count table `c` (columns m and pv: the persons' previous month there,
 * -1 for none) to the emitted periods its rows count in. A person counts in a period at their
 * first month in it: the month whose previous month lies before the period. So distinct persons
 * per period are sums over these rows, and no table holds a person once per period.
 */
export const FIRST_MONTHS_IN_PERIODS = `JOIN ww_period_months pmo USING (m) JOIN ww_periods per USING (period_id)
    WHERE per.emit AND c.pv < per.from_m`;

/** One figure of a wide row: its metric name and SQL expressions over that row. */
export interface FigureSpec {
  metric: string;
  /** The value, from perturbed counts. */
  value: string;
  /**
   * count: a perturbed count of persons ("<k" below k); share: a rate, share or index
   * resting on perturbed counts (`basis`, the smallest of them); network: B1-B9, shown
   * with `basis` >= k and `sessions` >= 3; public: not about persons (sessions,
   * populations, signals, partners).
   */
  kind: 'count' | 'share' | 'network' | 'public';
  basis?: string;
  sessions?: string;
  /** Structurally not available (no population, the first month of the data, ...). */
  na?: string;
  dimension?: string;
  group?: string;
}

/**
 * INSERT INTO ww_raw the figures of each row of `source`, which has the columns period_id,
 * scope_prov (NULL = the row belongs in every provider's scope), provider, city and
 * wijk_id, plus whatever the specs' expressions read.
 */
export async function emitFigures(ctx: FigureContext, source: string, specs: FigureSpec[], where = 'TRUE'): Promise<void> {
  if (!specs.length) return;
  const select = (f: FigureSpec) => `
    SELECT period_id, scope_prov, provider, city, wijk_id, (${f.dimension ?? "''"})::VARCHAR, (${f.group ?? "''"})::VARCHAR,
           ${quoteLiteral(f.metric)}, (${f.value})::DOUBLE, ${quoteLiteral(f.kind)}, (${f.basis ?? 'NULL'})::DOUBLE,
           (${f.sessions ?? 'NULL'})::DOUBLE, coalesce((${f.na ?? 'FALSE'})::BOOLEAN, FALSE)
    FROM src`;
  // One SELECT per figure over the source read once (a list of structs per row and unnest cost more)
  await ctx.engine.exec(`
    INSERT INTO ww_raw
    WITH src AS MATERIALIZED (SELECT * FROM ${source} WHERE ${where})
    ${specs.map(select).join('\n    UNION ALL')}`);
}

/** Creates ww_raw, where every family writes its figures before disclosure control. */
export async function createRawTable(engine: Engine): Promise<void> {
  await engine.exec(`
    DROP TABLE IF EXISTS ww_raw;
    CREATE TEMP TABLE ww_raw (
      period_id INTEGER, scope_prov VARCHAR, provider VARCHAR, city VARCHAR, wijk_id VARCHAR,
      dimension VARCHAR, grp VARCHAR, metric VARCHAR, value DOUBLE,
      kind VARCHAR, basis DOUBLE, sessions DOUBLE, na BOOLEAN
    )`);
}

/**
 * Creates `target` from `source`, whose rows are keyed by month (m), activity type (ptype),
 * city and wijk_id (where the activity is) plus `keys`: aggregated into every emitted
 * period, every asked-for provider filter ('all' = both types) and every location unit (the
 * wijk and its city), in one pass (GROUPING SETS). `aggs` are [name, aggregate over the
 * source rows]; each is applied to each set of rows anew, so counts of rows and flags are
 * right for the city and for 'all' too.
 */
export async function createRollup(ctx: FigureContext, target: string, source: string, keys: string[], aggs: Array<[string, string]>): Promise<void> {
  const k = keys.map((x) => `, x.${x}`).join('');
  const sets = [
    `pmo.period_id, x.ptype, x.city, x.wijk_id${k}`,
    `pmo.period_id, x.ptype, x.city${k}`,
    ...(ctx.providers.includes('all') ? [`pmo.period_id, x.city, x.wijk_id${k}`, `pmo.period_id, x.city${k}`] : [])
  ];
  await ctx.engine.exec(`
    DROP TABLE IF EXISTS ${target};
    CREATE TEMP TABLE ${target} AS
    SELECT * FROM (
      SELECT pmo.period_id,
             CASE WHEN grouping(x.ptype) = 1 THEN 'all' ELSE x.ptype END AS prov,
             x.city,
             CASE WHEN grouping(x.wijk_id) = 1 THEN '' ELSE x.wijk_id END AS wijk_id${k},
             ${aggs.map(([n, e]) => `${e} AS ${n}`).join(', ')}
      FROM ${source} x JOIN ww_period_months pmo USING (m) JOIN ww_periods per USING (period_id)
      WHERE per.emit
      GROUP BY GROUPING SETS (${sets.map((x) => `(${x})`).join(', ')})
    ) WHERE ${providerIn(ctx)}`);
}

/**
 * Small SQL building blocks shared by the metric families. Every figure is
 * computed by DuckDB; these helpers only write the common filters and the
 * "unit" mappings (a wijk, or a whole city as the row with wijk_id '').
 */
import type { Engine } from '../engine/types';
import { quoteIdent, quoteLiteral } from '../engine/sql';
import { RESIDENCE_DIMENSION } from '../load/schema';
import { firstDay, firstDayAfter, monthIndex } from './period';
import type { Provider, RawFigure, Scope } from './types';

export { quoteIdent, quoteLiteral };

/** The group under which participants with an unknown value are counted. */
export const UNKNOWN_GROUP = 'unknown';

export const dateLit = (d: string) => `DATE ${quoteLiteral(d)}`;

/** Predicate: `col` (a DATE) falls in the months [from, to]. */
export function periodPredicate(from: string, to: string, col = 'date'): string {
  return `(${col} >= ${dateLit(firstDay(from))} AND ${col} < ${dateLit(firstDayAfter(to))})`;
}

/** Predicate for the provider filter ('all' = both provider types). */
export function providerPredicate(provider: Provider, col = 'provider_type'): string {
  if (provider === 'all') return 'TRUE';
  return `(${col} = ${quoteLiteral(provider)})`;
}

/** Throws on a malformed scope; returns it for chaining. */
export function checkScope(scope: Scope): Scope {
  if (monthIndex(scope.to) < monthIndex(scope.from)) throw new Error(`period ends before it starts: ${scope.from} .. ${scope.to}`);
  if (!['all', 'buurtwerk', 'ggw'].includes(scope.provider)) throw new Error(`unknown provider ${JSON.stringify(scope.provider)}`);
  if (!Number.isFinite(scope.cap) || scope.cap < 2) throw new Error(`cap must be at least 2, got ${scope.cap}`);
  return scope;
}

/**
 * The units rows exist for. `resident` units are every wijk of `wijk_all` (with
 * the location-unknown wijk of each city); `location` units are the wijken of the
 * `wijken` table (where activities can take place). Plus one city-wide unit per
 * city (wijk_id ''). With a wijken filter only those wijken, and the cities they
 * lie in, get rows; city rows are always computed over the whole city.
 */
export function unitsSql(kind: 'resident' | 'location', scope: Scope): string {
  const source = kind === 'resident' ? 'wijk_all' : 'wijken';
  const filter = scope.wijken ? inList('wijk_id', scope.wijken) : 'TRUE';
  return `(
    SELECT city, wijk_id FROM ${source} WHERE ${filter}
    UNION ALL
    SELECT DISTINCT city, '' AS wijk_id FROM ${source} WHERE ${filter}
  )`;
}

export function inList(col: string, values: string[]): string {
  if (values.length === 0) return 'FALSE';
  return `(${col} IN (${values.map(quoteLiteral).join(', ')}))`;
}

/**
 * Each participant mapped to the two resident units they count in: their home
 * wijk and their home city (residence perspective; participant_home puts people
 * without a known residence in their city's location-unknown wijk).
 */
export const HOME_UNITS = `(
    SELECT participant_id, home_city AS city,
           unnest(CASE WHEN home_wijk_id IS NULL THEN [''] ELSE [home_wijk_id, ''] END) AS wijk_id
    FROM participant_home WHERE home_city IS NOT NULL
  )`;

/**
 * Participant attributes in long form: (participant_id, dim, grp), one row per
 * participant per dimension, grp NULL = unknown (NULL or empty). The pseudo
 * dimension residence_wijk is the known residence wijk (NULL when the residence
 * is unknown or the location-unknown wijk).
 */
export function dimensionsLong(dims: string[]): string {
  const parts = dims.map((d) =>
    d === RESIDENCE_DIMENSION
      ? `SELECT ph.participant_id, ${quoteLiteral(d)} AS dim,
                CASE WHEN w.location_unknown THEN NULL ELSE ph.home_wijk_id END AS grp
         FROM participant_home ph LEFT JOIN wijk_all w ON w.wijk_id = ph.home_wijk_id`
      : `SELECT participant_id, ${quoteLiteral(d)} AS dim, NULLIF(CAST(${quoteIdent(d)} AS VARCHAR), '') AS grp FROM participants`
  );
  if (parts.length === 0) return `(SELECT NULL::VARCHAR AS participant_id, NULL::VARCHAR AS dim, NULL::VARCHAR AS grp WHERE FALSE)`;
  return `(${parts.join('\nUNION ALL\n')})`;
}

/** The scope's dimensions that are participant columns (others are ignored), without residence_wijk. */
export async function participantDimensions(engine: Engine, dims: string[]): Promise<string[]> {
  const cols = await engine.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'participants'`
  );
  const have = new Set(cols.map((c) => String(c.name)));
  const out: string[] = [];
  for (const d of dims) {
    if (d === RESIDENCE_DIMENSION || d === 'participant_id' || d === 'residence_wijk_id') continue;
    if (have.has(d) && !out.includes(d)) out.push(d);
  }
  return out;
}

/** The first month of the whole data set ('YYYY-MM'), or null when there are no participations. */
export async function firstDataMonth(engine: Engine): Promise<string | null> {
  const [r] = await engine.query<{ m: string | null }>(`SELECT strftime(min(date), '%Y-%m') AS m FROM participations`);
  return r && r.m ? String(r.m) : null;
}

/** number | null from a query value. */
export function num(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * The smallest count of persons a figure rests on, null when none given. A zero
 * numerator is nobody and reveals nobody, so it does not count: a share of 0 rests on
 * its denominator (0 of 40 newcomers is shown; 0 of 3 is not). All zero -> 0.
 */
export function minBasis(...xs: Array<number | null | undefined>): number | null {
  const v = xs.filter((x): x is number => x !== null && x !== undefined);
  if (!v.length) return null;
  const persons = v.filter((x) => x !== 0);
  return persons.length ? Math.min(...persons) : 0;
}

/**
 * Build a RawFigure. A null value (a 0/0 or a missing population) means the
 * figure does not exist for this scope: unavailable.
 */
export function figure(
  base: { city: string; wijk_id: string; provider: Provider },
  metric: string,
  value: unknown,
  opts: {
    dimension?: string;
    group?: string;
    basis?: number | null;
    isPersonCount?: boolean;
    breakdown?: string[];
    unavailable?: boolean;
    sessions?: number;
  } = {}
): RawFigure {
  const v = num(value);
  const f: RawFigure = {
    city: base.city,
    wijk_id: base.wijk_id,
    provider: base.provider,
    dimension: opts.dimension ?? '',
    group: opts.group ?? '',
    metric,
    value: opts.unavailable ? null : v,
    basis: opts.isPersonCount ? (opts.unavailable ? null : v) : (opts.basis ?? null),
    isPersonCount: opts.isPersonCount ?? false
  };
  if (opts.breakdown && opts.breakdown.length) f.breakdown = opts.breakdown.join(BREAKDOWN_SEP);
  if (opts.unavailable || v === null) f.unavailable = true;
  if (opts.sessions !== undefined) f.sessions = opts.sessions;
  return f;
}

/**
 * A cell may belong to several breakdowns (e.g. `both` adds up to |BW| with
 * `bw_only` and to |GGW| with `ggw_only`); its keys are joined with this
 * separator, which never occurs inside a key (keys are JSON arrays).
 */
export const BREAKDOWN_SEP = '\n';
export const breakdownKey = (...parts: string[]) => JSON.stringify(parts);

/**
 * Disclosure control (METRICS.md, "Disclosure control"): the one layer every figure passes
 * before it is shown or exported, applied once, in SQL, to all periods and scopes at once.
 *
 * 1. Perturbation, inside the families: every person count n over a set S of persons
 *    becomes n' = max(0, n + d), 0 staying 0, with d in -2..+2 chosen by the cell key
 *    ck = (sum of rk over S mod 2^32) / 2^32 from the cumulative probabilities 0.1, 0.3,
 *    0.7, 0.9, 1.0 (the macro ww_perturb). Every rate, share and index is computed from
 *    the perturbed counts it rests on.
 * 2. The threshold, here, per figure, in this order:
 *    - structurally not available (no population, the data's first month, ...) -> not_available;
 *    - a perturbed count below k -> below_k (shown as "<k"), 0 included;
 *    - a share, rate or index whose perturbed numerator or denominator (its basis) is below k
 *      -> below_k;
 *    - a network figure with fewer than k persons of a known group, or fewer than 3
 *      sessions used -> below_k;
 *    - no value (0/0 and the like) -> not_available.
 * 3. Precision: values are published as the pages show them (rates per 1,000: 1 decimal;
 *    shares, indices and ratios: 4; counts: whole numbers).
 * 4. Group labels: a participant dimension's group is published only when some figure of
 *    that group is shown (or the public population names it); other rows are dropped.
 * No complementary suppression: the noise, not the hiding, protects against subtraction.
 */
import type { Engine } from '../engine/types';
import { MIN_K } from './types';

/** Sessions a network figure needs (METRICS.md). */
export const MIN_SESSIONS = 3;

/**
 * The perturbation table of METRICS.md: d for a cell key below each cumulative bound.
 * Bounds are tenths, so ck < b/10 is compared in integers: (r * 10) < b * 2^32.
 */
export const NOISE: ReadonlyArray<{ belowTenths: number; d: number }> = [
  { belowTenths: 1, d: -2 },
  { belowTenths: 3, d: -1 },
  { belowTenths: 7, d: 0 },
  { belowTenths: 9, d: 1 },
  { belowTenths: 10, d: 2 }
];

/** Decimals of a published value, by metric (METRICS.md, Disclosure control, Precision). */
export const PRECISION: Readonly<Record<string, number>> = {
  // counts of persons, sessions, pairs and signals
  participants: 0, newcomers: 0, bw: 0, ggw: 0, both: 0, bw_only: 0, ggw_only: 0, involved_participants: 0,
  pairs: 0, pairs_within: 0, pairs_between: 0, sessions_used: 0, sessions_excluded: 0, signals: 0,
  activity_participants: 0, activity_pairs: 0,
  // rates per 1,000 and medians of days
  reach_rate: 1, group_reach_rate: 1, reach_rate_low: 1, reach_rate_high: 1, gateway_median_days: 1, signal_median_days: 1
};
/** Shares, indices and ratios: everything not listed above. */
export const DEFAULT_PRECISION = 4;

export function checkK(k: number): number {
  if (typeof k !== 'number' || !Number.isInteger(k) || k < MIN_K) {
    throw new Error(`disclosure threshold k must be a whole number of at least ${MIN_K}, got ${k}`);
  }
  return k;
}

/** The noise of a cell key sum: what ww_perturb adds to a count, here for tests and the docs. */
export function noiseOf(rkSum: bigint | number): number {
  const r = BigInt(rkSum) % 4294967296n;
  for (const { belowTenths, d } of NOISE) if (r * 10n < BigInt(belowTenths) * 4294967296n) return d;
  return NOISE[NOISE.length - 1].d;
}

/** ww_perturb(n, s): the perturbed count of n persons whose record keys sum to s (or n itself when switched off). */
export async function createPerturbation(engine: Engine, on: boolean): Promise<void> {
  const noise = `CASE ${NOISE.slice(0, -1)
    .map(({ belowTenths, d }) => `WHEN (s % 4294967296) * 10 < ${belowTenths} * 4294967296 THEN ${d}`)
    .join(' ')} ELSE ${NOISE[NOISE.length - 1].d} END`;
  await engine.exec(`CREATE OR REPLACE TEMP MACRO ww_perturb(n, s) AS ${
    on ? `CASE WHEN n = 0 THEN 0 ELSE greatest(0, n + (${noise.replace(/\bs\b/g, 's::HUGEINT')})) END` : 'n'
  }`);
}

/** Why a figure of ww_raw (alias r) is not shown, or NULL: the rules above, in order. */
function suppressedSql(k: number): string {
  return `CASE
      WHEN r.na THEN 'not_available'
      WHEN r.kind = 'count' AND r.value < ${k} THEN 'below_k'
      WHEN r.kind = 'share' AND (r.basis IS NULL OR r.basis < ${k}) THEN 'below_k'
      WHEN r.kind = 'network' AND (r.basis IS NULL OR r.basis < ${k} OR r.sessions < ${MIN_SESSIONS}) THEN 'below_k'
      WHEN r.value IS NULL OR isnan(r.value) OR isinf(r.value) THEN 'not_available'
    END`;
}

/** The decimals of metric column `m` as SQL. */
function digitsSql(m: string): string {
  const by = new Map<number, string[]>();
  for (const [metric, d] of Object.entries(PRECISION)) by.set(d, [...(by.get(d) ?? []), metric]);
  return `CASE ${[...by]
    .map(([d, ms]) => `WHEN ${m} IN (${ms.map((x) => `'${x}'`).join(', ')}) THEN ${d}`)
    .join(' ')} ELSE ${DEFAULT_PRECISION} END`;
}

const MATRIX = "('mixing', 'mixing_expected')";

/**
 * The group-label rule, on ww_raw of one batch: a participant dimension's group label is the
 * user's own value, so within a period it leaves only when some figure of that group is shown
 * (or the public population names it, or it is 'unknown'); every row of another label is
 * dropped. Per period, so the rows are the same however the periods are batched.
 */
export async function dropHiddenLabels(engine: Engine, k: number, labelDims: readonly string[]): Promise<void> {
  if (!labelDims.length) return;
  const why = suppressedSql(k);
  const dims = labelDims.map((d) => `'${d.replace(/'/g, "''")}'`).join(', ');
  const own = `r.dimension IN (${dims}) AND r.grp <> '' AND r.metric NOT IN ${MATRIX} AND r.metric NOT LIKE 'activity\\_%' ESCAPE '\\'`;
  await engine.exec(`
    DROP TABLE IF EXISTS ww_hidden_labels;
    CREATE TEMP TABLE ww_hidden_labels AS
    SELECT DISTINCT r.period_id, r.dimension, r.grp FROM ww_raw r WHERE ${own}
    EXCEPT SELECT DISTINCT r.period_id, r.dimension, r.grp FROM ww_raw r WHERE ${own} AND (${why}) IS NULL
    EXCEPT SELECT p.period_id, l.dimension, l."group" FROM ww_periods p CROSS JOIN population l WHERE l.dimension IN (${dims})
    EXCEPT SELECT period_id, unnest([${dims}]), 'unknown' FROM ww_periods`);
  await engine.exec(`
    DELETE FROM ww_raw f USING ww_hidden_labels h
    WHERE f.period_id = h.period_id AND f.dimension = h.dimension AND f.metric NOT LIKE 'activity\\_%' ESCAPE '\\'
      AND (f.grp = h.grp OR (f.metric IN ${MATRIX} AND (split_part(f.grp, '|', 1) = h.grp OR split_part(f.grp, '|', 2) = h.grp)))`);
}

/**
 * The rows of ww_raw as published: value at the published precision (or full precision when
 * `round` is false, property tests only) and the reason it is not shown, '' when shown.
 */
export function disclosedSql(k: number, round: boolean): string {
  checkK(k);
  return `
    SELECT period_id, scope_prov, city, wijk_id, provider, dimension, grp, metric,
           CASE WHEN suppressed = '' THEN ${round ? `round(value, ${digitsSql('metric')})` : 'value'} END AS value, suppressed
    FROM (SELECT r.*, coalesce(${suppressedSql(k)}, '') AS suppressed FROM ww_raw r)`;
}

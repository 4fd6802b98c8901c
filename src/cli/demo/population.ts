import { CITY_SHARES, CITY_TOTALS, DIMENSIONS, DIMENSION_NAMES, PROFILES, WIJK_PROFILE, type Shares } from './config';
import type { Rng } from './prng';
import { REAL_WIJKEN, type WijkRow } from './wijken';

export interface PopulationRow {
  wijk_id: string;
  ref_date: string;
  dimension: string;
  group: string;
  population: number;
}

/** Synthetic population of one wijk on one date: total and counts per group. */
export interface WijkPopulation {
  total: number;
  counts: Record<string, number[]>;
}

/**
 * Split `total` into integers proportional to `weights` that sum exactly to it
 * (largest remainder), so group rows always add up to the total row.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k].i]++;
  return counts;
}

function normalise(xs: number[]): number[] {
  const s = xs.reduce((a, b) => a + b, 0);
  return xs.map((x) => x / s);
}

/** A wijk's group shares: the city's, tilted by the wijk's profile, with noise. */
function wijkShares(w: WijkRow, rng: Rng): Shares {
  const base = CITY_SHARES[w.city];
  const profile = PROFILES[WIJK_PROFILE[w.wijk_id] ?? ''] ?? {};
  const out = {} as Shares;
  for (const dim of DIMENSION_NAMES) {
    const tilt = profile[dim];
    // Gender hardly varies between wijken; age and origin do.
    const sigma = dim === 'gender' ? 0.02 : 0.12;
    out[dim] = normalise(base[dim].map((s, i) => s * (tilt ? tilt[i] : 1) * rng.lognormal(sigma)));
  }
  return out;
}

/** Wijk totals proportional to the number of statistical sectors, with noise, summing to the city total. */
function wijkTotals(rng: Rng): Map<string, number> {
  const totals = new Map<string, number>();
  for (const city of Object.keys(CITY_TOTALS)) {
    const ws = REAL_WIJKEN.filter((w) => w.city === city);
    const weights = ws.map((w) => w.sector_count * rng.lognormal(0.25));
    apportion(CITY_TOTALS[city], weights).forEach((n, i) => totals.set(ws[i].wijk_id, n));
  }
  return totals;
}

function countsFor(total: number, shares: Shares): Record<string, number[]> {
  const counts: Record<string, number[]> = {};
  for (const dim of DIMENSION_NAMES) counts[dim] = apportion(total, shares[dim]);
  return counts;
}

export interface PopulationResult {
  rows: PopulationRow[];
  /** Group shares per wijk on the latest date: what participants are drawn from. */
  shares: Map<string, Shares>;
  latest: Map<string, WijkPopulation>;
}

/**
 * Two reference dates (1 January of the two calendar years the period mostly covers),
 * so "the latest figure on or before the end of the period" picks different rows for
 * different periods. The second date grows each wijk a little and shifts its mix slightly.
 */
export function generatePopulation(rng: Rng, refDates: [string, string]): PopulationResult {
  const totals = wijkTotals(rng);
  const rows: PopulationRow[] = [];
  const shares = new Map<string, Shares>();
  const latest = new Map<string, WijkPopulation>();
  for (const w of REAL_WIJKEN) {
    const s1 = wijkShares(w, rng);
    const t1 = totals.get(w.wijk_id)!;
    const s2 = {} as Shares;
    for (const dim of DIMENSION_NAMES) s2[dim] = normalise(s1[dim].map((s) => s * rng.lognormal(0.02)));
    const t2 = Math.round(t1 * (1.006 + 0.01 * rng.normal()));
    const dated: Array<[string, WijkPopulation]> = [
      [refDates[0], { total: t1, counts: countsFor(t1, s1) }],
      [refDates[1], { total: t2, counts: countsFor(t2, s2) }]
    ];
    for (const [date, pop] of dated) {
      rows.push({ wijk_id: w.wijk_id, ref_date: date, dimension: 'total', group: 'total', population: pop.total });
      for (const dim of DIMENSION_NAMES) {
        DIMENSIONS[dim].forEach((g, i) =>
          rows.push({ wijk_id: w.wijk_id, ref_date: date, dimension: dim, group: g, population: pop.counts[dim][i] })
        );
      }
    }
    shares.set(w.wijk_id, s2);
    latest.set(w.wijk_id, dated[1][1]);
  }
  return { rows, shares, latest };
}

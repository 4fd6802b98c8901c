/**
 * Beyond chance (METRICS.md R11-R12): each wijk's reach rate against its population, with
 * the city's rate and the limits within which a wijk of that size would fall by chance
 * alone. The figures come from the engine (reach rate, its Wilson interval, its z-score);
 * this module only reads them and works out the limits the plot draws, which depend on
 * the city's rate and the population only (public numbers).
 */
import { isLocationUnknown, shownValue } from '../cube/read';
import type { WijkInfo } from '../cube/types';
import type { FigureRow } from '../metrics/types';
import { findFigure } from './figures';

/** Two-sided 95% and 99.8% points of the normal distribution (METRICS.md R12: 1.96 and 3.09). */
export const Z_95 = 1.959964;
export const Z_998 = 3.090232;

/** Where a wijk lies against the 99.8% limits; 'unknown' when its z-score is not shown. */
export type Verdict = 'above' | 'below' | 'within' | 'unknown';

/** The funnel's limits at one population, per 1,000 residents (never below 0 or above 1,000). */
export interface FunnelLimits {
  low95: number;
  high95: number;
  low998: number;
  high998: number;
}

/** One wijk of the funnel: its figures as published and where it lies. */
export interface FunnelWijk {
  wijk_id: string;
  wijk_name: string;
  /** Residents at the end of the period; null when the population table lacks the wijk. */
  population: number | null;
  rate: FigureRow | undefined;
  low: FigureRow | undefined;
  high: FigureRow | undefined;
  z: FigureRow | undefined;
  verdict: Verdict;
  /** The limits at the wijk's population; null without a population or a city rate. */
  limits: FunnelLimits | null;
}

/**
 * The limits p0 ± z·sqrt(p0(1 - p0) / n) of METRICS.md R12 at a population n, per 1,000.
 * p0 is the city's reach as a proportion (0..1).
 */
export function funnelLimits(p0: number, population: number): FunnelLimits {
  const se = Math.sqrt((p0 * (1 - p0)) / population);
  const at = (z: number) => Math.min(1000, Math.max(0, 1000 * (p0 + z * se)));
  return { low95: at(-Z_95), high95: at(Z_95), low998: at(-Z_998), high998: at(Z_998) };
}

/** A wijk beyond the 99.8% limits, read from its published z-score (never recomputed). */
export function verdictOf(z: number | null): Verdict {
  if (z === null) return 'unknown';
  return z > Z_998 ? 'above' : z < -Z_998 ? 'below' : 'within';
}

/** The city's reach as a proportion, from its published rate per 1,000; null when not shown. */
export function cityProportion(rows: readonly FigureRow[], city: string): number | null {
  const v = shownValue(findFigure(rows, { city, wijk: '', metric: 'reach_rate' }));
  return v === null ? null : v / 1000;
}

/** Every wijk of the city (not "location unknown") with its reach figures, its population and its verdict. */
export function funnelWijken(rows: readonly FigureRow[], wijken: readonly WijkInfo[], city: string, populations: ReadonlyMap<string, number>, p0: number | null): FunnelWijk[] {
  return wijken
    .filter((w) => w.city === city && !isLocationUnknown(w.wijk_id))
    .map((w) => {
      const get = (metric: string) => findFigure(rows, { city, wijk: w.wijk_id, metric });
      const z = get('reach_rate_z');
      const population = populations.get(w.wijk_id) ?? null;
      return {
        wijk_id: w.wijk_id,
        wijk_name: w.wijk_name,
        population,
        rate: get('reach_rate'),
        low: get('reach_rate_low'),
        high: get('reach_rate_high'),
        z,
        verdict: verdictOf(shownValue(z)),
        limits: population && p0 !== null ? funnelLimits(p0, population) : null
      };
    });
}

/** How many wijken lie above and below the 99.8% limits. */
export function beyondCounts(list: readonly FunnelWijk[]): { above: number; below: number; shown: number } {
  return {
    above: list.filter((w) => w.verdict === 'above').length,
    below: list.filter((w) => w.verdict === 'below').length,
    shown: list.filter((w) => w.verdict !== 'unknown').length
  };
}

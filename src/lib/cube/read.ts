/**
 * How every page reads figures, one rule each: when a value may be drawn (never 0 for a
 * hidden one), which wijk is not a place, in what order groups and names are listed,
 * and which population shares hold at the end of a period. Pure; the pages, the alerts
 * and the report all read through these.
 */
import { lastDay } from '../metrics/period';
import type { FigureRow } from '../metrics/types';
import type { PopulationShare } from './types';

/** The value to draw or judge, or null when the figure is suppressed, not available or absent. */
export function shownValue(row: FigureRow | undefined): number | null {
  return row && row.suppressed === null && row.value !== null && Number.isFinite(row.value) ? row.value : null;
}

/**
 * The city's "location unknown" pseudo-wijk (id ending in ONB): residents without a known
 * home are counted there. It has no population and is not a neighbourhood to rank or judge.
 */
export function isLocationUnknown(wijk_id: string): boolean {
  return /ONB$/.test(wijk_id);
}

/** Names in Dutch order; one collator (localeCompare would build one per comparison). */
export const byName = new Intl.Collator('nl').compare;

const groupCollator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** Group values in reading order: numbers by value ('5-11' before '12-17'), 'unknown' last. */
export function groupOrder(groups: Iterable<string>): string[] {
  return [...new Set(groups)].sort((a, b) => {
    if (a === 'unknown' || b === 'unknown') return a === b ? 0 : a === 'unknown' ? 1 : -1;
    return groupCollator.compare(a, b);
  });
}

/**
 * The population rows that hold at the end of a period: per wijk and dimension, those of
 * the latest reference date on or before the period's last day (else the earliest), as
 * METRICS.md R2 says. The one owner of that rule for shares and totals alike.
 */
function populationRowsAt(population: readonly PopulationShare[], end: string): PopulationShare[] {
  const endDay = lastDay(end);
  const dates = new Map<string, string[]>();
  for (const p of population) {
    const k = `${p.wijk_id}|${p.dimension}`;
    const list = dates.get(k);
    if (!list) dates.set(k, [p.ref_date]);
    else if (!list.includes(p.ref_date)) list.push(p.ref_date);
  }
  const chosen = new Map<string, string>();
  for (const [k, list] of dates) {
    const sorted = [...list].sort();
    const onOrBefore = sorted.filter((d) => d <= endDay);
    chosen.set(k, onOrBefore.length ? onOrBefore[onOrBefore.length - 1] : sorted[0]);
  }
  return population.filter((p) => chosen.get(`${p.wijk_id}|${p.dimension}`) === p.ref_date);
}

/**
 * The population share of each group, per wijk and dimension, at the end of the period
 * (see populationRowsAt). Key: `wijk|dimension|group`.
 */
export function populationSharesAt(population: readonly PopulationShare[], end: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of populationRowsAt(population, end)) out.set(`${p.wijk_id}|${p.dimension}|${p.group}`, p.share);
  return out;
}

/** Each wijk's total population at the end of the period (the funnel plot's x): wijk_id -> residents. */
export function wijkPopulationsAt(population: readonly PopulationShare[], end: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of populationRowsAt(population.filter((r) => r.dimension === 'total' && r.group === 'total'), end)) out.set(p.wijk_id, p.population);
  return out;
}

/** One wijk's shares by group for a dimension (see populationSharesAt). */
export function wijkPopulationShares(population: readonly PopulationShare[], wijkId: string, dimension: string, end: string): Map<string, number> {
  const prefix = `${wijkId}|${dimension}|`;
  const out = new Map<string, number>();
  const mine = population.filter((p) => p.wijk_id === wijkId && p.dimension === dimension);
  for (const [k, v] of populationSharesAt(mine, end)) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), v);
  return out;
}

/**
 * The monthly values behind a sparkline: the figure in each of the 12 months that end
 * at the view's end month. A month outside the data, or whose figure is suppressed,
 * is a gap (value null), never a zero.
 */
import { addMonths } from '../metrics/period';
import type { MonthSeries } from '../cube/types';
import type { FigureRow, SuppressReason } from '../metrics/types';
import { shownValue } from '../cube/read';
import { findFigure } from './figures';

export interface SparkPoint {
  month: string;
  value: number | null;
  /** Why there is no value: 'absent' = the month lies outside the data or has no such figure. */
  missing: SuppressReason | 'absent' | null;
  row: FigureRow | undefined;
}

/** The n months ending at `end`, oldest first. */
export function lastMonths(end: string, n = 12): string[] {
  return Array.from({ length: n }, (_, i) => addMonths(end, i - n + 1));
}

export function sparkPoints(
  series: MonthSeries | undefined,
  q: { city: string; wijk: string; metric: string; dimension: string },
  end: string,
  n = 12
): SparkPoint[] {
  const at = new Map(series?.months.map((m, i) => [m, i]) ?? []);
  return lastMonths(end, n).map((month) => {
    const i = at.get(month);
    const row = i === undefined || !series ? undefined : findFigure(series.figures[i], q);
    const value = shownValue(row);
    return { month, value, row, missing: value !== null ? null : row ? (row.suppressed ?? 'not_available') : 'absent' };
  });
}

/** First, last, lowest and highest shown value and the number of gaps: the sparkline's text alternative. */
export function sparkFacts(points: readonly SparkPoint[]) {
  const shown = points.filter((p) => p.value !== null) as (SparkPoint & { value: number })[];
  if (!shown.length) return null;
  let min = shown[0];
  let max = shown[0];
  for (const p of shown) {
    if (p.value < min.value) min = p;
    if (p.value > max.value) max = p;
  }
  return { first: shown[0], last: shown[shown.length - 1], min, max, gaps: points.length - shown.length };
}

/**
 * The series rows a page needs to draw the sparklines of one figure for one city, cut
 * to the months shown: what the prerendered first view embeds instead of the whole file.
 */
export function seriesSubset(series: MonthSeries, city: string, metric: string, dimension: string, end: string, n = 12): MonthSeries {
  const months = new Set(lastMonths(end, n));
  const keep = series.months.map((m) => months.has(m));
  return {
    provider: series.provider,
    months: series.months.filter((_, i) => keep[i]),
    figures: series.figures
      .filter((_, i) => keep[i])
      .map((rows) => rows.filter((r) => r.city === city && r.metric === metric && r.dimension === dimension && r.group === ''))
  };
}

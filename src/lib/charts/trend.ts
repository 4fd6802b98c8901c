/**
 * Monthly trend lines from a month series (the headline figures of every month): which
 * months to show, the points of a wijk and of its city, their geometry (d3, via
 * layoutLines) and the facts a summary sentence needs. Suppressed months are gaps, listed
 * apart so the chart can mark them; they are never drawn as zero.
 */
import type { FigureRow, SuppressReason } from '../metrics/types';
import { layoutLines, type LineBox, type LineLayout, type LinePoint } from './line';

export { layoutLines, type LineBox, type LineLayout, type LinePoint };

/** The months of a series up to and including `end`, at most `count` of them (latest last). */
export function windowMonths(months: readonly string[], end: string, count = 12): string[] {
  const upto = months.filter((m) => m <= end);
  return upto.slice(Math.max(0, upto.length - count));
}

export interface TrendLine {
  /** Series key, e.g. 'wijk' or 'city'. */
  key: string;
  metric: string;
  /** wijk_id of the rows; '' for the city-wide rows. */
  wijk_id: string;
  city: string;
}

export interface TrendData {
  points: LinePoint[];
  /** The rows behind the points (for the table and the CSV), in month order per line. */
  rows: Array<{ month: string; key: string; row: FigureRow | undefined }>;
  /** Months whose value is hidden (suppressed) or missing, per line. */
  gaps: Array<{ month: string; key: string; reason: SuppressReason }>;
}

/** Points of several lines over the given months of a series. */
export function trendData(
  series: { months: readonly string[]; figures: readonly (readonly FigureRow[])[] } | null,
  months: readonly string[],
  lines: readonly TrendLine[]
): TrendData {
  const out: TrendData = { points: [], rows: [], gaps: [] };
  if (!series) return out;
  const at = new Map(series.months.map((m, i) => [m, series.figures[i] ?? []]));
  for (const line of lines) {
    for (const month of months) {
      const row = (at.get(month) ?? []).find(
        (r) => r.metric === line.metric && r.wijk_id === line.wijk_id && r.city === line.city && r.dimension === '' && r.group === ''
      );
      const value = row && !row.suppressed ? row.value : null;
      out.points.push({ x: month, series: line.key, value });
      out.rows.push({ month, key: line.key, row });
      if (value === null) out.gaps.push({ month, key: line.key, reason: row?.suppressed ?? 'not_available' });
    }
  }
  return out;
}

export interface TrendFacts {
  /** First and last month with a shown value, and those values. */
  first: { x: string; value: number } | null;
  last: { x: string; value: number } | null;
  /** last - first; null when fewer than two values are shown. */
  change: number | null;
  min: { x: string; value: number } | null;
  max: { x: string; value: number } | null;
}

/** What a sentence about one line needs: where it starts and ends, its lowest and highest month. */
export function trendFacts(points: readonly LinePoint[], key: string): TrendFacts {
  const shown = points.filter((p) => p.series === key && p.value !== null) as Array<LinePoint & { value: number }>;
  shown.sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));
  if (shown.length === 0) return { first: null, last: null, change: null, min: null, max: null };
  const first = { x: shown[0].x, value: shown[0].value };
  const last = { x: shown[shown.length - 1].x, value: shown[shown.length - 1].value };
  let min = first;
  let max = first;
  for (const p of shown) {
    if (p.value < min.value) min = { x: p.x, value: p.value };
    if (p.value > max.value) max = { x: p.x, value: p.value };
  }
  return { first, last, change: shown.length >= 2 ? last.value - first.value : null, min, max };
}

/**
 * Finding the figures the Overzicht page shows in a scope's rows: which metric and
 * dimension a map figure stands for, which count it rests on, and a fast lookup
 * (a scope holds ~12,000 rows; the page looks up a few hundred per redraw).
 */
import { byName, isLocationUnknown } from '../cube/read';
import type { CubeIndex, WijkInfo } from '../cube/types';
import type { FigureRow } from '../metrics/types';

/** The figures the map can be coloured by (issue #4). */
export const MAP_FIGURES = ['reach_rate', 'representativeness', 'mixing_ratio', 'ggw_via_bw'] as const;
export type MapFigure = (typeof MAP_FIGURES)[number];

/** Which map figures are read per dimension (the others are one figure per wijk). */
export const FIGURE_NEEDS_DIMENSION: Record<MapFigure, boolean> = {
  reach_rate: false,
  representativeness: true,
  mixing_ratio: true,
  ggw_via_bw: false
};

/** The metric and dimension a map figure reads (the dimension only where the figure needs one). */
export function figureRef(figure: MapFigure, dimension: string): { metric: string; dimension: string } {
  return { metric: figure, dimension: FIGURE_NEEDS_DIMENSION[figure] ? dimension : '' };
}

/**
 * The count of persons (or pairs) a figure rests on, as the table shows beside it:
 * reach and representativeness rest on the wijk's participants (residents), GGW via
 * buurtwerk on the residents GGW reached, the mixing ratio on the meeting pairs in the
 * wijk's activities (METRICS.md R1, O1, B1).
 */
export function basisRef(figure: MapFigure, dimension: string): { metric: string; dimension: string } {
  switch (figure) {
    case 'ggw_via_bw':
      return { metric: 'ggw', dimension: '' };
    case 'mixing_ratio':
      return { metric: 'pairs', dimension };
    default:
      return { metric: 'participants', dimension: '' };
  }
}

const key = (city: string, wijk: string, metric: string, dimension: string) => `${city}\u0000${wijk}\u0000${metric}\u0000${dimension}`;

const lookups = new WeakMap<readonly FigureRow[], Map<string, FigureRow>>();

function lookupOf(rows: readonly FigureRow[]): Map<string, FigureRow> {
  let m = lookups.get(rows);
  if (!m) {
    m = new Map();
    // The page shows figures of a wijk or the city as a whole, never of one group: a
    // third of the rows, so the lookup is built three times faster.
    for (const r of rows) {
      if (r.group !== '') continue;
      const k = key(r.city, r.wijk_id, r.metric, r.dimension);
      if (!m.has(k)) m.set(k, r);
    }
    lookups.set(rows, m);
  }
  return m;
}

/** Build the lookup of freshly loaded rows now (when idle), not on the first redraw that needs it. */
export function warm<T extends readonly FigureRow[]>(rows: T): T {
  lookupOf(rows);
  return rows;
}

/** The same for every month of a series. */
export function warmSeries<T extends { figures: readonly (readonly FigureRow[])[] }>(series: T): T {
  for (const rows of series.figures) lookupOf(rows);
  return series;
}

/** One figure of a wijk (or of the city as a whole, wijk ''), for a metric and dimension; never one of a group. */
export function findFigure(rows: readonly FigureRow[], q: { city: string; wijk: string; metric: string; dimension?: string }): FigureRow | undefined {
  return lookupOf(rows).get(key(q.city, q.wijk, q.metric, q.dimension ?? ''));
}

/** The wijken of a city the page ranks and maps, by name. */
export function cityWijken(index: Pick<CubeIndex, 'wijken'>, city: string): WijkInfo[] {
  return index.wijken
    .filter((w) => w.city === city && !isLocationUnknown(w.wijk_id))
    .sort((a, b) => byName(a.wijk_name, b.wijk_name));
}

/** The rows of one city for some metrics (group '' only): what a chart of this page exports. */
export function rowsOf(rows: readonly FigureRow[], city: string, wijken: readonly string[], refs: { metric: string; dimension: string }[]): FigureRow[] {
  const out: FigureRow[] = [];
  for (const ref of refs)
    for (const w of ['', ...wijken]) {
      const r = findFigure(rows, { city, wijk: w, metric: ref.metric, dimension: ref.dimension });
      if (r) out.push(r);
    }
  return out;
}

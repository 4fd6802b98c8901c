/**
 * Two wijken side by side with the city: the key figures of each (issue #4), read
 * from the same scope rows as the map and the ranked table.
 */
import type { FigureRow } from '../metrics/types';
import { shownValue } from '../cube/read';
import { findFigure } from './figures';

/** The key figures, in the order the panel lists them; `perDimension` ones use the view's dimension. */
export const COMPARE_METRICS: { metric: string; perDimension: boolean }[] = [
  { metric: 'participants', perDimension: false },
  { metric: 'reach_rate', perDimension: false },
  { metric: 'representativeness', perDimension: true },
  { metric: 'mixing_ratio', perDimension: true },
  { metric: 'ggw_via_bw', perDimension: false },
  { metric: 'newcomer_share', perDimension: false },
  { metric: 'top20_share', perDimension: false }
];

/** Who a column is about: a wijk, or the city as a whole (wijk ''). */
export interface CompareColumn {
  wijk: string;
  name: string;
}

export interface CompareCell {
  row: FigureRow | undefined;
  value: number | null;
}

export interface CompareLine {
  metric: string;
  dimension: string;
  cells: CompareCell[];
}

/** One line per key figure, one cell per column (in the columns' order). */
export function comparisonTable(rows: readonly FigureRow[], city: string, columns: readonly CompareColumn[], dimension: string): CompareLine[] {
  return COMPARE_METRICS.map(({ metric, perDimension }) => {
    const dim = perDimension ? dimension : '';
    return {
      metric,
      dimension: dim,
      cells: columns.map((c) => {
        const row = findFigure(rows, { city, wijk: c.wijk, metric, dimension: dim });
        return { row, value: shownValue(row) };
      })
    };
  });
}

/** The columns for a view: the chosen wijk, the one put beside it, then the city. Unknown or repeated wijken are left out. */
export function compareColumns(wijk: string, compare: string, names: ReadonlyMap<string, string>, cityName: string): CompareColumn[] {
  const out: CompareColumn[] = [];
  for (const id of [wijk, compare]) if (id && names.has(id) && !out.some((c) => c.wijk === id)) out.push({ wijk: id, name: names.get(id)! });
  out.push({ wijk: '', name: cityName });
  return out;
}

/** The figure rows the comparison shows (what its CSV exports). */
export function comparisonRows(lines: readonly CompareLine[]): FigureRow[] {
  return lines.flatMap((l) => l.cells.map((c) => c.row).filter((r): r is FigureRow => !!r));
}

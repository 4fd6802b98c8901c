/**
 * Figures of areas side by side (AreaTable.svelte): a wijk against its city, or two wijken
 * and the city. Lines are figures, columns are areas; a cell is the figure of that area.
 */
import type { FigureRow } from '$lib/metrics/types';

/** An area: a wijk (its id) or the city as a whole (''); the chosen wijken carry their letter. */
export interface AreaColumn {
  key: string;
  name: string;
  letter?: 'A' | 'B';
}

/** One figure of every area, in the columns' order. */
export interface AreaLine {
  /** The figure's id (data-metric), unique in the table. */
  key: string;
  title: string;
  cells: (FigureRow | undefined)[];
}

/** The figure rows of a table, for its CSV: absent figures are simply not exported. */
export function areaFigures(lines: readonly AreaLine[]): FigureRow[] {
  return lines.flatMap((l) => l.cells.filter((r): r is FigureRow => r !== undefined));
}

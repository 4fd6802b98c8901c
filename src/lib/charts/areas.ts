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

/** A whole table: its corner header, its areas, its figures, and how a cell writes a figure. */
export interface AreaTableModel {
  corner: string;
  columns: AreaColumn[];
  lines: AreaLine[];
  text: (row: FigureRow | undefined, line: AreaLine) => string;
  /** One row per area and one column per figure (the default: one row per figure). */
  byArea?: boolean;
}

/** The figure rows of a table, for its CSV: absent figures are simply not exported. */
export function areaFigures(lines: readonly AreaLine[]): FigureRow[] {
  return lines.flatMap((l) => l.cells.filter((r): r is FigureRow => r !== undefined));
}

/** Rows that exist, for a chart's CSV: absent figures are simply not exported. */
export function present(...rows: (FigureRow | undefined)[]): FigureRow[] {
  return rows.filter((r): r is FigureRow => r !== undefined);
}

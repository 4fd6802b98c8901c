/**
 * Helpers the wijk page's sections share: which rows belong to the opened wijk, and
 * picking figures out of them. Pure (no Svelte), so every section reads rows the same way.
 */
import type { FigureRow } from '../metrics/types';
import type { WijkInfo } from '../cube/types';

export interface PickQuery {
  metric: string;
  /** The wijk's id, or '' for the city-wide row; any wijk when absent. */
  wijk_id?: string;
  /** '' for figures without a dimension (the default). */
  dimension?: string;
  /** '' for figures without a group (the default). */
  group?: string;
}

/**
 * The rows of one wijk plus the city-wide rows of its city: what each section receives.
 * Rows of other cities' city-wide figures are left out (city-wide rows carry wijk_id '').
 */
export function wijkRows(scopeRows: readonly FigureRow[], wijk: Pick<WijkInfo, 'wijk_id' | 'city'>): FigureRow[] {
  return scopeRows.filter(
    (r) => r.wijk_id === wijk.wijk_id || (r.wijk_id === '' && r.city === wijk.city)
  );
}

function matches(r: FigureRow, q: PickQuery): boolean {
  return (
    r.metric === q.metric &&
    (q.wijk_id === undefined || r.wijk_id === q.wijk_id) &&
    r.dimension === (q.dimension ?? '') &&
    r.group === (q.group ?? '')
  );
}

/** The one row matching the query (the first when several do), or undefined. */
export function pick(rows: readonly FigureRow[], q: PickQuery): FigureRow | undefined {
  return rows.find((r) => matches(r, q));
}

/** Every row of a metric for a dimension, one per group (group given or not). */
export function pickAll(
  rows: readonly FigureRow[],
  q: Omit<PickQuery, 'group'> & { group?: string }
): FigureRow[] {
  return rows.filter(
    (r) =>
      r.metric === q.metric &&
      (q.wijk_id === undefined || r.wijk_id === q.wijk_id) &&
      (q.dimension === undefined || r.dimension === q.dimension) &&
      (q.group === undefined || r.group === q.group)
  );
}

/** The opened wijk's row (wijk_id) and the city's row ('') of a figure, side by side. */
export function wijkAndCity(
  rows: readonly FigureRow[],
  wijkId: string,
  q: Omit<PickQuery, 'wijk_id'>
): { wijk: FigureRow | undefined; city: FigureRow | undefined } {
  return { wijk: pick(rows, { ...q, wijk_id: wijkId }), city: pick(rows, { ...q, wijk_id: '' }) };
}

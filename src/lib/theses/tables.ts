/**
 * The Stellingen page's tables: existing figures of one period, per wijk and for the city,
 * in columns that may come from different provider scopes (buurtwerk's mixing ratio beside
 * the GGW's) or from groups (GGW via buurtwerk per age band, signals per source). Pure:
 * it reads published rows and never computes a figure.
 */
import { byName, isLocationUnknown, shownValue } from '../cube/read';
import type { WijkInfo } from '../cube/types';
import type { FigureRow, Provider } from '../metrics/types';

/** One column: which published figure it shows. */
export interface ThesisColumn {
  metric: string;
  provider: Provider;
  /** '' where the figure has none. */
  dimension: string;
  /** '' for the figure of the area as a whole; a group (or a source of signals) otherwise. */
  group: string;
}

/** One row: the city as a whole (key '') or a wijk, with one figure per column. */
export interface ThesisRow {
  key: string;
  name: string;
  cells: (FigureRow | undefined)[];
}

const key = (city: string, wijk: string, metric: string, dimension: string, group: string) => [city, wijk, metric, dimension, group].join('\u0000');
const lookups = new WeakMap<readonly FigureRow[], Map<string, FigureRow>>();

/** One figure of a scope, group rows included (the Overzicht's lookup holds only group ''). */
export function figureOf(rows: readonly FigureRow[], city: string, wijk: string, c: ThesisColumn): FigureRow | undefined {
  let m = lookups.get(rows);
  if (!m) {
    m = new Map();
    for (const r of rows) m.set(key(r.city, r.wijk_id, r.metric, r.dimension, r.group), r);
    lookups.set(rows, m);
  }
  return m.get(key(city, wijk, c.metric, c.dimension, c.group));
}

/** The city first, then its wijken by name (not "location unknown": it has no population and no place). */
export function thesisRows(scopes: Partial<Record<Provider, readonly FigureRow[]>>, wijken: readonly WijkInfo[], city: string, cityName: string, columns: readonly ThesisColumn[]): ThesisRow[] {
  const areas = [
    { key: '', name: cityName },
    ...wijken
      .filter((w) => w.city === city && !isLocationUnknown(w.wijk_id))
      .sort((a, b) => byName(a.wijk_name, b.wijk_name))
      .map((w) => ({ key: w.wijk_id, name: w.wijk_name }))
  ];
  return areas.map((a) => ({ ...a, cells: columns.map((c) => (scopes[c.provider] ? figureOf(scopes[c.provider]!, city, a.key, c) : undefined)) }));
}

/** Every figure a table shows, once, for its CSV. */
export function tableFigures(rows: readonly ThesisRow[]): FigureRow[] {
  return [...new Set(rows.flatMap((r) => r.cells.filter((c): c is FigureRow => !!c)))];
}

/** How many wijken (not the city) show a value of a column above a bound. */
export function wijkenAbove(rows: readonly ThesisRow[], column: number, bound: number): { above: number; shown: number } {
  const values = rows.filter((r) => r.key !== '').map((r) => shownValue(r.cells[column]));
  const shown = values.filter((v): v is number => v !== null);
  return { above: shown.filter((v) => v > bound).length, shown: shown.length };
}

/**
 * The ranked table: the city's wijken ordered by the chosen figure, each with the
 * count it rests on, and the city-wide figure (wijk_id '' in the scope rows: the city
 * as a whole, not the mean of its wijken).
 */
import type { WijkInfo } from '../cube/types';
import type { FigureRow } from '../metrics/types';
import { byName, shownValue } from '../cube/read';
import { basisRef, figureRef, findFigure, type MapFigure } from './figures';

export interface RankedWijk {
  wijk_id: string;
  wijk_name: string;
  /** 1 = highest value; ties share a rank (1, 2, 2, 4); null when the value is not shown. */
  rank: number | null;
  value: number | null;
  figure: FigureRow | undefined;
  basis: FigureRow | undefined;
}

export interface CityFigure {
  value: number | null;
  figure: FigureRow | undefined;
  basis: FigureRow | undefined;
}

/** Every wijk by the figure, highest first; wijken without a shown value last, by name. */
export function rankWijken(rows: readonly FigureRow[], wijken: readonly WijkInfo[], city: string, figure: MapFigure, dimension: string): RankedWijk[] {
  const ref = figureRef(figure, dimension);
  const bref = basisRef(figure, dimension);
  const list = wijken.map((w) => {
    const f = findFigure(rows, { city, wijk: w.wijk_id, ...ref });
    return {
      wijk_id: w.wijk_id,
      wijk_name: w.wijk_name,
      rank: null as number | null,
      value: shownValue(f),
      figure: f,
      basis: findFigure(rows, { city, wijk: w.wijk_id, ...bref })
    };
  });
  list.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? byName(a.wijk_name, b.wijk_name) : 1) : -1;
    return b.value - a.value || byName(a.wijk_name, b.wijk_name);
  });
  list.forEach((w, i) => {
    if (w.value === null) return;
    const prev = list[i - 1];
    w.rank = prev && prev.value === w.value ? prev.rank : i + 1;
  });
  return list;
}

/** The city-wide figure (wijk_id ''), with its basis. */
export function cityFigure(rows: readonly FigureRow[], city: string, figure: MapFigure, dimension: string): CityFigure {
  const f = findFigure(rows, { city, wijk: '', ...figureRef(figure, dimension) });
  return { value: shownValue(f), figure: f, basis: findFigure(rows, { city, wijk: '', ...basisRef(figure, dimension) }) };
}

export type SortKey = 'rank' | 'wijk' | 'value' | 'basis';
export type SortDir = 'ascending' | 'descending';

/** A row of the table as shown: a wijk, or the city's own row placed among them. */
export type TableRow = ({ kind: 'wijk' } & RankedWijk) | ({ kind: 'city' } & CityFigure);

/**
 * The table's rows in the order asked for. Values not shown always go last. The city
 * row sits where its value would rank (so one sees which wijken lie above it) when
 * sorting by rank or value, and last otherwise.
 */
export function sortTable(ranked: readonly RankedWijk[], city: CityFigure | null, by: SortKey, dir: SortDir): TableRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const basisOf = (r: { basis: FigureRow | undefined }) => shownValue(r.basis);
  const cmpNullLast = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : sign * (a - b));
  const wijken = [...ranked].sort((a, b) => {
    switch (by) {
      case 'wijk':
        return sign * byName(a.wijk_name, b.wijk_name);
      case 'basis':
        return cmpNullLast(basisOf(a), basisOf(b)) || byName(a.wijk_name, b.wijk_name);
      case 'value':
        return cmpNullLast(a.value, b.value) || byName(a.wijk_name, b.wijk_name);
      default:
        // rank 1 is the highest value: ascending rank = descending value
        return cmpNullLast(a.rank, b.rank) || byName(a.wijk_name, b.wijk_name);
    }
  });
  const out: TableRow[] = wijken.map((w) => ({ kind: 'wijk', ...w }));
  if (!city) return out;
  const cityRow: TableRow = { kind: 'city', ...city };
  if ((by === 'rank' || by === 'value') && city.value !== null) {
    const v = city.value;
    // where the city's value falls among the shown values, in the current direction
    const higherFirst = by === 'rank' ? dir === 'ascending' : dir === 'descending';
    const at = out.findIndex((r) => r.kind === 'wijk' && (r.value === null || (higherFirst ? r.value < v : r.value > v)));
    out.splice(at < 0 ? out.length : at, 0, cityRow);
  } else out.push(cityRow);
  return out;
}

/** Highest and lowest shown wijk and how many are not shown: what the summary sentence reads. */
export function extremes(ranked: readonly RankedWijk[]): { top: RankedWijk | null; bottom: RankedWijk | null; shown: number; hidden: number } {
  const shown = ranked.filter((r) => r.value !== null);
  return { top: shown[0] ?? null, bottom: shown.length > 1 ? shown[shown.length - 1] : null, shown: shown.length, hidden: ranked.length - shown.length };
}

/**
 * What the prerendered Overzicht embeds for its first view: only the figures the
 * default view draws (map, ranked table, city row, sparklines of one figure for one
 * city), so the first chart is in the HTML and the page needs no data fetch to show it.
 */
import type { CubeIndex, MonthSeries } from '../cube/types';
import { scopeKey } from '../cube/scopes';
import type { FigureRow } from '../metrics/types';
import { basisRef, cityWijken, figureRef, rowsOf } from '../overview/figures';
import { seriesSubset } from '../overview/spark';
import { formatMonth } from '../i18n/format';
import { addMonths, monthIndex } from '../metrics/period';
import { DEFAULT_LOCALE } from '../i18n/locale';
import type { DashboardView } from './url';

/** The first view's figures as the build embeds them in the page. */
export interface InitialOverview {
  /** The index without the population table (the page does not draw it). */
  index: CubeIndex;
  view: DashboardView;
  /** scopeKey of the view. */
  key: string;
  rows: FigureRow[];
  series: MonthSeries;
  /** Short month texts in the default language for every month a control or chart names. */
  months: [string, string][];
}

/** Cut the shipped files down to what the default view draws. */
export function initialOverview(index: CubeIndex, view: DashboardView, scopeRows: readonly FigureRow[], series: MonthSeries): InitialOverview {
  const ref = figureRef(view.figure, view.dimension);
  const wijken = cityWijken(index, view.city).map((w) => w.wijk_id);
  return {
    index: { ...index, population: [] },
    view,
    key: scopeKey(view),
    rows: rowsOf(scopeRows, view.city, wijken, [ref, basisRef(view.figure, view.dimension)]),
    series: seriesSubset(series, view.city, ref.metric, ref.dimension, view.end),
    months: monthsOf(index).map((m) => [m, formatMonth(DEFAULT_LOCALE, m)])
  };
}

/** Every month the page may name: the data's months and the 11 before (start of a rolling year, a sparkline). */
function monthsOf(index: CubeIndex): string[] {
  if (!index.months.first || !index.months.last) return [];
  const n = monthIndex(index.months.last) - monthIndex(index.months.first) + 12;
  return Array.from({ length: n }, (_, i) => addMonths(index.months.first, i - 11));
}

/**
 * Which embedded figures a view can use: the rows when it shows the same scope, city and
 * figure (map and ranked table), the series when also the same provider and end month
 * (sparklines). A chosen wijk needs every figure of the scope (the comparison), so the
 * page waits for the whole file then.
 */
export function embeddedFor(init: InitialOverview, view: DashboardView): { rows: boolean; series: boolean; all: boolean } {
  const a = figureRef(view.figure, view.dimension);
  const b = figureRef(init.view.figure, init.view.dimension);
  const same = view.city === init.view.city && a.metric === b.metric && a.dimension === b.dimension;
  const rows = same && scopeKey(view) === init.key;
  const series = same && view.provider === init.series.provider && view.end === init.view.end;
  return { rows, series, all: rows && series && !view.wijk && !view.compare };
}

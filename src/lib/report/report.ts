/**
 * The monthly report (Maandrapport): one city, one month. Key figures per wijk from the
 * monthly series, each with its change since the previous month and since the same month
 * a year before, and the highlights an alderman reads first. Pure: rows in, rows out.
 *
 * A change is never computed from a suppressed or absent value: it is then "n.b."
 * (not available), whichever side is missing.
 */
import type { MonthSeries, WijkInfo } from '../cube/types';
import { addMonths } from '../metrics/period';
import type { FigureRow } from '../metrics/types';
import type { Alert } from '../alerts/alerts';
import { isLocationUnknown } from '../cube/read';

/** The key figures, in the table's order; the dimension-bound ones use the chosen dimension. */
export const REPORT_METRICS = ['participants', 'reach_rate', 'newcomer_share', 'representativeness', 'mixing_ratio', 'ggw_via_bw'] as const;
export type ReportMetric = (typeof REPORT_METRICS)[number];
export const NEEDS_DIMENSION: Record<ReportMetric, boolean> = {
  participants: false,
  reach_rate: false,
  newcomer_share: false,
  representativeness: true,
  mixing_ratio: true,
  ggw_via_bw: false
};

/**
 * How a change is written: counts relative (%), shares in percentage points, the reach per
 * 1,000 as a difference per 1,000 (it is a share of the residents, so never a relative
 * change), indices as a plain difference. So "newcomers 10% -> 12%" reads "+2 pp", not "+20%".
 */
export type ChangeUnit = 'relative' | 'points' | 'per1000' | 'difference';
export const CHANGE_UNIT: Record<ReportMetric, ChangeUnit> = {
  participants: 'relative',
  reach_rate: 'per1000',
  newcomer_share: 'points',
  representativeness: 'difference',
  mixing_ratio: 'difference',
  ggw_via_bw: 'points'
};

/** Below these the change rounds to zero as written (0%, 0.0 pp, 0.00): shown as "equal". */
const SAME: Record<ChangeUnit, number> = { relative: 0.005, points: 0.0005, per1000: 0.05, difference: 0.005 };

export type Direction = 'up' | 'down' | 'same';

export type Change =
  | {
      available: true;
      before: number;
      now: number;
      delta: number;
      /** delta / |before|; null when before is 0. */
      relative: number | null;
      unit: ChangeUnit;
      /** The amount in its unit: a fraction for 'relative' and 'points', the difference for 'per1000' and 'difference'. */
      amount: number;
      direction: Direction;
    }
  | { available: false };

export interface ReportCell {
  metric: ReportMetric;
  /** This month's figure (may be suppressed); undefined when there is none. */
  row: FigureRow | undefined;
  sincePrevious: Change;
  sinceYearAgo: Change;
}

export interface ReportRow {
  /** '' for the city as a whole. */
  wijk_id: string;
  wijk_name: string;
  cells: Record<ReportMetric, ReportCell>;
}

export interface MonthReport {
  city: string;
  month: string;
  previous: string;
  yearAgo: string;
  dimension: string;
  /** The city first, then its wijken by name. */
  rows: ReportRow[];
  /** This month's figures behind the table (for the CSV download). */
  figures: FigureRow[];
}

const shown = (r: FigureRow | undefined): r is FigureRow & { value: number } => !!r && !r.suppressed && r.value !== null;

export function changeOf(metric: ReportMetric, now: FigureRow | undefined, before: FigureRow | undefined): Change {
  if (!shown(now) || !shown(before)) return { available: false };
  const delta = now.value - before.value;
  const relative = before.value !== 0 ? delta / Math.abs(before.value) : null;
  const unit = CHANGE_UNIT[metric];
  if (unit === 'relative' && relative === null) return { available: false };
  const amount = unit === 'relative' ? relative! : delta;
  const direction: Direction = Math.abs(amount) < SAME[unit] ? 'same' : amount > 0 ? 'up' : 'down';
  return { available: true, before: before.value, now: now.value, delta, relative, unit, amount, direction };
}

/** The rows of one month of a series, indexed by wijk|metric|dimension. */
function monthIndexOf(series: MonthSeries, month: string, city: string): Map<string, FigureRow> {
  const out = new Map<string, FigureRow>();
  const i = series.months.indexOf(month);
  if (i < 0) return out;
  for (const r of series.figures[i]) if (r.city === city && r.group === '') out.set(`${r.wijk_id}|${r.metric}|${r.dimension}`, r);
  return out;
}

export function monthReport(opts: { series: MonthSeries; wijken: readonly WijkInfo[]; city: string; month: string; dimension: string }): MonthReport {
  const { series, city, month, dimension } = opts;
  const previous = addMonths(month, -1);
  const yearAgo = addMonths(month, -12);
  const [now, prev, year] = [month, previous, yearAgo].map((m) => monthIndexOf(series, m, city));
  const wijken = opts.wijken
    .filter((w) => w.city === city && !isLocationUnknown(w.wijk_id))
    .sort((a, b) => a.wijk_name.localeCompare(b.wijk_name, 'nl'));
  const figures: FigureRow[] = [];
  const rowOf = (wijk_id: string, wijk_name: string): ReportRow => {
    const cells = {} as Record<ReportMetric, ReportCell>;
    for (const metric of REPORT_METRICS) {
      const k = `${wijk_id}|${metric}|${NEEDS_DIMENSION[metric] ? dimension : ''}`;
      const row = now.get(k);
      if (row) figures.push(row);
      cells[metric] = { metric, row, sincePrevious: changeOf(metric, row, prev.get(k)), sinceYearAgo: changeOf(metric, row, year.get(k)) };
    }
    return { wijk_id, wijk_name, cells };
  };
  const rows = [rowOf('', city), ...wijken.map((w) => rowOf(w.wijk_id, w.wijk_name))];
  return { city, month, previous, yearAgo, dimension, rows, figures };
}

/** The four headline tiles of page one, the city's figures: who takes part, how widely, whether groups mix, and buurtwerk as GGW's way in. */
export const TILE_METRICS = ['participants', 'reach_rate', 'mixing_ratio', 'ggw_via_bw'] as const satisfies readonly ReportMetric[];

/** The city's cells behind the headline tiles, in TILE_METRICS order. */
export function headlineTiles(report: MonthReport): ReportCell[] {
  const city = report.rows[0];
  return city ? TILE_METRICS.map((m) => city.cells[m]) : [];
}

// ---- highlights ----------------------------------------------------------------------

/**
 * A change is meaningful when both months rest on at least MIN_PERSONS persons and it
 * moved by at least MIN_RELATIVE of the earlier value (relative, for every kind of figure).
 * The persons: the participants of the wijk; for GGW via buurtwerk, GGW's public (its denominator).
 */
export const MIN_PERSONS = 20;
export const MIN_RELATIVE = 0.15;
/** The highlights: the city's own line, then changes and alerts, at most this many. */
export const MAX_HIGHLIGHTS = 5;
const MAX_ALERTS = 2;
/** Participants and reach rate move together (same population): reach rate adds no highlight of its own. */
const HIGHLIGHT_METRICS: ReportMetric[] = ['participants', 'newcomer_share', 'representativeness', 'mixing_ratio', 'ggw_via_bw'];

export type Comparison = 'previous' | 'yearAgo';

export type Highlight =
  | { kind: 'city'; wijk_id: ''; wijk_name: string; cell: ReportCell }
  | { kind: 'change'; wijk_id: string; wijk_name: string; metric: ReportMetric; comparison: Comparison; change: Extract<Change, { available: true }>; strength: number }
  | { kind: 'alert'; wijk_id: string; wijk_name: string; alert: Alert }
  | { kind: 'more-alerts'; count: number };

function basisOf(series: MonthSeries, month: string, city: string, wijk_id: string, metric: ReportMetric): number | null {
  const r = monthIndexOf(series, month, city).get(`${wijk_id}|${metric === 'ggw_via_bw' ? 'ggw' : 'participants'}|`);
  return shown(r) ? r.value : null;
}

/** Every meaningful change of the report, largest relative change first, at most one per wijk. */
export function meaningfulChanges(report: MonthReport, series: MonthSeries): Extract<Highlight, { kind: 'change' }>[] {
  const all: Extract<Highlight, { kind: 'change' }>[] = [];
  const basisNow = (wijk: string, m: ReportMetric) => basisOf(series, report.month, report.city, wijk, m);
  for (const row of report.rows) {
    if (row.wijk_id === '') continue;
    for (const metric of HIGHLIGHT_METRICS) {
      const cell = row.cells[metric];
      for (const [comparison, change, month] of [
        ['previous', cell.sincePrevious, report.previous],
        ['yearAgo', cell.sinceYearAgo, report.yearAgo]
      ] as const) {
        if (!change.available || change.relative === null) continue;
        const a = basisNow(row.wijk_id, metric);
        const b = basisOf(series, month, report.city, row.wijk_id, metric);
        if (a === null || b === null || a < MIN_PERSONS || b < MIN_PERSONS) continue;
        // a hair of tolerance: 115 against 100 is 15%, whatever the floating point says
        if (Math.abs(change.relative) < MIN_RELATIVE - 1e-9) continue;
        all.push({ kind: 'change', wijk_id: row.wijk_id, wijk_name: row.wijk_name, metric, comparison, change, strength: Math.abs(change.relative) });
      }
    }
  }
  all.sort((x, y) => y.strength - x.strength || x.wijk_name.localeCompare(y.wijk_name) || HIGHLIGHT_METRICS.indexOf(x.metric) - HIGHLIGHT_METRICS.indexOf(y.metric));
  const seen = new Set<string>();
  return all.filter((h) => (seen.has(h.wijk_id) ? false : (seen.add(h.wijk_id), true)));
}

/**
 * Alerts, the most severe of each kind first, then the rest in their order: a report whose
 * first lines all say the same of one group tells an alderman less than one line per kind.
 */
export function varied<A extends { kind: string }>(alerts: readonly A[]): A[] {
  const seen = new Set<string>();
  const first: A[] = [];
  const rest: A[] = [];
  for (const a of alerts) (seen.has(a.kind) ? rest : (seen.add(a.kind), first)).push(a);
  return [...first, ...rest];
}

/**
 * Three to five lines: the city's participants (when shown), the two most severe alerts
 * of the month, and the largest meaningful changes; when one kind runs short the other
 * fills up. A last line counts the alerts not listed.
 */
export function highlights(report: MonthReport, series: MonthSeries, alerts: readonly Alert[]): Highlight[] {
  const out: Highlight[] = [];
  const city = report.rows[0];
  if (city && shown(city.cells.participants.row)) out.push({ kind: 'city', wijk_id: '', wijk_name: city.wijk_name, cell: city.cells.participants });
  const names = new Map(report.rows.map((r) => [r.wijk_id, r.wijk_name]));
  const cityAlerts = varied(alerts.filter((a) => a.city === report.city));
  const changes = meaningfulChanges(report, series);
  const room = MAX_HIGHLIGHTS - out.length;
  let nChanges = Math.min(changes.length, room - Math.min(MAX_ALERTS, cityAlerts.length));
  let nAlerts = Math.min(cityAlerts.length, room - nChanges);
  // Alerts left out are counted on a line of their own, which needs a place.
  if (cityAlerts.length > nAlerts && nAlerts + nChanges >= room) {
    if (nChanges > 0) nChanges--;
    else nAlerts--;
  }
  for (const a of cityAlerts.slice(0, nAlerts)) out.push({ kind: 'alert', wijk_id: a.wijk_id, wijk_name: names.get(a.wijk_id) ?? a.wijk_id, alert: a });
  out.push(...changes.slice(0, nChanges));
  if (cityAlerts.length > nAlerts) out.push({ kind: 'more-alerts', count: cityAlerts.length - nAlerts });
  return out;
}

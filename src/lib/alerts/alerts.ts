/**
 * The narrow-reach alerts of METRICS.md ("Alerts"), as pure functions over the figures a
 * page already has: the FigureRow[] of one scope (after disclosure control), the wijken's
 * population shares from the CubeIndex and the monthly series of the same provider.
 *
 * A suppressed or missing figure never raises an alert: the check is then "not assessed"
 * (niet beoordeeld) and reported as such, so a reader can tell "fine" from "unknown".
 *
 * Severity (0..1): how far past its threshold a value lies, relative to the room there is
 * past it.
 *  - "below" alerts (representation index, representativeness, mixing ratio, newcomer
 *    share): (threshold - value) / threshold, so 0 just under the threshold, 1 at zero.
 *  - the "at or above" alert (top-20% share, at most 1): (value - threshold) / (1 - threshold),
 *    so 0 exactly at the threshold (the alert still fires: "at or above"), 1 when the top
 *    20% make every participation.
 *  - newcomers: the value judged is the highest of the months in the run (a run is only as
 *    bad as its best month).
 */
import type { PeriodKind } from '../cube/scopes';
import type { MonthSeries, PopulationShare } from '../cube/types';
import { addMonths, lastDay } from '../metrics/period';
import type { FigureRow, Provider, SuppressReason } from '../metrics/types';

export type AlertKind = 'representation' | 'concentration' | 'representativeness' | 'mixing' | 'newcomers';
/** In METRICS.md's order: also the order of ties and of the counts on the page. */
export const ALERT_KINDS: AlertKind[] = ['representation', 'concentration', 'representativeness', 'mixing', 'newcomers'];

/** The chart on the wijk page that shows an alert's evidence (ids agreed with the wijk page). */
export const ALERT_CHART: Record<AlertKind, string> = {
  representation: 'representation',
  concentration: 'concentration',
  representativeness: 'representativeness',
  mixing: 'mixing-ratio',
  newcomers: 'newcomers'
};

/** The figure each alert judges. */
export const ALERT_METRIC: Record<AlertKind, string> = {
  representation: 'representation_index',
  concentration: 'top20_share',
  representativeness: 'representativeness',
  mixing: 'mixing_ratio',
  newcomers: 'newcomer_share'
};

export interface Thresholds {
  /** A group counts when it is at least this share of the wijk's population (with a known value). */
  groupShare: number;
  /** Alert when a group's representation index is below this. */
  representation: number;
  /** Alert when the top-20% share is at or above this. */
  concentration: number;
  /** Alert when representativeness (1 - dissimilarity) is below this. */
  representativeness: number;
  /** Alert when the mixing ratio is below this. */
  mixing: number;
  /** Alert when the newcomer share is below this in each of NEWCOMER_MONTHS months in a row. */
  newcomers: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  groupShare: 0.1,
  representation: 0.5,
  concentration: 0.6,
  representativeness: 0.6,
  mixing: 0.5,
  newcomers: 0.1
};

export const NEWCOMER_MONTHS = 3;

/** The scope an alert list is about: the period and the provider of its figures. */
export interface AlertScope {
  kind: PeriodKind;
  /** Last month of the period, 'YYYY-MM'. */
  end: string;
  provider: Provider;
}

export interface Evidence {
  page: 'wijk';
  /** URL parameters of the wijk page that show the evidence. */
  params: Record<string, string>;
  /** Chart id on the wijk page (its URL hash). */
  chart: string;
}

export interface Alert {
  city: string;
  wijk_id: string;
  provider: Provider;
  kind: AlertKind;
  dimension?: string;
  group?: string;
  /** The figure judged (for newcomers: the highest monthly share of the run). */
  value: number;
  threshold: number;
  /** 0..1, see the module comment. */
  severity: number;
  evidence: Evidence;
  /** representation: the group's share of the wijk's population. */
  populationShare?: number;
  /** newcomers: the monthly shares of the run, oldest first. */
  months?: { month: string; value: number }[];
  /** The figures the alert rests on (for a CSV download). */
  figures: FigureRow[];
}

/** A check that could not be made because its figure is suppressed or absent. */
export interface Unassessed {
  city: string;
  wijk_id: string;
  provider: Provider;
  kind: AlertKind;
  dimension?: string;
  group?: string;
  reason: SuppressReason;
  figures: FigureRow[];
}

export interface AlertResult {
  alerts: Alert[];
  unassessed: Unassessed[];
}

export interface AlertInput {
  scope: AlertScope;
  /** Every figure of the scope (other providers' rows are ignored). */
  rows: readonly FigureRow[];
  population: readonly PopulationShare[];
  /** The monthly series of scope.provider; without it, no newcomer check is made. */
  series?: MonthSeries;
  thresholds?: Partial<Thresholds>;
  /** Only these wijken when given (e.g. one city's). */
  wijken?: ReadonlySet<string>;
}

/** The "location unknown" pseudo-wijk (id ending in ONB) is where people without a known home are counted: not a neighbourhood to judge. */
export function isLocationUnknown(wijk_id: string): boolean {
  return /ONB$/.test(wijk_id);
}

/**
 * The population share of each group, per wijk and dimension, from the latest reference
 * date on or before the end of the period (else the earliest), as METRICS.md R2 says.
 * Key: `wijk|dimension|group`.
 */
export function populationSharesAt(population: readonly PopulationShare[], end: string): Map<string, number> {
  const endDay = lastDay(end);
  const dates = new Map<string, string[]>();
  for (const p of population) {
    const k = `${p.wijk_id}|${p.dimension}`;
    const list = dates.get(k);
    if (!list) dates.set(k, [p.ref_date]);
    else if (!list.includes(p.ref_date)) list.push(p.ref_date);
  }
  const chosen = new Map<string, string>();
  for (const [k, list] of dates) {
    const sorted = [...list].sort();
    const onOrBefore = sorted.filter((d) => d <= endDay);
    chosen.set(k, onOrBefore.length ? onOrBefore[onOrBefore.length - 1] : sorted[0]);
  }
  const out = new Map<string, number>();
  for (const p of population) {
    if (chosen.get(`${p.wijk_id}|${p.dimension}`) === p.ref_date) out.set(`${p.wijk_id}|${p.dimension}|${p.group}`, p.share);
  }
  return out;
}

export function severityOf(kind: AlertKind, value: number, threshold: number): number {
  const s = kind === 'concentration' ? (threshold >= 1 ? 1 : (value - threshold) / (1 - threshold)) : threshold <= 0 ? 1 : (threshold - value) / threshold;
  return Math.min(1, Math.max(0, s));
}

/** Whether a value is past its threshold; the one place where "<" versus ">=" is decided. */
export function fires(kind: AlertKind, value: number, threshold: number): boolean {
  return kind === 'concentration' ? value >= threshold : value < threshold;
}

function thresholdOf(kind: AlertKind, t: Thresholds): number {
  return t[kind];
}

function evidenceOf(scope: AlertScope, row: { city: string; wijk_id: string }, kind: AlertKind, dimension?: string): Evidence {
  const params: Record<string, string> = { city: row.city, wijk: row.wijk_id, period: scope.kind, end: scope.end, provider: scope.provider };
  if (dimension) params.dimension = dimension;
  return { page: 'wijk', params, chart: ALERT_CHART[kind] };
}

/** Every alert (and every check not assessed) of one scope. */
export function scopeAlerts(input: AlertInput): AlertResult {
  const t: Thresholds = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
  const { scope } = input;
  const shares = populationSharesAt(input.population, scope.end);
  const alerts: Alert[] = [];
  const unassessed: Unassessed[] = [];
  const inScope = (r: FigureRow) =>
    r.provider === scope.provider && r.wijk_id !== '' && !isLocationUnknown(r.wijk_id) && (!input.wijken || input.wijken.has(r.wijk_id));

  const judge = (kind: AlertKind, r: FigureRow, extra: Partial<Alert> = {}) => {
    const dimension = r.dimension || undefined;
    const group = r.group || undefined;
    if (r.suppressed || r.value === null) {
      unassessed.push({ city: r.city, wijk_id: r.wijk_id, provider: r.provider, kind, dimension, group, reason: r.suppressed ?? 'not_available', figures: [r] });
      return;
    }
    const threshold = thresholdOf(kind, t);
    if (!fires(kind, r.value, threshold)) return;
    alerts.push({
      city: r.city, wijk_id: r.wijk_id, provider: r.provider, kind, dimension, group,
      value: r.value, threshold, severity: severityOf(kind, r.value, threshold),
      evidence: evidenceOf(scope, r, kind, dimension), figures: [r], ...extra
    });
  };

  for (const r of input.rows) {
    if (!inScope(r)) continue;
    switch (r.metric) {
      case 'representation_index': {
        // Only groups that weigh in the wijk: a tiny group's index says little.
        const share = shares.get(`${r.wijk_id}|${r.dimension}|${r.group}`);
        if (share === undefined || share < t.groupShare) break;
        judge('representation', r, { populationShare: share });
        break;
      }
      case 'top20_share':
        if (r.group === '') judge('concentration', r);
        break;
      case 'representativeness':
        if (r.group === '') judge('representativeness', r);
        break;
      case 'mixing_ratio':
        if (r.group === '') judge('mixing', r);
        break;
    }
  }

  if (input.series && input.series.provider === scope.provider) newcomerAlerts(input, t, alerts, unassessed);
  return { alerts: sortAlerts(alerts), unassessed };
}

/** Newcomer share below the threshold in each of the NEWCOMER_MONTHS months ending at the period's end. */
function newcomerAlerts(input: AlertInput, t: Thresholds, alerts: Alert[], unassessed: Unassessed[]) {
  const { scope } = input;
  const series = input.series!;
  const months = Array.from({ length: NEWCOMER_MONTHS }, (_, i) => addMonths(scope.end, i - NEWCOMER_MONTHS + 1));
  // wijk -> the newcomer row of each month of the run (undefined = no figure at all)
  const byWijk = new Map<string, { city: string; rows: (FigureRow | undefined)[] }>();
  months.forEach((m, i) => {
    const at = series.months.indexOf(m);
    if (at < 0) return;
    for (const r of series.figures[at]) {
      if (r.metric !== 'newcomer_share' || r.group !== '' || r.wijk_id === '' || isLocationUnknown(r.wijk_id)) continue;
      if (input.wijken && !input.wijken.has(r.wijk_id)) continue;
      let w = byWijk.get(r.wijk_id);
      if (!w) byWijk.set(r.wijk_id, (w = { city: r.city, rows: new Array(NEWCOMER_MONTHS).fill(undefined) }));
      w.rows[i] = r;
    }
  });
  for (const [wijk_id, w] of byWijk) {
    const known = w.rows.filter((r): r is FigureRow => !!r && !r.suppressed && r.value !== null);
    const figures = w.rows.filter((r): r is FigureRow => !!r);
    // One month at or above the threshold ends the run, whatever the others are.
    if (known.some((r) => !fires('newcomers', r.value!, t.newcomers))) continue;
    if (known.length < NEWCOMER_MONTHS) {
      const missing = w.rows.find((r) => !r || r.suppressed || r.value === null);
      unassessed.push({ city: w.city, wijk_id, provider: scope.provider, kind: 'newcomers', reason: missing?.suppressed ?? 'not_available', figures });
      continue;
    }
    const value = Math.max(...known.map((r) => r.value!));
    alerts.push({
      city: w.city, wijk_id, provider: scope.provider, kind: 'newcomers',
      value, threshold: t.newcomers, severity: severityOf('newcomers', value, t.newcomers),
      evidence: evidenceOf(scope, { city: w.city, wijk_id }, 'newcomers'),
      months: months.map((month, i) => ({ month, value: w.rows[i]!.value! })),
      figures
    });
  }
}

const PROVIDER_ORDER: Provider[] = ['all', 'buurtwerk', 'ggw'];

/** Most severe first; ties in a fixed order (kind, city, wijk, provider, dimension, group) so the list never jumps. */
export function sortAlerts(alerts: Alert[]): Alert[] {
  return [...alerts].sort(
    (a, b) =>
      b.severity - a.severity ||
      ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind) ||
      a.city.localeCompare(b.city) ||
      a.wijk_id.localeCompare(b.wijk_id) ||
      PROVIDER_ORDER.indexOf(a.provider) - PROVIDER_ORDER.indexOf(b.provider) ||
      (a.dimension ?? '').localeCompare(b.dimension ?? '') ||
      (a.group ?? '').localeCompare(b.group ?? '')
  );
}

/** Several scopes' results as one list (e.g. the three providers of one period). */
export function mergeResults(results: AlertResult[]): AlertResult {
  return { alerts: sortAlerts(results.flatMap((r) => r.alerts)), unassessed: results.flatMap((r) => r.unassessed) };
}

/** Alerts and unassessed checks per kind, in ALERT_KINDS order. */
export function countByKind(result: AlertResult): { kind: AlertKind; alerts: number; unassessed: number }[] {
  return ALERT_KINDS.map((kind) => ({
    kind,
    alerts: result.alerts.filter((a) => a.kind === kind).length,
    unassessed: result.unassessed.filter((u) => u.kind === kind).length
  }));
}

/** Severity in three words' worth of bands, for a label beside the number (never colour alone). */
export type SeverityBand = 'strong' | 'clear' | 'slight';
export function severityBand(severity: number): SeverityBand {
  return severity >= 0.5 ? 'strong' : severity >= 0.2 ? 'clear' : 'slight';
}

/** The link to the evidence: `<wijkPath>?wijk=..&period=..#chart`; `extra` adds parameters (e.g. lang). */
export function evidenceHref(wijkPath: string, e: Evidence, extra: Record<string, string> = {}): string {
  return `${wijkPath}?${new URLSearchParams({ ...e.params, ...extra }).toString()}#${e.chart}`;
}

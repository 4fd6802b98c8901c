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
import { addMonths } from '../metrics/period';
import { isLocationUnknown, populationSharesAt } from '../cube/read';
import type { FigureRow, Provider, SuppressReason } from '../metrics/types';
import { ALERTS, ALERT_KINDS, DEFAULT_THRESHOLDS, NEWCOMER_MONTHS, type AlertKind, type Thresholds } from './vocabulary';

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

/** One check of one wijk: which alert, for which provider, and for which group when it judges one. */
export interface Check {
  city: string;
  wijk_id: string;
  provider: Provider;
  kind: AlertKind;
  dimension?: string;
  group?: string;
  /** The figures the check rests on (for a CSV download). */
  figures: FigureRow[];
}

/** A check that fired. */
export interface Alert extends Check {
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
}

/** A check that could not be made because its figure is suppressed or absent. */
export interface Unassessed extends Check {
  reason: SuppressReason;
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

export function severityOf(kind: AlertKind, value: number, threshold: number): number {
  const s = ALERTS[kind].fires === 'atOrAbove' ? (threshold >= 1 ? 1 : (value - threshold) / (1 - threshold)) : threshold <= 0 ? 1 : (threshold - value) / threshold;
  return Math.min(1, Math.max(0, s));
}

/** Whether a value is past its threshold; the one place where "<" versus ">=" is decided. */
export function fires(kind: AlertKind, value: number, threshold: number): boolean {
  return ALERTS[kind].fires === 'atOrAbove' ? value >= threshold : value < threshold;
}

function thresholdOf(kind: AlertKind, t: Thresholds): number {
  return t[kind];
}

function evidenceOf(scope: AlertScope, row: { city: string; wijk_id: string }, kind: AlertKind, dimension?: string): Evidence {
  const params: Record<string, string> = { city: row.city, wijk: row.wijk_id, period: scope.kind, end: scope.end, provider: scope.provider };
  if (dimension) params.dimension = dimension;
  return { page: 'wijk', params, chart: ALERTS[kind].chart };
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

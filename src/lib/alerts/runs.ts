/**
 * How long an alert has been going on: the months in a row, ending with the view's last
 * month, in which the same check fired on that month's own figure. An alert that repeats
 * month after month is then one line with its duration ("sinds maart 2025, 4 maanden")
 * instead of a new alarm every month.
 *
 * Only the figures of the monthly series can be followed this way (the series holds the
 * headline figures of every month, no group breakdowns): a representation alert, which
 * judges one group, has no run. A suppressed or missing month ends a run, as it never
 * raises an alert.
 */
import type { MonthSeries } from '../cube/types';
import { addMonths } from '../metrics/period';
import type { FigureRow, Provider } from '../metrics/types';
import { fires, type Alert } from './alerts';
import { ALERTS, type AlertKind, type Thresholds } from './vocabulary';

/** An alert's run of months. */
export interface AlertRun {
  /** The first month of the run, 'YYYY-MM'. */
  since: string;
  /** How many months in a row, the view's last month included. */
  months: number;
  /** The run starts at the first month of the series: it may have begun earlier. */
  fromStart: boolean;
}

/** The kinds whose figure the monthly series holds (every kind but the per-group one). */
export const RUN_KINDS: readonly AlertKind[] = ['concentration', 'representativeness', 'mixing', 'newcomers'];

/** One alert's identity across months: what it judges, not what it measured. */
export function alertKey(a: Pick<Alert, 'wijk_id' | 'provider' | 'kind' | 'dimension' | 'group'>): string {
  return [a.wijk_id, a.provider, a.kind, a.dimension ?? '', a.group ?? ''].join('|');
}

/**
 * The run of every alert that has one (two months or more), by alertKey. `end` is the
 * view's last month; `series` the monthly series of each provider the alerts are about.
 */
export function alertRuns(
  alerts: readonly Alert[],
  series: ReadonlyMap<Provider, MonthSeries>,
  end: string,
  thresholds: Thresholds
): Map<string, AlertRun> {
  const out = new Map<string, AlertRun>();
  // provider -> month -> the series rows of that month, by wijk|metric|dimension
  const byMonth = new Map<Provider, Map<string, Map<string, FigureRow>>>();
  const rowsOf = (provider: Provider, month: string) => {
    let months = byMonth.get(provider);
    if (!months) {
      months = new Map();
      const s = series.get(provider);
      s?.months.forEach((m, i) => months!.set(m, new Map(s.figures[i].filter((r) => r.group === '').map((r) => [`${r.wijk_id}|${r.metric}|${r.dimension}`, r]))));
      byMonth.set(provider, months);
    }
    return months.get(month);
  };
  for (const a of alerts) {
    if (!RUN_KINDS.includes(a.kind)) continue;
    const s = series.get(a.provider);
    if (!s || !s.months.length) continue;
    const first = s.months[0];
    const metric = ALERTS[a.kind].metric;
    let month = end;
    let count = 0;
    for (;;) {
      const row = rowsOf(a.provider, month)?.get(`${a.wijk_id}|${metric}|${a.kind === 'newcomers' ? '' : (a.dimension ?? '')}`);
      if (!row || row.suppressed || row.value === null || !fires(a.kind, row.value, thresholds[a.kind])) break;
      count++;
      if (month <= first) break;
      month = addMonths(month, -1);
    }
    if (count >= 2) {
      const since = addMonths(end, 1 - count);
      out.set(alertKey(a), { since, months: count, fromStart: since <= first });
    }
  }
  return out;
}

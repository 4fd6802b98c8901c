/**
 * The alerts as a coordinator reads them: narrowed to a wijk and a kind, and grouped per
 * wijk or per kind with a count, so nine wijken with the same alert no longer fill the top
 * of one flat list. Pure: the page's view-model gives the words.
 */
import type { Alert, AlertResult } from './alerts';
import { ALERT_KINDS, type AlertKind } from './vocabulary';

/** What narrows the list: '' = all. */
export interface AlertFilter {
  wijk: string;
  kind: AlertKind | '';
}

/** The alerts (and unassessed checks) that pass the filter, in their order. */
export function filterAlerts(result: AlertResult, f: AlertFilter): AlertResult {
  const keep = (x: { wijk_id: string; kind: AlertKind }) => (!f.wijk || x.wijk_id === f.wijk) && (!f.kind || x.kind === f.kind);
  return { alerts: result.alerts.filter(keep), unassessed: result.unassessed.filter(keep) };
}

/** One group of the list: a wijk's alerts, or one kind's. */
export interface AlertGroup {
  /** The wijk id or the kind. */
  key: string;
  alerts: Alert[];
}

/**
 * Alerts (sorted most severe first) in groups. Per wijk: the wijk with the most severe
 * alert first, each group keeping the severity order. Per kind: METRICS.md's order of the
 * kinds, empty kinds left out.
 */
export function groupAlerts(alerts: readonly Alert[], per: 'wijk' | 'kind'): AlertGroup[] {
  const groups = new Map<string, Alert[]>();
  if (per === 'kind') for (const k of ALERT_KINDS) groups.set(k, []);
  for (const a of alerts) {
    const key = per === 'wijk' ? a.wijk_id : a.kind;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(a);
  }
  return [...groups].filter(([, g]) => g.length).map(([key, g]) => ({ key, alerts: g }));
}

/** Alerts per wijk, most first (ties by wijk id), for the counts beside the list. */
export function countByWijk(alerts: readonly Alert[]): { wijk_id: string; alerts: number }[] {
  const n = new Map<string, number>();
  for (const a of alerts) n.set(a.wijk_id, (n.get(a.wijk_id) ?? 0) + 1);
  return [...n].map(([wijk_id, alerts]) => ({ wijk_id, alerts })).sort((a, b) => b.alerts - a.alerts || a.wijk_id.localeCompare(b.wijk_id));
}

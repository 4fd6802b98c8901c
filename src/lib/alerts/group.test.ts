import { describe, expect, it } from 'vitest';
import type { Alert, AlertResult } from './alerts';
import { countByWijk, filterAlerts, groupAlerts } from './group';

const alert = (wijk_id: string, kind: Alert['kind'], severity: number): Alert => ({
  city: 'Leuven', wijk_id, provider: 'ggw', kind, value: 0, threshold: 0, severity, evidence: { page: 'wijk', params: {}, chart: 'x' }, figures: []
});
// most severe first, as scopeAlerts sorts them
const alerts = [alert('W2', 'mixing', 0.9), alert('W1', 'representation', 0.8), alert('W2', 'concentration', 0.5), alert('W3', 'mixing', 0.4), alert('W1', 'mixing', 0.1)];
const result: AlertResult = { alerts, unassessed: [{ city: 'Leuven', wijk_id: 'W3', provider: 'ggw', kind: 'mixing', reason: 'below_k', figures: [] }] };

describe('the alerts grouped and narrowed', () => {
  it('groups per wijk, the wijk with the most severe alert first, keeping the order inside', () => {
    const g = groupAlerts(alerts, 'wijk');
    expect(g.map((x) => x.key)).toEqual(['W2', 'W1', 'W3']);
    expect(g[0].alerts.map((a) => a.severity)).toEqual([0.9, 0.5]);
    expect(g.flatMap((x) => x.alerts)).toHaveLength(alerts.length);
  });
  it('groups per kind in METRICS.md order, leaving out empty kinds', () => {
    const g = groupAlerts(alerts, 'kind');
    expect(g.map((x) => [x.key, x.alerts.length])).toEqual([['representation', 1], ['concentration', 1], ['mixing', 3]]);
  });
  it('narrows to a wijk and a kind, unassessed checks too', () => {
    expect(filterAlerts(result, { wijk: 'W2', kind: '' }).alerts.map((a) => a.kind)).toEqual(['mixing', 'concentration']);
    expect(filterAlerts(result, { wijk: '', kind: 'mixing' }).alerts.map((a) => a.wijk_id)).toEqual(['W2', 'W3', 'W1']);
    expect(filterAlerts(result, { wijk: 'W1', kind: 'mixing' }).unassessed).toEqual([]);
    expect(filterAlerts(result, { wijk: 'W3', kind: '' }).unassessed).toHaveLength(1);
    expect(filterAlerts(result, { wijk: '', kind: '' })).toEqual(result);
  });
  it('counts per wijk, most first', () => {
    expect(countByWijk(alerts)).toEqual([{ wijk_id: 'W1', alerts: 2 }, { wijk_id: 'W2', alerts: 2 }, { wijk_id: 'W3', alerts: 1 }]);
  });
});

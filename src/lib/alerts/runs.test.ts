import { describe, expect, it } from 'vitest';
import type { MonthSeries } from '../cube/types';
import type { FigureRow, Provider } from '../metrics/types';
import type { Alert } from './alerts';
import { alertKey, alertRuns } from './runs';
import { DEFAULT_THRESHOLDS } from './vocabulary';

function fig(wijk_id: string, metric: string, value: number | null, o: Partial<FigureRow> = {}): FigureRow {
  return { city: 'Leuven', wijk_id, provider: 'ggw', dimension: '', group: '', metric, value, suppressed: value === null ? 'below_k' : null, ...o };
}
const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
/** A series whose month i holds rows(i). */
function series(provider: Provider, rows: (i: number) => FigureRow[]): MonthSeries {
  return { provider, months, figures: months.map((_, i) => rows(i)) };
}
const alert = (wijk_id: string, kind: Alert['kind'], o: Partial<Alert> = {}): Alert => ({
  city: 'Leuven', wijk_id, provider: 'ggw', kind, value: 0, threshold: 0, severity: 0.5,
  evidence: { page: 'wijk', params: {}, chart: 'x' }, figures: [], ...o
});

describe('alert runs: the months in a row an alert has been going on', () => {
  // Top-20% share per month for four wijken (threshold 0.6, fires at or above):
  //   A fires every month; B the last three, after a month exactly under; C only the last month;
  //   D the last two, with the month before hidden (a hidden month ends a run).
  const top: Record<string, (number | null)[]> = {
    A: [0.7, 0.8, 0.9, 0.7, 0.65, 0.6],
    B: [0.9, 0.9, 0.5999, 0.6, 0.7, 0.8],
    C: [0.9, 0.9, 0.9, 0.9, 0.1, 0.7],
    D: [0.9, 0.9, 0.9, null, 0.7, 0.7]
  };
  const s = series('ggw', (i) => Object.entries(top).map(([w, v]) => fig(w, 'top20_share', v[i])));
  const runs = alertRuns(['A', 'B', 'C', 'D'].map((w) => alert(w, 'concentration')), new Map([['ggw', s]]), '2025-06', DEFAULT_THRESHOLDS);

  it('counts back from the last month while the monthly figure fires, and no further', () => {
    expect(runs.get(alertKey(alert('A', 'concentration')))).toEqual({ since: '2025-01', months: 6, fromStart: true });
    expect(runs.get(alertKey(alert('B', 'concentration')))).toEqual({ since: '2025-04', months: 3, fromStart: false });
    expect(runs.get(alertKey(alert('D', 'concentration')))).toEqual({ since: '2025-05', months: 2, fromStart: false });
  });
  it('gives no run to an alert of one month: nothing repeats', () => {
    expect(runs.has(alertKey(alert('C', 'concentration')))).toBe(false);
  });
  it('follows the thresholds in use', () => {
    const strict = alertRuns([alert('A', 'concentration')], new Map([['ggw', s]]), '2025-06', { ...DEFAULT_THRESHOLDS, concentration: 0.66 });
    expect(strict.has(alertKey(alert('A', 'concentration')))).toBe(false); // June 0.6 < 0.66
    const fromMay = alertRuns([alert('A', 'concentration')], new Map([['ggw', s]]), '2025-04', { ...DEFAULT_THRESHOLDS, concentration: 0.66 });
    expect(fromMay.get(alertKey(alert('A', 'concentration')))).toEqual({ since: '2025-01', months: 4, fromStart: true });
  });
  it('matches the dimension of a mixing alert and the provider of the series', () => {
    const mix = series('ggw', () => [fig('A', 'mixing_ratio', 0.2, { dimension: 'origin' }), fig('A', 'mixing_ratio', 0.9, { dimension: 'age_band' })]);
    const other = series('buurtwerk', () => [fig('A', 'mixing_ratio', 0.2, { dimension: 'age_band', provider: 'buurtwerk' })]);
    const map = new Map<Provider, MonthSeries>([['ggw', mix], ['buurtwerk', other]]);
    const r = alertRuns([alert('A', 'mixing', { dimension: 'origin' }), alert('A', 'mixing', { dimension: 'age_band' })], map, '2025-06', DEFAULT_THRESHOLDS);
    expect(r.get(alertKey(alert('A', 'mixing', { dimension: 'origin' })))?.months).toBe(6);
    expect(r.has(alertKey(alert('A', 'mixing', { dimension: 'age_band' })))).toBe(false);
  });
  it('has no run for a representation alert: the series has no group figures', () => {
    const ri = series('ggw', () => [fig('A', 'representation_index', 0, { dimension: 'age_band', group: '0-11' })]);
    const a = alert('A', 'representation', { dimension: 'age_band', group: '0-11' });
    expect(alertRuns([a], new Map([['ggw', ri]]), '2025-06', DEFAULT_THRESHOLDS).size).toBe(0);
  });
});

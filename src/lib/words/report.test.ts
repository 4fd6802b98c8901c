import { describe, expect, it } from 'vitest';
import type { Change } from '../report/report';
import { changeText, highlightSentence } from './report';

const ch = (o: Partial<Extract<Change, { available: true }>>): Change => ({
  available: true, before: 100, now: 112, delta: 12, relative: 0.12, unit: 'relative', amount: 0.12, direction: 'up', ...o
});
const ctx = { month: '2026-11', previous: '2026-10', yearAgo: '2025-11', dimension: 'origin' };

describe('changes in the monthly report, in words and arrows', () => {
  it('writes arrow, sign and unit; n.b. when not available', () => {
    expect(changeText('nl', ch({}), '2026-10')).toEqual({ arrow: '▲', text: '+12%', label: '12% hoger dan in oktober 2026' });
    expect(changeText('nl', ch({ unit: 'points', amount: -0.021, delta: -0.021, direction: 'down' }), '2025-11').text).toBe('−2,1 ptn');
    expect(changeText('en', ch({ unit: 'difference', amount: 0.004, direction: 'same' }), '2025-11')).toEqual({
      arrow: '=', text: '0.00', label: 'the same as in November 2025'
    });
    expect(changeText('nl', ch({ unit: 'per1000', amount: 1.26, delta: 1.26 }), '2026-10').text).toBe('+1,3 per 1.000');
    expect(changeText('nl', { available: false }, '2026-10')).toMatchObject({ arrow: '', text: 'n.b.' });
  });
  it('makes highlight sentences from the numbers', () => {
    expect(
      highlightSentence('nl', { kind: 'change', wijk_id: 'W', wijk_name: 'Kessel-Lo', metric: 'newcomer_share', comparison: 'yearAgo', strength: 0.5,
        change: { available: true, before: 0.2, now: 0.1, delta: -0.1, relative: -0.5, unit: 'points', amount: -0.1, direction: 'down' } }, ctx)
    ).toBe('Kessel-Lo: het aandeel nieuwkomers daalde van 20% in november 2025 naar 10% (−10,0 ptn).'); // a share moves in points, never by a percentage of itself
    const cell = { metric: 'participants' as const, row: { city: 'Leuven', wijk_id: '', provider: 'all' as const, dimension: '', group: '', metric: 'participants', value: 3412, suppressed: null },
      sincePrevious: ch({ amount: 0.08 }), sinceYearAgo: { available: false } as Change };
    expect(highlightSentence('nl', { kind: 'city', wijk_id: '', wijk_name: 'Leuven', cell }, ctx)).toBe('Leuven: 3.412 deelnemers in november 2026, 8% meer dan in oktober 2026.');
    expect(highlightSentence('en', { kind: 'more-alerts', count: 3 }, ctx)).toBe('And 3 more alerts this month (see Alerts).');
  });
});

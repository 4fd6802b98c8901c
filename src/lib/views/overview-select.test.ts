import { describe, expect, it } from 'vitest';
import { likelyNext, toggleWijk } from './overview-select';
import { nearestEnd } from './url';

describe('picking wijken on the map', () => {
  it('fills the first free place, then replaces the second', () => {
    let s = { wijk: '', compare: '' };
    s = toggleWijk(s, 'A');
    expect(s).toEqual({ wijk: 'A', compare: '' });
    s = toggleWijk(s, 'B');
    expect(s).toEqual({ wijk: 'A', compare: 'B' });
    s = toggleWijk(s, 'C');
    expect(s).toEqual({ wijk: 'A', compare: 'C' });
  });
  it('puts a chosen wijk down again; the second moves up', () => {
    expect(toggleWijk({ wijk: 'A', compare: 'B' }, 'A')).toEqual({ wijk: 'B', compare: '' });
    expect(toggleWijk({ wijk: 'A', compare: 'B' }, 'B')).toEqual({ wijk: 'A', compare: '' });
    expect(toggleWijk({ wijk: '', compare: 'B' }, 'A')).toEqual({ wijk: 'A', compare: 'B' });
  });
});

describe('switching the kind of period', () => {
  it('keeps the latest end not after the current one', () => {
    const quarters = ['2025-03', '2025-06', '2025-09', '2025-12', '2026-03', '2026-06', '2026-09'];
    expect(nearestEnd(quarters, '2026-11')).toBe('2026-09');
    expect(nearestEnd(quarters, '2026-06')).toBe('2026-06');
    expect(nearestEnd(quarters, '2025-02')).toBe('2025-03');
    expect(nearestEnd([], '2026-02')).toBe('2026-02');
  });
});

describe('what to fetch ahead', () => {
  const index = {
    ends: { month: ['2026-10', '2026-11'], quarter: ['2026-06', '2026-09'], year: ['2026-10', '2026-11'] },
    providers: ['all', 'buurtwerk', 'ggw'] as ('all' | 'buurtwerk' | 'ggw')[]
  };
  const view = { city: 'Leuven', kind: 'year' as const, end: '2026-11', provider: 'all' as const, figure: 'reach_rate' as const, dimension: 'origin', wijk: '', compare: '' };
  it('lists the other providers first, then the other kinds near this end, then the period before', () => {
    expect(likelyNext(view, index)).toEqual([
      ['series', 'buurtwerk'],
      ['series', 'ggw'],
      ['scope', 'year-2026-11-buurtwerk'],
      ['scope', 'year-2026-11-ggw'],
      ['scope', 'month-2026-11-all'],
      ['scope', 'quarter-2026-09-all'],
      ['scope', 'year-2026-10-all']
    ]);
  });
  it('never lists the view itself, and nothing before the first period', () => {
    const first = likelyNext({ ...view, kind: 'quarter', end: '2026-06', provider: 'ggw' }, index);
    expect(first.some(([, n]) => n === 'quarter-2026-06-ggw' || n === 'ggw')).toBe(false);
    expect(first.filter(([w]) => w === 'scope').map(([, n]) => n)).toEqual(['quarter-2026-06-all', 'quarter-2026-06-buurtwerk', 'month-2026-10-ggw', 'year-2026-10-ggw']);
  });
});

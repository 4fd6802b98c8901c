import { describe, expect, it } from 'vitest';
import type { CubeIndex } from '../cube/types';
import { defaultView, readView, viewSearch, type View } from './view';

const index = {
  version: 1, k: 5, cap: 40,
  cities: ['Leuven', 'Sint-Niklaas'],
  wijken: [
    { wijk_id: 'L1', wijk_name: 'A', city: 'Leuven' },
    { wijk_id: 'L2', wijk_name: 'B', city: 'Leuven' },
    { wijk_id: 'S1', wijk_name: 'C', city: 'Sint-Niklaas' }
  ],
  months: { first: '2024-12', last: '2026-11' },
  dimensions: ['age_band', 'origin'],
  ends: { month: ['2026-10', '2026-11'], quarter: ['2026-09'], year: ['2025-11', '2026-11'] },
  providers: ['all', 'buurtwerk', 'ggw'],
  population: [],
  seriesMetrics: []
} as CubeIndex;

describe('view state in the URL', () => {
  it('defaults to the latest rolling year, all providers, reach rate', () => {
    expect(defaultView(index)).toMatchObject({ city: 'Leuven', kind: 'year', end: '2026-11', provider: 'all', figure: 'reach_rate', dimension: 'origin' });
    expect(viewSearch(defaultView(index), index)).toBe('');
  });
  it('round-trips every field that differs from the default', () => {
    const v: View = { city: 'Leuven', kind: 'month', end: '2026-10', provider: 'ggw', figure: 'mixing_ratio', dimension: 'age_band', wijk: 'L2', compare: 'L1' };
    const s = viewSearch(v, index);
    expect(readView(new URLSearchParams(s), index)).toEqual(v);
  });
  it('ignores values that do not exist instead of trusting the URL', () => {
    const v = readView(new URLSearchParams('city=Gent&period=decade&end=1999-01&provider=x&figure=<script>&wijk=S1&compare=nope'), index);
    expect(v).toEqual({ ...defaultView(index), wijk: '', compare: '' });
    // a wijk of the other city is not valid for this city
    expect(readView(new URLSearchParams('city=Sint-Niklaas&wijk=S1'), index).wijk).toBe('S1');
  });
  it('takes the latest end of the chosen kind when the end does not fit it', () => {
    expect(readView(new URLSearchParams('period=quarter&end=2026-11'), index)).toMatchObject({ kind: 'quarter', end: '2026-09' });
  });
});

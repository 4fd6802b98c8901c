import { describe, expect, it } from 'vitest';
import type { CubeIndex } from '../cube/types';
import { DEFAULT_THRESHOLDS } from './alerts';
import { defaultSignalsView, readSignalsView, signalsSearch, type SignalsView } from './url';

const index = {
  version: 1, k: 5, cap: 40,
  cities: ['Leuven', 'Sint-Niklaas'],
  wijken: [],
  months: { first: '2024-12', last: '2026-11' },
  dimensions: ['age_band', 'origin'],
  ends: { month: ['2026-10', '2026-11'], quarter: ['2026-09'], year: ['2025-11', '2026-11'] },
  providers: ['all', 'buurtwerk', 'ggw'],
  population: [],
  seriesMetrics: []
} as CubeIndex;
const read = (s: string) => readSignalsView(new URLSearchParams(s), index);

describe('Signalen view state in the URL', () => {
  it('defaults to every city, the latest rolling year, each provider, the default thresholds', () => {
    expect(defaultSignalsView(index)).toEqual({ city: '', kind: 'year', end: '2026-11', provider: '', thresholds: DEFAULT_THRESHOLDS });
    expect(read('')).toEqual(defaultSignalsView(index));
    expect(signalsSearch(defaultSignalsView(index), index)).toBe('');
  });
  it('round-trips every field that differs', () => {
    const v: SignalsView = {
      city: 'Sint-Niklaas', kind: 'month', end: '2026-10', provider: 'buurtwerk',
      thresholds: { ...DEFAULT_THRESHOLDS, representation: 0.45, newcomers: 0.05 }
    };
    const s = signalsSearch(v, index);
    expect(s).toBe('?city=Sint-Niklaas&period=month&end=2026-10&provider=buurtwerk&t_ri=0.45&t_new=0.05');
    expect(read(s)).toEqual(v);
  });
  it('falls back to the default on anything it does not know', () => {
    const v = read('city=Gent&period=week&end=1999-01&provider=x&t_ri=abc&t_top20=1.5&t_mix=-1&t_new=');
    expect(v).toEqual(defaultSignalsView(index));
    // an end that does not close a period of the kind takes that kind's latest
    expect(read('period=quarter&end=2026-11').end).toBe('2026-09');
    // the edges of a range are allowed
    expect(read('t_top20=1&t_group=0').thresholds).toMatchObject({ concentration: 1, groupShare: 0 });
  });
});

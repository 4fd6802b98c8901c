import { describe, expect, it } from 'vitest';
import type { CubeIndex } from '../cube/types';
import { defaultReportView, readReportView, reportSearch } from './url';

const index = {
  version: 1, k: 5, cap: 40,
  cities: ['Leuven', 'Sint-Niklaas'],
  wijken: [],
  months: { first: '2024-12', last: '2026-11' },
  dimensions: ['age_band', 'origin'],
  ends: { month: ['2026-10', '2026-11'], quarter: ['2026-09'], year: ['2026-11'] },
  providers: ['all', 'buurtwerk', 'ggw'],
  population: [],
  seriesMetrics: []
} as CubeIndex;

describe('monthly report view in the URL', () => {
  it('defaults to the first city, the latest month and origin', () => {
    expect(defaultReportView(index)).toEqual({ city: 'Leuven', end: '2026-11', dimension: 'origin' });
    expect(reportSearch(defaultReportView(index), index)).toBe('');
  });
  it('round-trips and rejects what it does not know', () => {
    const v = { city: 'Sint-Niklaas', end: '2026-10', dimension: 'age_band' };
    expect(reportSearch(v, index)).toBe('?city=Sint-Niklaas&end=2026-10&dimension=age_band');
    expect(readReportView(new URLSearchParams(reportSearch(v, index)), index)).toEqual(v);
    expect(readReportView(new URLSearchParams('city=Gent&end=2030-01&dimension=x'), index)).toEqual(defaultReportView(index));
  });
});

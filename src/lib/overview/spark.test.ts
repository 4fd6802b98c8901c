import { describe, expect, it } from 'vitest';
import { lastMonths, seriesSubset, sparkFacts, sparkPoints } from './spark';
import { fig } from '../cube/testing';
import type { MonthSeries } from '../cube/types';

const series: MonthSeries = {
  provider: 'all',
  months: ['2025-11', '2025-12', '2026-01', '2026-02'],
  figures: [
    [fig('W1', 'reach_rate', 3), fig('W2', 'reach_rate', 9)],
    [fig('W1', 'reach_rate', null, { suppressed: 'below_k' })],
    [fig('W1', 'reach_rate', 5), fig('W1', 'mixing_ratio', 0.8, { dimension: 'origin' })],
    [fig('W1', 'reach_rate', 0)]
  ]
};

describe('sparkline points', () => {
  it('lists the 12 months ending at the end month, across a year boundary', () => {
    expect(lastMonths('2026-02')).toEqual(['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(lastMonths('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('gives a gap (null) for months outside the data and for suppressed values, and keeps a true zero', () => {
    const p = sparkPoints(series, { city: 'Leuven', wijk: 'W1', metric: 'reach_rate', dimension: '' }, '2026-02', 5);
    expect(p.map((x) => [x.month, x.value, x.missing])).toEqual([
      ['2025-10', null, 'absent'],
      ['2025-11', 3, null],
      ['2025-12', null, 'below_k'],
      ['2026-01', 5, null],
      ['2026-02', 0, null]
    ]);
  });

  it('reads a wijk with no row in a month as absent, and the dimension where asked', () => {
    const p = sparkPoints(series, { city: 'Leuven', wijk: 'W2', metric: 'reach_rate', dimension: '' }, '2026-01', 3);
    expect(p.map((x) => x.missing)).toEqual([null, 'absent', 'absent']);
    const m = sparkPoints(series, { city: 'Leuven', wijk: 'W1', metric: 'mixing_ratio', dimension: 'origin' }, '2026-01', 1);
    expect(m[0].value).toBe(0.8);
  });

  it('states first, last, lowest, highest and the gaps for the text alternative', () => {
    const f = sparkFacts(sparkPoints(series, { city: 'Leuven', wijk: 'W1', metric: 'reach_rate', dimension: '' }, '2026-02', 5));
    expect(f && [f.first.value, f.last.value, f.min.value, f.max.value, f.gaps]).toEqual([3, 0, 0, 5, 2]);
    expect(sparkFacts(sparkPoints(undefined, { city: 'Leuven', wijk: 'W1', metric: 'reach_rate', dimension: '' }, '2026-02'))).toBeNull();
  });

  it('cuts a series down to one city, one figure and the months shown', () => {
    const s = seriesSubset(series, 'Leuven', 'reach_rate', '', '2026-01', 2);
    expect(s.months).toEqual(['2025-12', '2026-01']);
    expect(s.figures.map((f) => f.length)).toEqual([1, 1]);
    expect(s.figures[1][0].metric).toBe('reach_rate');
  });
});

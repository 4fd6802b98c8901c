import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../metrics/types';
import { trendData, trendFacts, windowMonths } from './trend';

const r = (o: Partial<FigureRow>): FigureRow => ({
  city: 'L', wijk_id: 'W1', provider: 'all', dimension: '', group: '', metric: 'reach_rate', value: 1, suppressed: null, ...o
});

describe('windowMonths', () => {
  const months = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02'];
  it('takes the last n months up to the end', () => {
    expect(windowMonths(months, '2026-01', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(windowMonths(months, '2025-11', 12)).toEqual(['2025-10', '2025-11']);
    expect(windowMonths(months, '2024-01', 12)).toEqual([]);
  });
});

describe('trendData', () => {
  const series = {
    months: ['2026-01', '2026-02', '2026-03'],
    figures: [
      [r({ value: 10 }), r({ wijk_id: '', value: 20 }), r({ city: 'X', wijk_id: '', value: 99 })],
      [r({ value: null, suppressed: 'below_k' }), r({ wijk_id: '', value: 22 })],
      [r({ value: 14 }), r({ metric: 'gini', value: 0.3 })]
    ]
  };
  const lines = [
    { key: 'wijk', metric: 'reach_rate', wijk_id: 'W1', city: 'L' },
    { key: 'city', metric: 'reach_rate', wijk_id: '', city: 'L' }
  ];
  const d = trendData(series, series.months, lines);
  it('one point per month per line, a hidden value as null, the right city', () => {
    expect(d.points.map((p) => `${p.series}:${p.value}`)).toEqual(['wijk:10', 'wijk:null', 'wijk:14', 'city:20', 'city:22', 'city:null']);
  });
  it('lists the gaps with their reason (missing = not available)', () => {
    expect(d.gaps).toEqual([
      { month: '2026-02', key: 'wijk', reason: 'below_k' },
      { month: '2026-03', key: 'city', reason: 'not_available' }
    ]);
  });
  it('keeps the rows for the table and the CSV', () => {
    expect(d.rows.filter((x) => x.row).length).toBe(5); // the suppressed row is kept for the CSV
  });
  it('no series, no points', () => {
    expect(trendData(null, ['2026-01'], lines).points).toEqual([]);
  });
});

describe('trendFacts', () => {
  it('first, last, change, min and max of the shown values', () => {
    const f = trendFacts(
      [
        { x: '2026-03', series: 'a', value: 5 },
        { x: '2026-01', series: 'a', value: 8 },
        { x: '2026-02', series: 'a', value: null },
        { x: '2026-02', series: 'b', value: 100 }
      ],
      'a'
    );
    expect(f.first).toEqual({ x: '2026-01', value: 8 });
    expect(f.last).toEqual({ x: '2026-03', value: 5 });
    expect(f.change).toBe(-3);
    expect(f.min?.value).toBe(5);
    expect(f.max?.value).toBe(8);
  });
  it('one value: no change; none: all null', () => {
    expect(trendFacts([{ x: '2026-01', series: 'a', value: 2 }], 'a').change).toBeNull();
    expect(trendFacts([], 'a')).toEqual({ first: null, last: null, change: null, min: null, max: null });
  });
});

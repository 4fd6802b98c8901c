import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../metrics/types';
import { fig } from '../cube/testing';
import { byGroup, extremes, largest, matrixOf, mixingReading, otherProvider, overlapOf, readMatrix } from './sections';

/** A figure of the test wijk W1 in Stad (a hidden one when its value is null). */
const row = (metric: string, value: number | null, extra: Partial<FigureRow> = {}): FigureRow =>
  fig(extra.wijk_id ?? 'W1', metric, value, { city: 'Stad', ...extra });

describe('mixing matrix', () => {
  // Two groups; observed pairs mostly within a, expectation a_g a_h from the same margins.
  const obs = { 'a|a': 0.5, 'a|b': 0.1, 'b|a': 0.1, 'b|b': 0.3 };
  // margins: a = 0.6, b = 0.4 -> expected aa .36, ab .24, ba .24, bb .16
  const exp = { 'a|a': 0.36, 'a|b': 0.24, 'b|a': 0.24, 'b|b': 0.16 };
  const rows = [
    ...Object.entries(obs).map(([g, v]) => row('mixing', v, { dimension: 'origin', group: g })),
    ...Object.entries(exp).map(([g, v]) => row('mixing_expected', v, { dimension: 'origin', group: g })),
    row('mixing', 0.9, { dimension: 'gender', group: 'x|x' }),
    row('mixing', 0.9, { wijk_id: 'W2', dimension: 'origin', group: 'a|a' })
  ];

  it('reads one wijk and dimension into cells', () => {
    const m = matrixOf(rows, 'W1', 'origin', 'mixing');
    expect(m.groups).toEqual(['a', 'b']);
    expect(m.cells).toHaveLength(4);
    expect(m.figures.every((r) => r.wijk_id === 'W1' && r.dimension === 'origin')).toBe(true);
  });

  it('sums the diagonal and finds the pair furthest above chance', () => {
    const r = readMatrix(matrixOf(rows, 'W1', 'origin', 'mixing'), matrixOf(rows, 'W1', 'origin', 'mixing_expected'));
    expect(r.within).toBeCloseTo(0.8, 12);
    expect(r.withinExpected).toBeCloseTo(0.52, 12);
    // b|b: +0.14, a|a: +0.14 (tie, first kept), a|b: -0.14
    expect(r.above?.row).toBe(r.above?.col);
    expect(r.above!.observed - r.above!.expected).toBeCloseTo(0.14, 12);
  });

  it('gives no diagonal sum when a diagonal cell is hidden', () => {
    const hidden = rows.map((r) => (r.metric === 'mixing' && r.group === 'b|b' && r.wijk_id === 'W1' && r.dimension === 'origin' ? { ...r, value: null, suppressed: 'below_k' as const } : r));
    const r = readMatrix(matrixOf(hidden, 'W1', 'origin', 'mixing'), matrixOf(hidden, 'W1', 'origin', 'mixing_expected'));
    expect(r.within).toBeNull();
    expect(r.above).toEqual({ row: 'a', col: 'a', observed: 0.5, expected: 0.36 });
  });
});

describe('mixingReading', () => {
  it('reads ratios in three bands around 1', () => {
    expect(mixingReading(0.39)).toBe('apart');
    expect(mixingReading(0.95)).toBe('chance');
    expect(mixingReading(1.05)).toBe('chance');
    expect(mixingReading(1.4)).toBe('together');
  });
});

describe('overlapOf', () => {
  const base = [row('bw', 272), row('ggw', 97), row('both', 30), row('bw_only', 242), row('ggw_only', 67), row('jaccard', 30 / 339), row('ggw_via_bw', 30 / 97)];

  it('allows a Venn only when every count is shown and both sets are non-empty', () => {
    const o = overlapOf(base, 'W1');
    expect(o.venn).toBe(true);
    expect(o.union).toBe(339);
    const hidden = overlapOf(base.map((r) => (r.metric === 'both' || r.metric === 'bw_only' ? { ...r, value: null, suppressed: 'below_k' as const } : r)), 'W1');
    expect(hidden.venn).toBe(false);
    expect(hidden.union).toBeNull();
    const empty = overlapOf(base.map((r) => (r.metric === 'ggw' ? { ...r, value: 0 } : r)), 'W1');
    expect(empty.venn).toBe(false);
    expect(overlapOf(base, 'W9').venn).toBe(false);
  });
});

describe('otherProvider', () => {
  it('says when the figures are for another provider than the chosen one', () => {
    const rows = [row('bw', 5, { provider: 'all' }), row('participants', 5, { provider: 'ggw' })];
    expect(otherProvider(rows, 'W1', ['bw'], 'ggw')).toBe('all');
    expect(otherProvider(rows, 'W1', ['bw'], 'all')).toBeNull();
    expect(otherProvider(rows, 'W1', ['signals'], 'ggw')).toBeNull();
  });
});

describe('byGroup, extremes, largest', () => {
  const rows = [
    row('ggw_via_bw', 0.4, { dimension: 'age_band', group: '65-79' }),
    row('ggw_via_bw', null, { dimension: 'age_band', group: '80+' }),
    row('ggw_via_bw', 0.1, { dimension: 'age_band', group: '25-44' }),
    row('ggw_via_bw', 0.3, { dimension: 'age_band', group: '' }),
    row('ggw_via_bw', 0.9, { dimension: 'gender', group: 'man' })
  ];

  it('lists a dimension group by group, in order, without the total', () => {
    expect(byGroup(rows, 'W1', 'ggw_via_bw', 'age_band').map((r) => r.group)).toEqual(['25-44', '65-79', '80+']);
  });

  it('picks the highest and lowest shown, ignoring hidden ones', () => {
    const e = extremes(byGroup(rows, 'W1', 'ggw_via_bw', 'age_band'))!;
    expect([e.high.group, e.low.group]).toEqual(['65-79', '25-44']);
    expect(extremes([rows[0], rows[1]])).toBeNull();
    expect(largest(rows)?.group).toBe('man');
    expect(largest([rows[1]])).toBeNull();
  });
});

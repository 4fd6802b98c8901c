import { describe, expect, it } from 'vitest';
import { layoutSparkline } from './sparkline';

const months = (n: number) => Array.from({ length: n }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

describe('sparkline geometry', () => {
  it('draws a gap for a missing month: two pieces, never a drop to zero', () => {
    const vs = [1, 2, null, 4, 5];
    const l = layoutSparkline(months(5).map((m, i) => ({ month: m, value: vs[i] })), 100, 20, 2);
    expect(l.d.match(/M/g)).toHaveLength(2);
    expect(l.gaps.map((g) => g.month)).toEqual(['2026-03']);
    // the lowest value (1) sits at the bottom, the highest (5) at the top
    const ys = [...l.d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    expect(Math.max(...ys)).toBeCloseTo(18);
    expect(Math.min(...ys)).toBeCloseTo(2);
    expect(l.base).toBe(18);
  });

  it('puts a dot on a value standing alone and on the last value', () => {
    const vs = [null, 3, null, 4, 6];
    const l = layoutSparkline(months(5).map((m, i) => ({ month: m, value: vs[i] })), 100, 20);
    expect(l.dots.map((d) => [d.month, d.last])).toEqual([
      ['2026-02', false],
      ['2026-05', true]
    ]);
  });

  it('keeps a flat series and an empty one inside the box', () => {
    const flat = layoutSparkline(months(3).map((m) => ({ month: m, value: 2 })), 60, 20);
    expect(flat.d).not.toMatch(/NaN/);
    const none = layoutSparkline(months(3).map((m) => ({ month: m, value: null })), 60, 20);
    expect(none.d).toBe('');
    expect(none.gaps).toHaveLength(3);
    expect(none.dots).toHaveLength(0);
  });
});

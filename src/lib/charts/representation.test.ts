import { describe, expect, it } from 'vitest';
import { layoutRatios, ratioExtent, ratioFacts, type RatioDatum } from './representation';

const box = { width: 500, band: 30, margin: { top: 20, right: 100, bottom: 30, left: 100 } };
const data: RatioDatum[] = [
  { key: 'a', value: 0.5, suppressed: null },
  { key: 'b', value: 2, suppressed: null },
  { key: 'c', value: null, suppressed: 'below_k' },
  { key: 'd', value: 1, suppressed: null }
];

describe('ratioExtent', () => {
  it('the smallest power of two covering values and reciprocals, between 2 and 16', () => {
    expect(ratioExtent([1, 1.2])).toBe(2);
    expect(ratioExtent([0.21, 3.8])).toBe(8); // 1 / 0.21 = 4.76 -> 8
    expect(ratioExtent([3.8])).toBe(4);
    expect(ratioExtent([100, null, 0])).toBe(16);
    expect(ratioExtent([])).toBe(2);
  });
});

describe('layoutRatios', () => {
  const l = layoutRatios(data, box);
  it('puts 1 in the middle of a symmetric log scale', () => {
    expect(l.one).toBeCloseTo((l.plot.left + l.plot.right) / 2, 9);
    expect(l.ticks.map((t) => t.value)).toEqual([0.5, 1, 2]);
  });
  it('half and double are bars of equal length on either side of 1', () => {
    const [a, b] = l.bars;
    expect(a.side).toBe('under');
    expect(b.side).toBe('over');
    expect(a.width).toBeCloseTo(b.width!, 9);
    expect(a.x + a.width!).toBeCloseTo(l.one, 9);
    expect(b.x).toBeCloseTo(l.one, 9);
    expect(a.width).toBeGreaterThan(0);
  });
  it('a hidden value has no bar (not a zero one), exactly 1 a bar of length 0', () => {
    expect(l.bars[2].width).toBeNull();
    expect(l.bars[2].side).toBeNull();
    expect(l.bars[3].width).toBe(0);
  });
  it('bands stack top to bottom in the given order inside the plot', () => {
    const ys = l.bars.map((b) => b.y);
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
    expect(ys[0]).toBeGreaterThanOrEqual(l.plot.top);
    expect(ys[3] + l.bars[3].height).toBeLessThanOrEqual(l.plot.bottom);
    expect(l.height).toBe(20 + 30 + 4 * 30);
  });
  it('cuts a value beyond the scale at its edge and says so', () => {
    const c = layoutRatios([{ key: 'x', value: 40, suppressed: null }, { key: 'z', value: 0, suppressed: null }], box);
    expect(c.bars[0].clipped).toBe(true);
    expect(c.bars[0].x + c.bars[0].width!).toBeCloseTo(c.plot.right, 9);
    expect(c.bars[1].clipped).toBe(true);
    expect(c.bars[1].x).toBeCloseTo(c.plot.left, 9);
  });
});

describe('ratioFacts', () => {
  it('lowest, highest, the groups below the threshold and how many are hidden', () => {
    const f = ratioFacts([...data, { key: 'e', value: 0.2, suppressed: null }]);
    expect(f.lowest).toEqual({ key: 'e', value: 0.2 });
    expect(f.highest).toEqual({ key: 'b', value: 2 });
    expect(f.below).toEqual(['e']);
    expect(f.hidden).toBe(1);
  });
});

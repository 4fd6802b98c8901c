import { describe, expect, it } from 'vitest';
import { contrastRatio } from './heatmap';
import { layoutStack, STACK_FILLS } from './stacked';

describe('layoutStack', () => {
  it('lays shares end to end over the whole width', () => {
    const l = layoutStack(
      [
        { key: 'a', value: 0.5, suppressed: null },
        { key: 'b', value: 0.2, suppressed: null },
        { key: 'c', value: 0.3, suppressed: null }
      ],
      10,
      200,
      { total: 1 }
    );
    expect(l.segments.map((s) => [s.x, s.width])).toEqual([
      [10, 100],
      [110, 40],
      [150, 60]
    ]);
    expect(l.rest).toBeNull();
    expect(l.hidden).toEqual([]);
  });

  it('never draws a suppressed part as zero: it is hidden, and the room left is one hatched rest', () => {
    const l = layoutStack(
      [
        { key: 'a', value: 0.5, suppressed: null },
        { key: 'b', value: null, suppressed: 'below_k' },
        { key: 'c', value: 0.3, suppressed: null }
      ],
      0,
      100,
      { total: 1 }
    );
    expect(l.segments.map((s) => s.key)).toEqual(['a', 'c']);
    expect(l.hidden.map((s) => s.key)).toEqual(['b']);
    expect(l.rest!.x).toBeCloseTo(80, 9);
    expect(l.rest!.width).toBeCloseTo(20, 9);
  });

  it('without a known whole, scales to the shown parts and draws no rest', () => {
    const l = layoutStack(
      [
        { key: 'used', value: 30, suppressed: null },
        { key: 'left', value: 10, suppressed: null }
      ],
      0,
      400
    );
    expect(l.total).toBe(40);
    expect(l.segments[1].x).toBe(300);
    const h = layoutStack(
      [
        { key: 'used', value: 30, suppressed: null },
        { key: 'left', value: null, suppressed: 'below_k' }
      ],
      0,
      400
    );
    expect(h.rest).toBeNull();
    expect(h.hidden).toHaveLength(1);
  });
});

describe('ticks', () => {
  it('keeps whole numbers only for counts', () => {
    const parts = [{ key: 'used', value: 2, suppressed: null }];
    expect(layoutStack(parts, 0, 100).ticks.some((t) => !Number.isInteger(t.value))).toBe(true);
    expect(layoutStack(parts, 0, 100, { integer: true }).ticks.map((t) => t.value)).toEqual([0, 1, 2]);
  });
});

describe('STACK_FILLS', () => {
  it('neighbours differ by at least 3:1', () => {
    for (let i = 1; i < STACK_FILLS.length; i++) {
      expect(contrastRatio(STACK_FILLS[i - 1], STACK_FILLS[i])).toBeGreaterThanOrEqual(3);
    }
  });
});

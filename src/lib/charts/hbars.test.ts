import { describe, expect, it } from 'vitest';
import { layoutHBars } from './hbars';

describe('layoutHBars', () => {
  const box = { width: 320, band: 30, margin: { top: 0, right: 20, bottom: 20, left: 100 } };

  it('makes bar lengths proportional to the values on a share axis', () => {
    const l = layoutHBars(
      [
        { key: 'a', value: 0.5, suppressed: null },
        { key: 'b', value: 0.25, suppressed: null }
      ],
      box,
      { max: 1, ref: 0.4 }
    );
    expect(l.bars[0].width).toBe(100);
    expect(l.bars[1].width).toBe(50);
    expect(l.ref).toBe(180);
    expect(l.bars[0].y).toBeLessThan(l.bars[1].y);
  });

  it('gives a suppressed value no bar, only a marker, and leaves it out of the axis', () => {
    const l = layoutHBars(
      [
        { key: 'a', value: 7, suppressed: null },
        { key: 'b', value: null, suppressed: 'below_k' },
        { key: 'c', value: 3, suppressed: null }
      ],
      box
    );
    expect(l.bars[1].width).toBeNull();
    expect(l.bars[1].labelX).toBe(100 + l.marker + 6);
    // nice axis up to the largest shown value
    expect(l.ticks.at(-1)!.value).toBeGreaterThanOrEqual(7);
    expect(l.bars[0].width! / l.bars[2].width!).toBeCloseTo(7 / 3, 9);
  });

  it('draws no axis when every value is hidden', () => {
    const l = layoutHBars([{ key: 'a', value: null, suppressed: 'below_k' }], box);
    expect(l.bars[0].width).toBeNull();
    expect(l.ticks).toEqual([]);
  });

  it('keeps whole-number ticks only for counts', () => {
    const data = [{ key: 'a', value: 2, suppressed: null }];
    expect(layoutHBars(data, box).ticks.some((t) => !Number.isInteger(t.value))).toBe(true);
    const l = layoutHBars(data, box, { integer: true });
    expect(l.ticks.map((t) => t.value)).toEqual([0, 1, 2]);
  });
});

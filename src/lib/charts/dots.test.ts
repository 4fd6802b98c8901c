import { describe, expect, it } from 'vitest';
import { layoutDots } from './dots';

describe('layoutDots', () => {
  const box = { width: 300, row: 40, margin: { top: 10, right: 20, bottom: 30, left: 80 } };

  it('places the dot and the expectation on one share axis, row by row', () => {
    const l = layoutDots(
      [
        { key: 'wijk', observed: 0.25, expected: 0.5 },
        { key: 'city', observed: 0.4, expected: 0.45 }
      ],
      box
    );
    expect(l.height).toBe(10 + 80 + 30);
    expect(l.rows[0].ox).toBe(80 + 0.25 * 200);
    expect(l.rows[0].ex).toBe(80 + 0.5 * 200);
    expect(l.rows[0].y).toBe(30);
    expect(l.rows[1].y).toBe(70);
    expect(l.ticks[0]).toEqual({ value: 0, x: 80 });
    expect(l.ticks.at(-1)).toEqual({ value: 1, x: 280 });
  });

  it('draws nothing for a hidden value', () => {
    const l = layoutDots([{ key: 'wijk', observed: null, expected: 0.3 }], box);
    expect(l.rows[0].ox).toBeNull();
    expect(l.rows[0].ex).toBe(140);
  });
});

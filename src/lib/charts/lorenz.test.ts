import { describe, expect, it } from 'vitest';
import { layoutLorenz, type LorenzDatum } from './lorenz';

const box = { size: 300, margin: { top: 10, right: 10, bottom: 40, left: 50 } };
const deciles = (shares: Array<number | null>): LorenzDatum[] =>
  shares.map((share, i) => ({ p: (i + 1) / 10, share, suppressed: share === null ? 'below_k' : null }));

describe('layoutLorenz', () => {
  const equal = layoutLorenz(deciles([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]), box);
  const skew = layoutLorenz(deciles([0.02, 0.05, 0.08, 0.12, 0.17, 0.23, 0.3, 0.4, 0.6, 1]), box);

  it('equal participation lies on the diagonal', () => {
    for (const p of equal.points) {
      // on the diagonal: the y of share p equals the y of tick p
      const t = (p.p - 0) * (equal.plot.top - equal.plot.bottom) + equal.plot.bottom;
      expect(p.cy).toBeCloseTo(t, 9);
    }
  });
  it('starts at (0, 0) and ends at (1, 1), bottom-left to top-right', () => {
    expect(skew.curve.startsWith(`M${box.margin.left},${300 - box.margin.bottom}`)).toBe(true);
    const last = skew.points.at(-1)!;
    expect(last.cx).toBeCloseTo(skew.plot.right, 9);
    expect(last.cy).toBeCloseTo(skew.plot.top, 9);
    expect(skew.gap).not.toBe('');
  });
  it('the top 20% is the rise from the curve at 80% to 1', () => {
    expect(skew.top20?.share).toBeCloseTo(0.6, 12);
    expect(skew.top20!.y1).toBeGreaterThan(skew.top20!.y2); // lower on screen = larger y
  });
  it('draws no curve when a decile is hidden, and never puts a hidden point at 0', () => {
    const hidden = layoutLorenz(deciles([null, null, null, null, null, null, null, null, null, 1]), box);
    expect(hidden.curve).toBe('');
    expect(hidden.gap).toBe('');
    expect(hidden.top20).toBeNull();
    expect(Number.isNaN(hidden.points[0].cy)).toBe(true);
    expect(hidden.diagonal).not.toBe('');
  });
  it('sorts deciles given out of order', () => {
    const l = layoutLorenz([...deciles([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])].reverse(), box);
    expect(l.points.map((p) => p.p)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map((v) => v));
  });
});

import { describe, expect, it } from 'vitest';
import { distanceForOverlap, layoutVenn, lensArea } from './venn';

/** The overlap area counted on a fine grid: independent of the lens formula. */
function gridOverlap(r1: number, r2: number, d: number, n = 1200): number {
  const x0 = -r1;
  const x1 = Math.max(r1, d + r2);
  const y0 = -Math.max(r1, r2);
  const hx = (x1 - x0) / n;
  const hy = (2 * -y0) / n;
  let inside = 0;
  for (let i = 0; i < n; i++) {
    const x = x0 + (i + 0.5) * hx;
    for (let j = 0; j < n; j++) {
      const y = y0 + (j + 0.5) * hy;
      if (x * x + y * y <= r1 * r1 && (x - d) ** 2 + y * y <= r2 * r2) inside++;
    }
  }
  return inside * hx * hy;
}

describe('lensArea', () => {
  it.each([
    [1, 1, 1],
    [2, 1, 1.5],
    [1.3, 0.7, 1.2],
    [3, 2, 4.2]
  ])('matches a grid count for r1=%s r2=%s d=%s', (r1, r2, d) => {
    const grid = gridOverlap(r1, r2, d);
    expect(Math.abs(lensArea(r1, r2, d) - grid) / grid).toBeLessThan(0.01);
  });

  it('is 0 apart and the smaller circle when one is inside the other', () => {
    expect(lensArea(1, 1, 2)).toBe(0);
    expect(lensArea(1, 1, 3)).toBe(0);
    expect(lensArea(2, 1, 0.5)).toBeCloseTo(Math.PI, 12);
    expect(lensArea(2, 1, 1)).toBeCloseTo(Math.PI, 12);
  });
});

describe('distanceForOverlap', () => {
  it('finds the distance whose lens has the wanted area', () => {
    for (const [r1, r2, share] of [
      [1, 1, 0.3],
      [2, 1, 0.9],
      [1.5, 0.4, 0.05],
      [1, 3, 0.5]
    ]) {
      const target = share * Math.PI * Math.min(r1, r2) ** 2;
      const d = distanceForOverlap(r1, r2, target);
      expect(d).toBeGreaterThan(Math.abs(r1 - r2));
      expect(d).toBeLessThan(r1 + r2);
      // checked against the grid count, not against lensArea itself
      expect(Math.abs(gridOverlap(r1, r2, d) - target) / target).toBeLessThan(0.02);
    }
  });

  it('touches for no overlap and nests for a full one', () => {
    expect(distanceForOverlap(2, 1, 0)).toBe(3);
    expect(distanceForOverlap(2, 1, Math.PI)).toBe(1);
    expect(distanceForOverlap(2, 1, 10)).toBe(1);
  });
});

describe('layoutVenn', () => {
  const box = { width: 400, height: 200, pad: 10, labelRoom: 30 };

  it('keeps the areas in the proportions of the counts', () => {
    const v = layoutVenn(272, 97, 30, box);
    const aArea = Math.PI * v.a.r ** 2;
    const bArea = Math.PI * v.b.r ** 2;
    expect(aArea / bArea).toBeCloseTo(272 / 97, 6);
    const d = v.b.cx - v.a.cx;
    expect(gridOverlap(v.a.r, v.b.r, d, 1500) / aArea).toBeCloseTo(30 / 272, 2);
  });

  it('fits the box', () => {
    for (const [a, b, both] of [
      [272, 97, 30],
      [10, 400, 9],
      [50, 50, 0],
      [80, 20, 20]
    ]) {
      const v = layoutVenn(a, b, both, box);
      for (const c of [v.a, v.b]) {
        expect(c.cx - c.r).toBeGreaterThanOrEqual(box.pad - 1e-6);
        expect(c.cx + c.r).toBeLessThanOrEqual(box.width - box.pad + 1e-6);
        expect(c.cy - c.r).toBeGreaterThanOrEqual(box.pad - 1e-6);
        expect(c.cy + c.r).toBeLessThanOrEqual(box.height - box.pad + 1e-6);
      }
    }
  });

  it('places region labels left, middle and right, and not inside an empty region', () => {
    const v = layoutVenn(272, 97, 30, box);
    expect(v.aOnly.x).toBeLessThan(v.both.x);
    expect(v.both.x).toBeLessThan(v.bOnly.x);
    expect(v.aOnly.inside).toBe(true);
    const apart = layoutVenn(50, 50, 0, box);
    expect(apart.both.inside).toBe(false);
    // every GGW participant is also in buurtwerk: no GGW-only region
    const nested = layoutVenn(80, 20, 20, box);
    expect(nested.bOnly.room).toBeCloseTo(0, 6);
    expect(nested.bOnly.inside).toBe(false);
  });

  it('refuses an empty set', () => {
    expect(() => layoutVenn(0, 5, 0, box)).toThrow();
  });
});

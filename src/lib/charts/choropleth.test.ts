import { describe, expect, it } from 'vitest';
import { DIVERGING, SEQUENTIAL, classOf, contrast, divergingClasses, inkOn, legendEntries, luminance, sequentialClasses } from './choropleth';

describe('map colour classes', () => {
  it('makes five classes of equal counts from 25 values', () => {
    const values = Array.from({ length: 25 }, (_, i) => i + 1); // 1..25
    const c = sequentialClasses(values);
    expect(c.bounds).toHaveLength(4);
    expect(c.colours).toEqual(SEQUENTIAL);
    const counts = legendEntries(c, values).map((e) => e.count);
    expect(counts).toEqual([5, 5, 5, 5, 5]);
    // every value lands in the class whose bounds hold it
    for (const v of values) {
      const k = classOf(c, v);
      if (k > 0) expect(v).toBeGreaterThanOrEqual(c.bounds[k - 1]);
      if (k < c.bounds.length) expect(v).toBeLessThan(c.bounds[k]);
    }
  });

  it('rounds bounds to what the legend prints and drops classes that would be empty', () => {
    const c = sequentialClasses([0.1234, 0.1236, 0.1238, 0.5, 0.9], (v) => Math.round(v * 100) / 100);
    // rounded quantiles of these values collapse to 0.12 (= min, dropped), so fewer classes remain
    expect(c.bounds.every((b) => Math.round(b * 100) / 100 === b)).toBe(true);
    expect(c.bounds.length).toBeLessThan(4);
    expect(c.colours).toHaveLength(c.bounds.length + 1);
    // with fewer classes the first and last palette colours stay (widest contrast)
    expect(c.colours[0]).toBe(SEQUENTIAL[0]);
    expect(c.colours.at(-1)).toBe(SEQUENTIAL.at(-1));
    const entries = legendEntries(c, [0.1234, 0.1236, 0.1238, 0.5, 0.9]);
    expect(entries.every((e) => e.count > 0)).toBe(true);
  });

  it('gives one class for one value and none for no values', () => {
    expect(sequentialClasses([7, 7, 7]).bounds).toEqual([]);
    expect(sequentialClasses([]).colours).toHaveLength(1);
  });

  it('centres the mixing ratio on 1: the middle class holds 1, the alert threshold 0.5 is a bound', () => {
    const c = divergingClasses();
    expect(c.colours).toEqual(DIVERGING);
    expect(classOf(c, 1)).toBe(2);
    expect(classOf(c, 0.49)).toBe(0);
    expect(classOf(c, 0.5)).toBe(1);
    expect(classOf(c, 1.12)).toBe(3);
    expect(classOf(c, 3)).toBe(4);
    expect(legendEntries(c, [0.34, 1, 1.12]).map((e) => [e.from, e.to, e.count])).toEqual([
      [null, 0.5, 1],
      [0.5, 0.9, 0],
      [0.9, 1.1, 1],
      [1.1, 2, 1],
      [2, null, 0]
    ]);
  });

  it('orders the sequential palette by lightness, so darker reads as more', () => {
    const l = SEQUENTIAL.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]);
    // both ends of the diverging palette are darker than its neutral middle
    expect(luminance(DIVERGING[0])).toBeLessThan(luminance(DIVERGING[2]));
    expect(luminance(DIVERGING[4])).toBeLessThan(luminance(DIVERGING[2]));
  });

  it('computes WCAG contrast as the standard gives it, and picks readable ink', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    for (const fill of [...SEQUENTIAL, ...DIVERGING]) expect(contrast(inkOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
  });
});

import { describe, expect, it } from 'vitest';
import { contrastRatio, heatColor, heatDomain, inkOn, layoutHeatmap, legendStops, relativeLuminance, type HeatCell } from './heatmap';

describe('contrast', () => {
  it('gives the WCAG values of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#0072b2', '#ffffff')).toBeCloseTo(5.19, 2);
  });

  it('picks cell text with at least 4.5:1 everywhere on the scale', () => {
    const c = heatColor([0, 1]);
    for (let i = 0; i <= 100; i++) {
      const fill = c(i / 100);
      expect(contrastRatio(fill, inkOn(fill))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('heatColor', () => {
  it('gets darker as the value grows, and clamps outside the domain', () => {
    const c = heatColor([0, 0.5]);
    let prev = Infinity;
    for (let i = 0; i <= 10; i++) {
      const l = relativeLuminance(c(i / 20));
      expect(l).toBeLessThan(prev);
      prev = l;
    }
    expect(c(2)).toBe(c(0.5));
  });

  it('legend stops run from the light end to the dark end', () => {
    const s = legendStops([0, 0.4], 5);
    expect(s.map((x) => x.offset)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(relativeLuminance(s[0].color)).toBeGreaterThan(relativeLuminance(s[4].color));
  });
});

describe('layoutHeatmap', () => {
  const cells: HeatCell[] = [
    { row: 'a', col: 'a', value: 0.4, suppressed: null },
    { row: 'a', col: 'b', value: 0.1, suppressed: null },
    { row: 'b', col: 'a', value: 0.1, suppressed: null },
    { row: 'b', col: 'b', value: null, suppressed: 'below_k' }
  ];

  it('puts every pair in its row and column, hidden ones without colour', () => {
    const l = layoutHeatmap(['a', 'b'], cells, { cell: 40, left: 60, top: 30 }, heatDomain(cells));
    expect(l.width).toBe(140);
    expect(l.height).toBe(110);
    const ab = l.cells.find((c) => c.row === 'a' && c.col === 'b')!;
    expect([ab.x, ab.y, ab.size]).toEqual([100, 30, 40]);
    const bb = l.cells.find((c) => c.row === 'b' && c.col === 'b')!;
    expect(bb.fill).toBe('');
    expect(bb.suppressed).toBe('below_k');
    expect(l.rows.map((r) => r.y)).toEqual([50, 90]);
  });

  it('lays out an absent pair as absent, not as zero', () => {
    const l = layoutHeatmap(['a', 'b', 'c'], cells, { cell: 10, left: 0, top: 0 }, [0, 1]);
    const ac = l.cells.find((c) => c.row === 'a' && c.col === 'c')!;
    expect(ac.value).toBeNull();
    expect(ac.fill).toBe('');
    expect(l.cells).toHaveLength(9);
  });

  it('shares one domain across matrices, ignoring hidden cells', () => {
    expect(heatDomain(cells, [{ row: 'x', col: 'x', value: 0.6, suppressed: null }])).toEqual([0, 0.6]);
    expect(heatDomain([])).toEqual([0, 1]);
  });
});

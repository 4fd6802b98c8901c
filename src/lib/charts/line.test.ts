import { describe, it, expect } from 'vitest';
import { layoutLines, lineFacts, type LinePoint } from './line';

const box = { width: 400, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 40 } };
const pts: LinePoint[] = [
  { x: '2025-01', series: 'a', value: 10 },
  { x: '2025-01', series: 'b', value: 4 },
  { x: '2025-02', series: 'a', value: 20 },
  { x: '2025-02', series: 'b', value: null },
  { x: '2025-03', series: 'a', value: 0 },
  { x: '2025-03', series: 'b', value: 6 }
];

describe('layoutLines', () => {
  const l = layoutLines(pts, box, ['a', 'b']);
  it('keeps every x and series, in order', () => {
    expect(l.xs).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(l.series.map((s) => s.series)).toEqual(['a', 'b']);
    expect(l.series[0].points.map((p) => p.value)).toEqual([10, 20, 0]);
  });
  it('places points inside the plot, higher values higher up, zero on the baseline', () => {
    for (const s of l.series)
      for (const p of s.points) {
        expect(p.cx).toBeGreaterThanOrEqual(l.plot.left);
        expect(p.cx).toBeLessThanOrEqual(l.plot.right);
        if (p.value !== null) {
          expect(p.cy).toBeGreaterThanOrEqual(l.plot.top);
          expect(p.cy).toBeLessThanOrEqual(l.plot.bottom);
        }
      }
    const [a1, a2, a3] = l.series[0].points;
    expect(a2.cy).toBeLessThan(a1.cy);
    expect(a3.cy).toBe(l.plot.bottom);
    expect(a1.cx).toBeLessThan(a2.cx);
  });
  it('leaves a gap for a suppressed value', () => {
    // Two separate sub-paths: each starts with M.
    expect(l.series[1].d.match(/M/g)).toHaveLength(2);
    expect(l.series[0].d.match(/M/g)).toHaveLength(1);
    expect(Number.isNaN(l.series[1].points[1].cy)).toBe(true);
  });
  it('has a y axis from 0 covering the maximum', () => {
    expect(l.yTicks[0].value).toBe(0);
    expect(l.yTicks[l.yTicks.length - 1].value).toBeGreaterThanOrEqual(20);
  });
  it('thins the x ticks of long series', () => {
    const many: LinePoint[] = Array.from({ length: 24 }, (_, i) => ({ x: `m${String(i).padStart(2, '0')}`, series: 'a', value: i }));
    expect(layoutLines(many, box, undefined, 8).xTicks).toHaveLength(8);
  });
  it('copes with all zeros and no data', () => {
    const z = layoutLines([{ x: '2025-01', series: 'a', value: 0 }], box);
    expect(z.series[0].points[0].cy).toBe(z.plot.bottom);
    expect(layoutLines([], box).series).toEqual([]);
  });
});

describe('lineFacts', () => {
  it('finds the last month and the peak', () => {
    expect(lineFacts(pts)).toEqual({ lastX: '2025-03', last: { a: 0, b: 6 }, peak: { x: '2025-02', series: 'a', value: 20 } });
    expect(lineFacts([])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { layoutFunnel } from '../charts/funnel';
import { wijkPopulationsAt } from '../cube/read';
import { fig, FIXTURE_INDEX, fixtureScope } from '../cube/testing';
import { beyondCounts, cityProportion, funnelLimits, funnelWijken, verdictOf, Z_998 } from './funnel';

/**
 * The independent computation: the rate r (per 1,000) at which METRICS.md R12's z-score
 * (r/1000 - p0) / sqrt(p0 (1 - p0) / n) reaches `target`, found by bisection rather than
 * by the closed form the page uses.
 */
function rateAtZ(p0: number, n: number, target: number): number {
  const z = (r: number) => (r / 1000 - p0) / Math.sqrt((p0 * (1 - p0)) / n);
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (z(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('the funnel limits (METRICS.md R12)', () => {
  it('lie where a wijk of that population has z = ±1.96 and ±3.09 against the city', () => {
    for (const [p0, n] of [[0.078, 3197], [0.2, 800], [0.05, 12000], [0.5, 150]] as const) {
      const l = funnelLimits(p0, n);
      expect(l.low95).toBeCloseTo(rateAtZ(p0, n, -1.96), 1);
      expect(l.high95).toBeCloseTo(rateAtZ(p0, n, 1.96), 1);
      expect(l.low998).toBeCloseTo(rateAtZ(p0, n, -3.09), 1);
      expect(l.high998).toBeCloseTo(rateAtZ(p0, n, 3.09), 1);
    }
  });

  it('agree with a value worked out by hand', () => {
    // p0 = 7.8%, n = 3,197: se = sqrt(0.078 × 0.922 / 3197) = 0.0047428; 78 ± 3.0902 × 4.7428 per 1,000.
    const l = funnelLimits(0.078, 3197);
    expect(l.high998).toBeCloseTo(92.66, 1);
    expect(l.low998).toBeCloseTo(63.34, 1);
  });

  it('narrow as the population grows and never leave 0..1,000', () => {
    const small = funnelLimits(0.1, 100);
    const large = funnelLimits(0.1, 10000);
    expect(small.high998 - small.low998).toBeGreaterThan(large.high998 - large.low998);
    expect(funnelLimits(0.01, 20).low998).toBe(0);
    expect(funnelLimits(0.99, 20).high998).toBe(1000);
  });
});

describe('marking wijken beyond the 99.8% limits', () => {
  it('reads the published z-score: beyond only past ±3.09, unknown when hidden', () => {
    expect(verdictOf(3.2)).toBe('above');
    expect(verdictOf(-3.1)).toBe('below');
    expect(verdictOf(3.0)).toBe('within');
    expect(verdictOf(-Z_998)).toBe('within');
    expect(verdictOf(null)).toBe('unknown');
  });

  it('marks exactly the wijken whose rate lies outside the plotted 99.8% curves', () => {
    const rows = fixtureScope('year-2026-11-all');
    const p0 = cityProportion(rows, 'Leuven')!;
    const pops = wijkPopulationsAt(FIXTURE_INDEX.population, '2026-11');
    const list = funnelWijken(rows, FIXTURE_INDEX.wijken, 'Leuven', pops, p0);
    expect(list.map((w) => w.wijk_id)).not.toContain('LONB');
    expect(list).toHaveLength(12);
    const counts = beyondCounts(list);
    expect(counts.above + counts.below).toBeGreaterThan(0);
    expect(counts.shown).toBe(11);
    for (const w of list) {
      if (w.verdict === 'unknown') {
        expect(w.wijk_id).toBe('L12'); // the small wijk: its figures are hidden, so is its mark
        continue;
      }
      const rate = w.rate!.value!;
      const outside = rate > w.limits!.high998 ? 'above' : rate < w.limits!.low998 ? 'below' : 'within';
      // The page's p0 is the city's rounded rate: only a wijk on the very edge may differ.
      const edge = Math.min(Math.abs(rate - w.limits!.high998), Math.abs(rate - w.limits!.low998));
      if (edge > 0.5) expect(outside, w.wijk_name).toBe(w.verdict);
    }
  });

  it('reads the interval of R11 as published and leaves a wijk without population unjudged by the curves', () => {
    const rows = [fig('', 'reach_rate', 80), fig('L01', 'reach_rate', 120), fig('L01', 'reach_rate_low', 100.5), fig('L01', 'reach_rate_high', 141.2), fig('L01', 'reach_rate_z', 4.2)];
    const [w] = funnelWijken(rows, FIXTURE_INDEX.wijken.slice(0, 1), 'Leuven', new Map(), 0.08);
    expect([w.low?.value, w.high?.value, w.verdict, w.limits]).toEqual([100.5, 141.2, 'above', null]);
  });
});

describe('the funnel layout', () => {
  it('puts each dot at its population and rate and the curves on the limits', () => {
    const p0 = 0.1;
    const limits = (n: number) => funnelLimits(p0, n);
    const box = { width: 500, height: 300, margin: { top: 10, right: 10, bottom: 40, left: 50 } };
    const l = layoutFunnel([{ key: 'a', x: 1000, y: 150 }, { key: 'b', x: 4000, y: 90 }, { key: 'c', x: 2000, y: null }], 100, limits, box);
    expect(l.dots.map((d) => d.key)).toEqual(['a', 'b']);
    expect(l.dots[0].cx).toBeCloseTo(l.x(1000), 6);
    expect(l.dots[1].cy).toBeCloseTo(l.y(90), 6);
    expect(l.cityY).toBeCloseTo(l.y(100), 6);
    // the first point of the upper 99.8% curve is the limit at 80% of the smallest population, inside the plot
    const [mx, my] = l.curves.high998.slice(1).split(/[,L]/).map(Number);
    expect(mx).toBeCloseTo(l.x(800), 3);
    expect(my).toBeCloseTo(l.y(limits(800).high998), 3);
    expect(my).toBeGreaterThanOrEqual(box.margin.top - 1e-9);
  });
});

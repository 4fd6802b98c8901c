/**
 * The layout of a funnel plot (METRICS.md R12): a dot per area at (population, rate), a
 * horizontal line at the city's rate, and the 95% and 99.8% limits as curves that narrow
 * as the population grows. d3 makes the scales and the curves' paths; the caller gives the
 * limits function (the rule lives in src/lib/overview/funnel.ts).
 */
import { line, scaleLinear } from 'd3';

export interface FunnelDot {
  key: string;
  /** Population (x). */
  x: number;
  /** Rate per 1,000 (y); null when not shown: no dot. */
  y: number | null;
}

/** One dot as a page gives it: its place, its verdict (its shape) and its words. */
export interface FunnelItem extends FunnelDot {
  verdict: 'above' | 'below' | 'within' | 'unknown';
  /** The accessible name: every figure of the tooltip in one sentence. */
  aria: string;
  /** The tooltip's lines (the first is the wijk's name). */
  lines: string[];
}

export interface FunnelBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The limits at a population, per 1,000: [low95, high95, low998, high998]. */
export type LimitsAt = (population: number) => { low95: number; high95: number; low998: number; high998: number };

export interface FunnelLayout<T extends FunnelDot> {
  plot: { left: number; right: number; top: number; bottom: number };
  dots: (T & { cx: number; cy: number })[];
  /** The city's rate as a line across the plot (y), or null. */
  cityY: number | null;
  /** SVG paths of the four limit curves. */
  curves: { low95: string; high95: string; low998: string; high998: string };
  xTicks: { value: number; pos: number }[];
  yTicks: { value: number; pos: number }[];
  /** The scales, for tests and for placing a tooltip. */
  x: (v: number) => number;
  y: (v: number) => number;
}

/** How many points each curve is sampled at (smooth at any width the page draws). */
const STEPS = 80;

/**
 * Lays out dots and curves. The x axis runs from 0 to a little past the largest population;
 * the curves start at the smallest population drawn (they widen without bound towards 0) and
 * the y axis holds every dot and the 99.8% limits at that population.
 */
export function layoutFunnel<T extends FunnelDot>(dots: readonly T[], cityRate: number | null, limits: LimitsAt | null, box: FunnelBox): FunnelLayout<T> {
  const plot = { left: box.margin.left, right: box.width - box.margin.right, top: box.margin.top, bottom: box.height - box.margin.bottom };
  const xs = dots.map((d) => d.x).filter((v) => v > 0);
  const xMax = Math.max(1, ...xs) * 1.05;
  const xMin = xs.length ? Math.min(...xs) * 0.8 : xMax / 10;
  const shown = dots.filter((d): d is T & { y: number } => d.y !== null);
  const edge = limits ? limits(xMin) : null;
  const yMax = Math.max(1, ...shown.map((d) => d.y), cityRate ?? 0, edge ? edge.high998 : 0) * 1.05;
  const x = scaleLinear().domain([0, xMax]).range([plot.left, plot.right]).nice();
  const y = scaleLinear().domain([0, yMax]).range([plot.bottom, plot.top]).nice();
  const samples = Array.from({ length: STEPS + 1 }, (_, i) => xMin + ((x.domain()[1] - xMin) * i) / STEPS);
  const path = (pick: (l: ReturnType<LimitsAt>) => number) =>
    limits
      ? (line<number>()
          .x((n) => x(n))
          .y((n) => y(pick(limits(n))))(samples) ?? '')
      : '';
  return {
    plot,
    dots: shown.map((d) => ({ ...d, cx: x(d.x), cy: y(d.y) })),
    cityY: cityRate === null ? null : y(cityRate),
    curves: { low95: path((l) => l.low95), high95: path((l) => l.high95), low998: path((l) => l.low998), high998: path((l) => l.high998) },
    xTicks: x.ticks(5).map((value) => ({ value, pos: x(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, pos: y(value) })),
    x: (v) => x(v),
    y: (v) => y(v)
  };
}

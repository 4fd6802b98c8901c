import { scaleLinear, scalePoint, line as d3line, max as d3max } from 'd3';

/** One value of one series at one x (a month 'YYYY-MM'); null = not shown (suppressed). */
export interface LinePoint {
  x: string;
  series: string;
  value: number | null;
}

export interface LineBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface LaidOutPoint extends LinePoint {
  cx: number;
  cy: number;
}

export interface LaidOutSeries {
  series: string;
  /** SVG path data; gaps where values are null. */
  d: string;
  points: LaidOutPoint[];
}

export interface LineLayout {
  xs: string[];
  series: LaidOutSeries[];
  xTicks: Array<{ x: string; pos: number }>;
  yTicks: Array<{ value: number; pos: number }>;
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * The geometry of a line chart of monthly values: d3 computes the scales and
 * path strings, the Svelte component only draws them. Series keep the order in
 * which `seriesOrder` lists them (or first appearance); x keeps input order.
 */
export function layoutLines(points: LinePoint[], box: LineBox, seriesOrder?: string[], maxXTicks = 8): LineLayout {
  const xs = [...new Set(points.map((p) => p.x))];
  const names = seriesOrder ?? [...new Set(points.map((p) => p.series))];
  const plot = {
    left: box.margin.left,
    right: box.width - box.margin.right,
    top: box.margin.top,
    bottom: box.height - box.margin.bottom
  };
  const x = scalePoint<string>().domain(xs).range([plot.left, plot.right]).padding(0.3);
  const top = d3max(points, (p) => p.value ?? 0) ?? 0;
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(5)
    .range([plot.bottom, plot.top]);
  const series = names.map((name) => {
    const pts: LaidOutPoint[] = xs.map((xv) => {
      const p = points.find((q) => q.x === xv && q.series === name);
      const value = p ? p.value : null;
      return { x: xv, series: name, value, cx: x(xv) ?? 0, cy: value === null ? NaN : y(value) };
    });
    const gen = d3line<LaidOutPoint>()
      .defined((p) => p.value !== null)
      .x((p) => p.cx)
      .y((p) => p.cy);
    return { series: name, d: gen(pts) ?? '', points: pts };
  });
  const step = Math.max(1, Math.ceil(xs.length / maxXTicks));
  const xTicks = xs.filter((_, i) => i % step === 0).map((xv) => ({ x: xv, pos: x(xv) ?? 0 }));
  const yTicks = y.ticks(5).map((value) => ({ value, pos: y(value) }));
  return { xs, series, xTicks, yTicks, plot };
}

/** The numbers a one-sentence summary of monthly series needs. */
export interface LineFacts {
  lastX: string;
  /** Value of each series at the last x (null = suppressed or missing). */
  last: Record<string, number | null>;
  peak: { x: string; series: string; value: number } | null;
}

export function lineFacts(points: LinePoint[]): LineFacts | null {
  if (points.length === 0) return null;
  const xs = [...new Set(points.map((p) => p.x))].sort();
  const lastX = xs[xs.length - 1];
  const last: Record<string, number | null> = {};
  for (const p of points) if (p.x === lastX) last[p.series] = p.value;
  let peak: LineFacts['peak'] = null;
  for (const p of points) if (p.value !== null && (peak === null || p.value > peak.value)) peak = { x: p.x, series: p.series, value: p.value };
  return { lastX, last, peak };
}

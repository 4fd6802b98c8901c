/**
 * A Lorenz curve from its deciles: x = share of participants (least active first),
 * y = their share of all participations. d3 gives the scales and paths; the line of
 * equality (the diagonal) is the curve if everyone took part equally often. The curve is
 * drawn only when every decile is shown: a curve with a hole would have to guess.
 */
import { area as d3area, line as d3line, scaleLinear } from 'd3';
import type { SuppressReason } from '../metrics/types';

export interface LorenzDatum {
  /** Share of participants, 0..1 (0.1, 0.2, ..., 1). */
  p: number;
  /** Their share of the participations; null when hidden. */
  share: number | null;
  suppressed: SuppressReason | null;
}

export interface LorenzBox {
  size: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface LorenzLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  diagonal: string;
  /** The curve through (0, 0) and the deciles; '' when a decile is hidden. */
  curve: string;
  /** The area between the diagonal and the curve; '' without a curve. */
  gap: string;
  points: Array<LorenzDatum & { cx: number; cy: number }>;
  ticks: Array<{ value: number; x: number; y: number }>;
  /** The top 20%: from the curve at 80% up to 1, at x of 80%; null without that decile. */
  top20: { x: number; y1: number; y2: number; share: number } | null;
}

export function layoutLorenz(data: LorenzDatum[], box: LorenzBox): LorenzLayout {
  const width = box.size;
  const height = box.size;
  const plot = { left: box.margin.left, right: width - box.margin.right, top: box.margin.top, bottom: height - box.margin.bottom };
  const x = scaleLinear().domain([0, 1]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
  const sorted = [...data].sort((a, b) => a.p - b.p);
  const complete = sorted.length > 0 && sorted.every((d) => d.share !== null);
  const pts = [{ p: 0, share: 0 }, ...sorted.map((d) => ({ p: d.p, share: d.share ?? 0 }))];
  const line = d3line<{ p: number; share: number }>().x((d) => x(d.p)).y((d) => y(d.share));
  const gapArea = d3area<{ p: number; share: number }>()
    .x((d) => x(d.p))
    .y0((d) => y(d.p))
    .y1((d) => y(d.share));
  const at80 = sorted.find((d) => Math.abs(d.p - 0.8) < 1e-9);
  return {
    width,
    height,
    plot,
    diagonal: line([{ p: 0, share: 0 }, { p: 1, share: 1 }]) ?? '',
    curve: complete ? (line(pts) ?? '') : '',
    gap: complete ? (gapArea(pts) ?? '') : '',
    points: sorted.map((d) => ({ ...d, cx: x(d.p), cy: d.share === null ? NaN : y(d.share) })),
    ticks: [0, 0.2, 0.4, 0.6, 0.8, 1].map((v) => ({ value: v, x: x(v), y: y(v) })),
    top20: at80 && at80.share !== null ? { x: x(0.8), y1: y(at80.share), y2: y(1), share: 1 - at80.share } : null
  };
}

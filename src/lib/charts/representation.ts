/**
 * Bars around 1 for a representation index (METRICS.md R4): one horizontal bar per group,
 * from 1 to the group's index, on a base-2 log scale symmetric around 1, so that half as
 * present (0.5) and twice as present (2) are bars of equal length on either side of the
 * reference line. A hidden (suppressed) value gets no bar, never a zero-length one.
 */
import { scaleBand, scaleLog } from 'd3';
import type { SuppressReason } from '../metrics/types';

export interface RatioDatum {
  key: string;
  /** The index; null when hidden or absent. */
  value: number | null;
  suppressed: SuppressReason | null;
}

export interface RatioBox {
  width: number;
  /** Height of one group's band. */
  band: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface LaidRatio extends RatioDatum {
  /** Top of the band and the bar's height. */
  y: number;
  height: number;
  /** Bar from x to x + width; width null for a hidden value. */
  x: number;
  width: number | null;
  /** Which side of 1 the bar lies on ('over' for exactly 1). */
  side: 'under' | 'over' | null;
  /** The value lies beyond the scale and the bar is cut at its edge. */
  clipped: boolean;
}

export interface RatioLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** x of the reference line at 1. */
  one: number;
  bars: LaidRatio[];
  /** Powers of two inside the scale, 1 included. */
  ticks: Array<{ value: number; x: number }>;
  /** The scale runs from 1/extent to extent. */
  extent: number;
}

/**
 * The scale's reach: the smallest power of two (at least 2, at most 16) covering every
 * shown value and its reciprocal; values beyond 16x (or 0) are cut at the edge.
 */
export function ratioExtent(values: Array<number | null>): number {
  let worst = 1;
  for (const v of values) {
    if (v === null || !Number.isFinite(v) || v <= 0) continue;
    worst = Math.max(worst, v, 1 / v);
  }
  const e = 2 ** Math.ceil(Math.log2(worst));
  return Math.min(16, Math.max(2, e));
}

export function layoutRatios(data: RatioDatum[], box: RatioBox): RatioLayout {
  const extent = ratioExtent(data.map((d) => d.value));
  const height = box.margin.top + box.margin.bottom + box.band * Math.max(1, data.length);
  const plot = { left: box.margin.left, right: box.width - box.margin.right, top: box.margin.top, bottom: height - box.margin.bottom };
  const x = scaleLog().base(2).domain([1 / extent, extent]).range([plot.left, plot.right]).clamp(true);
  const y = scaleBand<string>().domain(data.map((d) => d.key)).range([plot.top, plot.bottom]).paddingInner(0.3).paddingOuter(0.15);
  const one = x(1);
  const bars = data.map((d): LaidRatio => {
    const top = y(d.key) ?? plot.top;
    const base = { ...d, y: top, height: y.bandwidth() };
    if (d.value === null || !Number.isFinite(d.value)) return { ...base, x: one, width: null, side: null, clipped: false };
    const end = d.value > 0 ? x(d.value) : plot.left;
    const clipped = d.value <= 0 || d.value < 1 / extent || d.value > extent;
    return { ...base, x: Math.min(one, end), width: Math.abs(end - one), side: d.value < 1 ? 'under' : 'over', clipped };
  });
  const ticks: RatioLayout['ticks'] = [];
  for (let p = -Math.log2(extent); p <= Math.log2(extent); p++) ticks.push({ value: 2 ** p, x: x(2 ** p) });
  return { width: box.width, height, plot, one, bars, ticks, extent };
}

export interface RatioFacts {
  lowest: { key: string; value: number } | null;
  highest: { key: string; value: number } | null;
  /** Groups shown below the threshold (e.g. 0.5, the alert of METRICS.md). */
  below: string[];
  hidden: number;
}

export function ratioFacts(data: RatioDatum[], threshold = 0.5): RatioFacts {
  let lowest: RatioFacts['lowest'] = null;
  let highest: RatioFacts['highest'] = null;
  const below: string[] = [];
  let hidden = 0;
  for (const d of data) {
    if (d.value === null) {
      hidden += 1;
      continue;
    }
    if (!lowest || d.value < lowest.value) lowest = { key: d.key, value: d.value };
    if (!highest || d.value > highest.value) highest = { key: d.key, value: d.value };
    if (d.value < threshold) below.push(d.key);
  }
  return { lowest, highest, below, hidden };
}

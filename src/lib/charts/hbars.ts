/**
 * Horizontal bars, one per labelled value (a group, a theme, a source...), with an
 * optional reference line (e.g. the wijk's overall value). A suppressed value gets no bar
 * at all (never a zero-length one) but a small hatched marker of fixed size, so the
 * Svelte component can write "<5" or "niet getoond" next to it.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { SuppressReason } from '../metrics/types';

export interface BarDatum {
  key: string;
  value: number | null;
  suppressed: SuppressReason | null;
}

/** One bar as the component draws it: the datum plus its texts. */
export interface HBar extends BarDatum {
  label: string;
  /** The value as text (formatFigure). */
  text: string;
  /** Full reading for screen readers and keyboard focus. */
  aria: string;
  /** 'compare' (e.g. the whole city) is drawn outlined and hatched, not only in another colour. */
  style?: 'main' | 'compare';
}

export interface BarBox {
  width: number;
  /** Height of one bar's band. */
  band: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface BarPlace {
  y: number;
  height: number;
  /** Bar start and length; width is null for a hidden value. */
  x: number;
  width: number | null;
  /** Where the bar's value label starts (after the bar or after the hidden marker). */
  labelX: number;
}

export type LaidBar<T extends BarDatum = BarDatum> = T & BarPlace;

export interface BarLayout<T extends BarDatum = BarDatum> {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: LaidBar<T>[];
  ticks: Array<{ value: number; x: number }>;
  /** x of the reference line; null when there is none. */
  ref: number | null;
  /** Width of the hatched marker of a hidden value. */
  marker: number;
}

/**
 * Bars top to bottom in input order. The axis runs from 0 to `max` when given (1 for
 * shares), else to the largest shown value (or reference), nicely rounded.
 */
export function layoutHBars<T extends BarDatum>(
  data: T[],
  box: BarBox,
  opts: { max?: number; ref?: number | null; integer?: boolean } = {}
): BarLayout<T> {
  const height = box.margin.top + box.band * data.length + box.margin.bottom;
  const plot = { left: box.margin.left, right: box.width - box.margin.right, top: box.margin.top, bottom: height - box.margin.bottom };
  const top = opts.max ?? Math.max(0, opts.ref ?? 0, ...data.map((d) => (d.suppressed ? 0 : (d.value ?? 0))));
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([plot.left, plot.right]);
  if (opts.max === undefined) x.nice(5);
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([plot.top, plot.bottom])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const marker = 14;
  return {
    width: box.width,
    height,
    plot,
    bars: data.map((d) => {
      const shown = d.value !== null && !d.suppressed;
      const w = shown ? x(d.value as number) - plot.left : null;
      return {
        ...d,
        y: y(d.key)!,
        height: y.bandwidth(),
        x: plot.left,
        width: w,
        labelX: plot.left + (w ?? marker) + 6
      };
    }),
    // no axis when no bar is drawn (it would measure nothing); whole ticks for counts
    ticks: data.some((d) => d.value !== null && !d.suppressed)
      ? x
          .ticks(5)
          .filter((v) => !opts.integer || Number.isInteger(v))
          .map((v) => ({ value: v, x: x(v) }))
      : [],
    ref: opts.ref === null || opts.ref === undefined ? null : x(opts.ref),
    marker
  };
}

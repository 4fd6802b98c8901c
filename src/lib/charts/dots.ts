/**
 * A dot chart of an observed share against the share expected by chance, one row per
 * area (the wijk, the city): a dot for what happened, a reference line for the
 * expectation, so the gap between them is what the eye reads. d3 makes the scales.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { SuppressReason } from '../metrics/types';

export interface DotRow {
  key: string;
  /** null when not shown (suppressed or not available): no dot, no line. */
  observed: number | null;
  expected: number | null;
}

/** One row as the component draws it: the values plus their texts. */
export interface DotItem extends DotRow {
  label: string;
  /** Why the observed value is hidden, when it is (for data-suppressed). */
  suppressed: SuppressReason | null;
  /** Text shown in place of a hidden value ("niet getoond"). */
  hiddenText: string;
  /** Full reading for screen readers and keyboard focus. */
  aria: string;
}

export interface DotBox {
  width: number;
  /** Height of one row. */
  row: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export type LaidDotRow<T extends DotRow = DotRow> = T & DotPlace;

export interface DotPlace {
  y: number;
  /** Dot position; null when not shown. */
  ox: number | null;
  /** Reference line position; null when not shown. */
  ex: number | null;
  /** Half the height of the reference line. */
  half: number;
}

export interface DotLayout<T extends DotRow = DotRow> {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: LaidDotRow<T>[];
  ticks: Array<{ value: number; x: number }>;
}

/** Rows top to bottom in input order on a shared axis over `domain` (shares: [0, 1]). */
export function layoutDots<T extends DotRow>(rows: T[], box: DotBox, domain: [number, number] = [0, 1]): DotLayout<T> {
  const height = box.margin.top + box.row * rows.length + box.margin.bottom;
  const plot = { left: box.margin.left, right: box.width - box.margin.right, top: box.margin.top, bottom: height - box.margin.bottom };
  const x = scaleLinear().domain(domain).range([plot.left, plot.right]).clamp(true);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.key))
    .range([plot.top, plot.bottom]);
  return {
    width: box.width,
    height,
    plot,
    rows: rows.map((r) => ({
      ...r,
      y: y(r.key)! + y.bandwidth() / 2,
      ox: r.observed === null ? null : x(r.observed),
      ex: r.expected === null ? null : x(r.expected),
      half: y.bandwidth() * 0.35
    })),
    ticks: x.ticks(5).map((v) => ({ value: v, x: x(v) }))
  };
}

/**
 * The geometry and colours of a heat map (the mixing matrix beside its expectation):
 * d3 makes the band scales and the sequential colour scale, the Svelte component draws.
 * The colour scale is viridis reversed (light = little, dark = much): perceptually even
 * and readable with every common colour-vision deficiency. Each cell also carries its
 * value as text, in black or white, whichever contrasts more with the cell.
 */
import { interpolateViridis, scaleBand, scaleSequential, color as d3color } from 'd3';
import type { SuppressReason } from '../metrics/types';

export interface HeatCell {
  row: string;
  col: string;
  /** null when suppressed or absent. */
  value: number | null;
  suppressed: SuppressReason | null;
}

export interface HeatBox {
  /** Side of one square cell, in SVG units. */
  cell: number;
  /** Room left of the grid for the row labels, and above it for the column labels. */
  left: number;
  top: number;
}

export interface LaidCell extends HeatCell {
  x: number;
  y: number;
  size: number;
  /** Fill colour; '' for a suppressed or absent cell (drawn hatched, never as a colour). */
  fill: string;
  /** Text colour on that fill. */
  ink: string;
}

export interface HeatLayout {
  width: number;
  height: number;
  cells: LaidCell[];
  rows: Array<{ group: string; y: number }>;
  cols: Array<{ group: string; x: number }>;
}

/** WCAG relative luminance of an sRGB colour (any CSS colour d3 can parse). */
export function relativeLuminance(css: string): number {
  const c = d3color(css)?.rgb();
  if (!c) throw new Error(`not a colour: ${css}`);
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on the fill. */
export function inkOn(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}

/** The sequential colour of a value in [lo, hi]: light for little, dark for much. */
export function heatColor(domain: [number, number]): (v: number) => string {
  const s = scaleSequential((t: number) => interpolateViridis(1 - t)).domain(domain).clamp(true);
  return (v: number) => d3color(s(v))!.formatHex();
}

/** A shared domain for heat maps drawn side by side: 0 up to the largest shown value. */
export function heatDomain(...cellSets: HeatCell[][]): [number, number] {
  let hi = 0;
  for (const cells of cellSets) for (const c of cells) if (c.value !== null && c.value > hi) hi = c.value;
  return [0, hi > 0 ? hi : 1];
}

/** Colour stops for the legend's gradient, from the low end (offset 0) to the high end (1). */
export function legendStops(domain: [number, number], n = 9): Array<{ offset: number; color: string }> {
  const c = heatColor(domain);
  return Array.from({ length: n }, (_, i) => {
    const t = i / (n - 1);
    return { offset: t, color: c(domain[0] + t * (domain[1] - domain[0])) };
  });
}

/**
 * Lay the groups out as a square grid: rows top to bottom and columns left to right in
 * the order of `groups`. A pair with no cell is absent, not zero: it is laid out with
 * value null, like a suppressed one.
 */
export function layoutHeatmap(groups: string[], cells: HeatCell[], box: HeatBox, domain: [number, number]): HeatLayout {
  const side = box.cell * groups.length;
  const x = scaleBand<string>().domain(groups).range([box.left, box.left + side]);
  const y = scaleBand<string>().domain(groups).range([box.top, box.top + side]);
  const color = heatColor(domain);
  const byKey = new Map(cells.map((c) => [`${c.row}\u0000${c.col}`, c]));
  const laid: LaidCell[] = [];
  for (const r of groups) {
    for (const c of groups) {
      const cell = byKey.get(`${r}\u0000${c}`) ?? { row: r, col: c, value: null, suppressed: null };
      const fill = cell.value === null ? '' : color(cell.value);
      laid.push({ ...cell, x: x(c)!, y: y(r)!, size: x.bandwidth(), fill, ink: fill ? inkOn(fill) : '#1b1b1b' });
    }
  }
  return {
    width: box.left + side,
    height: box.top + side,
    cells: laid,
    rows: groups.map((g) => ({ group: g, y: y(g)! + y.bandwidth() / 2 })),
    cols: groups.map((g) => ({ group: g, x: x(g)! + x.bandwidth() / 2 }))
  };
}

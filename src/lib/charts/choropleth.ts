/**
 * Colour classes of the wijk map: five classes, so a reader can match a wijk to the
 * legend. Sequential figures use classes of equal counts (quantiles, d3) with bounds
 * rounded to what the legend prints; the mixing ratio uses fixed classes around 1
 * (1 = mixes as chance would), so its map reads the same in every period.
 * Palettes are colour-blind safe: viridis (sequential) and PuOr (diverging).
 */
import { scaleQuantile } from 'd3';

/** Light to dark; a higher value is darker. Viridis, 5 steps. */
export const SEQUENTIAL = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];
/** Orange (below 1: groups keep to themselves) to purple (above 1); light grey = about as chance. ColorBrewer PuOr. */
export const DIVERGING = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'];
/** The mixing ratio's class bounds: 0.5 is the alert threshold of METRICS.md; 0.9-1.1 is "about as chance". */
export const MIXING_BOUNDS = [0.5, 0.9, 1.1, 2];

export type ScaleKind = 'sequential' | 'diverging';

export interface ColourClasses {
  kind: ScaleKind;
  /** Ascending bounds; class i holds values v with bounds[i-1] <= v < bounds[i]. */
  bounds: number[];
  /** One colour per class: bounds.length + 1 of them. */
  colours: string[];
}

/** The class of a value (0 = lowest). */
export function classOf(c: ColourClasses, v: number): number {
  let i = 0;
  while (i < c.bounds.length && v >= c.bounds[i]) i++;
  return i;
}

/** Evenly spread picks from a palette, so that fewer classes keep the widest contrast. */
function spread(palette: string[], n: number): string[] {
  if (n >= palette.length) return palette.slice();
  if (n <= 1) return [palette[Math.floor(palette.length / 2)]];
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]);
}

/**
 * Up to `n` classes of about equal counts. `round` maps a bound to what the legend
 * prints (e.g. one decimal), so that a value shown as 45,6 is classed by the printed bound.
 * Fewer classes when the values do not support five distinct bounds.
 */
export function sequentialClasses(values: readonly number[], round: (v: number) => number = (v) => v, n = SEQUENTIAL.length): ColourClasses {
  const vs = values.filter((v) => Number.isFinite(v));
  if (vs.length === 0) return { kind: 'sequential', bounds: [], colours: spread(SEQUENTIAL, 1) };
  const lo = Math.min(...vs);
  const qs = scaleQuantile<number>()
    .domain(vs)
    .range(Array.from({ length: n }, (_, i) => i))
    .quantiles();
  const bounds: number[] = [];
  for (const q of qs) {
    const b = round(q);
    // a bound at or below the minimum, or repeated, would make an empty class
    if (b > lo && (bounds.length === 0 || b > bounds[bounds.length - 1])) bounds.push(b);
  }
  return { kind: 'sequential', bounds, colours: spread(SEQUENTIAL, bounds.length + 1) };
}

/** Fixed classes around 1 for a ratio (the mixing ratio). */
export function divergingClasses(bounds: readonly number[] = MIXING_BOUNDS): ColourClasses {
  return { kind: 'diverging', bounds: [...bounds], colours: spread(DIVERGING, bounds.length + 1) };
}

export interface LegendEntry {
  colour: string;
  /** Lower bound (inclusive), null for the lowest class. */
  from: number | null;
  /** Upper bound (exclusive), null for the highest class. */
  to: number | null;
  /** How many of the values fall in this class. */
  count: number;
}

export function legendEntries(c: ColourClasses, values: readonly number[]): LegendEntry[] {
  const counts = c.colours.map(() => 0);
  for (const v of values) if (Number.isFinite(v)) counts[classOf(c, v)]++;
  return c.colours.map((colour, i) => ({ colour, from: i === 0 ? null : c.bounds[i - 1], to: i < c.bounds.length ? c.bounds[i] : null, count: counts[i] }));
}

/** Relative luminance (WCAG 2.x) of '#rrggbb'. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Dark or white text, whichever reads better on a fill. */
export function inkOn(fill: string): string {
  return contrast(fill, '#111111') >= contrast(fill, '#ffffff') ? '#111111' : '#ffffff';
}

/** How the map draws one wijk. */
export interface MapMark {
  /** Class colour; null = not shown (hatched). */
  fill: string | null;
  /** "<wijk>: <value>" */
  label: string;
  /** The reason a value is not shown (becomes data-suppressed). */
  suppressed: string | null;
  /** The class number (0 = lowest). */
  klass: number | null;
}

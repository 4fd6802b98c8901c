/**
 * A paired bar chart: for each key figure, one bar per column (wijk A, wijk B, the
 * city), each figure on its own scale (a count and a share cannot share an axis).
 * Shares and representativeness run from 0 to 1; a ratio around 1 gets a line at 1.
 */
import { scaleLinear } from 'd3';

export interface PairedGroup {
  metric: string;
  values: (number | null)[];
  /** Upper end of the scale when fixed (1 for shares); else the largest value, rounded up. */
  max?: number;
  /** A reference value to mark (1 for a ratio). */
  reference?: number;
}

export interface PairedBox {
  width: number;
  /** Room on the left for the figure's name, and on the right for the value label. */
  left: number;
  right: number;
  bar: number;
  gap: number;
  groupGap: number;
  /** Room above each group for its title. */
  title: number;
}

export interface PairedBar {
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number | null;
}

export interface PairedLayout {
  height: number;
  groups: { metric: string; y: number; bars: PairedBar[]; reference: number | null; x0: number; x1: number }[];
}

export function layoutPaired(groups: readonly PairedGroup[], columns: number, box: PairedBox): PairedLayout {
  const x0 = box.left;
  const x1 = box.width - box.right;
  let y = 0;
  const out = groups.map((g) => {
    const shown = g.values.filter((v): v is number => v !== null && Number.isFinite(v));
    const top = g.max ?? Math.max(...shown, g.reference ?? 0, 0);
    const scale = scaleLinear()
      .domain([0, top > 0 ? top : 1])
      .nice(4)
      .range([x0, x1]);
    const gy = y + box.title;
    const bars = Array.from({ length: columns }, (_, i) => {
      const v = g.values[i] ?? null;
      const shownV = v !== null && Number.isFinite(v) ? v : null;
      return {
        column: i,
        x: x0,
        y: gy + i * (box.bar + box.gap),
        width: shownV === null ? 0 : Math.max(scale(Math.max(shownV, 0)) - x0, shownV > 0 ? 1 : 0),
        height: box.bar,
        value: shownV
      };
    });
    y = gy + columns * (box.bar + box.gap) - box.gap + box.groupGap;
    return { metric: g.metric, y: gy, bars, reference: g.reference === undefined ? null : scale(g.reference), x0, x1 };
  });
  return { height: Math.max(y - box.groupGap, 0), groups: out };
}

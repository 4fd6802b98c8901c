/**
 * The geometry of a sparkline: a small line of monthly values with gaps where a value
 * is missing (d3's line.defined), a dot on any value standing alone (a line cannot show
 * it) and on the last value, and a mark at the foot for every missing month.
 */
import { line, scaleLinear, scalePoint } from 'd3';

export interface SparkInput {
  month: string;
  value: number | null;
}

export interface SparkLayout {
  d: string;
  dots: { x: number; y: number; month: string; last: boolean }[];
  gaps: { x: number; month: string }[];
  /** y of the baseline (bottom of the plot). */
  base: number;
}

/** y-scale over the sparkline's own values (a flat series sits in the middle). */
export function layoutSparkline(points: readonly SparkInput[], width: number, height: number, pad = 3): SparkLayout {
  const x = scalePoint<string>()
    .domain(points.map((p) => p.month))
    .range([pad, width - pad]);
  const vs = points.map((p) => p.value).filter((v): v is number => v !== null);
  const lo = vs.length ? Math.min(...vs) : 0;
  const hi = vs.length ? Math.max(...vs) : 1;
  const y = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([height - pad, pad]);
  const d =
    line<SparkInput>()
      .defined((p) => p.value !== null)
      .x((p) => x(p.month) ?? 0)
      .y((p) => y(p.value ?? 0))(points as SparkInput[]) ?? '';
  const lastShown = points.reduce((at, p, i) => (p.value !== null ? i : at), -1);
  const dots = points.flatMap((p, i) => {
    if (p.value === null) return [];
    const alone = (points[i - 1]?.value ?? null) === null && (points[i + 1]?.value ?? null) === null;
    return alone || i === lastShown ? [{ x: x(p.month) ?? 0, y: y(p.value), month: p.month, last: i === lastShown }] : [];
  });
  const gaps = points.filter((p) => p.value === null).map((p) => ({ x: x(p.month) ?? 0, month: p.month }));
  return { d, dots, gaps, base: height - pad };
}

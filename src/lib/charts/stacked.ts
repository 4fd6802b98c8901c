/**
 * One horizontal stacked bar: parts of a whole (the gateway order: buurtwerk first, same
 * day, GGW first; or sessions used and left out). d3 makes the scale; Svelte draws.
 * A suppressed part is never drawn as zero: it takes no room of its own, and when the
 * whole is known (shares summing to 1) the room the shown parts leave is drawn as one
 * hatched "not shown" span that stands for all hidden parts together.
 */
import { scaleLinear } from 'd3';
import type { SuppressReason } from '../metrics/types';

export interface StackPart {
  key: string;
  value: number | null;
  suppressed: SuppressReason | null;
}

export interface StackSegment extends StackPart {
  value: number;
  x: number;
  width: number;
  /** Middle of the segment, for its label. */
  mid: number;
}

export interface StackLayout {
  segments: StackSegment[];
  /** Parts not drawn (suppressed or absent), in input order. */
  hidden: StackPart[];
  /** The hatched span standing for the hidden parts; null when none or the whole is unknown. */
  rest: { x: number; width: number } | null;
  ticks: Array<{ value: number; x: number }>;
  /** The whole the axis runs to. */
  total: number;
}

/**
 * Lay the parts out left to right from x0 over `width`. `total` is the whole when it is
 * known independently (1 for shares); otherwise the sum of the shown parts is the whole
 * and no rest is drawn (an unknown whole cannot show how much is hidden). `integer`
 * keeps whole-number ticks only (counts).
 */
export function layoutStack(
  parts: StackPart[],
  x0: number,
  width: number,
  opts: { total?: number; integer?: boolean } = {}
): StackLayout {
  const { total, integer = false } = opts;
  const shown = parts.filter((p): p is StackPart & { value: number } => p.value !== null && !p.suppressed);
  const hidden = parts.filter((p) => p.value === null || p.suppressed);
  const sum = shown.reduce((s, p) => s + p.value, 0);
  const whole = total ?? sum;
  const x = scaleLinear()
    .domain([0, whole > 0 ? whole : 1])
    .range([x0, x0 + width]);
  let at = 0;
  const segments: StackSegment[] = [];
  for (const p of shown) {
    const a = x(at);
    const b = x(at + p.value);
    segments.push({ ...p, x: a, width: b - a, mid: (a + b) / 2 });
    at += p.value;
  }
  const restValue = total !== undefined && hidden.length ? Math.max(0, total - sum) : 0;
  const rest = restValue > 0 ? { x: x(sum), width: x(sum + restValue) - x(sum) } : null;
  const ticks = x
    .ticks(5)
    .filter((v) => !integer || Number.isInteger(v))
    .map((v) => ({ value: v, x: x(v) }));
  return { segments, hidden, rest, ticks, total: whole };
}

/**
 * Fills for neighbouring segments: dark, light, dark..., so each neighbour pair differs by
 * at least 3:1 (checked in the test), with a pattern per part as well (never colour alone).
 */
export const STACK_FILLS = ['#004c7a', '#f0e442', '#8f3b00', '#56b4e9'] as const;

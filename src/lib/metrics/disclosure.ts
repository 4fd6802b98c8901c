/**
 * Disclosure control (METRICS.md, "Disclosure control"): the one layer every
 * figure passes before it is shown or exported. Raw values stay inside the
 * engine; what leaves is a FigureRow whose value is null when suppressed.
 *
 * Rules, in order, per figure:
 * 1. unavailable (the figure does not exist for the scope) -> 'not_available';
 * 2. network figures (those carrying `sessions`): basis < k or sessions < 3 -> 'below_k';
 * 3. a count of persons from 1 to k-1 -> 'below_k' (the UI shows "<k"); 0 is shown;
 * 4. a rate, share or index whose basis (its smallest numerator or denominator
 *    count of persons, a zero numerator not counting: see minBasis) is below k
 *    -> 'below_k'; basis null = not about persons;
 * 5. complementary: the cells of a breakdown add up to a shown total, so a lone
 *    suppressed cell could be derived. In every breakdown with exactly one
 *    suppressed cell, the smallest shown cell is suppressed too
 *    ('complementary'). A cell can belong to several breakdowns (keys joined by
 *    BREAKDOWN_SEP), so this repeats until no breakdown has exactly one.
 */
import { BREAKDOWN_SEP } from './sql';
import { MIN_K, type FigureRow, type RawFigure, type SuppressReason } from './types';

/** Sessions a network figure needs (METRICS.md). */
export const MIN_SESSIONS = 3;

export function checkK(k: number): number {
  if (typeof k !== 'number' || !Number.isFinite(k) || k < MIN_K) {
    throw new Error(`disclosure threshold k must be at least ${MIN_K}, got ${k}`);
  }
  return k;
}

/** The reason a figure is suppressed on its own (before complementary suppression), or null. */
export function primaryReason(f: RawFigure, k: number): SuppressReason | null {
  if (f.unavailable || f.value === null || !Number.isFinite(f.value)) return 'not_available';
  if (f.sessions !== undefined) {
    if (f.basis === null || f.basis < k || f.sessions < MIN_SESSIONS) return 'below_k';
    return null;
  }
  // Zero persons is shown as 0: it identifies nobody, and "nobody reached" is what a coordinator must see.
  if (f.isPersonCount) return f.value > 0 && f.value < k ? 'below_k' : null;
  if (f.basis !== null && f.basis < k) return 'below_k';
  return null;
}

export function applyDisclosure(raw: RawFigure[], k: number): FigureRow[] {
  checkK(k);
  const reasons: Array<SuppressReason | null> = raw.map((f) => primaryReason(f, k));

  // Complementary suppression within breakdowns.
  const groups = new Map<string, number[]>();
  raw.forEach((f, i) => {
    if (!f.breakdown) return;
    for (const key of f.breakdown.split(BREAKDOWN_SEP)) {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(i);
    }
  });
  const order = (i: number, j: number) => {
    const a = raw[i];
    const b = raw[j];
    return (
      (a.value as number) - (b.value as number) ||
      cmp(a.wijk_id, b.wijk_id) ||
      cmp(a.dimension, b.dimension) ||
      cmp(a.group, b.group) ||
      cmp(a.metric, b.metric)
    );
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const cells of groups.values()) {
      const suppressed = cells.filter((i) => reasons[i] !== null).length;
      if (suppressed !== 1) continue;
      const shown = cells.filter((i) => reasons[i] === null).sort(order);
      if (shown.length === 0) continue;
      reasons[shown[0]] = 'complementary';
      changed = true;
    }
  }

  return raw.map((f, i) => ({
    city: f.city,
    wijk_id: f.wijk_id,
    provider: f.provider,
    dimension: f.dimension,
    group: f.group,
    metric: f.metric,
    value: reasons[i] === null ? f.value : null,
    suppressed: reasons[i]
  }));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

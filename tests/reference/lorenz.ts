/**
 * Reference: the Lorenz deciles of concentration (src/lib/metrics/lorenz.ts), residents
 * perspective as R7. Written independently of the SQL: each participant i (ascending by
 * participations a_i) occupies the slice [(i-1)/N, i/N] of the x axis, and L(p) adds up
 * a_i times the part of that slice that lies below p. This is the same piecewise-linear
 * curve as the SQL's (C_i + f a_(i+1)) / S, computed another way.
 */
import type { CanonicalData } from '../../src/lib/load/canonical';
import type { RawFigure, Scope } from '../../src/lib/metrics/types';
import { type Model, type Unit, buildModel, fig, matchesProvider, units } from './model';

/** L(p) of a list of participation counts (any order); null when there are none. */
export function lorenzAt(counts: number[], p: number): number | null {
  const a = [...counts].sort((x, y) => x - y);
  const N = a.length;
  const S = a.reduce((s, v) => s + v, 0);
  if (N === 0 || S === 0) return null;
  let covered = 0;
  a.forEach((ai, idx) => {
    const part = Math.min(Math.max(p * N - idx, 0), 1);
    covered += ai * part;
  });
  return covered / S;
}

/** Participations in P per resident of u (one per session), the R7 a_i. */
export function participationCounts(m: Model, u: Unit): number[] {
  const seen = new Set<string>();
  const a = new Map<string, number>();
  for (const x of m.atts) {
    if (!matchesProvider(m.scope.provider, x.provider) || x.month < m.scope.from || x.month > m.scope.to) continue;
    const h = m.home.get(x.participant_id);
    if (h === undefined || !u.wijken.has(h)) continue;
    const key = `${x.participant_id}\u0000${x.activity_id}\u0000${x.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    a.set(x.participant_id, (a.get(x.participant_id) ?? 0) + 1);
  }
  return [...a.values()];
}

export function lorenzFiguresOf(m: Model, u: Unit): RawFigure[] {
  const counts = participationCounts(m, u);
  const out: RawFigure[] = [];
  for (let d = 1; d <= 10; d++) {
    out.push(fig(u, m.scope.provider, '', String(d * 10), 'lorenz_share', lorenzAt(counts, d / 10), Math.floor(counts.length / 10)));
  }
  return out;
}

/** Every unit's Lorenz deciles: what src/lib/metrics/lorenz.ts must return before disclosure. */
export function referenceLorenzFigures(data: CanonicalData, scope: Scope): RawFigure[] {
  const m = buildModel(data, scope);
  return units(m).flatMap((u) => lorenzFiguresOf(m, u));
}

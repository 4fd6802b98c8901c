/**
 * Reference: the Lorenz deciles of concentration (lorenz_share, src/lib/metrics/reach.ts),
 * residents perspective as R7. Written independently of the SQL: each participant i (ascending by
 * participations a_i) occupies the slice [(i-1)/N, i/N] of the x axis, and L(p) adds up
 * a_i times the part of that slice that lies below p. This is the same piecewise-linear
 * curve as the SQL's (C_i + f a_(i+1)) / S, computed another way.
 */

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


/**
 * The auditor (issue 11, METRICS.md "The test that counts is an attack"): it holds every
 * figure a site publishes and the public population, solves for every hidden person
 * count, and scores its guesses against the truth.
 *
 *   const report = await audit({ publication: readPublication(dir), data: await readCanonical(dataDir), noise: 2 });
 *
 * The attack (model.ts, solve.ts) sees the publication and the population only; the truth
 * (truth.ts, the reference implementation) is used afterwards, for scoring.
 */
import type { CanonicalData } from '../../src/lib/load/canonical';
import type { Provider } from '../../src/lib/metrics/types';
import { AttackModel, label, type AttackOptions, type Cell } from './model';
import { Population } from './population';
import { periodKey, type Publication } from './publication';
import { solve, type SolveOptions, type SolveStats } from './solve';
import { trueCounts } from './truth';

export { readPublication } from './publication';
export { USED_METRICS } from './model';
export { readCanonical } from './data';

export interface Recovery {
  figure: string;
  value: number;
  truth: number | null;
  /** The published figures and relations that gave it away, nearest first. */
  chain: string[];
}

export interface Score {
  /** Hidden true counts scored (those the truth knows). */
  cells: number;
  /** The attack's best guess was the true count. */
  right: number;
  /** The most common hidden true count, and how often guessing it always would be right. */
  blindValue: number | null;
  blindRight: number;
  /** right / cells and blindRight / cells. */
  accuracy: number;
  blindAccuracy: number;
  /** Pinned to one value: all of them, and those where that value is wrong (a bug in the attack). */
  certain: number;
  certainWrong: number;
  /** The true value lay outside the attack's range (a bug in the attack or in the publication). */
  outOfRange: number;
}

export interface AuditReport {
  k: number;
  noise: number;
  figures: number;
  hidden: { total: number; below_k: number; complementary: number };
  assumptions: string[];
  inconsistencies: string[];
  /** Metrics the attack does not read, with how many figures each. */
  unused: Record<string, number>;
  solve: SolveStats & { variables: number; constraints: number };
  /** Hidden counts ("<k" and complementary). */
  score: Score;
  /** Of them, the "<k" ones alone. */
  belowK: Score;
  /** Shown counts below k + noise + 1: their true value may be small too. */
  shownSmall: Score;
  recoveries: Recovery[];
  /** The criterion of METRICS.md: nothing certain, and best guesses at most 10 points above the blind guess. */
  criterionHolds: boolean;
}

export interface AuditOptions extends AttackOptions, SolveOptions {
  publication: Publication;
  /** Score the hidden counts of at most this many periods, spread evenly (the truth is the slow part); default all. */
  scorePeriods?: number;
  /** The export: its population is public; the rest is only for scoring. */
  data: CanonicalData;
}

export async function audit(o: AuditOptions): Promise<AuditReport> {
  const model = new AttackModel(o.publication, new Population(o.data.population), o);
  const sys = model.sys;
  const targets = model.hidden.map((c) => c.x);
  const stats = await solve(sys, targets, o);

  // Scoring: the truth only now.
  let periods = [...new Set(model.hidden.concat(model.shown).map((c) => c.row!.period))].sort().map((p) => o.publication.periods.get(p)!);
  if (o.scorePeriods !== undefined && periods.length > o.scorePeriods) {
    const step = periods.length / o.scorePeriods;
    periods = Array.from({ length: o.scorePeriods }, (_, i) => periods[Math.floor(i * step)]);
  }
  const providers = [...new Set(o.publication.figures.map((f) => f.provider))] as Provider[];
  const truth = trueCounts(o.data, periods, providers, o.publication.dimensions);
  const scoredPeriods = new Set(periods.map(periodKey));
  const guess = (c: Cell) => bestGuess(sys.lo[c.x], sys.hi[c.x], sys.lo[c.p], sys.hi[c.p], model.noise);
  const score = (cells: Cell[]): Score => {
    const scored = cells.filter((c) => scoredPeriods.has(c.row!.period));
    const freq = new Map<number, number>();
    for (const c of scored) freq.set(truth.get(c.key) ?? 0, (freq.get(truth.get(c.key) ?? 0) ?? 0) + 1);
    let blindValue: number | null = null;
    let blindRight = 0;
    for (const [v, n] of freq) if (n > blindRight || (n === blindRight && v < (blindValue ?? Infinity))) (blindValue = v, (blindRight = n));
    let right = 0;
    let certain = 0;
    let certainWrong = 0;
    let outOfRange = 0;
    for (const c of scored) {
      // A hidden row the reference has no row for: nobody (the reference leaves empty groups out).
      const t = truth.get(c.key) ?? 0;
      if (guess(c) === t) right++;
      if (sys.lo[c.x] === sys.hi[c.x]) {
        certain++;
        if (sys.lo[c.x] !== t) certainWrong++;
      }
      if (t < sys.lo[c.x] || t > sys.hi[c.x]) outOfRange++;
    }
    const n = scored.length;
    return { cells: n, right, blindValue, blindRight, accuracy: n ? right / n : 0, blindAccuracy: n ? blindRight / n : 0, certain, certainWrong, outOfRange };
  };
  const hiddenScore = score(model.hidden);
  const recoveries: Recovery[] = model.hidden
    .filter((c) => sys.lo[c.x] === sys.hi[c.x])
    .map((c) => ({ figure: label(c.row!), value: sys.lo[c.x], truth: scoredPeriods.has(c.row!.period) ? (truth.get(c.key) ?? 0) : null, chain: sys.chain(c.x) }));
  const k = o.publication.k;
  const small = model.shown.filter((c) => (c.row!.value as number) < k + model.noise + 1 && (c.row!.value as number) > 0);
  return {
    k,
    noise: model.noise,
    figures: o.publication.figures.length + [...o.publication.skipped.values()].reduce((a, b) => a + b, 0),
    hidden: {
      total: model.hidden.length,
      below_k: model.hidden.filter((c) => c.row!.suppressed === 'below_k').length,
      complementary: model.hidden.filter((c) => c.row!.suppressed === 'complementary').length
    },
    assumptions: model.assumptions,
    inconsistencies: model.inconsistencies,
    unused: Object.fromEntries([...model.unused].sort()),
    solve: { ...stats, variables: sys.names.length, constraints: sys.cons.length },
    score: hiddenScore,
    belowK: score(model.hidden.filter((c) => c.row!.suppressed === 'below_k')),
    shownSmall: score(model.noise > 0 ? small : []),
    recoveries,
    criterionHolds: recoveries.length === 0 && hiddenScore.accuracy <= hiddenScore.blindAccuracy + 0.1
  };
}

/**
 * The attack's best guess of a true count x in [lo, hi] whose published value p lies in
 * [plo, phi]: the x most likely to publish a value in that range under the noise of
 * METRICS.md (d = -2..+2 with 0.1, 0.2, 0.4, 0.2, 0.1). On a tie the attacker's prior
 * decides: one person is the most common small count, then 2, then 0, then larger. Without
 * noise (or without a bound) that prior alone picks from [lo, hi].
 */
export function bestGuess(lo: number, hi: number, plo: number, phi: number, noise: number): number {
  const prior = (x: number) => (x === 1 ? 0 : x === 2 ? 1 : x === 0 ? 2 : x);
  if (hi === Infinity) return lo;
  const probs = noiseProbabilities(noise);
  let best = lo;
  let bestP = -1;
  for (let x = lo; x <= Math.min(hi, lo + 50); x++) {
    let pr = 0;
    if (noise === 0) pr = 1;
    else if (x === 0) pr = plo <= 0 ? 1 : 0;
    else
      probs.forEach((q, i) => {
        const p = Math.max(0, x + i - noise);
        if (p >= plo && p <= phi) pr += q;
      });
    if (pr > bestP + 1e-12 || (Math.abs(pr - bestP) <= 1e-12 && prior(x) < prior(best))) (best = x), (bestP = pr);
  }
  return best;
}

/** P(d) for d = -noise..+noise: METRICS.md's table for noise 2, a symmetric triangle otherwise. */
function noiseProbabilities(noise: number): number[] {
  if (noise === 2) return [0.1, 0.2, 0.4, 0.2, 0.1];
  const w = Array.from({ length: 2 * noise + 1 }, (_, i) => noise + 1 - Math.abs(i - noise));
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}

/** The report in a few lines of text, for the command line and test failures. */
export function formatReport(r: AuditReport, maxRecoveries = 20): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const line = (name: string, s: Score) =>
    `${name}: ${s.cells} scored; best guess right ${s.right} (${pct(s.accuracy)}) against blind guess ${s.blindValue ?? '-'} right ${s.blindRight} (${pct(s.blindAccuracy)}); certain ${s.certain} (${s.certainWrong} wrong); truth outside range ${s.outOfRange}`;
  const out = [
    `figures ${r.figures}, k ${r.k}, noise model ±${r.noise}`,
    `hidden person counts ${r.hidden.total} (<k ${r.hidden.below_k}, complementary ${r.hidden.complementary})`,
    `solver: ${r.solve.variables} unknowns, ${r.solve.constraints} constraints; propagation pinned ${r.solve.propagatedPinned}; HiGHS tried ${r.solve.mipTried}, tightened ${r.solve.mipTightened}, pinned ${r.solve.mipPinned}${r.solve.mipSkipped ? `, skipped ${r.solve.mipSkipped} (time budget)` : ''}; ${r.solve.seconds.toFixed(1)} s`,
    line('hidden', r.score),
    line('hidden <k', r.belowK),
    ...(r.noise > 0 ? [line(`shown below ${r.k + r.noise + 1}`, r.shownSmall)] : []),
    `criterion (nothing certain, guesses at most 10 points above blind): ${r.criterionHolds ? 'holds' : 'FAILS'}`,
    `assumptions: ${r.assumptions.join('; ')}`
  ];
  if (r.inconsistencies.length) out.push(`inconsistent figures (${r.inconsistencies.length}): ${r.inconsistencies.slice(0, 5).join('; ')}`);
  if (Object.keys(r.unused).length) out.push(`not used by the attack: ${Object.keys(r.unused).join(', ')}`);
  for (const rec of r.recoveries.slice(0, maxRecoveries)) {
    out.push(`recovered ${rec.figure} = ${rec.value}${rec.truth === null ? '' : rec.truth === rec.value ? ' (right)' : ` (WRONG: truth ${rec.truth})`}`);
    for (const c of rec.chain.slice(0, 6)) out.push(`    <- ${c}`);
  }
  if (r.recoveries.length > maxRecoveries) out.push(`... and ${r.recoveries.length - maxRecoveries} more recovered`);
  return out.join('\n');
}

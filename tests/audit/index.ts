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

/** A hidden count the attack pins down, with its evidence. */
export interface Recovery {
  figure: string;
  value: number;
  truth: number | null;
  /** The published figures and relations that gave it away, nearest first. */
  chain: string[];
}

/** How well the attack guesses a set of true counts, against the blind guess. */
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

/** Everything one audit found: what it used, assumed, pinned and guessed. */
export interface AuditReport {
  k: number;
  noise: number;
  figures: number;
  hidden: { total: number; below_k: number; not_available: number };
  assumptions: string[];
  inconsistencies: string[];
  /** Figures shown against a METRICS.md rule the publication itself proves (R7's top 20%; a shown figure resting on fewer than k). */
  ruleBreaches: string[];
  /** Metrics the attack does not read, with how many figures each. */
  unused: Record<string, number>;
  solve: SolveStats & { variables: number; constraints: number };
  /** Hidden counts ("<k", and not available by their nature). */
  score: Score;
  /** Of them, the "<k" ones alone. */
  belowK: Score;
  /** Shown counts below k + noise + 1: their true value may be small too. */
  shownSmall: Score;
  recoveries: Recovery[];
  /** The criterion of METRICS.md: nothing certain, and best guesses at most 10 points above the blind guess. */
  criterionHolds: boolean;
}

/** What to attack, with which knowledge, and how hard. */
export interface AuditOptions extends AttackOptions, SolveOptions {
  publication: Publication;
  /** Score the hidden counts of at most this many periods, spread evenly (the truth is the slow part); default all. */
  scorePeriods?: number;
  /** The export: its population is public; the rest is only for scoring. */
  data: CanonicalData;
}

/** Attack a publication, then score the attack against the truth of the export. */
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
  const guessOf = new Map<Cell, number>();
  const trueValue = (c: Cell) => truth.get(c.key) ?? 0;
  // The attacker's prior is the base rate of the scored cells' true values: the knowledge the blind guess has too.
  const guessAll = (cells: Cell[]) => {
    const scored = cells.filter((c) => scoredPeriods.has(c.row!.period));
    const prior: number[] = [];
    for (const c of scored) prior[trueValue(c)] = (prior[trueValue(c)] ?? 0) + 1 / scored.length;
    const g = bestGuesses(scored.map((c) => ({ lo: sys.lo[c.x], hi: sys.hi[c.x], plo: sys.lo[c.p], phi: sys.hi[c.p] })), model.noise, prior);
    scored.forEach((c, i) => guessOf.set(c, g[i]));
  };
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
      if (guessOf.get(c) === t) right++;
      if (sys.lo[c.x] === sys.hi[c.x]) {
        certain++;
        if (sys.lo[c.x] !== t) certainWrong++;
      }
      if (t < sys.lo[c.x] || t > sys.hi[c.x]) outOfRange++;
    }
    const n = scored.length;
    return { cells: n, right, blindValue, blindRight, accuracy: n ? right / n : 0, blindAccuracy: n ? blindRight / n : 0, certain, certainWrong, outOfRange };
  };
  const k = o.publication.k;
  const small = model.shown.filter((c) => (c.row!.value as number) < k + model.noise + 1 && (c.row!.value as number) > 0);
  guessAll(model.hidden);
  guessAll(small);
  const hiddenScore = score(model.hidden);
  const recoveries: Recovery[] = model.hidden
    .filter((c) => sys.lo[c.x] === sys.hi[c.x])
    .map((c) => ({ figure: label(c.row!), value: sys.lo[c.x], truth: scoredPeriods.has(c.row!.period) ? (truth.get(c.key) ?? 0) : null, chain: sys.chain(c.x) }));
  return {
    k,
    noise: model.noise,
    figures: o.publication.figures.length + [...o.publication.skipped.values()].reduce((a, b) => a + b, 0),
    hidden: {
      total: model.hidden.length,
      below_k: model.hidden.filter((c) => c.row!.suppressed === 'below_k').length,
      not_available: model.hidden.filter((c) => c.row!.suppressed === 'not_available').length
    },
    assumptions: model.assumptions,
    inconsistencies: model.inconsistencies,
    ruleBreaches: [...model.ruleBreaches, ...model.thresholdBreaches()],
    unused: Object.fromEntries([...model.unused].sort()),
    solve: { ...stats, variables: sys.names.length, constraints: sys.cons.length },
    score: hiddenScore,
    belowK: score(model.hidden.filter((c) => c.row!.suppressed === 'below_k')),
    shownSmall: score(model.noise > 0 ? small : []),
    recoveries,
    criterionHolds: recoveries.length === 0 && hiddenScore.accuracy <= hiddenScore.blindAccuracy + 0.1
  };
}

/** P(a count of x persons is published as a value in [plo, phi]) under METRICS.md's noise. */
export function likelihood(x: number, plo: number, phi: number, noise: number): number {
  if (noise === 0) return x >= plo && x <= phi ? 1 : 0;
  if (x === 0) return plo <= 0 ? 1 : 0;
  let pr = 0;
  noiseProbabilities(noise).forEach((q, i) => {
    const p = Math.max(0, x + i - noise);
    if (p >= plo && p <= phi) pr += q;
  });
  return pr;
}

/** A hidden count as the attack knows it: the ranges of its true and its published value. */
export interface Unknown {
  /** The true count's range. */
  lo: number;
  hi: number;
  /** The published value's range. */
  plo: number;
  phi: number;
}

/**
 * The attacker's best guesses of hidden counts: for each, the value of its range most
 * probable under the prior (the base rate of hidden counts, prior[x] for x persons) times
 * the noise likelihood of what was published. Given the base rate the blind guess also
 * gets (its most common value), the difference between the two measures only what the
 * published figures add.
 */
export function bestGuesses(cells: Unknown[], noise: number, prior: number[]): number[] {
  const pr = (x: number) => (prior[x] ?? 0) + 1e-12;
  return cells.map((c) => {
    let best = c.lo;
    let bestP = -1;
    for (let x = c.lo; x <= Math.min(c.hi, c.lo + 60); x++) {
      const p = pr(x) * likelihood(x, c.plo, c.phi, noise);
      if (p > bestP * (1 + 1e-9)) (best = x), (bestP = p);
    }
    return best;
  });
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
    `hidden person counts ${r.hidden.total} (<k ${r.hidden.below_k}, not available ${r.hidden.not_available})`,
    `solver: ${r.solve.variables} unknowns, ${r.solve.constraints} constraints; propagation pinned ${r.solve.propagatedPinned}; HiGHS tried ${r.solve.mipTried}, tightened ${r.solve.mipTightened}, pinned ${r.solve.mipPinned}${r.solve.mipSkipped ? `, left ${r.solve.mipSkipped} to propagation alone (--mip-limit, --budget)` : ''}; ${r.solve.seconds.toFixed(1)} s`,
    line('hidden', r.score),
    line('hidden <k', r.belowK),
    ...(r.noise > 0 ? [line(`shown below ${r.k + r.noise + 1}`, r.shownSmall)] : []),
    `criterion (nothing certain, guesses at most 10 points above blind): ${r.criterionHolds ? 'holds' : 'FAILS'}`,
    `assumptions: ${r.assumptions.join('; ')}`
  ];
  if (r.ruleBreaches.length) out.push(`shown against a rule (${r.ruleBreaches.length}): ${r.ruleBreaches.slice(0, 3).join('; ')}`);
  if (r.inconsistencies.length) out.push(`inconsistent figures (${r.inconsistencies.length}): ${r.inconsistencies.slice(0, 5).join('; ')}`);
  if (Object.keys(r.unused).length) out.push(`not used by the attack: ${Object.keys(r.unused).join(', ')}`);
  for (const rec of r.recoveries.slice(0, maxRecoveries)) {
    out.push(`recovered ${rec.figure} = ${rec.value}${rec.truth === null ? '' : rec.truth === rec.value ? ' (right)' : ` (WRONG: truth ${rec.truth})`}`);
    for (const c of rec.chain.slice(0, 6)) out.push(`    <- ${c}`);
  }
  if (r.recoveries.length > maxRecoveries) out.push(`... and ${r.recoveries.length - maxRecoveries} more recovered`);
  return out.join('\n');
}

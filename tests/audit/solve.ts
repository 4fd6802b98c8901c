/**
 * The least and greatest value each hidden count can take under every constraint, with
 * integrality: first bound propagation over the whole system (fast, and it is how
 * subtraction chains unravel), then for each hidden count still open the linear program
 * over its neighbourhood in the constraint graph with HiGHS, and the mixed-integer program
 * where the LP leaves a few values only. A neighbourhood
 * keeps every variable's propagated bounds and only drops constraints, so it can only
 * widen the true range: what it pins is pinned.
 */
import loadHighs from 'highs';
import { whyText, type System } from './system';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | null = null;
const highs = () => (highsPromise ??= loadHighs());

/** How much HiGHS may do: neighbourhood size, time, how many counts. */
export interface SolveOptions {
  /** Variables in one neighbourhood at most. */
  maxVars?: number;
  /** Seconds HiGHS may spend on one bound. */
  timeLimit?: number;
  /** Stop the MIP pass after this many seconds in all (the rest keep their propagated bounds). */
  budget?: number;
  /** At most this many open counts go to HiGHS, spread evenly over them (default: all). */
  mipLimit?: number;
  /** Called after each bound HiGHS adds (for debugging the attack). */
  onTighten?: (v: number, lo: number, hi: number) => void;
}

/** What each pass pinned or tightened, for the report. */
export interface SolveStats {
  propagatedPinned: number;
  mipTried: number;
  mipTightened: number;
  mipPinned: number;
  mipSkipped: number;
  seconds: number;
}

/**
 * Tighten the bounds of `targets` (variables of the system) as far as the constraints allow.
 */
export async function solve(sys: System, targets: number[], opts: SolveOptions = {}): Promise<SolveStats> {
  const started = performance.now();
  sys.propagate();
  const open = () => targets.filter((v) => sys.lo[v] < sys.hi[v]);
  const stats: SolveStats = { propagatedPinned: targets.length - open().length, mipTried: 0, mipTightened: 0, mipPinned: 0, mipSkipped: 0, seconds: 0 };
  const h = await highs();
  const maxVars = opts.maxVars ?? 250;
  const budget = (opts.budget ?? 600) * 1000;
  let todo = open();
  const limit = opts.mipLimit ?? Infinity;
  if (todo.length > limit) {
    stats.mipSkipped += todo.length - limit;
    const step = todo.length / limit;
    todo = Array.from({ length: limit }, (_, i) => todo[Math.floor(i * step)]);
  }
  const fromHighs = new Set<number>();
  for (const v of todo) {
    if (sys.lo[v] === sys.hi[v]) continue;
    if (performance.now() - started > budget) {
      stats.mipSkipped++;
      continue;
    }
    const hood = neighbourhood(sys, v, maxVars);
    if (!hood.cons.length) continue;
    stats.mipTried++;
    // The LP relaxation first (fast); the integer program where the LP leaves only a few values.
    let range = boundsOf(h, sys, hood, v, opts.timeLimit ?? 5, false);
    if (range && range[0] < range[1] && range[1] - range[0] <= 3) range = boundsOf(h, sys, hood, v, opts.timeLimit ?? 5, true) ?? range;
    if (!range) continue;
    const [lo, hi] = range;
    if (lo > sys.lo[v] || hi < sys.hi[v]) {
      stats.mipTightened++;
      const cons = hood.cons;
      // Named once, and without spelling out earlier HiGHS bounds: each cites its own
      // neighbourhood, so expanding them would nest without end (it once ran for hours).
      let text: string | null = null;
      const why = () =>
        (text ??= (() => {
          const figures = cons.filter((c) => !fromHighs.has(c));
          const earlier = cons.length - figures.length;
          return `HiGHS over ${cons.length} relations${earlier ? ` (${earlier} of them earlier HiGHS bounds)` : ''}: ${[...new Set(figures.map((c) => whyText(sys.cons[c].why)))].slice(0, 12).join('; ')}`;
        })());
      // The bound as a constraint of its own, so propagation carries it on and chains can cite it.
      sys.add([[v, 1]], Math.max(lo, sys.lo[v]), Math.min(hi, sys.hi[v]), why);
      fromHighs.add(sys.cons.length - 1);
      opts.onTighten?.(v, lo, hi);
      sys.propagate([sys.cons.length - 1]);
      if (sys.lo[v] === sys.hi[v]) stats.mipPinned++;
    }
  }
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}

interface Hood {
  vars: number[];
  cons: number[];
}

/** Breadth first from v through the constraints of open (not yet pinned) variables, up to maxVars. */
export function neighbourhood(sys: System, v: number, maxVars: number): Hood {
  const inSet = new Set<number>([v]);
  const order = [v];
  const consSeen = new Set<number>();
  for (let i = 0; i < order.length; i++) {
    const u = order[i];
    if (u !== v && sys.lo[u] === sys.hi[u]) continue; // a known value: a constant, nothing to follow
    for (const c of sys.uses[u]) {
      if (consSeen.has(c)) continue;
      consSeen.add(c);
      const add = sys.cons[c].vars.filter((w) => !inSet.has(w));
      if (inSet.size + add.length > maxVars) continue;
      for (const w of add) (inSet.add(w), order.push(w));
    }
  }
  const cons: number[] = [];
  for (const c of consSeen) if (sys.cons[c].vars.every((w) => inSet.has(w))) cons.push(c);
  return { vars: order, cons };
}

/** min and max of v over the neighbourhood's integer points, or null when HiGHS cannot tell in time. */
function boundsOf(h: Highs, sys: System, hood: Hood, v: number, timeLimit: number, integer: boolean): [number, number] | null {
  const col = new Map(hood.vars.map((u, i) => [u, i]));
  const inf = h.infinity;
  const fin = (x: number) => (x === Infinity ? inf : x === -Infinity ? -inf : x);
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (const c of hood.cons) {
    const k = sys.cons[c];
    k.vars.forEach((u, i) => (indices.push(col.get(u)!), values.push(k.coefs[i])));
    starts.push(indices.length);
    rowLower.push(fin(k.lo));
    rowUpper.push(fin(k.hi));
  }
  const n = hood.vars.length;
  const colCost = new Array<number>(n).fill(0);
  colCost[0] = 1;
  const model = h.createModel({
    numCols: n,
    numRows: hood.cons.length,
    colCost,
    colLower: hood.vars.map((u) => fin(sys.lo[u])),
    colUpper: hood.vars.map((u) => fin(sys.hi[u])),
    rowLower,
    rowUpper,
    matrix: { format: 'csr', numRows: hood.cons.length, numCols: n, starts, indices, values },
    ...(integer ? { integrality: new Array(n).fill(h.constants.variableType.integer) } : {})
  });
  try {
    model.options.set({ output_flag: false, time_limit: timeLimit });
    const out: number[] = [];
    for (const sense of [h.constants.objectiveSense.minimize, h.constants.objectiveSense.maximize]) {
      model.changeObjectiveSense(sense);
      model.run();
      const status = model.getModelStatus();
      if (status === h.constants.modelStatus.unbounded || status === h.constants.modelStatus.unboundedOrInfeasible) {
        out.push(sense === h.constants.objectiveSense.minimize ? -Infinity : Infinity);
        continue;
      }
      if (status !== h.constants.modelStatus.optimal) return null;
      // The proven bound, not the incumbent: with a gap the solver may not have closed, use the dual bound.
      const obj = model.getObjectiveValue();
      const bound = integer ? Number(model.info.get('mip_dual_bound')) : obj;
      const b = Number.isFinite(bound) ? bound : obj;
      out.push(sense === h.constants.objectiveSense.minimize ? Math.ceil(Math.min(b, obj) - 1e-5) : Math.floor(Math.max(b, obj) + 1e-5));
    }
    // A solver's optimum is only trusted where asking the other way agrees: the values it
    // excluded must be infeasible. (HiGHS's MIP presolve has been seen to cut off a feasible
    // point of these thin, rounded constraints; asking for feasibility there found it.)
    model.changeColCost(0, 0);
    const infeasible = (a: number, b: number) => {
      model.changeColBounds(0, fin(a), fin(b));
      model.run();
      return model.getModelStatus() === h.constants.modelStatus.infeasible;
    };
    let [lo, hi] = out;
    if (lo > sys.lo[v] && !infeasible(sys.lo[v], lo - 1)) lo = sys.lo[v];
    if (hi < sys.hi[v] && !infeasible(hi + 1, sys.hi[v])) hi = sys.hi[v];
    return [lo, hi];
  } finally {
    model.dispose();
  }
}

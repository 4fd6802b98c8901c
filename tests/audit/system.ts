/**
 * The attacker's equations: integer unknowns (true and published person counts) with
 * bounds, and linear constraints lo <= sum a_i v_i <= hi, each saying in words which
 * published figures it comes from. Bound propagation runs here; the LP/MIP pass
 * (solve.ts) tightens what propagation leaves open.
 */

/** Which published figures or which rule gave a constraint, in words; made only when asked (there are millions). */
export type Why = string | (() => string);

/** lo <= sum coefs[i] * vars[i] <= hi, and why. */
export interface Constraint {
  vars: number[];
  coefs: number[];
  lo: number;
  hi: number;
  why: Why;
}

/** The words of a Why, made now. */
export const whyText = (w: Why): string => (typeof w === 'string' ? w : w());

/** Why a bound holds: the constraint that last tightened it (-1 = the initial bound). */
type Reason = number;

/** The figures contradict the equations: an unsound assumption or an inconsistent publication. */
export class Infeasible extends Error {
  constructor(
    message: string,
    readonly chain: string[]
  ) {
    super(message);
  }
}

/** Relative slack for floating point in derived figures: never lets rounding error pin a count. */
const EPS = 1e-7;

/** Integer unknowns with bounds and the constraints between them. */
export class System {
  names: string[] = [];
  lo: number[] = [];
  hi: number[] = [];
  loWhy: Reason[] = [];
  hiWhy: Reason[] = [];
  cons: Constraint[] = [];
  /** Constraints each variable takes part in. */
  uses: number[][] = [];
  private byName = new Map<string, number>();

  /** The variable of this name, made on first use as an integer in [0, infinity). */
  v(name: string): number {
    let i = this.byName.get(name);
    if (i === undefined) {
      i = this.names.push(name) - 1;
      this.byName.set(name, i);
      this.lo.push(0);
      this.hi.push(Infinity);
      this.loWhy.push(-1);
      this.hiWhy.push(-1);
      this.uses.push([]);
    }
    return i;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  index(name: string): number | undefined {
    return this.byName.get(name);
  }

  /** lo <= sum coef * var <= hi. Terms on the same variable are merged; empty constraints are dropped. */
  add(terms: Array<[number, number]>, lo: number, hi: number, why: Why): void {
    const m = new Map<number, number>();
    for (const [v, a] of terms) m.set(v, (m.get(v) ?? 0) + a);
    const vars: number[] = [];
    const coefs: number[] = [];
    for (const [v, a] of m) if (a !== 0) (vars.push(v), coefs.push(a));
    if (!vars.length) return;
    const c = this.cons.push({ vars, coefs, lo, hi, why }) - 1;
    for (const v of vars) this.uses[v].push(c);
  }

  eq(terms: Array<[number, number]>, value: number, why: Why): void {
    this.add(terms, value, value, why);
  }

  /**
   * Bound propagation to a fixed point: each constraint, given the other variables'
   * bounds, bounds each of its variables (rounded inward to integers with a small slack).
   * Throws Infeasible when the figures contradict the model.
   */
  propagate(start: Iterable<number> = this.cons.keys()): void {
    const queued = new Uint8Array(this.cons.length);
    const queue: number[] = [];
    for (const c of start) if (!queued[c]) (queued[c] = 1, queue.push(c));
    let head = 0;
    while (head < queue.length) {
      const c = queue[head++];
      queued[c] = 0;
      if (head > 1 << 20) (queue.splice(0, head), (head = 0));
      const changed = this.tighten(c);
      for (const v of changed) {
        for (const d of this.uses[v]) if (d !== c && !queued[d]) (queued[d] = 1, queue.push(d));
      }
    }
  }

  /** One constraint's bounds on its variables; returns the variables whose bounds moved. */
  private tighten(ci: number): number[] {
    const c = this.cons[ci];
    const n = c.vars.length;
    let minSum = 0;
    let maxSum = 0;
    let minInf = 0;
    let maxInf = 0;
    const mins = new Array<number>(n);
    const maxs = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const a = c.coefs[i];
      const v = c.vars[i];
      const lo = a > 0 ? a * this.lo[v] : a * this.hi[v];
      const hi = a > 0 ? a * this.hi[v] : a * this.lo[v];
      mins[i] = lo;
      maxs[i] = hi;
      if (lo === -Infinity) minInf++;
      else minSum += lo;
      if (hi === Infinity) maxInf++;
      else maxSum += hi;
    }
    const changed: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = c.coefs[i];
      const v = c.vars[i];
      // The other terms' least and greatest sum.
      const restMin = mins[i] === -Infinity ? (minInf > 1 ? -Infinity : minSum) : minInf > 0 ? -Infinity : minSum - mins[i];
      const restMax = maxs[i] === Infinity ? (maxInf > 1 ? Infinity : maxSum) : maxInf > 0 ? Infinity : maxSum - maxs[i];
      // a * v in [c.lo - restMax, c.hi - restMin]
      const tLo = c.lo === -Infinity || restMax === Infinity ? -Infinity : c.lo - restMax;
      const tHi = c.hi === Infinity || restMin === -Infinity ? Infinity : c.hi - restMin;
      let vLo = a > 0 ? tLo / a : tHi / a;
      let vHi = a > 0 ? tHi / a : tLo / a;
      if (Number.isNaN(vLo)) vLo = -Infinity;
      if (Number.isNaN(vHi)) vHi = Infinity;
      const newLo = vLo === -Infinity ? -Infinity : Math.ceil(vLo - EPS * Math.max(1, Math.abs(vLo)));
      const newHi = vHi === Infinity ? Infinity : Math.floor(vHi + EPS * Math.max(1, Math.abs(vHi)));
      let moved = false;
      if (newLo > this.lo[v]) {
        this.lo[v] = newLo;
        this.loWhy[v] = ci;
        moved = true;
      }
      if (newHi < this.hi[v]) {
        this.hi[v] = newHi;
        this.hiWhy[v] = ci;
        moved = true;
      }
      if (this.lo[v] > this.hi[v]) {
        throw new Infeasible(`the published figures contradict the model at ${this.names[v]} (${this.lo[v]} > ${this.hi[v]})`, this.chain(v));
      }
      if (moved) {
        changed.push(v);
        // Later terms must see this bound: recompute the sums from scratch next time round.
        const lo = a > 0 ? a * this.lo[v] : a * this.hi[v];
        const hi = a > 0 ? a * this.hi[v] : a * this.lo[v];
        if (mins[i] === -Infinity) minInf--;
        else minSum -= mins[i];
        if (maxs[i] === Infinity) maxInf--;
        else maxSum -= maxs[i];
        mins[i] = lo;
        maxs[i] = hi;
        if (lo === -Infinity) minInf++;
        else minSum += lo;
        if (hi === Infinity) maxInf++;
        else maxSum += hi;
      }
    }
    return changed;
  }

  /**
   * The figures that gave a variable's bounds away: the constraints behind its lower and
   * upper bound, then those behind the bounds they used, breadth first, at most `max`.
   */
  chain(v: number, max = 25): string[] {
    const seen = new Set<number>();
    const out: string[] = [];
    const said = new Set<string>();
    const queue: number[] = [];
    const push = (c: number) => {
      if (c >= 0 && !seen.has(c)) (seen.add(c), queue.push(c));
    };
    push(this.loWhy[v]);
    push(this.hiWhy[v]);
    while (queue.length && out.length < max) {
      const c = queue.shift()!;
      const text = whyText(this.cons[c].why);
      if (!said.has(text)) (said.add(text), out.push(text));
      for (const u of this.cons[c].vars) if (u !== v) (push(this.loWhy[u]), push(this.hiWhy[u]));
    }
    return out;
  }
}

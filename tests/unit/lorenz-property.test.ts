/**
 * Property tests of the Lorenz deciles (src/lib/metrics/lorenz.ts): on random small data
 * sets the SQL gives the same rows and values as the independent reference
 * (tests/reference/lorenz.ts), and the curve keeps the shape of a Lorenz curve and agrees
 * with the top-20% share of R7 where both are exact.
 */
import { describe, it, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import type { Engine } from '../../src/lib/engine/types';
import { createNodeEngine } from '../../src/lib/engine/node';
import { insertCanonical } from '../../src/lib/load/canonical';
import { lorenzFigures } from '../../src/lib/metrics/lorenz';
import { reachFigures } from '../../src/lib/metrics/reach';
import type { RawFigure } from '../../src/lib/metrics/types';
import { figureKey } from '../reference/index';
import { referenceLorenzFigures, lorenzAt } from '../reference/lorenz';
import { arbSpec, arbScope, buildData } from '../reference/generate';

const TOL = 1e-9;
const LONG = 180_000;

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => {
  await engine?.close();
});

const close = (a: number | null, b: number | null) =>
  (a === null && b === null) || (a !== null && b !== null && Math.abs(a - b) <= TOL * Math.max(1, Math.abs(b)));

function diff(sql: RawFigure[], ref: RawFigure[]): string[] {
  const out: string[] = [];
  const s = new Map(sql.map((f) => [figureKey(f), f]));
  const r = new Map(ref.map((f) => [figureKey(f), f]));
  if (s.size !== sql.length) out.push('sql: duplicate rows');
  for (const [k, f] of r) {
    const g = s.get(k);
    if (!g) out.push(`missing in sql: ${k}`);
    else {
      if (!close(g.value, f.value)) out.push(`value ${k}: sql ${g.value}, reference ${f.value}`);
      if (g.basis !== f.basis) out.push(`basis ${k}: sql ${g.basis}, reference ${f.basis}`);
    }
  }
  for (const k of s.keys()) if (!r.has(k)) out.push(`extra in sql: ${k}`);
  return out;
}

describe('Lorenz deciles: SQL = reference on random data', () => {
  it('every unit, every decile, value and basis', async () => {
    await fc.assert(
      fc.asyncProperty(arbSpec, arbScope, async (spec, scope) => {
        const data = buildData(spec);
        await insertCanonical(engine, data);
        const problems = diff(await lorenzFigures(engine, scope), referenceLorenzFigures(data, scope));
        if (problems.length) throw new Error(`${problems.slice(0, 20).join('\n')}\nscope ${JSON.stringify(scope)}`);
      }),
      { numRuns: 40 }
    );
  }, LONG);

  it('a Lorenz curve: rising, below the diagonal, ending at 1; 1 - L(80%) = top-20% share when N/5 is whole', async () => {
    await fc.assert(
      fc.asyncProperty(arbSpec, arbScope, async (spec, scope) => {
        await insertCanonical(engine, buildData(spec));
        const lorenz = await lorenzFigures(engine, scope);
        const reach = await reachFigures(engine, { ...scope, dimensions: [] });
        const problems: string[] = [];
        const units = new Set(lorenz.map((f) => `${f.city}|${f.wijk_id}`));
        for (const u of units) {
          const [city, wijk_id] = u.split('|');
          const curve = lorenz.filter((f) => f.city === city && f.wijk_id === wijk_id);
          const n = reach.find((f) => f.city === city && f.wijk_id === wijk_id && f.metric === 'participants')!.value!;
          if (n === 0) {
            if (curve.some((f) => f.value !== null)) problems.push(`${u}: values without participants`);
            continue;
          }
          let prev = 0;
          for (const f of curve) {
            const p = Number(f.group) / 100;
            if (f.value === null || f.value < prev - TOL || f.value > p + TOL) problems.push(`${u} ${f.group}: ${f.value} after ${prev}`);
            prev = f.value ?? prev;
          }
          if (!close(curve[9].value, 1)) problems.push(`${u}: ends at ${curve[9].value}`);
          if (n % 5 === 0) {
            const top = reach.find((f) => f.city === city && f.wijk_id === wijk_id && f.metric === 'top20_share')!.value!;
            if (!close(1 - curve[7].value!, top)) problems.push(`${u}: 1 - L(0.8) = ${1 - curve[7].value!}, top-20% share ${top}`);
          }
        }
        if (problems.length) throw new Error(problems.slice(0, 20).join('\n'));
      }),
      { numRuns: 20 }
    );
  }, LONG);
});

describe('reference lorenzAt', () => {
  it('is the piecewise-linear curve through (i/N, C_i/S)', () => {
    const a = [3, 1, 2];
    const pts = [0, 1 / 3, 2 / 3, 1].map((p) => lorenzAt(a, p));
    const want = [0, 1 / 6, 3 / 6, 1];
    pts.forEach((v, i) => {
      if (!close(v, want[i])) throw new Error(`${i}: ${v} != ${want[i]}`);
    });
    if (lorenzAt([], 0.5) !== null) throw new Error('empty must be null');
  });
});

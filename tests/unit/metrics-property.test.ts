/**
 * Property tests: on random small data sets, the set-based engine (src/lib/metrics: many
 * periods and all provider filters in one pass) publishes exactly what the independent
 * reference (tests/reference: one scope at a time, sets of persons, pairs enumerated, its own
 * record keys, cell keys and threshold) publishes for each period and scope: the same rows,
 * the same suppression, values within 1e-9 (unrounded). With and without perturbation.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import type { Engine } from '../../src/lib/engine/types';
import { createNodeEngine } from '../../src/lib/engine/node';
import { insertCanonical, type CanonicalData } from '../../src/lib/load/canonical';
import { computeFigures, prepareFigures, rawScopeRows, scopeRows, type FigureRun } from '../../src/lib/metrics/index';
import { PROVIDERS, type FigureRow, type Provider } from '../../src/lib/metrics/types';
import { figureKey, referencePeriod, referenceProviderFree, referenceScope, type RefFigure, type ScopedRow } from '../reference/index';
import { arbPeriod, arbSegregated, arbSettings, arbSpec, buildData } from '../reference/generate';
import { A, B } from '../reference/fixtures';

const NUM_RUNS = 40;
/**
 * Shrinking a failure re-runs the SQL many times, and 40 data sets through engine and reference
 * take minutes on a shared machine: room to finish and to report.
 */
const LONG = 900_000;
const TOL = 1e-9;

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => {
  await engine?.close();
});

const close = (a: number | null, b: number | null) =>
  (a === null && b === null) || (a !== null && b !== null && Math.abs(a - b) <= TOL * Math.max(1, Math.abs(b)));

/** Differences between the engine's rows and the reference's, readable; [] when they agree. */
function diffRows(sql: FigureRow[], ref: FigureRow[]): string[] {
  const problems: string[] = [];
  const index = (rows: FigureRow[], who: string) => {
    const m = new Map<string, FigureRow>();
    for (const r of rows) {
      const k = figureKey(r);
      if (m.has(k)) problems.push(`${who}: duplicate row ${k}`);
      m.set(k, r);
    }
    return m;
  };
  const s = index(sql, 'engine');
  const r = index(ref, 'reference');
  for (const [k, f] of r) if (!s.has(k)) problems.push(`missing in engine: ${k} = ${f.value ?? f.suppressed}`);
  for (const [k, f] of s) if (!r.has(k)) problems.push(`extra in engine: ${k} = ${f.value ?? f.suppressed}`);
  for (const [k, f] of r) {
    const g = s.get(k);
    if (!g) continue;
    if (g.suppressed !== f.suppressed) problems.push(`suppressed: ${k}: engine ${g.suppressed}, reference ${f.suppressed} (value ${g.value} / ${f.value})`);
    else if (!close(g.value, f.value)) problems.push(`value: ${k}: engine ${g.value}, reference ${f.value}`);
  }
  return problems;
}

interface Settings {
  dimensions: string[];
  cap: number;
  k: number;
  secret: Uint8Array | null;
}

/** The engine over these periods in one pass; every period's scopes as the pages read them. */
async function engineRun(data: CanonicalData, periods: Array<{ from: string; to: string }>, s: Settings, residenceMatrix: boolean, keepRaw = false): Promise<FigureRun> {
  await insertCanonical(engine, data);
  const run = await prepareFigures(engine, {
    keepRaw,
    dimensions: s.dimensions,
    k: s.k,
    cap: s.cap,
    secret: s.secret,
    perturb: s.secret !== null,
    round: false,
    lorenz: true,
    residenceMatrix
  });
  await computeFigures(run, periods);
  return run;
}

function refScope(rows: ScopedRow[], provider: Provider): FigureRow[] {
  return rows.filter((r) => r.scope === provider || r.scope === null).map(({ scope: _, ...r }) => r);
}

async function expectSame(data: CanonicalData, periods: Array<{ from: string; to: string }>, s: Settings, residenceMatrix = false) {
  const run = await engineRun(data, periods, s, residenceMatrix);
  const problems: string[] = [];
  for (const p of periods) {
    const ref = referencePeriod(data, { ...p, ...s }, PROVIDERS, { lorenz: true, residenceMatrix });
    for (const provider of PROVIDERS) {
      for (const d of diffRows(await scopeRows(run, p, provider), refScope(ref, provider))) problems.push(`${p.from}..${p.to} ${provider}: ${d}`);
    }
  }
  return problems;
}

const describeData = (data: CanonicalData, periods: unknown, s: Settings) =>
  `periods ${JSON.stringify(periods)}\nsettings ${JSON.stringify({ ...s, secret: s.secret && [...s.secret] })}\ndata ${JSON.stringify(data)}`;

/**
 * Differences before the threshold: every figure's value from perturbed counts, its kind, the
 * perturbed count it rests on, its sessions and whether it is structurally not available.
 * This reaches the formulas that k hides on small random data (R7, R8, the gateway, B9, ...).
 */
function diffRaw(sql: Array<Record<string, unknown>>, ref: RefFigure[]): string[] {
  const problems: string[] = [];
  const key = (f: Record<string, unknown>) => [f.city, f.wijk_id, f.provider, f.dimension, f.group, f.metric].join(' / ');
  const s = new Map(sql.map((f) => [key(f), f]));
  const r = new Map(ref.map((f) => [key(f as unknown as Record<string, unknown>), f]));
  if (s.size !== sql.length) problems.push('engine: duplicate rows');
  if (r.size !== ref.length) problems.push('reference: duplicate rows');
  for (const k of r.keys()) if (!s.has(k)) problems.push(`missing in engine: ${k}`);
  for (const k of s.keys()) if (!r.has(k)) problems.push(`extra in engine: ${k}`);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  for (const [k, f] of r) {
    const g = s.get(k);
    if (!g) continue;
    if (g.kind !== f.kind) problems.push(`kind: ${k}: engine ${g.kind}, reference ${f.kind}`);
    if (Boolean(g.na) !== Boolean(f.na)) problems.push(`na: ${k}: engine ${g.na}, reference ${f.na}`);
    if (!close(num(g.value), f.value)) problems.push(`value: ${k}: engine ${g.value}, reference ${f.value}`);
    if ((f.kind === 'share' || f.kind === 'network') && !close(num(g.basis), f.basis)) problems.push(`basis: ${k}: engine ${g.basis}, reference ${f.basis}`);
    if (f.kind === 'network' && num(g.sessions) !== f.sessions) problems.push(`sessions: ${k}: engine ${g.sessions}, reference ${f.sessions}`);
  }
  return problems;
}

describe('metrics: the set-based engine = the per-scope reference on random data', () => {
  it('every figure before the threshold: values, bases, sessions, availability', async () => {
    await fc.assert(
      fc.asyncProperty(arbSpec, fc.array(arbPeriod, { minLength: 1, maxLength: 3 }), arbSettings, fc.boolean(), async (spec, periods, settings, resMatrix) => {
        const data = buildData(spec);
        const s = { ...settings, dimensions: [...settings.dimensions] };
        const run = await engineRun(data, periods, s, resMatrix, true);
        const problems: string[] = [];
        for (const p of periods) {
          const free = referenceProviderFree(data, { ...p, ...s, provider: 'all' });
          for (const provider of PROVIDERS) {
            const ref = [...referenceScope(data, { ...p, ...s, provider }, { lorenz: true, residenceMatrix: resMatrix }), ...free];
            // B8 holds the cells of the groups of at least k persons: the threshold decides which exist.
            for (const d of diffRaw(await rawScopeRows(run, p, provider), ref)) problems.push(`${p.from}..${p.to} ${provider}: ${d}`);
          }
        }
        if (problems.length > 0) throw new Error(`${problems.length} differences (first 25):\n${problems.slice(0, 25).join('\n')}\n${describeData(data, periods, s)}`);
      }),
      { numRuns: NUM_RUNS }
    );
  }, LONG);

  it('every figure of every period and scope, several periods in one pass', async () => {
    await fc.assert(
      fc.asyncProperty(arbSpec, fc.array(arbPeriod, { minLength: 1, maxLength: 3 }), arbSettings, fc.boolean(), async (spec, periods, settings, resMatrix) => {
        const data = buildData(spec);
        const s = { ...settings, dimensions: [...settings.dimensions] };
        const problems = await expectSame(data, periods, s, resMatrix);
        if (problems.length > 0) throw new Error(`${problems.length} differences (first 25):\n${problems.slice(0, 25).join('\n')}\n${describeData(data, periods, s)}`);
      }),
      { numRuns: NUM_RUNS }
    );
  }, LONG);

  it('a period gives the same figures alone as among others (batching changes nothing)', async () => {
    await fc.assert(
      fc.asyncProperty(arbSpec, fc.array(arbPeriod, { minLength: 2, maxLength: 4 }), arbSettings, async (spec, periods, settings) => {
        const data = buildData(spec);
        const s = { ...settings, dimensions: [...settings.dimensions] };
        const together = await engineRun(data, periods, s, false);
        const all = new Map<string, FigureRow[]>();
        for (const p of periods) for (const pr of PROVIDERS) all.set(`${p.from}${p.to}${pr}`, await scopeRows(together, p, pr));
        for (const p of periods.slice(0, 2)) {
          const alone = await engineRun(data, [p], s, false);
          for (const pr of PROVIDERS) expect(await scopeRows(alone, p, pr)).toEqual(all.get(`${p.from}${p.to}${pr}`));
        }
      }),
      { numRuns: 10 }
    );
  }, LONG);

  it('perfectly segregated attendance has assortativity 1 (when two groups have pairs)', async () => {
    await fc.assert(
      fc.asyncProperty(arbSegregated, async (data) => {
        const groupsWithPairs = new Set<string>();
        const byDate = new Map<string, string[]>();
        for (const p of data.participations) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p.participant_id]);
        for (const ids of byDate.values()) if (ids.length >= 2) groupsWithPairs.add(String(data.participants.find((p) => p.participant_id === ids[0])!.age));
        const period = { from: '2025-03', to: '2025-03' };
        const run = await engineRun(data, [period], { dimensions: ['age'], k: 3, cap: 40, secret: null }, false);
        const rows = await scopeRows(run, period, 'all');
        const at = (metric: string) => rows.find((f) => f.wijk_id === 'W1' && f.dimension === 'age' && f.metric === metric)!;
        const known = new Set(data.participations.map((p) => p.participant_id)).size;
        const sessions = [...byDate.values()].filter((ids) => ids.length >= 2).length;
        if (known < 3 || sessions < 3) {
          expect(at('assortativity').suppressed).toBe('below_k');
          return;
        }
        if (groupsWithPairs.size >= 2) expect(at('assortativity').value).toBeCloseTo(1, 9);
        else expect(at('assortativity').suppressed).toBe('not_available'); // one group only: 1 - sum a^2 = 0
        expect(at('bonding_share').value).toBe(1);
      }),
      { numRuns: 10 }
    );
  }, LONG);
});

describe('metrics: the engine = the reference on the hand-worked fixtures', () => {
  const base: Settings = { dimensions: ['age'], k: 3, cap: 40, secret: null };
  const secret = new TextEncoder().encode('fixture secret');
  it('fixture A, periods before, in and after the data, with and without perturbation, cap 3', async () => {
    const periods = [
      { from: '2025-03', to: '2025-03' },
      { from: '2025-01', to: '2025-03' },
      { from: '2025-02', to: '2025-03' },
      { from: '2025-07', to: '2025-07' },
      { from: '2024-04', to: '2025-03' }
    ];
    for (const s of [base, { ...base, cap: 3 }, { ...base, secret }]) expect(await expectSame(A, periods, s)).toEqual([]);
  });
  it('fixture B', async () => {
    for (const s of [{ ...base, dimensions: [] }, { ...base, dimensions: [], secret }]) {
      expect(await expectSame(B, [{ from: '2025-05', to: '2025-05' }, { from: '2025-04', to: '2025-05' }], s)).toEqual([]);
    }
  });
});

/*
 * Minimal cases of discrepancies found by the property test over time. The tie case is a
 * rule of the derived view `participant_home` (src/lib/load/canonical.ts), which breaks ties
 * on the first letter of the city only. The random data use cities with different first
 * letters, so that this rule does not mask other differences.
 */
describe('metrics: the engine = the reference on minimal cases', () => {
  const s: Settings = { dimensions: [], k: 3, cap: 40, secret: null };
  const march = [{ from: '2025-03', to: '2025-03' }];
  it('O1 counts BW/GGW participation only at activities in the residence city ("wherever in the city")', async () => {
    // p1 lives in A1 (city Aa) and takes part only in a BW activity located in B1 (city Bb).
    const data: CanonicalData = {
      wijken: [
        { wijk_id: 'A1', wijk_name: 'a', city: 'Aa' },
        { wijk_id: 'B1', wijk_name: 'b', city: 'Bb' }
      ],
      population: [],
      participants: [{ participant_id: 'p1', residence_wijk_id: 'A1' }],
      activities: [{ activity_id: 'x', provider_type: 'buurtwerk', wijk_id: 'B1' }],
      participations: [{ participant_id: 'p1', activity_id: 'x', date: '2025-03-01' }]
    };
    expect(await expectSame(data, march, s)).toEqual([]);
  });
  it('a person without residence, tied between two cities, belongs to the alphabetically first city', async () => {
    const data: CanonicalData = {
      wijken: [
        { wijk_id: 'A1', wijk_name: 'a', city: 'Sb' },
        { wijk_id: 'B1', wijk_name: 'b', city: 'Sa' }
      ],
      population: [],
      participants: [{ participant_id: 'p1', residence_wijk_id: null }],
      activities: [
        { activity_id: 'x', provider_type: 'buurtwerk', wijk_id: 'B1' },
        { activity_id: 'y', provider_type: 'buurtwerk', wijk_id: 'A1' }
      ],
      participations: [
        { participant_id: 'p1', activity_id: 'y', date: '2025-03-01' },
        { participant_id: 'p1', activity_id: 'x', date: '2025-03-01' }
      ]
    };
    expect(await expectSame(data, march, s)).toEqual([]);
  });
});

/**
 * The engine as a whole (figures.ts): periods without data never throw and show nothing
 * about persons; the noise is a function of the data and the secret alone, never more than
 * 2 away, with every derived figure computed from the perturbed counts; the group-label
 * rule on real rows; batches of periods give what one pass gives; periods as tables.
 */
import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { insertCanonical, type CanonicalData } from '../load/canonical';
import { noiseOf } from './disclosure';
import { computeFigures, periodFigures, prepareFigures, scopeRows } from './figures';
import { monthIndex } from './period';
import { createPeriodTables, monthOf, periodRows } from './periods';
import { PROVIDERS, type FigureRow } from './types';
import { figureLookup, runFixture, scopeFigures, useEngine, type RawRow } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

const { get } = figureLookup({ wijk_id: 'W1' });
const enc = new TextEncoder();
const SECRET = enc.encode('engine test secret');
const OTHER = enc.encode('another secret');

const Q = { from: '2025-03', to: '2025-05' };
const MAY = { from: '2025-05', to: '2025-05' };
const BEFORE = { from: '2023-01', to: '2023-01' };
const AFTER = { from: '2030-01', to: '2030-12' };

/** Figures about no person: shown whatever their size. */
const PUBLIC = new Set(['sessions_used', 'sessions_excluded', 'signals', 'population_heterogeneity', 'partner_hhi', 'resident_initiated_share']);

const id = (i: number) => `p${String(i).padStart(2, '0')}`;
const ageOf = (i: number) => (i === 30 ? 'rare' : i === 29 ? null : i % 3 === 0 ? 'young' : 'old');

/*
 * City C, wijken W1 (odd-numbered residents) and W2 (even). Age: every third person young,
 * p29 unknown, p30 'rare' (the only one), the others old; the population names 'old' only.
 * b1 (buurtwerk, W1) on the 3rd, 10th and 17th of March-May: persons i with (i + day) % 3 != 0;
 * g1 (GGW, W2) on the 5th of each month: persons i with i % 4 == month % 4; p30 once, at g1 in March.
 */
function fixture(): CanonicalData {
  const participations: CanonicalData['participations'] = [];
  for (const month of [3, 4, 5]) {
    for (const day of [3, 10, 17]) {
      for (let i = 1; i <= 29; i++) if ((i + day) % 3 !== 0) participations.push({ participant_id: id(i), activity_id: 'b1', date: `2025-0${month}-${day < 10 ? '0' : ''}${day}` });
    }
    for (let i = 1; i <= 29; i++) if (i % 4 === month % 4) participations.push({ participant_id: id(i), activity_id: 'g1', date: `2025-0${month}-05` });
  }
  participations.push({ participant_id: id(30), activity_id: 'g1', date: '2025-03-05' });
  return {
    wijken: [
      { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
      { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' }
    ],
    population: [
      { wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 500 },
      { wijk_id: 'W2', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 400 },
      { wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'age', group: 'old', population: 200 }
    ],
    participants: Array.from({ length: 30 }, (_, k) => ({ participant_id: id(k + 1), residence_wijk_id: (k + 1) % 2 ? 'W1' : 'W2', age: ageOf(k + 1) })),
    activities: [
      { activity_id: 'b1', provider_type: 'buurtwerk', wijk_id: 'W1', domain: 'meeting' },
      { activity_id: 'g1', provider_type: 'ggw', wijk_id: 'W2', domain: 'health' }
    ],
    participations
  };
}

/** n' of a set of persons: record keys by node:crypto, the noise of their sum (noiseOf, checked in disclosure.test.ts). */
function perturbedByHand(ids: string[]): number {
  const sum = ids.reduce((s, p) => s + BigInt(createHmac('sha256', SECRET).update(p, 'utf8').digest().readUInt32BE(0)), 0n);
  return ids.length === 0 ? 0 : Math.max(0, ids.length + noiseOf(sum));
}

const key = (f: Pick<FigureRow, 'city' | 'wijk_id' | 'provider' | 'dimension' | 'group' | 'metric'>) => [f.city, f.wijk_id, f.provider, f.dimension, f.group, f.metric].join(' / ');
const OPT = { dimensions: ['age'], k: 3, cap: 40 };

describe('the engine over one fixture', () => {
  const data = fixture();
  let noisy: Record<string, FigureRow[]>;
  let noisyMay: FigureRow[];
  let noisyRaw: RawRow[];
  let empty: Record<string, FigureRow[]>;
  let again: FigureRow[];
  let other: FigureRow[];
  let plainRaw: RawRow[];
  let plain: FigureRow[];
  let plainMay: FigureRow[];
  beforeAll(async () => {
    // Every run is read before the next one replaces the engine's figures.
    const a = await runFixture(engine, data, [Q, MAY, BEFORE, AFTER], { ...OPT, secret: SECRET, perturb: true });
    noisyMay = await a.rows(MAY);
    noisy = {};
    empty = {};
    for (const p of PROVIDERS) {
      noisy[p] = await a.rows(Q, p);
      empty[`before ${p}`] = await a.rows(BEFORE, p);
      empty[`after ${p}`] = await a.rows(AFTER, p);
    }
    noisyRaw = await a.raw(Q);
    again = await (await runFixture(engine, data, [Q], { ...OPT, secret: SECRET, perturb: true })).rows(Q);
    other = await (await runFixture(engine, data, [Q], { ...OPT, secret: OTHER, perturb: true })).rows(Q);
    const d = await runFixture(engine, data, [Q, MAY], OPT);
    plainRaw = await d.raw(Q);
    plain = await d.rows(Q);
    plainMay = await d.rows(MAY);
  });

  it('a period without any data: every figure about persons is not_available or "<k", and nothing throws', () => {
    let rows = 0;
    for (const [name, scope] of Object.entries(empty)) {
      expect(scope.length, name).toBeGreaterThan(50);
      for (const f of scope) {
        rows++;
        if (PUBLIC.has(f.metric)) continue;
        expect(['below_k', 'not_available'], `${name} ${key(f)} = ${f.value}`).toContain(f.suppressed);
        expect(f.value).toBeNull();
      }
      // sessions are public: 0 is shown
      expect(get(scope, 'sessions_used')).toMatchObject({ value: 0, suppressed: null });
    }
    expect(rows).toBeGreaterThan(300);
    // before the data: no newcomer or retention figure exists at all
    for (const m of ['newcomers', 'newcomer_share', 'retention']) expect(get(empty['before all'], m).suppressed, m).toBe('not_available');
  });

  it('a data set without any participation runs too', async () => {
    const none = { ...data, participants: [], participations: [], activities: [] };
    const rows = await scopeFigures(engine, none, Q, 'all', { ...OPT, secret: SECRET, perturb: true });
    expect(rows.length).toBeGreaterThan(20);
    for (const f of rows) if (!PUBLIC.has(f.metric)) expect(f.suppressed, key(f)).not.toBeNull();
    // no population -> not available; with one -> a reach of 0 persons, "<k"
    expect(get(rows, 'reach_rate').suppressed).toBe('below_k');
    expect(get(rows, 'reach_rate', { wijk_id: 'C-ONB' }).suppressed).toBe('not_available');
  });

  it('the same data and secret give the same noise; another secret other noise', () => {
    expect(again).toEqual(noisy.all);
    const counts = (rows: FigureRow[]) => rows.filter((f) => ['participants', 'newcomers', 'bw', 'ggw', 'both', 'involved_participants', 'activity_participants'].includes(f.metric));
    expect(counts(other).map(key)).toEqual(counts(noisy.all).map(key));
    expect(counts(other).map((f) => f.value)).not.toEqual(counts(noisy.all).map((f) => f.value));
  });

  it('every perturbed count lies within 2 of the true count, 0 stays 0, and the noise does move counts', () => {
    const truth = new Map(plainRaw.filter((f) => f.kind === 'count').map((f) => [key(f), f.value!]));
    let moved = 0;
    let n = 0;
    for (const f of noisyRaw.filter((x) => x.kind === 'count')) {
      const t = truth.get(key(f));
      expect(t, key(f)).toBeDefined();
      const v = f.value!;
      expect(Math.abs(v - t!), key(f)).toBeLessThanOrEqual(2);
      expect(v).toBeGreaterThanOrEqual(0);
      if (t === 0) expect(v, key(f)).toBe(0);
      if (v !== t) moved++;
      n++;
    }
    expect(n).toBeGreaterThan(20);
    expect(moved).toBeGreaterThan(n / 5);
  });

  it('a cell worked by hand: W1 residents in Q, their record keys by node:crypto', () => {
    // W1's residents are the odd-numbered persons; all of p01..p29 odd take part in b1 in Q
    const residents = Array.from({ length: 15 }, (_, k) => id(2 * k + 1));
    const want = perturbedByHand(residents);
    expect(get(plainRaw, 'participants').value).toBe(15);
    expect(get(noisyRaw, 'participants').value).toBe(want);
    expect(get(noisy.all, 'participants').value).toBe(want);
  });

  it('derived figures come from the perturbed counts, never from the true ones', () => {
    // R2: 1000 x participants' / population (public, not perturbed)
    for (const [w, pop] of [['W1', 500], ['W2', 400], ['', 900]] as const) {
      expect(get(noisyRaw, 'reach_rate', { wijk_id: w }).value).toBeCloseTo((1000 * get(noisyRaw, 'participants', { wijk_id: w }).value!) / pop, 10);
    }
    // O2 and O3 from their own perturbed sets: both' / union' is not derivable from the published
    // bw' and ggw', but GGW via BW is both' / ggw'
    const ov = (m: string) => get(noisyRaw, m, { wijk_id: '' }).value!;
    expect(ov('ggw_via_bw')).toBeCloseTo(Math.min(1, ov('both') / ov('ggw')), 10);
    // R4 from the group's and the known persons' perturbed counts, the known persons being a
    // set of their own: W1's residents p01, p03, .., p29; known age: all but p29 (14), old: the 9
    // of them not divisible by 3. The population knows only 'old' (200 of 200): RI = old' / known'.
    const w1 = Array.from({ length: 15 }, (_, k) => 2 * k + 1);
    const known1 = perturbedByHand(w1.filter((i) => i !== 29).map(id));
    const old1 = perturbedByHand(w1.filter((i) => i !== 29 && i % 3 !== 0).map(id));
    expect(get(noisyRaw, 'participants', { dimension: 'age', group: 'old' }).value).toBe(old1);
    const ri = get(noisyRaw, 'representation_index', { dimension: 'age', group: 'old' });
    expect(ri.value).toBeCloseTo(old1 / known1, 12);
    expect(ri.basis).toBe(Math.min(old1, known1));
    // and the published rows carry those values (unrounded here)
    expect(get(noisy.all, 'representation_index', { dimension: 'age', group: 'old' }).value).toBe(ri.value);
  });

  it('the group-label rule on real rows: the one rare person leaves no label, old (population) and unknown stay', () => {
    const labels = (rows: Array<Pick<FigureRow, 'dimension' | 'group' | 'metric'>>) =>
      new Set(rows.filter((f) => f.dimension === 'age' && f.group !== '' && !f.metric.startsWith('activity_')).map((f) => f.group));
    // before the threshold the rare group has its rows (the grid is full)
    expect(labels(plainRaw).has('rare')).toBe(true);
    expect([...labels(plain)].sort()).toEqual(['old', 'unknown', 'young', 'old|old', 'old|young', 'young|old', 'young|young'].sort());
    // the rule runs per period: in May (p30 took part in March only) rare leaves too
    expect(plainMay.some((f) => f.group === 'rare')).toBe(false);
    expect(plainMay.some((f) => f.group === 'old')).toBe(true);
  });

  it('a run prepared for some periods refuses one outside their months', async () => {
    await insertCanonical(engine, data);
    // Q (March-May) and the quarter before it, for R9: December-May
    const run = await prepareFigures(engine, { ...OPT, secret: null, perturb: false }, [Q]);
    await expect(computeFigures(run, [{ from: '2025-06', to: '2025-06' }])).rejects.toThrow(/outside the months/);
    await computeFigures(run, [MAY]);
    expect(run.periods.map((p) => p.from)).toEqual(['2025-05']);
  });

  it('batches of periods give what one pass gives, noise included', async () => {
    // (the browser computes batch after batch on one run, to show progress)
    await insertCanonical(engine, data);
    const run = await prepareFigures(engine, { ...OPT, secret: SECRET, perturb: true, round: false });
    await computeFigures(run, [Q]);
    await computeFigures(run, [MAY]);
    // the previous periods R9 needed were helpers: none of their figures was stored
    const stored = await engine.query<{ id: number }>('SELECT DISTINCT period_id AS id FROM ww_figures');
    expect(stored.map((x) => Number(x.id)).sort()).toEqual(run.periods.map((p) => p.id).sort());
    // asking for a computed period again changes nothing the readers see
    await computeFigures(run, [Q]);
    expect(await scopeRows(run, Q, 'all')).toEqual(noisy.all);
    expect(await scopeRows(run, MAY, 'all')).toEqual(noisyMay);
    expect(await scopeRows(run, Q, 'ggw')).toEqual(noisy.ggw);
    // the command line's export: every figure of the period once, the union of its scopes
    const all = await periodFigures(run, Q);
    expect(new Set(all.map(key)).size).toBe(all.length);
    const union = new Set<string>();
    for (const p of PROVIDERS) for (const f of await scopeRows(run, Q, p)) union.add(key(f));
    expect(new Set(all.map(key))).toEqual(union);
  });
});

describe('periods as tables', () => {
  it('ww_periods and ww_period_months hold each period, its months, its previous period and its last day', async () => {
    await createPeriodTables(engine, periodRows([{ from: '2024-02', to: '2024-02' }, { from: '2024-11', to: '2025-01' }]));
    const periods = await engine.query<Record<string, unknown>>('SELECT period_id, from_m, to_m, prev_id, emit, end_date::VARCHAR AS end_date FROM ww_periods ORDER BY period_id');
    expect(periods.map((p) => [p.period_id, p.from_m, p.to_m, p.prev_id, p.emit, p.end_date].map((x) => (typeof x === 'bigint' ? Number(x) : x)))).toEqual([
      [0, monthIndex('2024-02'), monthIndex('2024-02'), 2, true, '2024-02-29'],
      [1, monthIndex('2024-11'), monthIndex('2025-01'), 3, true, '2025-01-31'],
      [2, monthIndex('2024-01'), monthIndex('2024-01'), null, false, '2024-01-31'],
      [3, monthIndex('2024-08'), monthIndex('2024-10'), null, false, '2024-10-31']
    ]);
    const months = await engine.query<{ period_id: number; m: number }>('SELECT period_id, m FROM ww_period_months WHERE period_id = 1 ORDER BY m');
    expect(months.map((x) => Number(x.m))).toEqual(['2024-11', '2024-12', '2025-01'].map(monthIndex));
    // SQL's month of a date is the same number as monthIndex
    const [r] = await engine.query<Record<string, number>>(`SELECT ${monthOf("DATE '2024-02-29'")} AS a, ${monthOf("DATE '2025-01-01'")} AS b`);
    expect([Number(r.a), Number(r.b)]).toEqual([monthIndex('2024-02'), monthIndex('2025-01')]);
  });
});

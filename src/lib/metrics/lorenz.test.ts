/**
 * The Lorenz deciles of R7 (lorenz_share, computed in reach.ts from the histogram of
 * participations per person): hand-worked curves, the provider filter, and the rule that a
 * decile rests on floor(N' / 10) persons.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import type { CanonicalData } from '../load/canonical';
import { figureLookup, Q1, runFixture, useEngine, type RawRow } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

const { get, val } = figureLookup({ wijk_id: 'W1' });
const DECILES = ['10', '20', '30', '40', '50', '60', '70', '80', '90', '100'];
const decile = (raw: RawRow[], d: number, wijk_id = 'W1') => val(raw, 'lorenz_share', { wijk_id, group: String(d) });

/*
 * City C: W1, W2 (and the synthetic C-ONB). P = 2025-01..03.
 * W1 residents: q1 1 participation, q2 2, q3 3 in P  -> a = [1, 2, 3], S = 6.
 *   q1 also has a participation before P and an exact duplicate row in P (neither counts);
 *   q3's third participation is a GGW one (counts for 'all', not for 'buurtwerk').
 * W2 resident: q4 with 4 in P (two of them in a W1 activity: residents count where they live).
 * City: a = [1, 2, 3, 4], S = 10.
 * Perturbation off, k = 3 (testing.ts).
 */
const data: CanonicalData = {
  wijken: [
    { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
    { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' }
  ],
  population: [],
  participants: [
    { participant_id: 'q1', residence_wijk_id: 'W1' },
    { participant_id: 'q2', residence_wijk_id: 'W1' },
    { participant_id: 'q3', residence_wijk_id: 'W1' },
    { participant_id: 'q4', residence_wijk_id: 'W2' }
  ],
  activities: [
    { activity_id: 'b1', provider_type: 'buurtwerk', wijk_id: 'W1' },
    { activity_id: 'g1', provider_type: 'ggw', wijk_id: 'W1' },
    { activity_id: 'b2', provider_type: 'buurtwerk', wijk_id: 'W2' }
  ],
  participations: [
    { participant_id: 'q1', activity_id: 'b1', date: '2024-12-02' },
    { participant_id: 'q1', activity_id: 'b1', date: '2025-01-06' },
    { participant_id: 'q1', activity_id: 'b1', date: '2025-01-06' },
    { participant_id: 'q2', activity_id: 'b1', date: '2025-01-06' },
    { participant_id: 'q2', activity_id: 'b1', date: '2025-02-03' },
    { participant_id: 'q3', activity_id: 'b1', date: '2025-01-06' },
    { participant_id: 'q3', activity_id: 'b1', date: '2025-02-03' },
    { participant_id: 'q3', activity_id: 'g1', date: '2025-03-03' },
    { participant_id: 'q4', activity_id: 'b2', date: '2025-01-07' },
    { participant_id: 'q4', activity_id: 'b2', date: '2025-02-07' },
    { participant_id: 'q4', activity_id: 'b1', date: '2025-01-06' },
    { participant_id: 'q4', activity_id: 'b1', date: '2025-03-03' }
  ]
};

describe('Lorenz deciles (lorenz_share)', () => {
  let raw: RawRow[];
  let bw: RawRow[];
  beforeAll(async () => {
    const run = await runFixture(engine, data, [Q1], { lorenz: true });
    raw = (await run.raw()).filter((f) => f.metric === 'lorenz_share');
    bw = (await run.raw(Q1, 'buurtwerk')).filter((f) => f.metric === 'lorenz_share');
  });

  it('one row per decile for every resident unit, dimension empty, group the percent', () => {
    for (const w of ['W1', 'W2', 'C-ONB', '']) {
      const rows = raw.filter((f) => f.wijk_id === w);
      expect(rows.map((f) => f.group).sort((a, b) => Number(a) - Number(b))).toEqual(DECILES);
      expect(rows.every((f) => f.dimension === '' && f.city === 'C' && f.kind === 'share')).toBe(true);
    }
  });

  it('interpolates linearly between participants when N is not a multiple of 10', () => {
    // W1, a = [1, 2, 3], S = 6. x = d N / 10.
    // 10%: x = 0.3 -> 0.3 * 1 / 6 = 0.05
    expect(decile(raw, 10)).toBeCloseTo(0.05, 12);
    // 20%: x = 0.6 -> 0.6 / 6 = 0.1
    expect(decile(raw, 20)).toBeCloseTo(0.1, 12);
    // 50%: x = 1.5 -> (1 + 0.5 * 2) / 6 = 1/3
    expect(decile(raw, 50)).toBeCloseTo(1 / 3, 12);
    // 70%: x = 2.1 -> (1 + 2 + 0.1 * 3) / 6 = 0.55
    expect(decile(raw, 70)).toBeCloseTo(0.55, 12);
    expect(decile(raw, 100)).toBeCloseTo(1, 12);
    // city, a = [1, 2, 3, 4], S = 10: 10% x = 0.4 -> 0.04; 30% x = 1.2 -> (1 + 0.4) / 10; 50% x = 2 -> 0.3
    expect(decile(raw, 10, '')).toBeCloseTo(0.04, 12);
    expect(decile(raw, 30, '')).toBeCloseTo(0.14, 12);
    expect(decile(raw, 50, '')).toBeCloseTo(0.3, 12);
  });

  it('counts residents where they live, one participation per session, in P only', () => {
    // W2: q4 alone, 4 participations -> a straight line: d / 100
    for (let d = 10; d <= 100; d += 10) expect(decile(raw, d, 'W2')).toBeCloseTo(d / 100, 12);
  });

  it('follows the provider filter', () => {
    // buurtwerk: W1 a = [1, 2, 2], S = 5; 50%: x = 1.5 -> (1 + 0.5 * 2) / 5 = 0.4
    expect(decile(bw, 50)).toBeCloseTo(0.4, 12);
    expect(bw.every((f) => f.provider === 'buurtwerk')).toBe(true);
  });

  it('no participants: no value; basis = floor(N / 10)', () => {
    expect(get(raw, 'lorenz_share', { wijk_id: 'C-ONB', group: '50' })).toMatchObject({ value: null, basis: 0 });
    // W1 has 3 residents: floor(3 / 10) = 0
    expect(get(raw, 'lorenz_share', { group: '50' }).basis).toBe(0);
  });
});

describe('Lorenz deciles: disclosure needs floor(N / 10) >= k', () => {
  /** n residents of `wijk`, resident i with (i mod 4) + 1 participations (distinct dates). */
  function people(wijk: string, n: number): Pick<CanonicalData, 'participants' | 'participations'> {
    const participations: CanonicalData['participations'] = [];
    for (let i = 1; i <= n; i++) {
      for (let j = 0; j < (i % 4) + 1; j++) participations.push({ participant_id: `${wijk}-p${i}`, activity_id: 'b1', date: `2025-01-${String(j + 1).padStart(2, '0')}` });
    }
    return { participants: Array.from({ length: n }, (_, i) => ({ participant_id: `${wijk}-p${i + 1}`, residence_wijk_id: wijk })), participations };
  }

  it('k = 5: 49 residents are not enough, 50 are', async () => {
    // W1 with 49 residents (floor 4.9 = 4 < 5), W2 with 50 (5): one run, both sides of the rule.
    const w1 = people('W1', 49);
    const w2 = people('W2', 50);
    const run = await runFixture(
      engine,
      {
        wijken: [
          { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
          { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' }
        ],
        population: [],
        participants: [...w1.participants, ...w2.participants],
        activities: [{ activity_id: 'b1', provider_type: 'buurtwerk', wijk_id: 'W1' }],
        participations: [...w1.participations, ...w2.participations]
      },
      [{ from: '2025-01', to: '2025-01' }],
      { k: 5, lorenz: true }
    );
    const rows = await run.rows();
    const shown = rows.filter((f) => f.metric === 'lorenz_share');
    const small = shown.filter((f) => f.wijk_id === 'W1');
    expect(small.length).toBe(10);
    expect(small.every((f) => f.value === null && f.suppressed === 'below_k')).toBe(true);

    const enough = shown.filter((f) => f.wijk_id === 'W2').sort((a, b) => Number(a.group) - Number(b.group));
    expect(enough.length).toBe(10);
    expect(enough.every((f) => f.suppressed === null && f.value !== null)).toBe(true);
    // the curve rises and ends at 1
    const v = enough.map((f) => f.value as number);
    for (let i = 1; i < v.length; i++) expect(v[i]).toBeGreaterThanOrEqual(v[i - 1]);
    expect(v[9]).toBeCloseTo(1, 12);
    // N = 50 is a multiple of 5: the top 20% are exactly the last two deciles, 1 - L(80%)
    const top = rows.find((f) => f.wijk_id === 'W2' && f.metric === 'top20_share')!;
    expect(top.suppressed).toBeNull();
    expect(top.value!).toBeCloseTo(1 - v[7], 12);
    // W2: residents p1..p50 with (i mod 4) + 1 participations: 12 x 1, 13 x 2, 13 x 3, 12 x 4, S = 125;
    // the 10 largest are all 4s: 40 / 125
    expect(top.value!).toBeCloseTo(40 / 125, 12);
  });
});

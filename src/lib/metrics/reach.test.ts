import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import type { CanonicalData } from '../load/canonical';
import type { FigureRow } from './types';
import { figureLookup, Q1, runFixture, useEngine, type RawRow, type TestRun } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

const { get, val, has } = figureLookup({ wijk_id: 'W1' });

/*
 * City C: W1, W2, W3 (nobody lives there) and the synthetic location-unknown wijk C-ONB.
 * First month of the data: 2024-10.
 * Population total: W1 1000 (2024-01-01), 1200 (2025-01-01), 1500 (2026-01-01); W2 only 500 (2026-01-01).
 * Population by gender in W1 (2025-01-01): A 600, B 600.
 * Residents: W1 p1 A, p2 A, p3 B, p4 (gender unknown); W2 p5 B; p6 (residence unknown -> C-ONB) A.
 * Activities: a1 buurtwerk W1 'meeting'; a2 ggw W2 'health'; a3 buurtwerk W2 'leisure'.
 * Participations (P = 2025-01..03; previous period 2024-10..12):
 *   p1: a1 2024-10-07 | a1 2025-01-06, a1 2025-01-13, a1 2025-02-03, a2 2025-02-10  (4 in P, 2 domains)
 *   p2: a1 2024-11-04 | a3 2025-01-06                                               (1 in P)
 *   p3:               | a1 2025-03-03                                               (1, first ever in P)
 *   p4: a1 2024-12-02 |                                                             (not in P)
 *   p5:               | a2 2025-01-20                                               (W2, new)
 *   p6:               | a1 2025-01-06                                               (C-ONB, new)
 * Perturbation is off (testing.ts): every count below is the true count.
 */
const data: CanonicalData = {
  wijken: [
    { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
    { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' },
    { wijk_id: 'W3', wijk_name: 'Drie', city: 'C' }
  ],
  population: [
    { wijk_id: 'W1', ref_date: '2024-01-01', dimension: 'total', group: 'total', population: 1000 },
    { wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 1200 },
    { wijk_id: 'W1', ref_date: '2026-01-01', dimension: 'total', group: 'total', population: 1500 },
    { wijk_id: 'W2', ref_date: '2026-01-01', dimension: 'total', group: 'total', population: 500 },
    { wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'gender', group: 'A', population: 600 },
    { wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'gender', group: 'B', population: 600 }
  ],
  participants: [
    { participant_id: 'p1', residence_wijk_id: 'W1', gender: 'A' },
    { participant_id: 'p2', residence_wijk_id: 'W1', gender: 'A' },
    { participant_id: 'p3', residence_wijk_id: 'W1', gender: 'B' },
    { participant_id: 'p4', residence_wijk_id: 'W1', gender: null },
    { participant_id: 'p5', residence_wijk_id: 'W2', gender: 'B' },
    { participant_id: 'p6', residence_wijk_id: null, gender: 'A' }
  ],
  activities: [
    { activity_id: 'a1', provider_type: 'buurtwerk', wijk_id: 'W1', domain: 'meeting' },
    { activity_id: 'a2', provider_type: 'ggw', wijk_id: 'W2', domain: 'health' },
    { activity_id: 'a3', provider_type: 'buurtwerk', wijk_id: 'W2', domain: 'leisure' }
  ],
  participations: [
    { participant_id: 'p1', activity_id: 'a1', date: '2024-10-07' },
    { participant_id: 'p1', activity_id: 'a1', date: '2025-01-06' },
    { participant_id: 'p1', activity_id: 'a1', date: '2025-01-13' },
    { participant_id: 'p1', activity_id: 'a1', date: '2025-02-03' },
    { participant_id: 'p1', activity_id: 'a2', date: '2025-02-10' },
    { participant_id: 'p2', activity_id: 'a1', date: '2024-11-04' },
    { participant_id: 'p2', activity_id: 'a3', date: '2025-01-06' },
    { participant_id: 'p3', activity_id: 'a1', date: '2025-03-03' },
    { participant_id: 'p4', activity_id: 'a1', date: '2024-12-02' },
    { participant_id: 'p5', activity_id: 'a2', date: '2025-01-20' },
    { participant_id: 'p6', activity_id: 'a1', date: '2025-01-06' }
  ]
};

const Q4 = { from: '2024-10', to: '2024-12' };
const DEC = { from: '2024-12', to: '2024-12' };
const NOV_JAN = { from: '2024-11', to: '2025-01' };
const NOV = { from: '2024-11', to: '2024-11' };

const REACH = ['participants', 'reach_rate', 'top20_share', 'gini', 'newcomers', 'newcomer_share', 'retention', 'domains_per_participant', 'multi_domain_share'];

describe('reach breadth (R1-R12)', () => {
  let run: TestRun;
  let raw: RawRow[];
  let shown: FigureRow[];
  beforeAll(async () => {
    run = await runFixture(engine, data, [Q1, Q4, DEC, NOV_JAN, NOV], { dimensions: ['gender'] });
    raw = await run.raw();
    shown = await run.rows();
  });

  it('R1 participants per wijk, per city, incl. the location-unknown wijk', () => {
    // W1: p1 p2 p3 (p4 not active in P); W2: p5; C-ONB: p6; city: 5
    expect(val(raw, 'participants')).toBe(3);
    expect(val(raw, 'participants', { wijk_id: 'W2' })).toBe(1);
    expect(val(raw, 'participants', { wijk_id: 'C-ONB' })).toBe(1);
    expect(val(raw, 'participants', { wijk_id: '' })).toBe(5);
    expect(get(raw, 'participants').kind).toBe('count');
    const reach = raw.filter((f) => REACH.includes(f.metric));
    expect(reach.every((f) => f.provider === 'all' && f.city === 'C')).toBe(true);
    // published at k = 3: W1's 3 is shown, W2's 1 is "<k"
    expect(get(shown, 'participants')).toMatchObject({ value: 3, suppressed: null });
    expect(get(shown, 'participants', { wijk_id: 'W2' })).toMatchObject({ value: null, suppressed: 'below_k' });
  });

  it('R2 reach rate against the population dated on or before the end of P, else the earliest', () => {
    // W1: 3 / 1200 x 1000 = 2.5 (2025-01-01 is the latest on or before 2025-03-31)
    expect(val(raw, 'reach_rate')).toBeCloseTo(2.5, 12);
    // W2: only 2026-01-01 exists: the earliest, 500 -> 1 / 500 x 1000 = 2
    expect(val(raw, 'reach_rate', { wijk_id: 'W2' })).toBeCloseTo(2, 12);
    // city: 5 / (1200 + 500) x 1000
    expect(val(raw, 'reach_rate', { wijk_id: '' })).toBeCloseTo(5000 / 1700, 12);
    // no population for the location-unknown wijk: not available by its nature
    expect(get(raw, 'reach_rate', { wijk_id: 'C-ONB' })).toMatchObject({ na: true, value: null });
    expect(get(shown, 'reach_rate', { wijk_id: 'C-ONB' }).suppressed).toBe('not_available');
    // the rate rests on the 3 participants
    expect(get(raw, 'reach_rate')).toMatchObject({ kind: 'share', basis: 3 });
  });

  it('R2 an earlier period picks the older population figure', async () => {
    // P = 2024-10..12: W1 active: p1 p2 p4 = 3; population 2024-01-01 = 1000 -> 3
    expect(val(await run.raw(Q4), 'reach_rate')).toBeCloseTo(3, 12);
  });

  it('R1/R3/R4 per group, over every group of the dimension and the unknown group', () => {
    // W1 residents in P: A = p1 p2 (2), B = p3 (1), unknown 0 (p4 inactive)
    expect(val(raw, 'participants', { dimension: 'gender', group: 'A' })).toBe(2);
    expect(val(raw, 'participants', { dimension: 'gender', group: 'B' })).toBe(1);
    // The grid is full (no row tells that a group is present): the empty unknown group has its row, 0, "<k".
    expect(val(raw, 'participants', { dimension: 'gender', group: 'unknown' })).toBe(0);
    expect(get(shown, 'participants', { dimension: 'gender', group: 'unknown' }).suppressed).toBe('below_k');
    // W2 has no A resident: a row all the same
    expect(val(raw, 'participants', { wijk_id: 'W2', dimension: 'gender', group: 'A' })).toBe(0);
    // group reach rate: 2/600 x 1000, 1/600 x 1000
    expect(val(raw, 'group_reach_rate', { dimension: 'gender', group: 'A' })).toBeCloseTo(2000 / 600, 12);
    expect(val(raw, 'group_reach_rate', { dimension: 'gender', group: 'B' })).toBeCloseTo(1000 / 600, 12);
    // RI_A = (2/3)/(600/1200) = 4/3; RI_B = (1/3)/(1/2) = 2/3
    expect(val(raw, 'representation_index', { dimension: 'gender', group: 'A' })).toBeCloseTo(4 / 3, 12);
    expect(val(raw, 'representation_index', { dimension: 'gender', group: 'B' })).toBeCloseTo(2 / 3, 12);
    // RI rests on the smaller of the group (2) and the known persons (3)
    expect(get(raw, 'representation_index', { dimension: 'gender', group: 'A' }).basis).toBe(2);
    // city: A = p1 p2 p6 (3), B = p3 p5 (2); population by gender only in W1: RI_A = (3/5)/(1/2) = 1.2
    expect(val(raw, 'representation_index', { wijk_id: '', dimension: 'gender', group: 'A' })).toBeCloseTo(1.2, 12);
    // W2 has no population by gender: no R3/R4 rows
    expect(has(raw, 'group_reach_rate', { wijk_id: 'W2', dimension: 'gender', group: 'B' })).toBe(false);
    expect(has(raw, 'representation_index', { wijk_id: 'W2', dimension: 'gender', group: 'B' })).toBe(false);
  });

  it('R1 per group: an unknown value is its own cell; without a known value composition has no value', async () => {
    // P = 2024-12: W1 active: p4 only (gender unknown)
    const dec = await run.raw(DEC);
    expect(val(dec, 'participants', { dimension: 'gender', group: 'unknown' })).toBe(1);
    // No known group: H and D are 0/0. They are not "not available by nature" (the population
    // is there): they rest on 0 known persons, so the threshold hides them as "<k".
    for (const m of ['heterogeneity', 'dissimilarity']) {
      expect(get(dec, m, { dimension: 'gender' }), m).toMatchObject({ value: null, basis: 0, na: false });
    }
    const decShown = await run.rows(DEC);
    expect(get(decShown, 'heterogeneity', { dimension: 'gender' }).suppressed).toBe('below_k');
  });

  it('R5 dissimilarity and representativeness, R6 heterogeneity', () => {
    // D = 1/2 (|2/3 - 1/2| + |1/3 - 1/2|) = 1/6; representativeness 5/6
    expect(val(raw, 'dissimilarity', { dimension: 'gender' })).toBeCloseTo(1 / 6, 12);
    expect(val(raw, 'representativeness', { dimension: 'gender' })).toBeCloseTo(5 / 6, 12);
    // H = 1 - (4/9 + 1/9) = 4/9; population H = 1 - (1/4 + 1/4) = 1/2
    expect(val(raw, 'heterogeneity', { dimension: 'gender' })).toBeCloseTo(4 / 9, 12);
    expect(val(raw, 'population_heterogeneity', { dimension: 'gender' })).toBeCloseTo(0.5, 12);
    expect(get(raw, 'population_heterogeneity', { dimension: 'gender' }).kind).toBe('public');
    // all rest on the 3 known persons
    expect(get(raw, 'dissimilarity', { dimension: 'gender' }).basis).toBe(3);
    // city: D = 1/2 (|3/5 - 1/2| + |2/5 - 1/2|) = 0.1
    expect(val(raw, 'dissimilarity', { wijk_id: '', dimension: 'gender' })).toBeCloseTo(0.1, 12);
    // W2: one group only, H = 0; no population by gender -> D not available
    expect(val(raw, 'heterogeneity', { wijk_id: 'W2', dimension: 'gender' })).toBe(0);
    expect(get(raw, 'dissimilarity', { wijk_id: 'W2', dimension: 'gender' }).na).toBe(true);
    expect(get(raw, 'population_heterogeneity', { wijk_id: 'W2', dimension: 'gender' }).na).toBe(true);
  });

  it('R7 concentration: top-20% share and Gini, resting on ceil(0.2 N) persons', () => {
    // W1: a = [4, 1, 1], sum 6, ceil(0.2 x 3) = 1 -> top20 = 4/6
    // Gini = sum|a_i - a_j| / (2 N sum) = (4 x 3) / (2 x 3 x 6) = 1/3
    expect(val(raw, 'top20_share')).toBeCloseTo(4 / 6, 12);
    expect(val(raw, 'gini')).toBeCloseTo(1 / 3, 12);
    // The top 20% is 1 person: below k = 3, so neither is published.
    expect(get(raw, 'top20_share').basis).toBe(1);
    expect(get(raw, 'gini').basis).toBe(1);
    expect(get(shown, 'top20_share').suppressed).toBe('below_k');
    // city: a = [4, 1, 1, 1, 1], sum 8, ceil(1) = 1 -> 4/8; Gini = (8 x 3) / (2 x 5 x 8) = 0.3
    expect(val(raw, 'top20_share', { wijk_id: '' })).toBeCloseTo(0.5, 12);
    expect(val(raw, 'gini', { wijk_id: '' })).toBeCloseTo(0.3, 12);
    // W2: one participant: top20 = 1, Gini = 0
    expect(val(raw, 'top20_share', { wijk_id: 'W2' })).toBe(1);
    expect(val(raw, 'gini', { wijk_id: 'W2' })).toBe(0);
  });

  it('R8 newcomers: first participation in the whole data set within the provider filter', async () => {
    // W1: p3 (first 2025-03-03) is new; p1 and p2 took part in 2024 -> 1 of 3
    expect(val(raw, 'newcomers')).toBe(1);
    expect(val(raw, 'newcomer_share')).toBeCloseTo(1 / 3, 12);
    // the share rests on the smaller of newcomers (1) and participants (3)
    expect(get(raw, 'newcomer_share').basis).toBe(1);
    // city: p3 p5 p6 of 5
    expect(val(raw, 'newcomer_share', { wijk_id: '' })).toBeCloseTo(3 / 5, 12);
    // GGW only: W1 has p1, whose first GGW participation is 2025-02-10: new within the filter
    const ggw = await run.raw(Q1, 'ggw');
    expect(val(ggw, 'participants')).toBe(1);
    expect(val(ggw, 'newcomer_share')).toBe(1);
    expect(ggw.filter((f) => REACH.includes(f.metric)).every((f) => f.provider === 'ggw')).toBe(true);
  });

  it('R8 not available for a period containing the first month of the data', async () => {
    const first = await run.raw(Q4);
    const firstShown = await run.rows(Q4);
    for (const m of ['newcomers', 'newcomer_share']) {
      expect(get(first, m).na, m).toBe(true);
      // not_available comes before below_k: it says why, whatever the counts
      expect(get(firstShown, m), m).toMatchObject({ value: null, suppressed: 'not_available' });
    }
  });

  it('R9 retention: of the previous equal-length period, the share active again', async () => {
    // previous period 2024-10..12: W1 p1 p2 p4; again in P: p1 p2 -> 2/3, resting on min(2, 3)
    expect(val(raw, 'retention')).toBeCloseTo(2 / 3, 12);
    expect(get(raw, 'retention').basis).toBe(2);
    expect(val(raw, 'retention', { wijk_id: '' })).toBeCloseTo(2 / 3, 12);
    // W2: nobody in the previous period: 0/0, no value, resting on 0 persons -> "<k"
    expect(get(raw, 'retention', { wijk_id: 'W2' })).toMatchObject({ value: null, basis: 0, na: false });
    expect(get(shown, 'retention', { wijk_id: 'W2' }).suppressed).toBe('below_k');
    // P = 2024-11..2025-01: previous period 2024-08..10 starts before the data (2024-10)
    expect(get(await run.raw(NOV_JAN), 'retention').na).toBe(true);
    // P = 2024-11: previous 2024-10 (p1) -> p1 not active in 2024-11 -> 0, resting on 0 kept persons
    expect(get(await run.raw(NOV), 'retention')).toMatchObject({ value: 0, basis: 0 });
  });

  it('R10 domain breadth', () => {
    // W1: p1 meeting+health (2), p2 leisure (1), p3 meeting (1) -> mean 4/3, share with 2+ = 1/3
    expect(val(raw, 'domains_per_participant')).toBeCloseTo(4 / 3, 12);
    expect(get(raw, 'domains_per_participant').basis).toBe(3);
    expect(val(raw, 'multi_domain_share')).toBeCloseTo(1 / 3, 12);
    expect(get(raw, 'multi_domain_share').basis).toBe(1);
  });

  it('R11 Wilson interval and R12 z against the city, for the wijken only', () => {
    const Z = 1.96;
    const wilson = (n: number, N: number, sign: 1 | -1) => {
      const p = n / N;
      const half = Z * Math.sqrt((p * (1 - p)) / N + (Z * Z) / (4 * N * N));
      return (1000 * (p + (Z * Z) / (2 * N) + sign * half)) / (1 + (Z * Z) / N);
    };
    // W1: 3 of 1200 -> [0.85, 7.32] per 1,000
    expect(val(raw, 'reach_rate_low')).toBeCloseTo(wilson(3, 1200, -1), 10);
    expect(val(raw, 'reach_rate_high')).toBeCloseTo(wilson(3, 1200, 1), 10);
    expect(val(raw, 'reach_rate_low')).toBeCloseTo(0.8506, 4);
    // z = (3/1200 - 5/1700) / sqrt(p0 (1 - p0) / 1200), p0 = 5/1700: -0.282
    const p0 = 5 / 1700;
    expect(val(raw, 'reach_rate_z')).toBeCloseTo((3 / 1200 - p0) / Math.sqrt((p0 * (1 - p0)) / 1200), 10);
    // it rests on the smaller of the wijk's (3) and the city's (5) participants
    expect(get(raw, 'reach_rate_z').basis).toBe(3);
    // newcomers: 1/3 against the city's 3/5 with n = 3: (1/3 - 3/5) / sqrt(0.6 x 0.4 / 3) = -0.943
    expect(val(raw, 'newcomer_share_z')).toBeCloseTo((1 / 3 - 3 / 5) / Math.sqrt((0.6 * 0.4) / 3), 10);
    expect(get(raw, 'newcomer_share_z').basis).toBe(1);
    // not for the city, the location-unknown wijk, and not available without a population (W3)
    for (const w of ['', 'C-ONB']) expect(has(raw, 'reach_rate_z', { wijk_id: w })).toBe(false);
    expect(get(raw, 'reach_rate_low', { wijk_id: 'W3' }).na).toBe(true);
  });

  it('an empty wijk: zero counts, no ratios', () => {
    expect(val(raw, 'participants', { wijk_id: 'W3' })).toBe(0);
    // nobody: every ratio is 0/0 and rests on 0 persons; reach_rate lacks a population besides
    for (const m of ['top20_share', 'gini', 'newcomer_share', 'domains_per_participant']) {
      expect(get(raw, m, { wijk_id: 'W3' }), m).toMatchObject({ value: null, basis: 0 });
      expect(get(shown, m, { wijk_id: 'W3' }).suppressed, m).toBe('below_k');
    }
    expect(get(shown, 'reach_rate', { wijk_id: 'W3' }).suppressed).toBe('not_available');
    // 0 persons is "<k" too: a zero would tell that nobody of W3 came
    expect(get(shown, 'participants', { wijk_id: 'W3' })).toMatchObject({ value: null, suppressed: 'below_k' });
  });
});

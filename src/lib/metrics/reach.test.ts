import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { insertCanonical, type CanonicalData } from '../load/canonical';
import { reachFigures } from './reach';
import { figureLookup, makeScope, useEngine } from './testing';
import type { RawFigure } from './types';

let engine: Engine;
useEngine((e) => (engine = e));

const scope = makeScope({ dimensions: ['gender'] });
const { get, val, has } = figureLookup({ wijk_id: 'W1' });

/*
 * City C: W1, W2 and the synthetic location-unknown wijk C-ONB. First month of the data: 2024-10.
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
 */
const data: CanonicalData = {
  wijken: [
    { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
    { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' }
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

describe('reach breadth (R1-R10)', () => {
  let raw: RawFigure[];
  beforeAll(async () => {
    await insertCanonical(engine, data);
    raw = await reachFigures(engine, scope());
  });

  it('R1 participants per wijk, per city, incl. the location-unknown wijk', () => {
    // W1: p1 p2 p3 (p4 not active in P); W2: p5; C-ONB: p6; city: 5
    expect(val(raw, 'participants')).toBe(3);
    expect(val(raw, 'participants', { wijk_id: 'W2' })).toBe(1);
    expect(val(raw, 'participants', { wijk_id: 'C-ONB' })).toBe(1);
    expect(val(raw, 'participants', { wijk_id: '' })).toBe(5);
    expect(get(raw, 'participants').isPersonCount).toBe(true);
    expect(raw.every((f) => f.provider === 'all' && f.city === 'C')).toBe(true);
  });

  it('R2 reach rate against the population dated on or before the end of P, else the earliest', () => {
    // W1: 3 / 1200 x 1000 = 2.5 (2025-01-01 is the latest on or before 2025-03-31)
    expect(val(raw, 'reach_rate')).toBeCloseTo(2.5, 12);
    // W2: only 2026-01-01 exists: the earliest, 500 -> 1 / 500 x 1000 = 2
    expect(val(raw, 'reach_rate', { wijk_id: 'W2' })).toBeCloseTo(2, 12);
    // city: 5 / (1200 + 500) x 1000
    expect(val(raw, 'reach_rate', { wijk_id: '' })).toBeCloseTo(5000 / 1700, 12);
    // no population for the location-unknown wijk
    expect(get(raw, 'reach_rate', { wijk_id: 'C-ONB' }).unavailable).toBe(true);
    expect(get(raw, 'reach_rate').basis).toBe(3);
  });

  it('R2 an earlier period picks the older population figure', async () => {
    // P = 2024-10..12: W1 active: p1 p2 p4 = 3; population 2024-01-01 = 1000 -> 3
    const early = await reachFigures(engine, scope({ from: '2024-10', to: '2024-12' }));
    expect(val(early, 'reach_rate')).toBeCloseTo(3, 12);
  });

  it('R1/R3/R4 per group, with the unknown group counted', () => {
    // W1 residents in P: A = p1 p2 (2), B = p3 (1), unknown 0 (p4 inactive) -> no 'unknown' row
    expect(val(raw, 'participants', { dimension: 'gender', group: 'A' })).toBe(2);
    expect(val(raw, 'participants', { dimension: 'gender', group: 'B' })).toBe(1);
    expect(has(raw, 'participants', { dimension: 'gender', group: 'unknown' })).toBe(false);
    // group reach rate: 2/600 x 1000, 1/600 x 1000
    expect(val(raw, 'group_reach_rate', { dimension: 'gender', group: 'A' })).toBeCloseTo(2000 / 600, 12);
    expect(val(raw, 'group_reach_rate', { dimension: 'gender', group: 'B' })).toBeCloseTo(1000 / 600, 12);
    // RI_A = (2/3)/(600/1200) = 4/3; RI_B = (1/3)/(1/2) = 2/3
    expect(val(raw, 'representation_index', { dimension: 'gender', group: 'A' })).toBeCloseTo(4 / 3, 12);
    expect(val(raw, 'representation_index', { dimension: 'gender', group: 'B' })).toBeCloseTo(2 / 3, 12);
    // city: A = p1 p2 p6 (3), B = p3 p5 (2); population by gender only in W1: RI_A = (3/5)/(1/2) = 1.2
    expect(val(raw, 'representation_index', { wijk_id: '', dimension: 'gender', group: 'A' })).toBeCloseTo(1.2, 12);
    // W2 has no population by gender: no R3/R4 rows
    expect(has(raw, 'group_reach_rate', { wijk_id: 'W2', dimension: 'gender', group: 'B' })).toBe(false);
  });

  it('R1 per group: an unknown value is its own cell of the breakdown', async () => {
    // P = 2024-12: W1 active: p4 only (gender unknown)
    const dec = await reachFigures(engine, scope({ from: '2024-12', to: '2024-12' }));
    expect(val(dec, 'participants', { dimension: 'gender', group: 'unknown' })).toBe(1);
    const keys = get(dec, 'participants', { dimension: 'gender', group: 'unknown' }).breakdown ?? '';
    expect(keys.length).toBeGreaterThan(0);
    // with no known group, composition figures do not exist
    expect(get(dec, 'heterogeneity', { dimension: 'gender' }).unavailable).toBe(true);
    expect(get(dec, 'dissimilarity', { dimension: 'gender' }).unavailable).toBe(true);
  });

  it('R5 dissimilarity and representativeness, R6 heterogeneity', () => {
    // D = 1/2 (|2/3 - 1/2| + |1/3 - 1/2|) = 1/6; representativeness 5/6
    expect(val(raw, 'dissimilarity', { dimension: 'gender' })).toBeCloseTo(1 / 6, 12);
    expect(val(raw, 'representativeness', { dimension: 'gender' })).toBeCloseTo(5 / 6, 12);
    // H = 1 - (4/9 + 1/9) = 4/9; population H = 1 - (1/4 + 1/4) = 1/2
    expect(val(raw, 'heterogeneity', { dimension: 'gender' })).toBeCloseTo(4 / 9, 12);
    expect(val(raw, 'population_heterogeneity', { dimension: 'gender' })).toBeCloseTo(0.5, 12);
    // city: D = 1/2 (|3/5 - 1/2| + |2/5 - 1/2|) = 0.1
    expect(val(raw, 'dissimilarity', { wijk_id: '', dimension: 'gender' })).toBeCloseTo(0.1, 12);
    // W2: one group only, H = 0; no population by gender -> D unavailable
    expect(val(raw, 'heterogeneity', { wijk_id: 'W2', dimension: 'gender' })).toBe(0);
    expect(get(raw, 'dissimilarity', { wijk_id: 'W2', dimension: 'gender' }).unavailable).toBe(true);
    expect(get(raw, 'population_heterogeneity', { wijk_id: 'W2', dimension: 'gender' }).unavailable).toBe(true);
  });

  it('R7 concentration: top-20% share and Gini', () => {
    // W1: a = [4, 1, 1], sum 6, ceil(0.2 x 3) = 1 -> top20 = 4/6
    // Gini = sum|a_i - a_j| / (2 N sum) = (4 x 3) / (2 x 3 x 6) = 1/3
    expect(val(raw, 'top20_share')).toBeCloseTo(4 / 6, 12);
    expect(val(raw, 'gini')).toBeCloseTo(1 / 3, 12);
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
    // city: p3 p5 p6 of 5
    expect(val(raw, 'newcomer_share', { wijk_id: '' })).toBeCloseTo(3 / 5, 12);
    // GGW only: W1 has p1, whose first GGW participation is 2025-02-10: new within the filter
    const ggw = await reachFigures(engine, scope({ provider: 'ggw' }));
    expect(val(ggw, 'participants')).toBe(1);
    expect(val(ggw, 'newcomer_share')).toBe(1);
    expect(ggw.every((f) => f.provider === 'ggw')).toBe(true);
  });

  it('R8 not available for a period containing the first month of the data', async () => {
    const first = await reachFigures(engine, scope({ from: '2024-10', to: '2024-12' }));
    for (const m of ['newcomers', 'newcomer_share']) {
      expect(get(first, m).unavailable, m).toBe(true);
      expect(get(first, m).value, m).toBeNull();
    }
  });

  it('R9 retention: of the previous equal-length period, the share active again', async () => {
    // previous period 2024-10..12: W1 p1 p2 p4; again in P: p1 p2 -> 2/3
    expect(val(raw, 'retention')).toBeCloseTo(2 / 3, 12);
    expect(val(raw, 'retention', { wijk_id: '' })).toBeCloseTo(2 / 3, 12);
    // W2: nobody in the previous period: no retention figure
    expect(get(raw, 'retention', { wijk_id: 'W2' }).unavailable).toBe(true);
    // P = 2024-11..2025-01: previous period 2024-08..10 starts before the data (2024-10)
    const early = await reachFigures(engine, scope({ from: '2024-11', to: '2025-01' }));
    expect(get(early, 'retention').unavailable).toBe(true);
    // P = 2024-11: previous 2024-10 (p1) -> p1 not active in 2024-11 -> 0
    const nov = await reachFigures(engine, scope({ from: '2024-11', to: '2024-11' }));
    expect(val(nov, 'retention')).toBe(0);
  });

  it('R10 domain breadth', () => {
    // W1: p1 meeting+health (2), p2 leisure (1), p3 meeting (1) -> mean 4/3, share with 2+ = 1/3
    expect(val(raw, 'domains_per_participant')).toBeCloseTo(4 / 3, 12);
    expect(val(raw, 'multi_domain_share')).toBeCloseTo(1 / 3, 12);
    expect(get(raw, 'multi_domain_share').basis).toBe(1);
  });

  it('an empty wijk: zero counts, no ratios', async () => {
    await insertCanonical(engine, { ...data, wijken: [...data.wijken, { wijk_id: 'W3', wijk_name: 'Drie', city: 'C' }] });
    const r = await reachFigures(engine, scope());
    expect(val(r, 'participants', { wijk_id: 'W3' })).toBe(0);
    for (const m of ['top20_share', 'gini', 'newcomer_share', 'domains_per_participant', 'reach_rate']) {
      expect(get(r, m, { wijk_id: 'W3' }).unavailable, m).toBe(true);
    }
    // the wijken filter keeps only the asked wijken and their city
    const only = await reachFigures(engine, scope({ wijken: ['W2'] }));
    expect(new Set(only.map((f) => f.wijk_id))).toEqual(new Set(['W2', '']));
    expect(val(only, 'participants', { wijk_id: '' })).toBe(5);
  });
});

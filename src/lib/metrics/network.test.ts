import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { insertCanonical, type CanonicalData } from '../load/canonical';
import { networkFigures } from './network';
import { figureLookup, makeScope, useEngine } from './testing';
import type { RawFigure } from './types';

let engine: Engine;
useEngine((e) => (engine = e));

const scope = makeScope({ dimensions: ['gender'], cap: 5 });
// network rows are per dimension: gender unless a test names another
const { get, val } = figureLookup({ wijk_id: 'W1', dimension: 'gender' });

const wijken = [
  { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
  { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' }
];

/*
 * Gender: p1 A, p2 A, p3 B, p4 B, p5 unknown, p6 A. Residence: p1-p5 W1, p6 W2.
 * Sessions (all located in W1), cap = 5:
 *   s1 a1 2025-01-06: p1 p2 p3        n_A=2 n_B=1 n_s=3  T_s=3 I_s=1
 *   s2 a1 2025-01-13: p1 p3 p4 p5     n_A=1 n_B=2 n_s=3 (p5 unknown; 4 distinct) T_s=3 I_s=1
 *   s3 a2 2025-02-03: p2 p6           n_A=2 n_s=2  T_s=1 I_s=1
 *   s4 a2 2025-02-10: p1 alone        excluded (< 2)
 *   s5 a1 2025-03-03: p1..p6 (6)      excluded (> cap 5)
 *   s6 a1 2025-04-07: p1 p3           outside P
 */
const base: CanonicalData = {
  wijken,
  population: [],
  participants: [
    { participant_id: 'p1', residence_wijk_id: 'W1', gender: 'A' },
    { participant_id: 'p2', residence_wijk_id: 'W1', gender: 'A' },
    { participant_id: 'p3', residence_wijk_id: 'W1', gender: 'B' },
    { participant_id: 'p4', residence_wijk_id: 'W1', gender: 'B' },
    { participant_id: 'p5', residence_wijk_id: 'W1', gender: null },
    { participant_id: 'p6', residence_wijk_id: 'W2', gender: 'A' }
  ],
  activities: [
    { activity_id: 'a1', provider_type: 'buurtwerk', wijk_id: 'W1' },
    { activity_id: 'a2', provider_type: 'ggw', wijk_id: 'W1' }
  ],
  participations: [
    ...['p1', 'p2', 'p3'].map((p) => ({ participant_id: p, activity_id: 'a1', date: '2025-01-06' })),
    ...['p1', 'p3', 'p4', 'p5'].map((p) => ({ participant_id: p, activity_id: 'a1', date: '2025-01-13' })),
    ...['p2', 'p6'].map((p) => ({ participant_id: p, activity_id: 'a2', date: '2025-02-03' })),
    { participant_id: 'p1', activity_id: 'a2', date: '2025-02-10' },
    ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((p) => ({ participant_id: p, activity_id: 'a1', date: '2025-03-03' })),
    ...['p1', 'p3'].map((p) => ({ participant_id: p, activity_id: 'a1', date: '2025-04-07' }))
  ]
};

describe('bonding and bridging (B1-B8)', () => {
  let raw: RawFigure[];
  beforeAll(async () => {
    await insertCanonical(engine, base);
    raw = await networkFigures(engine, scope());
  });

  it('B1 pairs and sessions', () => {
    // T = 3 + 3 + 1 = 7, I = 1 + 1 + 1 = 3, E = 4; sessions used s1 s2 s3, excluded s4 (<2) and s5 (>cap)
    expect(val(raw, 'pairs')).toBe(7);
    expect(val(raw, 'pairs_within')).toBe(3);
    expect(val(raw, 'pairs_between')).toBe(4);
    expect(val(raw, 'sessions_used', { dimension: '' })).toBe(3);
    expect(val(raw, 'sessions_excluded', { dimension: '' })).toBe(2);
  });

  it('B2 B3 shares and E-I index', () => {
    // bridging = E/T = 4/7, bonding = I/T = 3/7, E-I = (4 - 3)/7 = 1/7
    expect(val(raw, 'bridging_share')).toBeCloseTo(4 / 7, 12);
    expect(val(raw, 'bonding_share')).toBeCloseTo(3 / 7, 12);
    expect(val(raw, 'ei_index')).toBeCloseTo(1 / 7, 12);
  });

  it('B4 B5 expected bridging and mixing ratio', () => {
    // M_A = 2+1+2 = 5, M_B = 1+2+0 = 3, M = 8; p_same = (5*4 + 3*2)/(8*7) = 26/56;
    // expected = 30/56 = 15/28; mixing ratio = (4/7)/(15/28) = 16/15
    expect(val(raw, 'expected_bridging_share')).toBeCloseTo(15 / 28, 12);
    expect(val(raw, 'mixing_ratio')).toBeCloseTo(16 / 15, 12);
  });

  it('B6 assortativity', () => {
    // e_AA = 2*1 + 0 + 2*1 = 4, e_BB = 0 + 2*1 + 0 = 2, e_AB = e_BA = 2*1 + 1*2 = 4; sum = 14 = 2T
    // a_A = 8/14, a_B = 6/14, sum a^2 = 100/196, sum e_gg = 6/14 = 84/196
    // r = (84 - 100)/(196 - 100) = -16/96 = -1/6
    expect(val(raw, 'assortativity')).toBeCloseTo(-1 / 6, 12);
  });

  it('B7 bridged participants', () => {
    // known group in used sessions: p1 p2 p3 p4 p6 (p5 unknown) = 5; bridged: p1 p2 p3 (s1), p4 (s2); p6 only met A in s3
    expect(val(raw, 'bridged_share')).toBeCloseTo(4 / 5, 12);
    // Its basis is the smaller of numerator (4 bridged) and denominator (5 known): METRICS.md's
    // "numerator or denominator counts fewer than k".
    expect(get(raw, 'bridged_share').basis).toBe(4);
    expect(get(raw, 'pairs').sessions).toBe(3);
  });

  it('B8 mixing matrix beside its expectation', () => {
    expect(val(raw, 'mixing', { group: 'A|A' })).toBeCloseTo(4 / 14, 12);
    expect(val(raw, 'mixing', { group: 'A|B' })).toBeCloseTo(4 / 14, 12);
    expect(val(raw, 'mixing', { group: 'B|A' })).toBeCloseTo(4 / 14, 12);
    expect(val(raw, 'mixing', { group: 'B|B' })).toBeCloseTo(2 / 14, 12);
    expect(val(raw, 'mixing_expected', { group: 'A|A' })).toBeCloseTo(64 / 196, 12);
    expect(val(raw, 'mixing_expected', { group: 'A|B' })).toBeCloseTo(48 / 196, 12);
    expect(val(raw, 'mixing_expected', { group: 'B|B' })).toBeCloseTo(36 / 196, 12);
    const cells = raw.filter((f) => f.metric === 'mixing' && f.wijk_id === 'W1' && f.dimension === 'gender');
    expect(cells.reduce((s, f) => s + (f.value ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it('bridging between wijken (residence_wijk)', () => {
    // residence: s1 W1 x3 -> T=3 I=3; s2 W1 x4 (p5's residence is known) -> T=6 I=6; s3 W1+W2 -> T=1 I=0
    // T = 10, I = 9, bridging = 1/10; M_W1 = 3+4+1 = 8, M_W2 = 1, M = 9
    // p_same = 8*7/(9*8) = 7/9, expected = 2/9, ratio = (1/10)/(2/9) = 0.45
    const o = { dimension: 'residence_wijk' };
    expect(val(raw, 'pairs', o)).toBe(10);
    expect(val(raw, 'bridging_share', o)).toBeCloseTo(0.1, 12);
    expect(val(raw, 'expected_bridging_share', o)).toBeCloseTo(2 / 9, 12);
    expect(val(raw, 'mixing_ratio', o)).toBeCloseTo(0.45, 12);
    // bridged: p2 and p6 (s3) of 6 with a known residence
    expect(val(raw, 'bridged_share', o)).toBeCloseTo(2 / 6, 12);
  });

  it('city row equals the only wijk with activities; an empty wijk has no shares', () => {
    for (const m of ['pairs', 'bridging_share', 'assortativity', 'bridged_share']) {
      expect(val(raw, m, { wijk_id: '' })).toBe(val(raw, m));
    }
    expect(val(raw, 'pairs', { wijk_id: 'W2' })).toBe(0);
    expect(get(raw, 'bridging_share', { wijk_id: 'W2' }).unavailable).toBe(true);
    expect(get(raw, 'expected_bridging_share', { wijk_id: 'W2' }).unavailable).toBe(true);
    expect(val(raw, 'sessions_used', { wijk_id: 'W2', dimension: '' })).toBe(0);
    expect(raw.some((f) => f.metric === 'mixing' && f.wijk_id === 'W2')).toBe(false);
    // the location-unknown wijk is a residence, not a place: no network rows
    expect(raw.some((f) => f.wijk_id === 'C-ONB')).toBe(false);
    expect(raw.every((f) => f.provider === 'all')).toBe(true);
  });

  it('provider filter: only the buurtwerk sessions', async () => {
    // s1, s2 only: T = 6, I = 2, bridging = 4/6
    const bw = await networkFigures(engine, scope({ provider: 'buurtwerk' }));
    expect(val(bw, 'pairs')).toBe(6);
    expect(val(bw, 'bridging_share')).toBeCloseTo(4 / 6, 12);
    expect(val(bw, 'sessions_excluded', { dimension: '' })).toBe(1);
    expect(bw.every((f) => f.provider === 'buurtwerk')).toBe(true);
  });

  it('cap includes unknown-group participants; a larger cap uses the street party', async () => {
    // cap 40: s5 used too: A = p1 p2 p6 (3), B = p3 p4 (2), n_s = 5 -> T_s = 10, I_s = 3 + 1 = 4
    // T = 17, I = 7
    const big = await networkFigures(engine, scope({ cap: 40 }));
    expect(val(big, 'pairs')).toBe(17);
    expect(val(big, 'pairs_within')).toBe(7);
    expect(val(big, 'sessions_excluded', { dimension: '' })).toBe(1);
    // cap 3: s2 has 4 distinct participants (one unknown) and is excluded: T = 3 + 1, I = 1 + 1
    const small = await networkFigures(engine, scope({ cap: 3 }));
    expect(val(small, 'pairs')).toBe(4);
    expect(val(small, 'pairs_within')).toBe(2);
    expect(val(small, 'sessions_excluded', { dimension: '' })).toBe(3);
  });
});

describe('edge cases', () => {
  it('a perfectly segregated wijk has assortativity 1, bonding 1, E-I -1', async () => {
    // s1: A A A (T=3), s2: B B (T=1), s3: A A (T=1): T = I = 5, E = 0
    // M_A = 5, M_B = 2: expected bridging = 1 - (20 + 2)/42 = 20/42; mixing ratio 0
    await insertCanonical(engine, {
      wijken,
      population: [],
      participants: [
        { participant_id: 'a1', residence_wijk_id: 'W1', gender: 'A' },
        { participant_id: 'a2', residence_wijk_id: 'W1', gender: 'A' },
        { participant_id: 'a3', residence_wijk_id: 'W1', gender: 'A' },
        { participant_id: 'b1', residence_wijk_id: 'W1', gender: 'B' },
        { participant_id: 'b2', residence_wijk_id: 'W1', gender: 'B' }
      ],
      activities: [{ activity_id: 'x', provider_type: 'ggw', wijk_id: 'W1' }],
      participations: [
        ...['a1', 'a2', 'a3'].map((p) => ({ participant_id: p, activity_id: 'x', date: '2025-01-06' })),
        ...['b1', 'b2'].map((p) => ({ participant_id: p, activity_id: 'x', date: '2025-01-13' })),
        ...['a1', 'a2'].map((p) => ({ participant_id: p, activity_id: 'x', date: '2025-01-20' }))
      ]
    });
    const raw = await networkFigures(engine, scope());
    expect(val(raw, 'assortativity')).toBeCloseTo(1, 12);
    expect(val(raw, 'bonding_share')).toBe(1);
    expect(val(raw, 'bridging_share')).toBe(0);
    expect(val(raw, 'ei_index')).toBe(-1);
    expect(val(raw, 'expected_bridging_share')).toBeCloseTo(20 / 42, 12);
    expect(val(raw, 'mixing_ratio')).toBe(0);
    expect(val(raw, 'bridged_share')).toBe(0);
    expect(val(raw, 'mixing', { group: 'A|B' })).toBe(0);
    // one residence wijk only: no bridging possible, assortativity undefined (sum a^2 = 1)
    expect(val(raw, 'expected_bridging_share', { dimension: 'residence_wijk' })).toBe(0);
    expect(get(raw, 'mixing_ratio', { dimension: 'residence_wijk' }).unavailable).toBe(true);
    expect(get(raw, 'assortativity', { dimension: 'residence_wijk' }).unavailable).toBe(true);
  });

  it('T = 0: shares unavailable, pairs 0; M < 2: expected unavailable', async () => {
    // one session: k1 (A) with an unknown-group participant: used (2 distinct), n_s = 1, T = 0, M = 1
    await insertCanonical(engine, {
      wijken,
      population: [],
      participants: [
        { participant_id: 'k1', residence_wijk_id: 'W1', gender: 'A' },
        { participant_id: 'u1', residence_wijk_id: 'W1', gender: null }
      ],
      activities: [{ activity_id: 'x', provider_type: 'ggw', wijk_id: 'W1' }],
      participations: ['k1', 'u1'].map((p) => ({ participant_id: p, activity_id: 'x', date: '2025-02-01' }))
    });
    const raw = await networkFigures(engine, scope());
    expect(val(raw, 'pairs')).toBe(0);
    expect(val(raw, 'sessions_used', { dimension: '' })).toBe(1);
    for (const m of ['bridging_share', 'bonding_share', 'ei_index', 'expected_bridging_share', 'mixing_ratio', 'assortativity']) {
      expect(get(raw, m).unavailable, m).toBe(true);
      expect(get(raw, m).value, m).toBeNull();
    }
    // k1 met nobody of another known group
    expect(val(raw, 'bridged_share')).toBe(0);
    // 0 bridged of 1 known: a zero numerator is nobody, so the basis is the denominator, 1 (< k: hidden).
    expect(get(raw, 'bridged_share').basis).toBe(1);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import type { CanonicalData } from '../load/canonical';
import type { FigureRow } from './types';
import { figureLookup, Q1, runFixture, useEngine, type RawRow } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

// network rows are per dimension: gender unless a test names another
const { get, val, has } = figureLookup({ wijk_id: 'W1', dimension: 'gender' });

const NETWORK = [
  'pairs', 'pairs_within', 'pairs_between', 'sessions_used', 'sessions_excluded', 'bridging_share', 'bonding_share', 'ei_index',
  'expected_bridging_share', 'mixing_ratio', 'assortativity', 'bridged_share', 'bridged_share_z', 'mixing', 'mixing_expected'
];

/*
 * City C. Gender: p1 A, p2 A, p3 B, p4 B, p5 unknown, p6 A. Residence: p1-p5 W1, p6 W2.
 * Sessions (all located in W1), cap = 5:
 *   s1 a1 2025-01-06: p1 p2 p3        n_A=2 n_B=1 n_s=3  T_s=3 I_s=1
 *   s2 a1 2025-01-13: p1 p3 p4 p5     n_A=1 n_B=2 n_s=3 (p5 unknown; 4 distinct) T_s=3 I_s=1
 *   s3 a2 2025-02-03: p2 p6           n_A=2 n_s=2  T_s=1 I_s=1
 *   s4 a2 2025-02-10: p1 alone        excluded (< 2)
 *   s5 a1 2025-03-03: p1..p6 (6)      excluded (> cap 5)
 *   s6 a1 2025-04-07: p1 p3           outside P
 * The edge cases live in cities of their own, so that one run covers them (a city's location
 * figures see only the activities located in it):
 * City D, perfectly segregated, all residents of D1, activity x (ggw, D1):
 *   x 2025-01-06: da1 da2 da3 (A)   x 2025-01-13: db1 db2 db3 (B)   x 2025-01-20: da1 da2 (A)
 *   (three B persons, not two as before: a mixing-matrix cell needs a group of k = 3 persons)
 * City E, no known pair: activity y (ggw, E1) 2025-02-01: ek1 (A) and eu1 (gender unknown).
 * Perturbation off, k = 3 (testing.ts).
 */
const data: CanonicalData = {
  wijken: [
    { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
    { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' },
    { wijk_id: 'D1', wijk_name: 'Dee', city: 'D' },
    { wijk_id: 'E1', wijk_name: 'Ee', city: 'E' }
  ],
  population: [],
  participants: [
    { participant_id: 'p1', residence_wijk_id: 'W1', gender: 'A' },
    { participant_id: 'p2', residence_wijk_id: 'W1', gender: 'A' },
    { participant_id: 'p3', residence_wijk_id: 'W1', gender: 'B' },
    { participant_id: 'p4', residence_wijk_id: 'W1', gender: 'B' },
    { participant_id: 'p5', residence_wijk_id: 'W1', gender: null },
    { participant_id: 'p6', residence_wijk_id: 'W2', gender: 'A' },
    ...['da1', 'da2', 'da3'].map((id) => ({ participant_id: id, residence_wijk_id: 'D1', gender: 'A' })),
    ...['db1', 'db2', 'db3'].map((id) => ({ participant_id: id, residence_wijk_id: 'D1', gender: 'B' })),
    { participant_id: 'ek1', residence_wijk_id: 'E1', gender: 'A' },
    { participant_id: 'eu1', residence_wijk_id: 'E1', gender: null }
  ],
  activities: [
    { activity_id: 'a1', provider_type: 'buurtwerk', wijk_id: 'W1' },
    { activity_id: 'a2', provider_type: 'ggw', wijk_id: 'W1' },
    { activity_id: 'x', provider_type: 'ggw', wijk_id: 'D1' },
    { activity_id: 'y', provider_type: 'ggw', wijk_id: 'E1' }
  ],
  participations: [
    ...['p1', 'p2', 'p3'].map((p) => ({ participant_id: p, activity_id: 'a1', date: '2025-01-06' })),
    ...['p1', 'p3', 'p4', 'p5'].map((p) => ({ participant_id: p, activity_id: 'a1', date: '2025-01-13' })),
    ...['p2', 'p6'].map((p) => ({ participant_id: p, activity_id: 'a2', date: '2025-02-03' })),
    { participant_id: 'p1', activity_id: 'a2', date: '2025-02-10' },
    ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((p) => ({ participant_id: p, activity_id: 'a1', date: '2025-03-03' })),
    ...['p1', 'p3'].map((p) => ({ participant_id: p, activity_id: 'a1', date: '2025-04-07' })),
    ...['da1', 'da2', 'da3'].map((p) => ({ participant_id: p, activity_id: 'x', date: '2025-01-06' })),
    ...['db1', 'db2', 'db3'].map((p) => ({ participant_id: p, activity_id: 'x', date: '2025-01-13' })),
    ...['da1', 'da2'].map((p) => ({ participant_id: p, activity_id: 'x', date: '2025-01-20' })),
    ...['ek1', 'eu1'].map((p) => ({ participant_id: p, activity_id: 'y', date: '2025-02-01' }))
  ]
};

describe('bonding and bridging (B1-B8)', () => {
  let raw: RawRow[];
  let bw: RawRow[];
  let shown: FigureRow[];
  beforeAll(async () => {
    const run = await runFixture(engine, data, [Q1], { dimensions: ['gender'], cap: 5 });
    raw = await run.raw();
    bw = await run.raw(Q1, 'buurtwerk');
    shown = await run.rows();
  });

  it('B1 pairs and sessions', () => {
    // T = 3 + 3 + 1 = 7, I = 1 + 1 + 1 = 3, E = 4; sessions used s1 s2 s3, excluded s4 (<2) and s5 (>cap)
    expect(val(raw, 'pairs')).toBe(7);
    expect(val(raw, 'pairs_within')).toBe(3);
    expect(val(raw, 'pairs_between')).toBe(4);
    expect(val(raw, 'sessions_used', { dimension: '' })).toBe(3);
    expect(val(raw, 'sessions_excluded', { dimension: '' })).toBe(2);
    // sessions are not persons: public; pairs are network figures (k known persons, 3 sessions)
    expect(get(raw, 'sessions_used', { dimension: '' }).kind).toBe('public');
    expect(get(raw, 'pairs')).toMatchObject({ kind: 'network', basis: 5, sessions: 3 });
    expect(get(shown, 'pairs')).toMatchObject({ value: 7, suppressed: null });
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
    // "perturbed numerator or denominator below k".
    expect(get(raw, 'bridged_share')).toMatchObject({ basis: 4, sessions: 3 });
  });

  it('B8 mixing matrix beside its expectation, only for groups of at least k persons', () => {
    // A: p1 p2 p6 at the sessions used (3 = k); B: p3 p4 (2 < k): B's cells do not exist.
    expect(val(raw, 'mixing', { group: 'A|A' })).toBeCloseTo(4 / 14, 12);
    // a_A^2 = (8/14)^2 = 64/196
    expect(val(raw, 'mixing_expected', { group: 'A|A' })).toBeCloseTo(64 / 196, 12);
    const cells = raw.filter((f) => f.metric === 'mixing' && f.wijk_id === 'W1' && f.dimension === 'gender');
    expect(cells.map((f) => f.group)).toEqual(['A|A']);
    // city D, segregated: both groups have 3 persons, the full matrix. e_AA = 2 (3 + 1) = 8, e_BB = 6, of 2T = 14
    const d = { city: 'D', wijk_id: 'D1' };
    expect(val(raw, 'mixing', { ...d, group: 'A|A' })).toBeCloseTo(8 / 14, 12);
    expect(val(raw, 'mixing', { ...d, group: 'B|B' })).toBeCloseTo(6 / 14, 12);
    expect(val(raw, 'mixing', { ...d, group: 'A|B' })).toBe(0);
    expect(val(raw, 'mixing', { ...d, group: 'B|A' })).toBe(0);
    // a = (8/14, 6/14): expected A|B = 48/196
    expect(val(raw, 'mixing_expected', { ...d, group: 'A|B' })).toBeCloseTo(48 / 196, 12);
    const dCells = raw.filter((f) => f.metric === 'mixing' && f.wijk_id === 'D1' && f.dimension === 'gender');
    expect(dCells.reduce((s, f) => s + (f.value ?? 0), 0)).toBeCloseTo(1, 12);
    // no matrix for residence_wijk on the pages (only the command line's full export asks for it)
    expect(has(raw, 'mixing', { dimension: 'residence_wijk', group: 'W1|W1' })).toBe(false);
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
      expect(val(raw, m, { wijk_id: '', city: 'C' })).toBe(val(raw, m));
    }
    expect(val(raw, 'pairs', { wijk_id: 'W2' })).toBe(0);
    // W2: no session: no value, and no known person to rest on (k1 = 0)
    expect(get(raw, 'bridging_share', { wijk_id: 'W2' })).toMatchObject({ value: null, basis: 0, sessions: 0 });
    expect(get(raw, 'expected_bridging_share', { wijk_id: 'W2' }).value).toBeNull();
    expect(get(shown, 'bridging_share', { wijk_id: 'W2' }).suppressed).toBe('below_k');
    expect(val(raw, 'sessions_used', { wijk_id: 'W2', dimension: '' })).toBe(0);
    expect(raw.some((f) => f.metric === 'mixing' && f.wijk_id === 'W2')).toBe(false);
    // the location-unknown wijk is a residence, not a place: no network rows
    expect(raw.some((f) => f.wijk_id === 'C-ONB' && NETWORK.includes(f.metric))).toBe(false);
    expect(raw.filter((f) => NETWORK.includes(f.metric)).every((f) => f.provider === 'all')).toBe(true);
  });

  it('provider filter: only the buurtwerk sessions', () => {
    // s1, s2 only: T = 6, I = 2, bridging = 4/6
    expect(val(bw, 'pairs')).toBe(6);
    expect(val(bw, 'bridging_share')).toBeCloseTo(4 / 6, 12);
    expect(val(bw, 'sessions_excluded', { dimension: '' })).toBe(1);
    expect(bw.filter((f) => NETWORK.includes(f.metric)).every((f) => f.provider === 'buurtwerk')).toBe(true);
  });

  it('a perfectly segregated wijk has assortativity 1, bonding 1, E-I -1', () => {
    // D: s1 A A A (T=3), s2 B B B (T=3), s3 A A (T=1): T = I = 7, E = 0
    // M_A = 5, M_B = 3: expected bridging = 1 - (20 + 6)/56 = 30/56; mixing ratio 0
    const d = { city: 'D', wijk_id: 'D1' };
    expect(val(raw, 'assortativity', d)).toBeCloseTo(1, 12);
    expect(val(raw, 'bonding_share', d)).toBe(1);
    expect(val(raw, 'bridging_share', d)).toBe(0);
    expect(val(raw, 'ei_index', d)).toBe(-1);
    expect(val(raw, 'expected_bridging_share', d)).toBeCloseTo(30 / 56, 12);
    expect(val(raw, 'mixing_ratio', d)).toBe(0);
    // nobody bridged: 0 of 6, resting on the 0 bridged persons (a 0 is below k like any count)
    expect(get(raw, 'bridged_share', d)).toMatchObject({ value: 0, basis: 0 });
    expect(get(shown, 'bridged_share', d).suppressed).toBe('below_k');
    // while the pairs rest on the 6 known persons and 3 sessions: shown
    expect(get(shown, 'bonding_share', d)).toMatchObject({ value: 1, suppressed: null });
    // one residence wijk only: no bridging possible, assortativity undefined (sum a^2 = 1)
    const r = { ...d, dimension: 'residence_wijk' };
    expect(val(raw, 'expected_bridging_share', r)).toBe(0);
    expect(val(raw, 'mixing_ratio', r)).toBeNull();
    expect(val(raw, 'assortativity', r)).toBeNull();
    expect(get(shown, 'assortativity', r).suppressed).toBe('not_available');
  });

  it('T = 0: shares have no value, pairs 0; M < 2: expected has no value', () => {
    // E: one session, ek1 (A) with an unknown-group participant: used (2 distinct), n_s = 1, T = 0, M = 1
    const e = { city: 'E', wijk_id: 'E1' };
    expect(val(raw, 'pairs', e)).toBe(0);
    expect(val(raw, 'sessions_used', { ...e, dimension: '' })).toBe(1);
    for (const m of ['bridging_share', 'bonding_share', 'ei_index', 'expected_bridging_share', 'mixing_ratio', 'assortativity']) {
      expect(get(raw, m, e), m).toMatchObject({ value: null, na: false });
    }
    // ek1 met nobody of another known group: 0 bridged of 1 known, resting on the 0 bridged
    expect(get(raw, 'bridged_share', e)).toMatchObject({ value: 0, basis: 0 });
    // one known person and one session: every network figure is "<k"
    for (const m of ['pairs', 'bridging_share', 'bridged_share']) expect(get(shown, m, e).suppressed, m).toBe('below_k');
  });
});

describe('the cap', () => {
  it('includes unknown-group participants; a larger cap uses the street party', async () => {
    // cap 40: s5 used too: A = p1 p2 p6 (3), B = p3 p4 (2), n_s = 5 -> T_s = 10, I_s = 3 + 1 = 4
    // T = 17, I = 7
    const big = await (await runFixture(engine, data, [Q1], { dimensions: ['gender'], cap: 40 })).raw();
    expect(val(big, 'pairs')).toBe(17);
    expect(val(big, 'pairs_within')).toBe(7);
    expect(val(big, 'sessions_excluded', { dimension: '' })).toBe(1);
    // cap 3: s2 has 4 distinct participants (one unknown) and is excluded: T = 3 + 1, I = 1 + 1
    const small = await (await runFixture(engine, data, [Q1], { dimensions: ['gender'], cap: 3 })).raw();
    expect(val(small, 'pairs')).toBe(4);
    expect(val(small, 'pairs_within')).toBe(2);
    expect(val(small, 'sessions_excluded', { dimension: '' })).toBe(3);
    // two sessions used: network figures need 3
    expect(get(small, 'pairs').sessions).toBe(2);
  });
});

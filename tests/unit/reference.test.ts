/**
 * The reference implementation (tests/reference) checked against cases worked out by hand.
 * Every expected number below is derived in the comments from METRICS.md, not from code.
 * Most cases run without a secret (no perturbation: every count is the true count); the
 * perturbation cases compute their record keys with node:crypto here and give the cell keys
 * and noise worked out by hand.
 */
import { createHmac } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import type { CanonicalData } from '../../src/lib/load/canonical';
import { figureKey, referenceDisclose, referenceProviderFree, referenceScope, type RefFigure, type Scope } from '../reference/index';
import { buildModel, perturbedCount } from '../reference/model';
import { A, B } from '../reference/fixtures';

// Fixtures A and B (tests/reference/fixtures.ts) are described there in full; the comments
// below repeat what each figure needs.

const scope = (over: Partial<Scope> = {}): Scope => ({ from: '2025-03', to: '2025-03', provider: 'all', dimensions: ['age'], k: 3, cap: 40, secret: null, ...over });

/** Every figure of a scope before the threshold: the provider filter's families and the provider-free ones. */
const figures = (data: CanonicalData, s: Scope): RefFigure[] => [...referenceScope(data, s), ...referenceProviderFree(data, s)];

function find(figs: RefFigure[]) {
  return (wijk: string, metric: string, dimension = '', group = '', provider?: string): RefFigure => {
    const hits = figs.filter((f) => f.wijk_id === wijk && f.metric === metric && f.dimension === dimension && f.group === group && (!provider || f.provider === provider));
    if (hits.length !== 1) throw new Error(`${hits.length} rows for ${wijk} ${metric} ${dimension} ${group}`);
    return hits[0];
  };
}

function pick(figs: RefFigure[]) {
  const f = find(figs);
  return (wijk: string, metric: string, dimension = '', group = '', provider?: string): number | null => f(wijk, metric, dimension, group, provider).value;
}

describe('reference: derived model', () => {
  it('places people without a known residence in the unknown wijk of their main city', () => {
    const m = buildModel(
      {
        wijken: [
          { wijk_id: 'A1', wijk_name: 'A', city: 'Aa' },
          { wijk_id: 'AONB', wijk_name: '?', city: 'Aa' },
          { wijk_id: 'B1', wijk_name: 'B', city: 'Bb' }
        ],
        population: [],
        participants: [
          { participant_id: 'x1', residence_wijk_id: 'A1' },
          { participant_id: 'x2', residence_wijk_id: null }, // one participation in Aa -> AONB
          { participant_id: 'x3', residence_wijk_id: 'ZZ' }, // invalid; 2 in Bb, 1 in Aa -> Bb-ONB
          { participant_id: 'x4', residence_wijk_id: '' }, // 1 in Aa, 1 in Bb: tie -> Aa (alphabetical) -> AONB
          { participant_id: 'x5' } // no participations, no residence: nowhere
        ],
        activities: [
          { activity_id: 'a', provider_type: 'buurtwerk', wijk_id: 'A1' },
          { activity_id: 'b', provider_type: 'ggw', wijk_id: 'B1' }
        ],
        participations: [
          { participant_id: 'x2', activity_id: 'a', date: '2025-01-02' },
          { participant_id: 'x3', activity_id: 'b', date: '2025-01-02' },
          { participant_id: 'x3', activity_id: 'b', date: '2025-01-03' },
          { participant_id: 'x3', activity_id: 'a', date: '2025-01-02' },
          { participant_id: 'x4', activity_id: 'b', date: '2025-01-02' },
          { participant_id: 'x4', activity_id: 'a', date: '2025-01-02' }
        ]
      },
      scope()
    );
    expect(m.wijkAll.map((w) => w.wijk_id)).toEqual(['A1', 'AONB', 'B1', 'Bb-ONB']);
    expect(Object.fromEntries(m.home)).toEqual({ x1: 'A1', x2: 'AONB', x3: 'Bb-ONB', x4: 'AONB' });
    // the network dimension 'residence_wijk' knows only x1's residence
    expect(Object.fromEntries(m.residenceKnown)).toEqual({ x1: 'A1' });
  });
});

describe('reference: reach R1-R10 (fixture A)', () => {
  const figs = figures(A, scope());
  const v = pick(figs);

  it('R1 participants: residents of A1 active in March anywhere = p1 p2 p3 p4', () => {
    expect(v('A1', 'participants')).toBe(4);
    // age: young p1 p2 = 2, old p3 = 1, unknown p4 = 1
    expect(v('A1', 'participants', 'age', 'young')).toBe(2);
    expect(v('A1', 'participants', 'age', 'old')).toBe(1);
    expect(v('A1', 'participants', 'age', 'unknown')).toBe(1);
    // A2: p5 (b1 in A1!) and p8; Aa-ONB: p6; city: p1 p2 p3 p4 p5 p6 p8 = 7
    expect(v('A2', 'participants')).toBe(2);
    expect(v('Aa-ONB', 'participants')).toBe(1);
    expect(v('', 'participants')).toBe(7);
  });

  it('R2 reach rate: population of the latest ref_date <= 2025-03-31 (200), else the earliest', () => {
    expect(v('A1', 'reach_rate')).toBeCloseTo((4 / 200) * 1000, 12); // 20
    // A2 has only a figure dated after the period: the earliest (100) is used: 2/100*1000 = 20
    expect(v('A2', 'reach_rate')).toBeCloseTo(20, 12);
    // Aa-ONB has no population: not available
    expect(v('Aa-ONB', 'reach_rate')).toBeNull();
    expect(find(figs)('Aa-ONB', 'reach_rate').na).toBe(true);
    // the rate rests on the 4 participants
    expect(find(figs)('A1', 'reach_rate').basis).toBe(4);
    // city: 7 / (200 + 100) * 1000
    expect(v('', 'reach_rate')).toBeCloseTo((7 / 300) * 1000, 12);
  });

  it('R3 group reach rate: young 2/60, old 1/140 (x1000)', () => {
    expect(v('A1', 'group_reach_rate', 'age', 'young')).toBeCloseTo((2 / 60) * 1000, 12);
    expect(v('A1', 'group_reach_rate', 'age', 'old')).toBeCloseTo((1 / 140) * 1000, 12);
  });

  it('R4 representation index: N_known = 3, pop_known = 200', () => {
    // young (2/3) / (60/200) = 2.2222; old (1/3) / (140/200) = 0.47619
    expect(v('A1', 'representation_index', 'age', 'young')).toBeCloseTo(2 / 3 / 0.3, 12);
    expect(v('A1', 'representation_index', 'age', 'old')).toBeCloseTo(1 / 3 / 0.7, 12);
  });

  it('R5 dissimilarity and representativeness', () => {
    // D = 1/2 (|2/3 - 0.3| + |1/3 - 0.7|) = 1/2 (11/30 + 11/30) = 11/30
    expect(v('A1', 'dissimilarity', 'age')).toBeCloseTo(11 / 30, 12);
    expect(v('A1', 'representativeness', 'age')).toBeCloseTo(19 / 30, 12);
  });

  it('R6 heterogeneity of the participants and of the population', () => {
    // 1 - (2/3)^2 - (1/3)^2 = 4/9; population 1 - 0.3^2 - 0.7^2 = 0.42
    expect(v('A1', 'heterogeneity', 'age')).toBeCloseTo(4 / 9, 12);
    expect(v('A1', 'population_heterogeneity', 'age')).toBeCloseTo(0.42, 12);
  });

  it('R7 concentration: a = p1 3, p2 1, p3 1, p4 1', () => {
    // ceil(0.2 x 4) = 1 largest: 3 / 6 = 0.5
    expect(v('A1', 'top20_share')).toBeCloseTo(0.5, 12);
    // sum |ai - aj| over ordered pairs = 2 x (3 x 2) = 12; / (2 x 4 x 6) = 0.25
    expect(v('A1', 'gini')).toBeCloseTo(0.25, 12);
    // both rest on the top 20%: ceil(4 / 5) = 1 person
    expect(find(figs)('A1', 'top20_share').basis).toBe(1);
  });

  it('R8 newcomers: first participation ever in P', () => {
    // p1 first 2025-01, p3 2025-02, p2 and p4 in March: 2 newcomers of 4
    expect(v('A1', 'newcomers')).toBe(2);
    expect(v('A1', 'newcomer_share')).toBeCloseTo(0.5, 12);
    // GGW only: A1 residents in GGW in March = p1, p4; p1's first GGW participation is in March too
    const g = pick(figures(A, scope({ provider: 'ggw' })));
    expect(g('A1', 'participants')).toBe(2);
    expect(g('A1', 'newcomers')).toBe(2);
    expect(g('A1', 'newcomer_share')).toBeCloseTo(1, 12);
    // a period containing the data's first month (2025-01) has no newcomer figure
    const q = figures(A, scope({ from: '2025-01', to: '2025-03' }));
    // (the count itself is computed; the threshold says not_available before it looks at it)
    for (const m of ['newcomers', 'newcomer_share']) expect(find(q)('A1', m).na, m).toBe(true);
    expect(referenceDisclose([find(q)('A1', 'newcomers')], 3)[0]).toMatchObject({ value: null, suppressed: 'not_available' });
  });

  it('R9 retention: of A1 residents active in February (p3, p7), p3 is back in March', () => {
    expect(v('A1', 'retention')).toBeCloseTo(0.5, 12);
    // Feb-Mar: the previous period Dec-Jan starts before the data (2025-01): not available
    expect(find(figures(A, scope({ from: '2025-02', to: '2025-03' })))('A1', 'retention').na).toBe(true);
  });

  it('R10 domain breadth: p1 3 domains, p2 p3 p4 one each', () => {
    expect(v('A1', 'domains_per_participant')).toBeCloseTo(6 / 4, 12);
    expect(v('A1', 'multi_domain_share')).toBeCloseTo(1 / 4, 12);
  });

  it('an empty period gives zero counts and shares without a value, resting on 0 persons', () => {
    const e = pick(figures(A, scope({ from: '2025-07', to: '2025-07' })));
    expect(e('A1', 'participants')).toBe(0);
    expect(e('A1', 'reach_rate')).toBe(0); // 0 / 200 (latest figure on or before 2025-07-31)
    expect(e('A1', 'top20_share')).toBeNull();
    expect(e('A1', 'gini')).toBeNull();
    expect(e('A1', 'newcomer_share')).toBeNull();
    expect(e('A1', 'representation_index', 'age', 'young')).toBeNull();
    const f = find(figures(A, scope({ from: '2025-07', to: '2025-07' })));
    expect(f('A1', 'newcomer_share')).toMatchObject({ basis: 0, na: false });
    expect(f('A1', 'top20_share').basis).toBe(0);
  });
});

describe('reference: bonding and bridging B1-B8 (fixture A, activities located in A1)', () => {
  const figs = figures(A, scope());
  const v = pick(figs);
  /*
   * Sessions in A1 in March: b1 03-05 {p1 y, p2 y, p3 o, p5 o}, g1 03-20 {p1 y, p4 ?, p8 y}.
   * age: b1: n_y 2, n_o 2, n_s 4: T 6, I 1 + 1 = 2, E 4.  g1: n_y 2 (p4 unknown): T 1, I 1.
   * T = 7, I = 3, E = 4.
   */
  it('B1 pairs and sessions', () => {
    expect(v('A1', 'sessions_used')).toBe(2);
    expect(v('A1', 'sessions_excluded')).toBe(0);
    expect(v('A1', 'pairs', 'age')).toBe(7);
    expect(v('A1', 'pairs_within', 'age')).toBe(3);
    expect(v('A1', 'pairs_between', 'age')).toBe(4);
    // A2: b2 03-12 {p1, p6}, b2 03-25 {p5, p8} used; b2 03-28 {p6} alone: excluded
    expect(v('A2', 'sessions_used')).toBe(2);
    expect(v('A2', 'sessions_excluded')).toBe(1);
  });

  it('B2 B3 shares and E-I index', () => {
    expect(v('A1', 'bridging_share', 'age')).toBeCloseTo(4 / 7, 12);
    expect(v('A1', 'bonding_share', 'age')).toBeCloseTo(3 / 7, 12);
    expect(v('A1', 'ei_index', 'age')).toBeCloseTo(1 / 7, 12);
  });

  it('B4 B5 expected bridging share and mixing ratio', () => {
    // M_y = 2 + 2 = 4, M_o = 2, M = 6: p_same = (4x3 + 2x1) / (6x5) = 14/30; expected = 16/30 = 8/15
    expect(v('A1', 'expected_bridging_share', 'age')).toBeCloseTo(8 / 15, 12);
    // (4/7) / (8/15) = 15/14
    expect(v('A1', 'mixing_ratio', 'age')).toBeCloseTo(15 / 14, 12);
  });

  it('B6 assortativity and B8 mixing matrix', () => {
    // ordered pairs: yy 2 + 2 = 4, oo 2, yo 4, oy 4; total 14.
    // e_yy 2/7, e_oo 1/7, e_yo = e_oy 2/7; a_y 4/7, a_o 3/7; sum a^2 = 25/49; trace 21/49
    // r = (21/49 - 25/49) / (1 - 25/49) = -4/24 = -1/6
    expect(v('A1', 'assortativity', 'age')).toBeCloseTo(-1 / 6, 12);
    // B8 only for groups of at least k = 3 persons at the sessions used: young p1 p2 p8 (3)
    // has its cell; old p3 p5 (2) has none: e_yy = 4/14 = 2/7 beside a_y^2 = 16/49
    expect(v('A1', 'mixing', 'age', 'young|young')).toBeCloseTo(2 / 7, 12);
    expect(v('A1', 'mixing_expected', 'age', 'young|young')).toBeCloseTo(16 / 49, 12);
    expect(figs.filter((f) => f.wijk_id === 'A1' && f.metric === 'mixing').map((f) => f.group)).toEqual(['young|young']);
  });

  it('B7 bridged participants: known p1 p2 p3 p5 p8; p8 met only young people', () => {
    expect(v('A1', 'bridged_share', 'age')).toBeCloseTo(4 / 5, 12);
  });

  it('residence wijk: bridging between wijken', () => {
    // b1: A1 {p1 p2 p3}, A2 {p5}: T 6, I 3, E 3. g1: A1 {p1 p4}, A2 {p8}: T 3, I 1, E 2.
    expect(v('A1', 'pairs', 'residence_wijk')).toBe(9);
    expect(v('A1', 'bridging_share', 'residence_wijk')).toBeCloseTo(5 / 9, 12);
    // A2 session b2 03-12: p1 (A1) and p6 (residence unknown, although home = Aa-ONB): no known pair
    // b2 03-25: p5, p8 both A2: 1 pair within
    expect(v('A2', 'pairs', 'residence_wijk')).toBe(1);
    expect(v('A2', 'bonding_share', 'residence_wijk')).toBe(1);
  });

  it('cap: with cap 3 the four-person session is left out', () => {
    const c = pick(figures(A, scope({ cap: 3 })));
    expect(c('A1', 'sessions_used')).toBe(1);
    expect(c('A1', 'sessions_excluded')).toBe(1);
    // only g1: one young-young pair: bonding 1, no expected bridging, r undefined (one group)
    expect(c('A1', 'pairs', 'age')).toBe(1);
    expect(c('A1', 'bonding_share', 'age')).toBe(1);
    expect(c('A1', 'ei_index', 'age')).toBe(-1);
    expect(c('A1', 'expected_bridging_share', 'age')).toBe(0); // M_y = 2 = M: p_same = 1
    expect(c('A1', 'mixing_ratio', 'age')).toBeNull();
    expect(c('A1', 'assortativity', 'age')).toBeNull();
  });

  it('perfect segregation gives r = 1, E-I = -1', () => {
    const d: CanonicalData = {
      wijken: [{ wijk_id: 'W', wijk_name: 'W', city: 'C' }],
      population: [],
      participants: ['a', 'b', 'c', 'd'].map((id, i) => ({ participant_id: id, residence_wijk_id: 'W', g: i < 2 ? 'x' : 'y' })),
      activities: [{ activity_id: 's', provider_type: 'buurtwerk', wijk_id: 'W' }],
      participations: [
        { participant_id: 'a', activity_id: 's', date: '2025-03-01' },
        { participant_id: 'b', activity_id: 's', date: '2025-03-01' },
        { participant_id: 'c', activity_id: 's', date: '2025-03-02' },
        { participant_id: 'd', activity_id: 's', date: '2025-03-02' }
      ]
    };
    const w = pick(figures(d, scope({ dimensions: ['g'] })));
    // e_xx = e_yy = 1/2, a = (1/2, 1/2): r = (1 - 1/2) / (1 - 1/2) = 1
    expect(w('W', 'assortativity', 'g')).toBeCloseTo(1, 12);
    expect(w('W', 'ei_index', 'g')).toBe(-1);
    // M_x = M_y = 2, M = 4: p_same = (2 + 2) / 12 = 1/3; expected bridging 2/3; ratio 0
    expect(w('W', 'expected_bridging_share', 'g')).toBeCloseTo(2 / 3, 12);
    expect(w('W', 'mixing_ratio', 'g')).toBe(0);
    expect(w('W', 'bridged_share', 'g')).toBe(0);
  });
});

describe('reference: overlap O1-O5 (fixture A)', () => {
  const figs = figures(A, scope({ provider: 'buurtwerk' }));
  const v = pick(figs);
  it('O1-O3 in A1: BW {p1 p2 p3}, GGW {p1 p4}', () => {
    expect(v('A1', 'bw', '', '', 'all')).toBe(3);
    expect(v('A1', 'ggw', '', '', 'all')).toBe(2);
    expect(v('A1', 'both', '', '', 'all')).toBe(1);
    expect(v('A1', 'bw_only', '', '', 'all')).toBe(2);
    expect(v('A1', 'ggw_only', '', '', 'all')).toBe(1);
    expect(v('A1', 'jaccard', '', '', 'all')).toBeCloseTo(1 / 4, 12);
    expect(v('A1', 'ggw_via_bw', '', '', 'all')).toBeCloseTo(1 / 2, 12);
  });
  it('O4 gateway among both (in P), first participations over history up to 2025-03-31', () => {
    // A1 in both in March: p1 only (BW first 01-10, GGW first 03-20: 69 days, BW first).
    // p3 did both on 02-07 but only BW in March: not in 'both'.
    expect(v('A1', 'gateway_bw_first', '', '', 'all')).toBe(1);
    expect(v('A1', 'gateway_ggw_first', '', '', 'all')).toBe(0);
    expect(v('A1', 'gateway_same_day', '', '', 'all')).toBe(0);
    expect(v('A1', 'gateway_median_days', '', '', 'all')).toBe(69);
    // A2: p8 GGW 03-20 then BW 03-25: GGW first, 5 days
    expect(v('A2', 'gateway_ggw_first', '', '', 'all')).toBe(1);
    expect(v('A2', 'gateway_median_days', '', '', 'all')).toBe(5);
    // city: p1 (69, BW first) and p8 (5, GGW first): 1/2 each, median (5 + 69) / 2 = 37
    expect(v('', 'gateway_bw_first', '', '', 'all')).toBeCloseTo(0.5, 12);
    expect(v('', 'gateway_median_days', '', '', 'all')).toBe(37);
  });

  it('O5 GGW via BW per group: A1 GGW residents p1 (young, also BW), p4 (unknown: left out)', () => {
    expect(v('A1', 'ggw_via_bw', 'age', 'young', 'all')).toBe(1);
    // every group has its row (no row tells that a group is present): old is 0 of 0, resting on 0
    expect(find(figs)('A1', 'ggw_via_bw', 'age', 'old', 'all')).toMatchObject({ value: null, basis: 0 });
  });
});

const mayScope = (provider: Scope['provider']) => scope({ from: '2025-05', to: '2025-05', provider, dimensions: [] });

describe('reference: O6, S1-S2, G1-G2 (fixture B)', () => {
  it('O6 partner HHI: GGW sessions with a partner: g1 05-01 X, g1 05-08 X, g2 05-02 Y', () => {
    // shares 2/3, 1/3: 4/9 + 1/9 = 5/9 (g3 names no partner; g1 06-01 is outside May)
    expect(pick(figures(B, mayScope('all')))('B1', 'partner_hhi')).toBeCloseTo(5 / 9, 12);
  });

  it('S1 involvement: all 8 May participations in B1, 3 as volunteer/co_organiser by q1 q3', () => {
    const v = pick(figures(B, mayScope('all')));
    expect(v('B1', 'involvement_share')).toBeCloseTo(3 / 8, 12);
    expect(v('B1', 'involved_participants')).toBe(2);
    // BW only: b1 05-04, 3 participations, q3 volunteer
    const b = pick(figures(B, mayScope('buurtwerk')));
    expect(b('B1', 'involvement_share')).toBeCloseTo(1 / 3, 12);
    expect(b('B1', 'involved_participants')).toBe(1);
  });

  it('S2 resident-initiated activities with a session in May', () => {
    // all: g1 g2 g3 b1 (b2 has no May session); residents: g1 b1 = 2/4
    expect(pick(figures(B, mayScope('all')))('B1', 'resident_initiated_share')).toBeCloseTo(0.5, 12);
    expect(pick(figures(B, mayScope('ggw')))('B1', 'resident_initiated_share')).toBeCloseTo(1 / 3, 12);
    expect(pick(figures(B, mayScope('buurtwerk')))('B1', 'resident_initiated_share')).toBe(1);
  });

  it('G1 G2 signals raised in May in B1: s1 s2 s3', () => {
    const v = pick(figures(B, mayScope('all')));
    expect(v('B1', 'signals')).toBe(3);
    expect(v('B1', 'signals', 'theme', 'housing')).toBe(2);
    expect(v('B1', 'signals', 'theme', 'unknown')).toBe(1);
    expect(v('B1', 'signals', 'source', 'ggw')).toBe(1);
    expect(v('B1', 'signals', 'source', 'residents')).toBe(1);
    // answered within 30 days: s1 only of 3; median of answered days [10, 51] = 30.5; open s3: 1/3
    expect(v('B1', 'signals_answered_30d')).toBeCloseTo(1 / 3, 12);
    expect(v('B1', 'signal_median_days')).toBeCloseTo(30.5, 12);
    expect(v('B1', 'signals_open_share')).toBeCloseTo(1 / 3, 12);
  });

  it('every figure has a unique key', () => {
    for (const d of [A, B]) {
      const figs = figures(d, scope());
      expect(new Set(figs.map(figureKey)).size).toBe(figs.length);
    }
  });
});

describe('reference: edge rules', () => {
  const two: CanonicalData = {
    wijken: [
      { wijk_id: 'A1', wijk_name: 'a', city: 'Aa' },
      { wijk_id: 'B1', wijk_name: 'b', city: 'Bb' }
    ],
    population: [
      { wijk_id: 'A1', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 100 },
      { wijk_id: 'A1', ref_date: '2025-06-01', dimension: 'total', group: 'total', population: 200 },
      { wijk_id: 'A1', ref_date: '2025-01-01', dimension: 'age', group: 'young', population: 30 },
      { wijk_id: 'A1', ref_date: '2025-01-01', dimension: 'age', group: 'old', population: 70 }
    ],
    participants: [
      { participant_id: 'p1', residence_wijk_id: 'A1', age: 'young' },
      { participant_id: 'p2', residence_wijk_id: 'A1', age: 'other' }
    ],
    activities: [
      { activity_id: 'b', provider_type: 'buurtwerk', wijk_id: 'B1' },
      { activity_id: 'g', provider_type: 'ggw', wijk_id: 'A1' }
    ],
    participations: [
      { participant_id: 'p1', activity_id: 'g', date: '2025-01-05' },
      { participant_id: 'p1', activity_id: 'b', date: '2025-07-05' },
      { participant_id: 'p2', activity_id: 'b', date: '2025-07-05' }
    ]
  };

  it('reach counts participations in another city; overlap only those in the residence city', () => {
    const v = pick(figures(two, scope({ from: '2025-07', to: '2025-07' })));
    // p1 and p2 (residents of A1) took part in July only in b, located in Bb
    expect(v('A1', 'participants')).toBe(2);
    // METRICS.md O1: "wherever in the city that activity is": b is not in Aa
    expect(v('A1', 'bw', '', '', 'all')).toBe(0);
    expect(v('A1', 'jaccard', '', '', 'all')).toBeNull();
  });

  it('population per dimension: the latest ref_date of that dimension', () => {
    const v = pick(figures(two, scope({ from: '2025-07', to: '2025-07' })));
    // total: 2025-06-01 figure (200): 2 / 200 x 1000 = 10; age: only the 2025-01-01 figures
    expect(v('A1', 'reach_rate')).toBeCloseTo(10, 12);
    expect(v('A1', 'group_reach_rate', 'age', 'young')).toBeCloseTo((1 / 30) * 1000, 12);
    // 'other' is a participant group the population lacks: N_known = 2 (young 1, other 1)
    // D = 1/2 (|1/2 - 0.3| + |0 - 0.7| + |1/2 - 0|) = 1/2 x 1.4 = 0.7
    expect(v('A1', 'dissimilarity', 'age')).toBeCloseTo(0.7, 12);
    expect(v('A1', 'representation_index', 'age', 'young')).toBeCloseTo(0.5 / 0.3, 12);
  });

  it('newcomers: the first month of the whole data set, not of the provider', () => {
    // BW data start in July, the data set in January: July BW has a newcomer figure; p1 and p2
    // take part in BW for the first time in July: 2 newcomers of 2
    const v = pick(figures(two, scope({ from: '2025-07', to: '2025-07', provider: 'buurtwerk' })));
    expect(v('A1', 'newcomers')).toBe(2);
    // a period starting before the data has no newcomer figure either
    expect(find(figures(two, scope({ from: '2024-11', to: '2024-12' })))('A1', 'newcomers').na).toBe(true);
  });

  it('the synthetic location-unknown wijk has resident figures but no location figures', () => {
    const figs = figures(two, scope({ from: '2025-07', to: '2025-07' }));
    expect(figs.some((f) => f.wijk_id === 'Aa-ONB' && f.metric === 'participants')).toBe(true);
    expect(figs.some((f) => f.wijk_id === 'Aa-ONB' && f.metric === 'sessions_used')).toBe(false);
    // no signals table: no signal figures
    expect(figs.some((f) => f.metric === 'signals')).toBe(false);
  });
});

describe('reference: cell-key perturbation, worked by hand (fixture A, March, secret "fixture secret")', () => {
  const secret = new TextEncoder().encode('fixture secret');
  /** rk by hand: the first 4 bytes of HMAC-SHA-256(secret, id), big-endian (node:crypto, not the model's code). */
  const rkByHand = (id: string) => {
    const mac = createHmac('sha256', Buffer.from(secret)).update(Buffer.from(id, 'utf8')).digest();
    return mac[0] * 2 ** 24 + mac[1] * 2 ** 16 + mac[2] * 2 ** 8 + mac[3];
  };
  const m = buildModel(A, scope({ secret }));
  const f = find(figures(A, scope({ secret })));

  /*
   * Record keys (also by `printf p1 | openssl dgst -sha256 -hmac 'fixture secret'`, first 8 hex digits):
   *   p1 65f3d5cb 1710478795   p2 3f431053 1061359699   p3 cf8e1a88 3482196616   p4 56605e1a 1449156122
   *   p5 c0c99af5 3234437877   p6 db5814bb 3679982779   p7 0b488363  189301603   p8 ab13a9a7 2870192551
   * Noise by ck: < 0.1 -> -2, < 0.3 -> -1, < 0.7 -> 0, < 0.9 -> +1, else +2.
   */
  it('record keys: the model holds HMAC-SHA-256 first 4 bytes big-endian', () => {
    const hand: Record<string, number> = { p1: 0x65f3d5cb, p2: 0x3f431053, p3: 0xcf8e1a88, p4: 0x56605e1a, p5: 0xc0c99af5, p6: 0xdb5814bb, p7: 0x0b488363, p8: 0xab13a9a7 };
    for (const [id, rk] of Object.entries(hand)) {
      expect(rkByHand(id), id).toBe(rk);
      expect(m.rk.get(id), id).toBe(rk);
    }
  });

  it('perturbedCount: the cell key is the sum of the record keys mod 2^32, over 2^32', () => {
    // A1's residents in March p1 p2 p3 p4: sum 7,703,191,232 (past 2^32) -> 3,408,223,936; ck 0.7935 -> +1 -> 5
    const a1 = ['p1', 'p2', 'p3', 'p4'];
    expect(a1.reduce((s, id) => s + rkByHand(id), 0) % 2 ** 32).toBe(3_408_223_936);
    expect(perturbedCount(m, a1)).toBe(5);
    // the same set in another order: the same key, the same count
    expect(perturbedCount(m, [...a1].reverse())).toBe(5);
    // newcomers p2 p4: sum 2,510,515,821, ck 0.5845 -> 0 -> 2
    expect(perturbedCount(m, ['p2', 'p4'])).toBe(2);
    // the city's 7 (p1-p6, p8): sum 17,487,804,439 mod 2^32 = 307,935,255, ck 0.0717 -> -2 -> 5
    expect(perturbedCount(m, ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p8'])).toBe(5);
    // p7 alone: ck 0.0441 -> -2: max(0, 1 - 2) = 0
    expect(perturbedCount(m, ['p7'])).toBe(0);
    // p3 alone: ck 0.8108 -> +1 -> 2; p4 alone: ck 0.3374 -> 0 -> 1
    expect(perturbedCount(m, ['p3'])).toBe(2);
    expect(perturbedCount(m, ['p4'])).toBe(1);
    // nobody stays 0 whatever the noise
    expect(perturbedCount(m, [])).toBe(0);
    // without a secret: the true count
    expect(perturbedCount(buildModel(A, scope()), a1)).toBe(4);
  });

  it('every figure rests on the perturbed counts of its own sets', () => {
    // R1 A1 = 5 (above); R2 = 1000 x 5 / 200 = 25; city R1 = 5
    expect(f('A1', 'participants').value).toBe(5);
    expect(f('A1', 'reach_rate')).toMatchObject({ value: 25, basis: 5 });
    expect(f('', 'participants').value).toBe(5);
    // R8: newcomers' 2 of participants' 5, resting on 2
    expect(f('A1', 'newcomers').value).toBe(2);
    expect(f('A1', 'newcomer_share')).toMatchObject({ value: 2 / 5, basis: 2 });
    // R9: February's A1 residents p3 p7 (sum 3,671,498,219, ck 0.8548 -> +1 -> 3); kept p3 (-> 2): 2/3
    expect(f('A1', 'retention')).toMatchObject({ value: 2 / 3, basis: 2 });
    // Groups: young p1 p2 (ck 0.6454 -> 0 -> 2), old p3 (-> 2), unknown p4 (-> 1);
    // known p1 p2 p3 is its own set (ck 0.4561 -> 0 -> 3), not young' + old' = 4.
    expect(f('A1', 'participants', 'age', 'young').value).toBe(2);
    expect(f('A1', 'participants', 'age', 'old').value).toBe(2);
    expect(f('A1', 'participants', 'age', 'unknown').value).toBe(1);
    // RI: young (2/3) / (60/200) = 20/9; old (2/3) / (140/200) = 20/21
    expect(f('A1', 'representation_index', 'age', 'young').value).toBeCloseTo(20 / 9, 12);
    expect(f('A1', 'representation_index', 'age', 'old').value).toBeCloseTo(20 / 21, 12);
    // D = 1/2 (|2/3 - 0.3| + |2/3 - 0.7|) = 1/2 (11/30 + 1/30) = 0.2; H = 1 - 4/9 - 4/9 = 1/9
    expect(f('A1', 'dissimilarity', 'age').value).toBeCloseTo(0.2, 12);
    expect(f('A1', 'heterogeneity', 'age').value).toBeCloseTo(1 / 9, 12);
    // population figures are public: not perturbed
    expect(f('A1', 'population_heterogeneity', 'age').value).toBeCloseTo(0.42, 12);
  });

  it('then the threshold: a perturbed count below k is "<k", 0 included', () => {
    // A1's old residents in Feb..Mar: p3 p7 (ck 0.8548 -> +1) -> 3, shown at k = 3
    const feb = find(figures(A, scope({ secret, from: '2025-02', to: '2025-03' })));
    expect(feb('A1', 'participants', 'age', 'old').value).toBe(3);
    const out = referenceDisclose([f('A1', 'participants', 'age', 'unknown'), f('A1', 'participants'), f('A1', 'newcomer_share')], 3);
    expect(out.map((r) => [r.value, r.suppressed])).toEqual([
      [null, 'below_k'], // 1 < 3
      [5, null],
      [null, 'below_k'] // resting on 2 newcomers
    ]);
  });
});

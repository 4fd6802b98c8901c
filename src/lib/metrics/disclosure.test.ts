/**
 * The disclosure layer (disclosure.ts) on its own: the noise table at its bounds, the SQL
 * macro ww_perturb against noiseOf over many cell-key sums (past 2^32, past 2^53), and the
 * threshold, the precision and the group-label rule applied to rows written by hand into
 * ww_raw and read back the way the pages read them (ww_figures, coded, then rows), each
 * rule with a figure on either side of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { insertCanonical } from '../load/canonical';
import { checkK, createPerturbation, DEFAULT_PRECISION, dropHiddenLabels, MIN_SESSIONS, NOISE, noiseOf, PRECISION } from './disclosure';
import { createFigureTable, figureRows, readDictionary, readFigureColumns, storeFigures } from './figure-table';
import { createPeriodTables, periodRows } from './periods';
import { createRawTable } from './sql';
import { useEngine } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

const TWO32 = 2 ** 32;

/** METRICS.md's rule read literally, with ck as a fraction: d = -2 when ck < 0.1, -1 when < 0.3, ... */
function noiseByTheBook(sum: bigint): number {
  const ck = Number(sum % 4294967296n) / TWO32;
  return ck < 0.1 ? -2 : ck < 0.3 ? -1 : ck < 0.7 ? 0 : ck < 0.9 ? 1 : 2;
}

/** A small deterministic generator (mulberry32): the same sums on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / TWO32;
  };
}

describe('the noise table', () => {
  it('is METRICS.md\'s: cumulative 0.1, 0.3, 0.7, 0.9, 1.0 for -2, -1, 0, +1, +2', () => {
    expect(NOISE.map((x) => [x.belowTenths, x.d])).toEqual([
      [1, -2],
      [3, -1],
      [7, 0],
      [9, 1],
      [10, 2]
    ]);
  });

  it('at its bounds: the last key below each bound and the first at or above it', () => {
    // ck = r / 2^32 with r a whole number, so no r gives exactly 0.1: 0.1 x 2^32 = 429,496,729.6.
    // r = 429,496,729 is the last below 0.1 (ck 0.09999999986), 429,496,730 the first above it.
    // Likewise 0.3 x 2^32 = 1,288,490,188.8; 0.7 x 2^32 = 3,006,477,107.2; 0.9 x 2^32 = 3,865,470,566.4.
    const cases: Array<[number, number]> = [
      [0, -2],
      [429_496_729, -2],
      [429_496_730, -1],
      [1_288_490_188, -1],
      [1_288_490_189, 0],
      [3_006_477_107, 0],
      [3_006_477_108, 1],
      [3_865_470_566, 1],
      [3_865_470_567, 2],
      [TWO32 - 1, 2]
    ];
    for (const [r, d] of cases) {
      expect(noiseOf(r), `r = ${r}`).toBe(d);
      expect(noiseByTheBook(BigInt(r)), `r = ${r}`).toBe(d);
    }
  });

  it('reads the sum modulo 2^32, also far above 2^53 (a BigInt sum)', () => {
    expect(noiseOf(TWO32 + 5)).toBe(-2);
    expect(noiseOf(7 * TWO32 + 3_865_470_567)).toBe(2);
    expect(noiseOf(2n ** 60n + 3_006_477_108n)).toBe(1);
    expect(noiseOf(2n ** 100n + 1_288_490_188n)).toBe(-1);
  });

  it('agrees with the rule read literally over many random keys', () => {
    const r = rng(11);
    for (let i = 0; i < 5_000; i++) {
      const s = BigInt(Math.floor(r() * TWO32)) + BigInt(Math.floor(r() * 1e6)) * 4294967296n;
      expect(noiseOf(s)).toBe(noiseByTheBook(s));
    }
  });
});

describe('ww_perturb in SQL', () => {
  /** (n, s) pairs: s below 2^32, up to 2^53, up to 2^100 (HUGEINT), and on the bounds of the table. */
  function pairs(): Array<[number, bigint]> {
    const r = rng(7);
    const big = (bits: number) => {
      let x = 0n;
      for (let b = 0; b < bits; b += 26) x = (x << 26n) + BigInt(Math.floor(r() * 2 ** 26));
      return x % 2n ** BigInt(bits);
    };
    const out: Array<[number, bigint]> = [];
    const n = () => Math.floor(r() * 13);
    for (let i = 0; i < 200; i++) out.push([n(), big(32)]);
    for (let i = 0; i < 200; i++) out.push([n(), 2n ** 32n + big(53)]);
    for (let i = 0; i < 200; i++) out.push([n(), 2n ** 53n + big(100)]);
    for (const bound of [429_496_729n, 429_496_730n, 1_288_490_188n, 1_288_490_189n, 3_006_477_107n, 3_006_477_108n, 3_865_470_566n, 3_865_470_567n]) {
      for (const n0 of [0, 1, 2, 3, 7]) out.push([n0, bound + big(40) * 4294967296n]);
    }
    // a sum of UBIGINT keys at its largest
    out.push([5, 2n ** 64n - 1n]);
    return out;
  }

  it('equals max(0, n + noiseOf(s)) in TS, 0 staying 0, for sums as HUGEINT', async () => {
    await createPerturbation(engine, true);
    const ps = pairs();
    const values = ps.map(([n, s], i) => `(${i}, ${n}::BIGINT, '${s}'::HUGEINT)`).join(', ');
    const rows = await engine.query<{ i: number; p: number }>(`SELECT i, ww_perturb(n, s) AS p FROM (VALUES ${values}) t(i, n, s) ORDER BY i`);
    expect(rows.length).toBe(ps.length);
    let moved = 0;
    for (const row of rows) {
      const [n, s] = ps[Number(row.i)];
      const want = n === 0 ? 0 : Math.max(0, n + noiseOf(s));
      expect(Number(row.p), `n ${n}, s ${s}`).toBe(want);
      if (want !== n) moved++;
    }
    // the noise does something: roughly 60% of the non-zero counts move
    expect(moved).toBeGreaterThan(ps.length / 3);
  });

  it('never goes below 0: n = 1 and 2 with d = -2 give 0; a count at its largest moves up by at most 2', async () => {
    await createPerturbation(engine, true);
    const [r] = await engine.query<Record<string, number>>(
      `SELECT ww_perturb(1, 5::HUGEINT) AS a, ww_perturb(2, 5::HUGEINT) AS b, ww_perturb(0, 5::HUGEINT) AS c,
              ww_perturb(0, 4294967295::HUGEINT) AS d, ww_perturb(1000000, 4294967295::HUGEINT) AS e,
              ww_perturb(3, 18446744073709551615::UBIGINT) AS f`
    );
    expect(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]))).toEqual({ a: 0, b: 0, c: 0, d: 0, e: 1_000_002, f: 3 + noiseOf(2n ** 64n - 1n) });
  });

  it('switched off, it is the identity', async () => {
    await createPerturbation(engine, false);
    const [r] = await engine.query<Record<string, number>>(`SELECT ww_perturb(0, 5::HUGEINT) AS a, ww_perturb(1, 5::HUGEINT) AS b, ww_perturb(4, 4294967295::HUGEINT) AS c`);
    expect([r.a, r.b, r.c].map(Number)).toEqual([0, 1, 4]);
  });
});

/** A row written into ww_raw by hand; `tag` names it (stored as its wijk_id). */
interface Raw {
  tag: string;
  metric: string;
  kind: 'count' | 'share' | 'network' | 'public';
  value: number | null;
  basis?: number | null;
  sessions?: number | null;
  na?: boolean;
  dimension?: string;
  group?: string;
  period?: number;
}

interface Out {
  period_id: number;
  tag: string;
  metric: string;
  dimension: string;
  grp: string;
  value: number | null;
  suppressed: string | null;
}

const sqlNum = (v: number | null | undefined) =>
  v === null || v === undefined ? 'NULL' : Number.isNaN(v) ? "'NaN'::DOUBLE" : v === Infinity ? "'Infinity'::DOUBLE" : String(v);

/**
 * The disclosure pass of computeFigures over hand-written rows: the label rule, then the
 * threshold and precision into ww_figures; read back as the pages read a scope.
 * Periods: 0 = January 2025 and 1 = February 2025, as the families write them.
 */
async function disclose(rows: Raw[], k = 3, round = false, labelDims: string[] = []): Promise<Out[]> {
  await createPeriodTables(engine, periodRows([{ from: '2025-01', to: '2025-01' }, { from: '2025-02', to: '2025-02' }]));
  await createRawTable(engine);
  await createFigureTable(engine);
  const values = rows.map(
    (r) =>
      `(${r.period ?? 0}, NULL, 'all', 'C', '${r.tag}', '${r.dimension ?? ''}', '${r.group ?? ''}', '${r.metric}', ${sqlNum(r.value)}, '${r.kind}', ${sqlNum(r.basis)}, ${sqlNum(r.sessions)}, ${r.na ?? false})`
  );
  await engine.exec(`INSERT INTO ww_raw VALUES ${values.join(', ')}`);
  await dropHiddenLabels(engine, k, labelDims);
  await storeFigures(engine, k, round);
  const cols = await readFigureColumns(engine, await readDictionary(engine), 'TRUE', { select: 'period_id', order: 'period_id' });
  const period = cols.more.period_id;
  return figureRows(cols)
    .map((r, i) => ({
      period_id: Number(period[i]),
      tag: r.wijk_id,
      metric: r.metric,
      dimension: r.dimension,
      grp: r.group,
      value: r.value,
      suppressed: r.suppressed
    }))
    .sort((a, b) => a.period_id - b.period_id || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

describe('the threshold (k = 3)', () => {
  beforeAll(async () => {
    // the label rule reads the population; these tests need none
    await insertCanonical(engine, { wijken: [{ wijk_id: 'W1', wijk_name: 'Een', city: 'C' }], population: [], participants: [], activities: [], participations: [] });
  });

  const why = async (rows: Raw[]) => Object.fromEntries((await disclose(rows)).map((r) => [r.tag, [r.value, r.suppressed]]));

  it('a perturbed count below k is "<k", 0 included; at k it is shown', async () => {
    expect(
      await why([
        { tag: 'a0', metric: 'participants', kind: 'count', value: 0 },
        { tag: 'a2', metric: 'participants', kind: 'count', value: 2 },
        { tag: 'a3', metric: 'participants', kind: 'count', value: 3 },
        { tag: 'a9', metric: 'newcomers', kind: 'count', value: 9 }
      ])
    ).toEqual({ a0: [null, 'below_k'], a2: [null, 'below_k'], a3: [3, null], a9: [9, null] });
  });

  it('a share whose perturbed numerator or denominator (its basis) is below k is "<k"', async () => {
    expect(
      await why([
        { tag: 's2', metric: 'newcomer_share', kind: 'share', value: 0.5, basis: 2 },
        { tag: 's3', metric: 'newcomer_share', kind: 'share', value: 0.5, basis: 3 },
        { tag: 'sn', metric: 'newcomer_share', kind: 'share', value: 0.5, basis: null },
        // a share of 0 rests on its numerator, 0: hidden like any small count
        { tag: 's0', metric: 'retention', kind: 'share', value: 0, basis: 0 }
      ])
    ).toEqual({ s2: [null, 'below_k'], s3: [0.5, null], sn: [null, 'below_k'], s0: [null, 'below_k'] });
  });

  it('a network figure needs k persons of a known group and 3 sessions', async () => {
    expect(MIN_SESSIONS).toBe(3);
    expect(
      await why([
        { tag: 'n-ok', metric: 'bridging_share', kind: 'network', value: 0.4, basis: 3, sessions: 3 },
        { tag: 'n-sessions', metric: 'bridging_share', kind: 'network', value: 0.4, basis: 50, sessions: 2 },
        { tag: 'n-persons', metric: 'bridging_share', kind: 'network', value: 0.4, basis: 2, sessions: 30 },
        { tag: 'n-null', metric: 'pairs', kind: 'network', value: 7, basis: null, sessions: 30 },
        { tag: 'n-pairs', metric: 'pairs', kind: 'network', value: 1, basis: 3, sessions: 3 }
      ])
    ).toEqual({
      'n-ok': [0.4, null],
      'n-sessions': [null, 'below_k'],
      'n-persons': [null, 'below_k'],
      'n-null': [null, 'below_k'],
      // pairs are not persons: a single pair is shown once the persons and sessions suffice
      'n-pairs': [1, null]
    });
  });

  it('public figures (sessions, populations, signals) are shown whatever their size', async () => {
    expect(
      await why([
        { tag: 'p0', metric: 'sessions_used', kind: 'public', value: 0 },
        { tag: 'p1', metric: 'signals', kind: 'public', value: 1 },
        { tag: 'pn', metric: 'partner_hhi', kind: 'public', value: null }
      ])
    ).toEqual({ p0: [0, null], p1: [1, null], pn: [null, 'not_available'] });
  });

  it('not_available comes before below_k; a figure without a value is not_available once its basis suffices', async () => {
    expect(
      await why([
        { tag: 'na-count', metric: 'newcomers', kind: 'count', value: 0, na: true },
        { tag: 'na-share', metric: 'newcomer_share', kind: 'share', value: null, basis: 0, na: true },
        { tag: 'na-net', metric: 'pairs', kind: 'network', value: 3, basis: 0, sessions: 0, na: true },
        { tag: 'v-null', metric: 'retention', kind: 'share', value: null, basis: 5 },
        { tag: 'v-nan', metric: 'mixing_ratio', kind: 'network', value: Number.NaN, basis: 5, sessions: 5 },
        { tag: 'v-inf', metric: 'reach_rate', kind: 'share', value: Infinity, basis: 5 },
        // without a value and too few persons: the persons are the reason given
        { tag: 'v-small', metric: 'retention', kind: 'share', value: null, basis: 1 }
      ])
    ).toEqual({
      'na-count': [null, 'not_available'],
      'na-share': [null, 'not_available'],
      'na-net': [null, 'not_available'],
      'v-null': [null, 'not_available'],
      'v-nan': [null, 'not_available'],
      'v-inf': [null, 'not_available'],
      'v-small': [null, 'below_k']
    });
  });

  it('a higher k moves the line; k below 3 is refused', async () => {
    const rows: Raw[] = [
      { tag: 'c4', metric: 'participants', kind: 'count', value: 4 },
      { tag: 'c5', metric: 'participants', kind: 'count', value: 5 }
    ];
    const out = await disclose(rows, 5);
    expect(out.map((r) => [r.tag, r.suppressed])).toEqual([
      ['c4', 'below_k'],
      ['c5', null]
    ]);
    expect(() => checkK(2)).toThrow();
    expect(() => checkK(4.5)).toThrow();
    expect(checkK(3)).toBe(3);
    await expect(disclose(rows, 2)).rejects.toThrow(/at least 3/);
  });
});

describe('published precision', () => {
  beforeAll(async () => {
    await insertCanonical(engine, { wijken: [{ wijk_id: 'W1', wijk_name: 'Een', city: 'C' }], population: [], participants: [], activities: [], participations: [] });
  });

  // METRICS.md, "Names in exports" and "Precision": counts whole, rates per 1,000 one decimal,
  // shares, indices and ratios four. The medians of days are not named there: one decimal.
  const COUNTS = ['participants', 'newcomers', 'bw', 'ggw', 'both', 'bw_only', 'ggw_only', 'involved_participants', 'pairs', 'pairs_within', 'pairs_between', 'sessions_used', 'sessions_excluded', 'signals', 'activity_participants', 'activity_pairs'];
  const PER_1000 = ['reach_rate', 'group_reach_rate', 'reach_rate_low', 'reach_rate_high'];
  const DAYS = ['gateway_median_days', 'signal_median_days'];
  const SHARES = [
    'representation_index', 'dissimilarity', 'representativeness', 'heterogeneity', 'population_heterogeneity', 'top20_share', 'gini', 'newcomer_share',
    'retention', 'domains_per_participant', 'multi_domain_share', 'bridging_share', 'bonding_share', 'ei_index', 'expected_bridging_share', 'mixing_ratio',
    'assortativity', 'bridged_share', 'mixing', 'mixing_expected', 'jaccard', 'ggw_via_bw', 'gateway_bw_first', 'gateway_ggw_first', 'gateway_same_day',
    'partner_hhi', 'involvement_share', 'resident_initiated_share', 'signals_answered_30d', 'signals_open_share', 'reach_rate_z', 'newcomer_share_z',
    'bridged_share_z', 'activity_bridging_share', 'activity_expected_bridging_share', 'activity_mixing_ratio', 'lorenz_share'
  ];

  it('every metric is rounded to the decimals of its kind', async () => {
    const all = [...COUNTS.map((m) => [m, 0]), ...PER_1000.map((m) => [m, 1]), ...DAYS.map((m) => [m, 1]), ...SHARES.map((m) => [m, 4])] as Array<[string, number]>;
    // the table in disclosure.ts says the same
    for (const [m, d] of all) expect(PRECISION[m] ?? DEFAULT_PRECISION, m).toBe(d);
    const out = await disclose(all.map(([m], i) => ({ tag: `t${String(i).padStart(3, '0')}`, metric: m, kind: 'public', value: 1234.567891 })), 3, true);
    expect(out.length).toBe(all.length);
    const want: Record<number, number> = { 0: 1235, 1: 1234.6, 4: 1234.5679 };
    for (const r of out) {
      const [, d] = all[Number(r.tag.slice(1))];
      expect(r.value, r.metric).toBeCloseTo(want[d], 10);
    }
  });

  it('negative values and small shares round the same way; round = false keeps every digit', async () => {
    const rows: Raw[] = [
      { tag: 'z', metric: 'reach_rate_z', kind: 'public', value: -0.282216260515 },
      { tag: 'r', metric: 'reach_rate_low', kind: 'public', value: 0.850566504567 },
      { tag: 's', metric: 'lorenz_share', kind: 'public', value: 0.05 },
      { tag: 'g', metric: 'gini', kind: 'public', value: 1 / 3 }
    ];
    const rounded = Object.fromEntries((await disclose(rows, 3, true)).map((r) => [r.tag, r.value]));
    expect(rounded.z).toBeCloseTo(-0.2822, 12);
    expect(rounded.r).toBeCloseTo(0.9, 12);
    expect(rounded.s).toBeCloseTo(0.05, 12);
    expect(rounded.g).toBeCloseTo(0.3333, 12);
    const full = Object.fromEntries((await disclose(rows, 3, false)).map((r) => [r.tag, r.value]));
    expect(full.g).toBe(1 / 3);
    expect(full.z).toBe(-0.282216260515);
  });
});

describe('group labels of participant dimensions', () => {
  beforeAll(async () => {
    // The public population names 'old' (and the total); 'theme' is not a participant dimension.
    await insertCanonical(engine, {
      wijken: [{ wijk_id: 'W1', wijk_name: 'Een', city: 'C' }],
      population: [
        { wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 100 },
        { wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'age', group: 'old', population: 40 }
      ],
      participants: [],
      activities: [],
      participations: []
    });
  });

  it('a label shown in no figure of a period leaves that period; a population label and unknown stay', async () => {
    const out = await disclose(
      [
        // young: a shown count, so every young row stays, also a hidden one
        { tag: 'young-n', metric: 'participants', kind: 'count', value: 5, dimension: 'age', group: 'young' },
        { tag: 'young-rate', metric: 'group_reach_rate', kind: 'share', value: 1, basis: 2, dimension: 'age', group: 'young' },
        // tiny: hidden everywhere in January -> all its January rows go, the matrix cells with it too
        { tag: 'tiny-n', metric: 'participants', kind: 'count', value: 1, dimension: 'age', group: 'tiny' },
        { tag: 'tiny-o5', metric: 'ggw_via_bw', kind: 'share', value: 1, basis: 1, dimension: 'age', group: 'tiny' },
        { tag: 'mix-yt', metric: 'mixing', kind: 'network', value: 0.2, basis: 9, sessions: 9, dimension: 'age', group: 'young|tiny' },
        { tag: 'mix-ty', metric: 'mixing_expected', kind: 'network', value: 0.2, basis: 9, sessions: 9, dimension: 'age', group: 'tiny|young' },
        { tag: 'mix-yy', metric: 'mixing', kind: 'network', value: 0.6, basis: 9, sessions: 9, dimension: 'age', group: 'young|young' },
        // ... but in February tiny is shown: its February rows stay
        { tag: 'tiny-feb', metric: 'participants', kind: 'count', value: 4, dimension: 'age', group: 'tiny', period: 1 },
        // cellonly: shown only in a mixing cell, which does not count as showing the label
        { tag: 'cell-n', metric: 'participants', kind: 'count', value: 2, dimension: 'age', group: 'cellonly' },
        { tag: 'cell-mix', metric: 'mixing', kind: 'network', value: 0.1, basis: 9, sessions: 9, dimension: 'age', group: 'cellonly|cellonly' },
        // old: no participant shown, but the public population names it
        { tag: 'old-n', metric: 'participants', kind: 'count', value: 0, dimension: 'age', group: 'old' },
        // unknown always stays
        { tag: 'unk-n', metric: 'participants', kind: 'count', value: 1, dimension: 'age', group: 'unknown' },
        // an activity's id in group is not a label; another dimension is not a participant's
        { tag: 'act', metric: 'activity_pairs', kind: 'network', value: 3, basis: 1, sessions: 1, dimension: 'age', group: 'tiny' },
        { tag: 'sig', metric: 'signals', kind: 'public', value: 1, dimension: 'theme', group: 'tiny' }
      ],
      3,
      false,
      ['age']
    );
    expect(out.map((r) => `${r.period_id}:${r.tag}`)).toEqual([
      '0:act',
      '0:mix-yy',
      '0:old-n',
      '0:sig',
      '0:unk-n',
      '0:young-n',
      '0:young-rate',
      '1:tiny-feb'
    ]);
    expect(out.find((r) => r.tag === 'old-n')!.suppressed).toBe('below_k');
  });

  it('without participant dimensions nothing is dropped', async () => {
    const out = await disclose([{ tag: 'x', metric: 'participants', kind: 'count', value: 1, dimension: 'age', group: 'tiny' }], 3, false, []);
    expect(out.map((r) => [r.tag, r.suppressed])).toEqual([['x', 'below_k']]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import type { CanonicalData } from '../load/canonical';
import type { FigureRow } from './types';
import { figureLookup, Q1, runFixture, useEngine, type RawRow, type TestRun } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

// two cities in the data: compare the city too
const { get, val } = figureLookup({ city: 'C', wijk_id: 'W1' });

const MAY = { from: '2025-05', to: '2025-05' };
const OVERLAP = ['bw', 'ggw', 'both', 'bw_only', 'ggw_only', 'jaccard', 'ggw_via_bw', 'gateway_bw_first', 'gateway_ggw_first', 'gateway_same_day', 'gateway_median_days', 'partner_hhi'];

/*
 * Residents of W1: q1..q6; q7 lives in W2. P = 2025-01..03.
 * Activities: b buurtwerk W1 (partner Z, ignored: not GGW); g ggw W2 (no partner);
 *             g2 ggw W1 partner X; g3 ggw W1 partner Y.
 *   q1 A: b 2025-01-01, g 2025-01-11                      both, BW first, 10 days
 *   q2 A: g 2025-01-05, b 2025-01-08                      both, GGW first, 3 days
 *   q3 B: b 2025-01-15, g 2025-01-15                      both, same day, 0
 *   q4 B: b 2024-12-01, g 2025-02-01, b 2025-02-02        both, BW first (history), 62 days
 *   q5 A: b 2025-01-01                                    BW only
 *   q6 B: g2 2025-01-01, g2 2025-01-08, g3 2025-01-09, b 2025-05-01 (after P)   GGW only
 *   q7 (W2): g 2025-01-05
 * and q6 at bd, a buurtwerk activity in another city (D), 2025-02-01: not "in the city", does not count.
 * O1: BW = q1..q5 (5), GGW = q1..q4 q6 (5), both 4, BW only 1, GGW only 1
 * Perturbation off, k = 3 (testing.ts).
 */
const data: CanonicalData = {
  wijken: [
    { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
    { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' },
    { wijk_id: 'D1', wijk_name: 'Elders', city: 'D' }
  ],
  population: [],
  participants: [
    { participant_id: 'q1', residence_wijk_id: 'W1', gender: 'A' },
    { participant_id: 'q2', residence_wijk_id: 'W1', gender: 'A' },
    { participant_id: 'q3', residence_wijk_id: 'W1', gender: 'B' },
    { participant_id: 'q4', residence_wijk_id: 'W1', gender: 'B' },
    { participant_id: 'q5', residence_wijk_id: 'W1', gender: 'A' },
    { participant_id: 'q6', residence_wijk_id: 'W1', gender: 'B' },
    { participant_id: 'q7', residence_wijk_id: 'W2', gender: 'B' }
  ],
  activities: [
    { activity_id: 'b', provider_type: 'buurtwerk', wijk_id: 'W1', partner_organisation: 'Z' },
    { activity_id: 'g', provider_type: 'ggw', wijk_id: 'W2' },
    { activity_id: 'g2', provider_type: 'ggw', wijk_id: 'W1', partner_organisation: 'X' },
    { activity_id: 'g3', provider_type: 'ggw', wijk_id: 'W1', partner_organisation: 'Y' },
    { activity_id: 'bd', provider_type: 'buurtwerk', wijk_id: 'D1' }
  ],
  participations: [
    { participant_id: 'q1', activity_id: 'b', date: '2025-01-01' },
    { participant_id: 'q1', activity_id: 'g', date: '2025-01-11' },
    { participant_id: 'q2', activity_id: 'g', date: '2025-01-05' },
    { participant_id: 'q2', activity_id: 'b', date: '2025-01-08' },
    { participant_id: 'q3', activity_id: 'b', date: '2025-01-15' },
    { participant_id: 'q3', activity_id: 'g', date: '2025-01-15' },
    { participant_id: 'q4', activity_id: 'b', date: '2024-12-01' },
    { participant_id: 'q4', activity_id: 'g', date: '2025-02-01' },
    { participant_id: 'q4', activity_id: 'b', date: '2025-02-02' },
    { participant_id: 'q5', activity_id: 'b', date: '2025-01-01' },
    { participant_id: 'q6', activity_id: 'g2', date: '2025-01-01' },
    { participant_id: 'q6', activity_id: 'g2', date: '2025-01-08' },
    { participant_id: 'q6', activity_id: 'g3', date: '2025-01-09' },
    { participant_id: 'q6', activity_id: 'b', date: '2025-05-01' },
    { participant_id: 'q7', activity_id: 'g', date: '2025-01-05' },
    { participant_id: 'q6', activity_id: 'bd', date: '2025-02-01' }
  ]
};

describe('overlap between buurtwerk and area-based work (O1-O6)', () => {
  let run: TestRun;
  let raw: RawRow[];
  let shown: FigureRow[];
  beforeAll(async () => {
    run = await runFixture(engine, data, [Q1, MAY], { dimensions: ['gender'] });
    raw = await run.raw();
    shown = await run.rows();
  });

  it('O1 counts, residents perspective, provider all', () => {
    expect(val(raw, 'bw')).toBe(5);
    expect(val(raw, 'ggw')).toBe(5);
    expect(val(raw, 'both')).toBe(4);
    expect(val(raw, 'bw_only')).toBe(1);
    expect(val(raw, 'ggw_only')).toBe(1);
    expect(get(raw, 'both').kind).toBe('count');
    // city: q7 adds a GGW-only resident of W2
    expect(val(raw, 'ggw', { wijk_id: '' })).toBe(6);
    expect(val(raw, 'ggw_only', { wijk_id: 'W2' })).toBe(1);
    expect(raw.filter((f) => OVERLAP.includes(f.metric)).every((f) => f.provider === 'all')).toBe(true);
    // q6's buurtwerk in city D counts neither in C (another city) nor in D (not a resident there)
    expect(val(raw, 'bw', { city: 'D', wijk_id: 'D1' })).toBe(0);
    expect(val(raw, 'bw', { city: 'D', wijk_id: '' })).toBe(0);
    expect(val(raw, 'bw', { wijk_id: '' })).toBe(5);
    // the location-unknown wijk has rows too (residents perspective)
    expect(val(raw, 'bw', { wijk_id: 'C-ONB' })).toBe(0);
  });

  it('the provider filter does not apply: every scope holds the same overlap rows', async () => {
    const only = (rows: FigureRow[]) => rows.filter((f) => OVERLAP.includes(f.metric));
    const ggw = only(await run.rows(Q1, 'ggw'));
    expect(ggw.length).toBeGreaterThan(0);
    expect(ggw).toEqual(only(shown));
    expect(only(await run.rows(Q1, 'buurtwerk'))).toEqual(ggw);
  });

  it('O2 Jaccard and O3 GGW via BW', () => {
    // Jaccard = 4 / (5 + 5 - 4) = 4/6; GGW via BW = 4/5
    expect(val(raw, 'jaccard')).toBeCloseTo(4 / 6, 12);
    expect(val(raw, 'ggw_via_bw')).toBeCloseTo(4 / 5, 12);
    // each rests on the smaller of its own perturbed sets: both (4) and the union (6) / GGW (5)
    expect(get(raw, 'jaccard').basis).toBe(4);
    // W2: no BW -> Jaccard 0 (0 of 1), resting on the 0 in both
    expect(get(raw, 'jaccard', { wijk_id: 'W2' })).toMatchObject({ value: 0, basis: 0 });
  });

  it('O4 gateway: first BW vs first GGW over all history up to the end of P', () => {
    // q1 BW first, q2 GGW first, q3 same day, q4 BW first (2024-12-01) -> 2/4, 1/4, 1/4
    expect(val(raw, 'gateway_bw_first')).toBeCloseTo(0.5, 12);
    expect(val(raw, 'gateway_ggw_first')).toBeCloseTo(0.25, 12);
    expect(val(raw, 'gateway_same_day')).toBeCloseTo(0.25, 12);
    // days between: 10, 3, 0, 62 -> median (3 + 10)/2 = 6.5, resting on the 4 in both
    expect(val(raw, 'gateway_median_days')).toBeCloseTo(6.5, 12);
    expect(get(raw, 'gateway_median_days').basis).toBe(4);
    // each share rests on its own set: 1 GGW-first person is below k, 2 BW-first persons too (k = 3)
    expect(get(raw, 'gateway_ggw_first').basis).toBe(1);
    expect(get(shown, 'gateway_ggw_first').suppressed).toBe('below_k');
    expect(get(shown, 'gateway_median_days')).toMatchObject({ value: 6.5, suppressed: null });
    // nobody in both in W2: 0/0, no value, resting on 0 persons
    expect(get(raw, 'gateway_bw_first', { wijk_id: 'W2' })).toMatchObject({ value: null, basis: 0 });
    expect(get(raw, 'gateway_median_days', { wijk_id: 'W2' })).toMatchObject({ value: null, basis: 0 });
  });

  it('O5 GGW via BW per group, over every group', () => {
    // A: GGW = q1 q2, both q1 q2 -> 1; B: GGW = q3 q4 q6, both q3 q4 -> 2/3
    expect(val(raw, 'ggw_via_bw', { dimension: 'gender', group: 'A' })).toBe(1);
    expect(val(raw, 'ggw_via_bw', { dimension: 'gender', group: 'B' })).toBeCloseTo(2 / 3, 12);
    expect(get(raw, 'ggw_via_bw', { dimension: 'gender', group: 'B' }).basis).toBe(2);
    // W2 (q7, B) has a row for A too: the grid is full, 0/0 resting on 0
    expect(get(raw, 'ggw_via_bw', { wijk_id: 'W2', dimension: 'gender', group: 'A' })).toMatchObject({ value: null, basis: 0 });
  });

  it('O6 partner concentration of GGW sessions located in the wijk', () => {
    // W1 GGW sessions with a partner: g2 x2 (X), g3 x1 (Y): HHI = (2/3)^2 + (1/3)^2 = 5/9; b (BW) ignored
    expect(val(raw, 'partner_hhi')).toBeCloseTo(5 / 9, 12);
    // sessions and organisations are not persons: public, shown whatever the counts
    expect(get(raw, 'partner_hhi').kind).toBe('public');
    expect(get(shown, 'partner_hhi').suppressed).toBeNull();
    // W2: GGW sessions without a partner: not available
    expect(get(raw, 'partner_hhi', { wijk_id: 'W2' }).value).toBeNull();
    expect(get(shown, 'partner_hhi', { wijk_id: 'W2' }).suppressed).toBe('not_available');
    expect(val(raw, 'partner_hhi', { wijk_id: '' })).toBeCloseTo(5 / 9, 12);
  });

  it('Jaccard never exceeds either one-way share', () => {
    for (const w of ['W1', 'W2', 'C-ONB', '']) {
      const both = val(raw, 'both', { wijk_id: w }) ?? 0;
      const j = val(raw, 'jaccard', { wijk_id: w });
      if (j === null) continue;
      for (const m of ['bw', 'ggw']) {
        const d = val(raw, m, { wijk_id: w }) ?? 0;
        if (d > 0) expect(j).toBeLessThanOrEqual(both / d + 1e-12);
      }
    }
  });

  it('the period bounds history: q6 joining BW after P does not count', async () => {
    // P = 2025-05: q6 BW only (b 2025-05-01), nobody else active
    const may = await run.raw(MAY);
    expect(val(may, 'bw')).toBe(1);
    expect(val(may, 'both')).toBe(0);
  });
});

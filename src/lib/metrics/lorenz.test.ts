import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { insertCanonical, type CanonicalData } from '../load/canonical';
import { applyDisclosure } from './disclosure';
import { LORENZ_DECILES, lorenzFigures } from './lorenz';
import { figureLookup, makeScope, useEngine } from './testing';
import type { RawFigure } from './types';

let engine: Engine;
useEngine((e) => (engine = e));

const scope = makeScope();
const { get, val } = figureLookup({ wijk_id: 'W1' });
const decile = (raw: RawFigure[], d: number, wijk_id = 'W1') => val(raw, 'lorenz_share', { wijk_id, group: String(d) });

/*
 * City C: W1, W2 (and the synthetic C-ONB). P = 2025-01..03.
 * W1 residents: q1 1 participation, q2 2, q3 3 in P  -> a = [1, 2, 3], S = 6.
 *   q1 also has a participation before P and an exact duplicate row in P (neither counts);
 *   q3's third participation is a GGW one (counts for 'all', not for 'buurtwerk').
 * W2 resident: q4 with 4 in P (two of them in a W1 activity: residents count where they live).
 * City: a = [1, 2, 3, 4], S = 10.
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
  let raw: RawFigure[];
  beforeAll(async () => {
    await insertCanonical(engine, data);
    raw = await lorenzFigures(engine, scope());
  });

  it('one row per decile for every resident unit, dimension empty, group the percent', () => {
    for (const w of ['W1', 'W2', 'C-ONB', '']) {
      const rows = raw.filter((f) => f.wijk_id === w);
      expect(rows.map((f) => f.group)).toEqual(LORENZ_DECILES);
      expect(rows.every((f) => f.dimension === '' && f.metric === 'lorenz_share' && f.city === 'C')).toBe(true);
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

  it('follows the provider filter', async () => {
    // buurtwerk: W1 a = [1, 2, 2], S = 5; 50%: x = 1.5 -> (1 + 0.5 * 2) / 5 = 0.4
    const bw = await lorenzFigures(engine, scope({ provider: 'buurtwerk' }));
    expect(decile(bw, 50)).toBeCloseTo(0.4, 12);
    expect(bw.every((f) => f.provider === 'buurtwerk')).toBe(true);
  });

  it('no participants: not available; basis = floor(N / 10)', () => {
    expect(get(raw, 'lorenz_share', { wijk_id: 'C-ONB', group: '50' }).unavailable).toBe(true);
    expect(get(raw, 'lorenz_share', { group: '50' }).basis).toBe(0);
  });
});

describe('Lorenz deciles: disclosure needs N >= 10 k', () => {
  /** n residents of W1, resident i with i participations (distinct dates). */
  function people(n: number): CanonicalData {
    const participations: CanonicalData['participations'] = [];
    for (let i = 1; i <= n; i++) {
      for (let j = 0; j < (i % 4) + 1; j++) participations.push({ participant_id: `p${i}`, activity_id: 'b1', date: `2025-01-${String(j + 1).padStart(2, '0')}` });
    }
    return {
      wijken: [{ wijk_id: 'W1', wijk_name: 'Een', city: 'C' }],
      population: [],
      participants: Array.from({ length: n }, (_, i) => ({ participant_id: `p${i + 1}`, residence_wijk_id: 'W1' })),
      activities: [{ activity_id: 'b1', provider_type: 'buurtwerk', wijk_id: 'W1' }],
      participations
    };
  }

  it('k = 5: 49 residents are not enough, 50 are', async () => {
    await insertCanonical(engine, people(49));
    const small = applyDisclosure(await lorenzFigures(engine, scope()), 5).filter((f) => f.wijk_id === 'W1');
    expect(small.every((f) => f.value === null && f.suppressed === 'below_k')).toBe(true);

    await insertCanonical(engine, people(50));
    const enough = applyDisclosure(await lorenzFigures(engine, scope()), 5).filter((f) => f.wijk_id === 'W1');
    expect(enough.every((f) => f.suppressed === null && f.value !== null)).toBe(true);
    // the curve rises and ends at 1
    const v = enough.map((f) => f.value as number);
    for (let i = 1; i < v.length; i++) expect(v[i]).toBeGreaterThanOrEqual(v[i - 1]);
    expect(v[9]).toBeCloseTo(1, 12);
  });
});

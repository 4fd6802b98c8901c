import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { insertCanonical, type CanonicalData } from '../load/canonical';
import { signalFigures } from './signals';
import { figureLookup, makeScope, useEngine } from './testing';
import type { RawFigure, Scope } from './types';

let engine: Engine;
useEngine((e) => (engine = e));

const scope: Scope = makeScope({ provider: 'buurtwerk', dimensions: [] })();
const { get, val } = figureLookup({ wijk_id: 'W1' });

const base: CanonicalData = {
  wijken: [
    { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
    { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' }
  ],
  population: [],
  participants: [],
  activities: [],
  participations: []
};

/*
 * W1: s1 raised 2025-01-10, answered 2025-01-20 (10 days), housing, buurtwerk
 *     s2 raised 2025-02-01, answered 2025-03-15 (42 days), housing, residents
 *     s3 raised 2025-03-01, open, no theme, ggw
 *     s4 raised 2024-12-01 (before P)
 * W2: s5 raised 2025-01-05, answered 2025-01-06 (1 day), safety, ggw
 */
describe('signals (G1, G2)', () => {
  let raw: RawFigure[];
  beforeAll(async () => {
    await insertCanonical(engine, {
      ...base,
      signals: [
        { signal_id: 's1', wijk_id: 'W1', date_raised: '2025-01-10', source: 'buurtwerk', theme: 'housing', date_answered: '2025-01-20' },
        { signal_id: 's2', wijk_id: 'W1', date_raised: '2025-02-01', source: 'residents', theme: 'housing', date_answered: '2025-03-15' },
        { signal_id: 's3', wijk_id: 'W1', date_raised: '2025-03-01', source: 'ggw', theme: null, date_answered: null },
        { signal_id: 's4', wijk_id: 'W1', date_raised: '2024-12-01', source: 'ggw', theme: 'housing', date_answered: null },
        { signal_id: 's5', wijk_id: 'W2', date_raised: '2025-01-05', source: 'ggw', theme: 'safety', date_answered: '2025-01-06' }
      ]
    });
    raw = await signalFigures(engine, scope);
  });

  it('G1 counts per theme and per source', () => {
    expect(val(raw, 'signals')).toBe(3);
    expect(val(raw, 'signals', { dimension: 'theme', group: 'housing' })).toBe(2);
    expect(val(raw, 'signals', { dimension: 'theme', group: 'unknown' })).toBe(1);
    expect(val(raw, 'signals', { dimension: 'source', group: 'buurtwerk' })).toBe(1);
    expect(val(raw, 'signals', { dimension: 'source', group: 'residents' })).toBe(1);
    expect(val(raw, 'signals', { dimension: 'source', group: 'ggw' })).toBe(1);
    expect(val(raw, 'signals', { wijk_id: '' })).toBe(4);
    // not persons: no basis, not person counts; provider filter does not apply
    expect(raw.every((f) => f.basis === null && !f.isPersonCount && f.provider === 'all')).toBe(true);
  });

  it('G2 answered within 30 days, median days, open share', () => {
    // W1: within 30 days: s1 -> 1/3; median of 10 and 42 = 26; open s3 -> 1/3
    expect(val(raw, 'signals_answered_30d')).toBeCloseTo(1 / 3, 12);
    expect(val(raw, 'signal_median_days')).toBe(26);
    expect(val(raw, 'signals_open_share')).toBeCloseTo(1 / 3, 12);
    // city: s1 s5 within 30 of 4 -> 0.5; median of 10, 42, 1 = 10; open 1/4
    expect(val(raw, 'signals_answered_30d', { wijk_id: '' })).toBeCloseTo(0.5, 12);
    expect(val(raw, 'signal_median_days', { wijk_id: '' })).toBe(10);
    expect(val(raw, 'signals_open_share', { wijk_id: '' })).toBeCloseTo(0.25, 12);
  });

  it('no signal in P: count 0, shares not available; no signals table content: no rows', async () => {
    const before = await signalFigures(engine, { ...scope, from: '2020-01', to: '2020-12' });
    expect(val(before, 'signals')).toBe(0);
    expect(get(before, 'signals_answered_30d').unavailable).toBe(true);
    await insertCanonical(engine, base);
    expect(await signalFigures(engine, scope)).toEqual([]);
  });
});

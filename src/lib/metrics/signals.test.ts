import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import type { CanonicalData } from '../load/canonical';
import type { FigureRow } from './types';
import { figureLookup, Q1, rawFigures, runFixture, useEngine, type RawRow } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

const { get, val } = figureLookup({ wijk_id: 'W1' });

const BEFORE = { from: '2020-01', to: '2020-12' };
const SIGNALS = ['signals', 'signals_answered_30d', 'signal_median_days', 'signals_open_share'];

/** No participant, no activity: the engine still runs (signals need no person). */
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
  let raw: RawRow[];
  let shown: FigureRow[];
  let before: RawRow[];
  beforeAll(async () => {
    const run = await runFixture(engine, {
      ...base,
      signals: [
        { signal_id: 's1', wijk_id: 'W1', date_raised: '2025-01-10', source: 'buurtwerk', theme: 'housing', date_answered: '2025-01-20' },
        { signal_id: 's2', wijk_id: 'W1', date_raised: '2025-02-01', source: 'residents', theme: 'housing', date_answered: '2025-03-15' },
        { signal_id: 's3', wijk_id: 'W1', date_raised: '2025-03-01', source: 'ggw', theme: null, date_answered: null },
        { signal_id: 's4', wijk_id: 'W1', date_raised: '2024-12-01', source: 'ggw', theme: 'housing', date_answered: null },
        { signal_id: 's5', wijk_id: 'W2', date_raised: '2025-01-05', source: 'ggw', theme: 'safety', date_answered: '2025-01-06' }
      ]
    }, [Q1, BEFORE]);
    // the provider filter does not apply to signals: read them in the buurtwerk scope
    raw = await run.raw(Q1, 'buurtwerk');
    shown = await run.rows(Q1, 'buurtwerk');
    before = await run.raw(BEFORE);
  });

  it('G1 counts per theme and per source', () => {
    expect(val(raw, 'signals')).toBe(3);
    expect(val(raw, 'signals', { dimension: 'theme', group: 'housing' })).toBe(2);
    expect(val(raw, 'signals', { dimension: 'theme', group: 'unknown' })).toBe(1);
    expect(val(raw, 'signals', { dimension: 'source', group: 'buurtwerk' })).toBe(1);
    expect(val(raw, 'signals', { dimension: 'source', group: 'residents' })).toBe(1);
    expect(val(raw, 'signals', { dimension: 'source', group: 'ggw' })).toBe(1);
    expect(val(raw, 'signals', { wijk_id: '' })).toBe(4);
    // not persons: public (no basis, no perturbation, no k), provider 'all'
    const sig = raw.filter((f) => SIGNALS.includes(f.metric));
    expect(sig.length).toBeGreaterThan(10);
    expect(sig.every((f) => f.kind === 'public' && f.basis === null && f.provider === 'all')).toBe(true);
    // a single signal is published as 1, where a person count of 1 would be "<k"
    expect(get(shown, 'signals', { dimension: 'source', group: 'buurtwerk' })).toMatchObject({ value: 1, suppressed: null });
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

  it('no signal in P: count 0, shares without a value', () => {
    expect(val(before, 'signals')).toBe(0);
    expect(val(before, 'signals_answered_30d')).toBeNull();
  });

  it('no signals table content: no signal rows', async () => {
    const none = await rawFigures(engine, base);
    expect(none.filter((f) => SIGNALS.includes(f.metric))).toEqual([]);
  });
});

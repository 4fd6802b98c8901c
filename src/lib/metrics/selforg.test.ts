import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import type { CanonicalData } from '../load/canonical';
import type { FigureRow } from './types';
import { figureLookup, Q1, runFixture, useEngine, type RawRow } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

// self-organisation rows have no dimension: a figure is named by metric and wijk alone
const lookup = figureLookup({ wijk_id: 'W1' });
const get = <F extends RawRow | FigureRow>(rows: F[], metric: string, wijk_id = 'W1'): F => lookup.get(rows, metric, { wijk_id });

const EMPTY = { from: '2023-01', to: '2023-01' };
const SELF = ['involvement_share', 'involved_participants', 'resident_initiated_share'];

/*
 * Activities located in W1: a1 (residents, buurtwerk), a2 (organisation, ggw), a3 (residents, no session in P),
 * a4 (initiator unknown, buurtwerk); in W2: a5 (residents, buurtwerk).
 * Participations in P:
 *   a1 2025-01-06: p1 volunteer, p2 participant, p3 co_organiser
 *   a1 2025-01-13: p1 (role empty = participant)
 *   a2 2025-02-01: p4 participant
 *   a4 2025-02-02: p1 participant
 *   a5 2025-03-01: p5 volunteer
 *   a3 2024-12-01: p2 volunteer (outside P)
 * Residences do not matter here (location perspective); everybody lives in W2.
 * Perturbation off, k = 3 (testing.ts).
 */
const data: CanonicalData = {
  wijken: [
    { wijk_id: 'W1', wijk_name: 'Een', city: 'C' },
    { wijk_id: 'W2', wijk_name: 'Twee', city: 'C' }
  ],
  population: [],
  participants: ['p1', 'p2', 'p3', 'p4', 'p5'].map((p) => ({ participant_id: p, residence_wijk_id: 'W2' })),
  activities: [
    { activity_id: 'a1', provider_type: 'buurtwerk', wijk_id: 'W1', initiator: 'residents' },
    { activity_id: 'a2', provider_type: 'ggw', wijk_id: 'W1', initiator: 'organisation' },
    { activity_id: 'a3', provider_type: 'buurtwerk', wijk_id: 'W1', initiator: 'residents' },
    { activity_id: 'a4', provider_type: 'buurtwerk', wijk_id: 'W1', initiator: null },
    { activity_id: 'a5', provider_type: 'buurtwerk', wijk_id: 'W2', initiator: 'residents' }
  ],
  participations: [
    { participant_id: 'p1', activity_id: 'a1', date: '2025-01-06', role: 'volunteer' },
    { participant_id: 'p2', activity_id: 'a1', date: '2025-01-06', role: 'participant' },
    { participant_id: 'p3', activity_id: 'a1', date: '2025-01-06', role: 'co_organiser' },
    { participant_id: 'p1', activity_id: 'a1', date: '2025-01-13', role: null },
    { participant_id: 'p4', activity_id: 'a2', date: '2025-02-01', role: 'participant' },
    { participant_id: 'p1', activity_id: 'a4', date: '2025-02-02' },
    { participant_id: 'p5', activity_id: 'a5', date: '2025-03-01', role: 'volunteer' },
    { participant_id: 'p2', activity_id: 'a3', date: '2024-12-01', role: 'volunteer' }
  ]
};

describe('self-organisation (S1, S2)', () => {
  let raw: RawRow[];
  let bw: RawRow[];
  let empty: RawRow[];
  let shown: FigureRow[];
  let emptyShown: FigureRow[];
  beforeAll(async () => {
    const run = await runFixture(engine, data, [Q1, EMPTY]);
    raw = await run.raw();
    bw = await run.raw(Q1, 'buurtwerk');
    empty = await run.raw(EMPTY);
    shown = await run.rows();
    emptyShown = await run.rows(EMPTY);
  });

  it('S1 involvement: share of participations in a volunteer or co_organiser role, and distinct persons', () => {
    // W1: 6 participations, 2 involved (p1 volunteer, p3 co_organiser) -> 1/3; persons p1 p3 -> 2
    expect(get(raw, 'involvement_share').value).toBeCloseTo(1 / 3, 12);
    expect(get(raw, 'involved_participants')).toMatchObject({ value: 2, kind: 'count' });
    // basis = min(involved persons 2, participants p1..p4 4)
    expect(get(raw, 'involvement_share')).toMatchObject({ kind: 'share', basis: 2 });
    // 2 persons are below k = 3: neither is published
    expect(get(shown, 'involved_participants').suppressed).toBe('below_k');
    expect(get(shown, 'involvement_share').suppressed).toBe('below_k');
    // city: 7 participations, 3 involved -> 3/7, persons p1 p3 p5: shown
    expect(get(raw, 'involvement_share', '').value).toBeCloseTo(3 / 7, 12);
    expect(get(shown, 'involved_participants', '')).toMatchObject({ value: 3, suppressed: null });
  });

  it('S2 resident-initiated share of the activities with a session in P', () => {
    // W1: a1 a2 a4 have a session in P (a3 not); residents: a1 -> 1/3; city: + a5 -> 2/4
    expect(get(raw, 'resident_initiated_share').value).toBeCloseTo(1 / 3, 12);
    expect(get(raw, 'resident_initiated_share', '').value).toBeCloseTo(0.5, 12);
    // a share of activities, not of persons: public, shown
    expect(get(raw, 'resident_initiated_share')).toMatchObject({ kind: 'public', basis: null });
    expect(get(shown, 'resident_initiated_share').suppressed).toBeNull();
  });

  it('provider filter and location perspective', () => {
    // buurtwerk in W1: a1 x4 + a4 x1 = 5 participations, 2 involved -> 2/5; activities a1 a4 -> 1/2
    expect(get(bw, 'involvement_share').value).toBeCloseTo(2 / 5, 12);
    expect(get(bw, 'resident_initiated_share').value).toBeCloseTo(0.5, 12);
    expect(bw.filter((f) => SELF.includes(f.metric)).every((f) => f.provider === 'buurtwerk')).toBe(true);
    // location perspective: no rows for the location-unknown wijk; W2 has a5 only (1 of 1)
    expect(raw.some((f) => f.wijk_id === 'C-ONB' && SELF.includes(f.metric))).toBe(false);
    expect(get(raw, 'involvement_share', 'W2')).toMatchObject({ value: 1, basis: 1 });
  });

  it('nothing in P at all: shares without a value, count 0', () => {
    expect(get(empty, 'involvement_share')).toMatchObject({ value: null, basis: 0 });
    expect(get(empty, 'resident_initiated_share').value).toBeNull();
    expect(get(empty, 'involved_participants').value).toBe(0);
    // resting on nobody -> "<k"; a share of no activity says it is not available
    expect(get(emptyShown, 'involvement_share').suppressed).toBe('below_k');
    expect(get(emptyShown, 'resident_initiated_share').suppressed).toBe('not_available');
    expect(get(emptyShown, 'involved_participants')).toMatchObject({ value: null, suppressed: 'below_k' });
  });
});

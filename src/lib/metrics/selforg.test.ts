import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { insertCanonical, type CanonicalData } from '../load/canonical';
import { selfOrganisationFigures } from './selforg';
import { figureLookup, makeScope, useEngine } from './testing';
import type { RawFigure } from './types';

let engine: Engine;
useEngine((e) => (engine = e));

const scope = makeScope({ dimensions: [] });
// self-organisation rows have no dimension: a figure is named by metric and wijk alone
const lookup = figureLookup({ wijk_id: 'W1' });
const get = (raw: RawFigure[], metric: string, wijk_id = 'W1'): RawFigure => lookup.get(raw, metric, { wijk_id });

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
  let raw: RawFigure[];
  beforeAll(async () => {
    await insertCanonical(engine, data);
    raw = await selfOrganisationFigures(engine, scope());
  });

  it('S1 involvement: share of participations in a volunteer or co_organiser role, and distinct persons', () => {
    // W1: 6 participations, 2 involved (p1 volunteer, p3 co_organiser) -> 1/3; persons p1 p3 -> 2
    expect(get(raw, 'involvement_share').value).toBeCloseTo(1 / 3, 12);
    expect(get(raw, 'involved_participants').value).toBe(2);
    expect(get(raw, 'involved_participants').isPersonCount).toBe(true);
    // basis = min(involved persons 2, participants 4)
    expect(get(raw, 'involvement_share').basis).toBe(2);
    // city: 7 participations, 3 involved -> 3/7, persons p1 p3 p5
    expect(get(raw, 'involvement_share', '').value).toBeCloseTo(3 / 7, 12);
    expect(get(raw, 'involved_participants', '').value).toBe(3);
  });

  it('S2 resident-initiated share of the activities with a session in P', () => {
    // W1: a1 a2 a4 have a session in P (a3 not); residents: a1 -> 1/3; city: + a5 -> 2/4
    expect(get(raw, 'resident_initiated_share').value).toBeCloseTo(1 / 3, 12);
    expect(get(raw, 'resident_initiated_share', '').value).toBeCloseTo(0.5, 12);
    expect(get(raw, 'resident_initiated_share').basis).toBeNull();
  });

  it('provider filter and location perspective', async () => {
    // buurtwerk in W1: a1 x4 + a4 x1 = 5 participations, 2 involved -> 2/5; activities a1 a4 -> 1/2
    const bw = await selfOrganisationFigures(engine, scope({ provider: 'buurtwerk' }));
    expect(get(bw, 'involvement_share').value).toBeCloseTo(2 / 5, 12);
    expect(get(bw, 'resident_initiated_share').value).toBeCloseTo(0.5, 12);
    expect(bw.every((f) => f.provider === 'buurtwerk')).toBe(true);
    // location perspective: no rows for the location-unknown wijk; W2 has a5 only
    expect(raw.some((f) => f.wijk_id === 'C-ONB')).toBe(false);
    expect(get(raw, 'involvement_share', 'W2').value).toBe(1);
    // nothing in P at all: shares not available, count 0
    const empty = await selfOrganisationFigures(engine, scope({ from: '2023-01', to: '2023-01' }));
    expect(get(empty, 'involvement_share').unavailable).toBe(true);
    expect(get(empty, 'resident_initiated_share').unavailable).toBe(true);
    expect(get(empty, 'involved_participants').value).toBe(0);
  });
});

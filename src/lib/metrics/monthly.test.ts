import { describe, it, expect, beforeAll } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { insertCanonical } from '../load/canonical';
import { participantsPerMonth } from './monthly';
import { useEngine } from './testing';

/*
 * Two cities, three months (Jan-Mar 2025; February has no participations at all).
 *
 * Activities: a1 BW in Aa, a2 GGW in Aa, b1 BW in Bb.
 * Participations (participant, activity, date):
 *   p1 a1 2025-01-03, p1 a1 2025-01-10  (same person twice in Jan, BW Aa: counts once)
 *   p2 a1 2025-01-03
 *   p1 a2 2025-01-15                    (p1 also in GGW Aa in Jan)
 *   p3 b1 2025-01-20                    (BW Bb, Jan)
 *   p3 a1 2025-03-01                    (p3 lives in Bb but attends in Aa: location counts)
 *   p2 b1 2025-03-31, p4 b1 2025-03-05  (BW Bb, Mar)
 *
 * By hand, all cities:
 *   2025-01 BW {p1,p2,p3} = 3, GGW {p1} = 1
 *   2025-02 BW 0, GGW 0
 *   2025-03 BW {p3,p2,p4} = 3, GGW 0
 * City Aa: 2025-01 BW {p1,p2} = 2, GGW 1; 2025-02 0/0; 2025-03 BW {p3} = 1, GGW 0
 * City Bb: 2025-01 BW {p3} = 1, GGW 0; 2025-02 0/0; 2025-03 BW {p2,p4} = 2, GGW 0
 */
let e: Engine;
useEngine((engine) => (e = engine));
beforeAll(async () => {
  await insertCanonical(e, {
    wijken: [
      { wijk_id: 'A1', wijk_name: 'A een', city: 'Aa' },
      { wijk_id: 'A2', wijk_name: 'A twee', city: 'Aa' },
      { wijk_id: 'B1', wijk_name: 'B een', city: 'Bb' }
    ],
    population: [],
    participants: [
      { participant_id: 'p1', residence_wijk_id: 'A1' },
      { participant_id: 'p2', residence_wijk_id: 'A2' },
      { participant_id: 'p3', residence_wijk_id: 'B1' },
      { participant_id: 'p4', residence_wijk_id: null }
    ],
    activities: [
      { activity_id: 'a1', provider_type: 'buurtwerk', wijk_id: 'A1' },
      { activity_id: 'a2', provider_type: 'ggw', wijk_id: 'A2' },
      { activity_id: 'b1', provider_type: 'buurtwerk', wijk_id: 'B1' }
    ],
    participations: [
      { participant_id: 'p1', activity_id: 'a1', date: '2025-01-03' },
      { participant_id: 'p1', activity_id: 'a1', date: '2025-01-10' },
      { participant_id: 'p2', activity_id: 'a1', date: '2025-01-03' },
      { participant_id: 'p1', activity_id: 'a2', date: '2025-01-15' },
      { participant_id: 'p3', activity_id: 'b1', date: '2025-01-20' },
      { participant_id: 'p3', activity_id: 'a1', date: '2025-03-01' },
      { participant_id: 'p2', activity_id: 'b1', date: '2025-03-31' },
      { participant_id: 'p4', activity_id: 'b1', date: '2025-03-05' }
    ]
  });
});

describe('participantsPerMonth', () => {
  it('counts distinct participants per month and provider over all cities, filling empty months', async () => {
    expect(await participantsPerMonth(e)).toEqual([
      { month: '2025-01', provider: 'buurtwerk', participants: 3 },
      { month: '2025-01', provider: 'ggw', participants: 1 },
      { month: '2025-02', provider: 'buurtwerk', participants: 0 },
      { month: '2025-02', provider: 'ggw', participants: 0 },
      { month: '2025-03', provider: 'buurtwerk', participants: 3 },
      { month: '2025-03', provider: 'ggw', participants: 0 }
    ]);
  });

  it('restricts to activities located in one city, on the data set\'s time axis', async () => {
    expect(await participantsPerMonth(e, { city: 'Aa' })).toEqual([
      { month: '2025-01', provider: 'buurtwerk', participants: 2 },
      { month: '2025-01', provider: 'ggw', participants: 1 },
      { month: '2025-02', provider: 'buurtwerk', participants: 0 },
      { month: '2025-02', provider: 'ggw', participants: 0 },
      { month: '2025-03', provider: 'buurtwerk', participants: 1 },
      { month: '2025-03', provider: 'ggw', participants: 0 }
    ]);
    expect(await participantsPerMonth(e, { city: 'Bb' })).toEqual([
      { month: '2025-01', provider: 'buurtwerk', participants: 1 },
      { month: '2025-01', provider: 'ggw', participants: 0 },
      { month: '2025-02', provider: 'buurtwerk', participants: 0 },
      { month: '2025-02', provider: 'ggw', participants: 0 },
      { month: '2025-03', provider: 'buurtwerk', participants: 2 },
      { month: '2025-03', provider: 'ggw', participants: 0 }
    ]);
  });

  it('quotes the city name and returns nothing for an unknown city but the zero-filled axis', async () => {
    const rows = await participantsPerMonth(e, { city: "O'Brien" });
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.participants === 0)).toBe(true);
  });

  it('returns no rows when there are no participations', async () => {
    const empty = await createNodeEngine();
    await insertCanonical(empty, { wijken: [], population: [], participants: [], activities: [], participations: [] });
    expect(await participantsPerMonth(empty)).toEqual([]);
    await empty.close();
  });
});

/** Hand-worked fixtures of tests/unit/reference.test.ts (also handy to compare with the SQL). */
import type { CanonicalData } from '../../src/lib/load/canonical';

/*
 * Fixture A: city Aa, wijken A1, A2 (+ synthetic Aa-ONB). Period March 2025 unless said.
 *  participants (residence, age): p1 A1 young, p2 A1 young, p3 A1 old, p4 A1 (age unknown),
 *    p5 A2 old, p6 (no residence -> Aa-ONB), p7 A1 old, p8 A2 young
 *  activities: b1 BW in A1 (meeting), b2 BW in A2 (leisure), g1 GGW in A1 (health)
 *  sessions:
 *    b1 2025-01-10: p1                     (first month of the data: 2025-01)
 *    b1 2025-02-07: p3, p7      g1 2025-02-07: p3
 *    b1 2025-03-05: p1, p2, p3, p5
 *    b2 2025-03-12: p1, p6
 *    g1 2025-03-20: p1, p4, p8
 *    b2 2025-03-25: p5, p8
 *    b2 2025-03-28: p6 (alone)
 *    g1 2025-04-02: p2                     (after March)
 *  population A1: total 100 @2024-01-01, 200 @2025-01-01, 300 @2026-01-01;
 *                 age young 60, old 140 @2025-01-01.   A2: total 100 @2025-06-01 only.
 */
export const A: CanonicalData = {
  wijken: [
    { wijk_id: 'A1', wijk_name: 'Een', city: 'Aa' },
    { wijk_id: 'A2', wijk_name: 'Twee', city: 'Aa' }
  ],
  population: [
    { wijk_id: 'A1', ref_date: '2024-01-01', dimension: 'total', group: 'total', population: 100 },
    { wijk_id: 'A1', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 200 },
    { wijk_id: 'A1', ref_date: '2026-01-01', dimension: 'total', group: 'total', population: 300 },
    { wijk_id: 'A1', ref_date: '2025-01-01', dimension: 'age', group: 'young', population: 60 },
    { wijk_id: 'A1', ref_date: '2025-01-01', dimension: 'age', group: 'old', population: 140 },
    { wijk_id: 'A2', ref_date: '2025-06-01', dimension: 'total', group: 'total', population: 100 }
  ],
  participants: [
    { participant_id: 'p1', residence_wijk_id: 'A1', age: 'young' },
    { participant_id: 'p2', residence_wijk_id: 'A1', age: 'young' },
    { participant_id: 'p3', residence_wijk_id: 'A1', age: 'old' },
    { participant_id: 'p4', residence_wijk_id: 'A1', age: null },
    { participant_id: 'p5', residence_wijk_id: 'A2', age: 'old' },
    { participant_id: 'p6', residence_wijk_id: null, age: 'young' },
    { participant_id: 'p7', residence_wijk_id: 'A1', age: 'old' },
    { participant_id: 'p8', residence_wijk_id: 'A2', age: 'young' }
  ],
  activities: [
    { activity_id: 'b1', provider_type: 'buurtwerk', wijk_id: 'A1', domain: 'meeting' },
    { activity_id: 'b2', provider_type: 'buurtwerk', wijk_id: 'A2', domain: 'leisure' },
    { activity_id: 'g1', provider_type: 'ggw', wijk_id: 'A1', domain: 'health' }
  ],
  participations: [
    { participant_id: 'p1', activity_id: 'b1', date: '2025-01-10' },
    { participant_id: 'p3', activity_id: 'b1', date: '2025-02-07' },
    { participant_id: 'p7', activity_id: 'b1', date: '2025-02-07' },
    { participant_id: 'p3', activity_id: 'g1', date: '2025-02-07' },
    ...['p1', 'p2', 'p3', 'p5'].map((p) => ({ participant_id: p, activity_id: 'b1', date: '2025-03-05' })),
    ...['p1', 'p6'].map((p) => ({ participant_id: p, activity_id: 'b2', date: '2025-03-12' })),
    ...['p1', 'p4', 'p8'].map((p) => ({ participant_id: p, activity_id: 'g1', date: '2025-03-20' })),
    ...['p5', 'p8'].map((p) => ({ participant_id: p, activity_id: 'b2', date: '2025-03-25' })),
    { participant_id: 'p6', activity_id: 'b2', date: '2025-03-28' },
    { participant_id: 'p2', activity_id: 'g1', date: '2025-04-02' }
  ]
};

/*
 * Fixture B: city Bb, wijk B1, period May 2025.
 *  g1 GGW partner X, initiator residents; g2 GGW partner Y; g3 GGW no partner;
 *  b1 BW initiator residents; b2 BW, session only in April.
 *  g1 05-01: q1 volunteer, q2      g1 05-08: q1 co_organiser    g2 05-02: q3    g3 05-03: q2
 *  b1 05-04: q1 participant, q2 (role empty), q3 volunteer       b2 04-01: q1   g1 06-01: q2
 *  signals in B1: s1 05-02 BW housing answered 05-12 (10 d); s2 05-10 GGW housing answered
 *  06-30 (51 d); s3 05-20 residents, no theme, open; s4 04-30 (outside).
 */
export const B: CanonicalData = {
  wijken: [{ wijk_id: 'B1', wijk_name: 'B', city: 'Bb' }],
  population: [],
  participants: ['q1', 'q2', 'q3'].map((id) => ({ participant_id: id, residence_wijk_id: 'B1' })),
  activities: [
    { activity_id: 'g1', provider_type: 'ggw', wijk_id: 'B1', partner_organisation: 'X', initiator: 'residents' },
    { activity_id: 'g2', provider_type: 'ggw', wijk_id: 'B1', partner_organisation: 'Y', initiator: 'organisation' },
    { activity_id: 'g3', provider_type: 'ggw', wijk_id: 'B1', initiator: 'organisation' },
    { activity_id: 'b1', provider_type: 'buurtwerk', wijk_id: 'B1', initiator: 'residents' },
    { activity_id: 'b2', provider_type: 'buurtwerk', wijk_id: 'B1', initiator: 'organisation' }
  ],
  participations: [
    { participant_id: 'q1', activity_id: 'g1', date: '2025-05-01', role: 'volunteer' },
    { participant_id: 'q2', activity_id: 'g1', date: '2025-05-01' },
    { participant_id: 'q1', activity_id: 'g1', date: '2025-05-08', role: 'co_organiser' },
    { participant_id: 'q3', activity_id: 'g2', date: '2025-05-02' },
    { participant_id: 'q2', activity_id: 'g3', date: '2025-05-03' },
    { participant_id: 'q1', activity_id: 'b1', date: '2025-05-04', role: 'participant' },
    { participant_id: 'q2', activity_id: 'b1', date: '2025-05-04', role: '' },
    { participant_id: 'q3', activity_id: 'b1', date: '2025-05-04', role: 'volunteer' },
    { participant_id: 'q1', activity_id: 'b2', date: '2025-04-01' },
    { participant_id: 'q2', activity_id: 'g1', date: '2025-06-01' }
  ],
  signals: [
    { signal_id: 's1', wijk_id: 'B1', date_raised: '2025-05-02', source: 'buurtwerk', theme: 'housing', date_answered: '2025-05-12' },
    { signal_id: 's2', wijk_id: 'B1', date_raised: '2025-05-10', source: 'ggw', theme: 'housing', date_answered: '2025-06-30' },
    { signal_id: 's3', wijk_id: 'B1', date_raised: '2025-05-20', source: 'residents', theme: null, date_answered: null },
    { signal_id: 's4', wijk_id: 'B1', date_raised: '2025-04-30', source: 'ggw', theme: 'safety', date_answered: null }
  ]
};

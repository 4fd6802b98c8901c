/**
 * Self-organisation, METRICS.md S1-S2: activities located in the unit (wijk, or
 * the whole city), period P, provider filter.
 */
import type { Engine } from '../engine/types';
import { checkScope, figure, minBasis, num, periodPredicate, providerPredicate, unitsSql } from './sql';
import type { RawFigure, Scope } from './types';

export async function selfOrganisationFigures(engine: Engine, scope: Scope): Promise<RawFigure[]> {
  checkScope(scope);
  const provider = scope.provider;
  const rows = await engine.query(`
    WITH p AS (
      -- one participation per participant per session; involved when in a volunteer or co_organiser role
      SELECT participant_id, activity_id, date,
             any_value(activity_city) AS city, any_value(activity_wijk_id) AS wijk_id,
             bool_or(role IN ('volunteer', 'co_organiser')) AS involved,
             any_value(initiator) AS initiator
      FROM sessions
      WHERE ${periodPredicate(scope.from, scope.to)} AND ${providerPredicate(scope.provider)}
      GROUP BY participant_id, activity_id, date
    ),
    pu AS (
      SELECT city, wijk_id, participant_id, activity_id, involved, initiator FROM p
      UNION ALL
      SELECT city, '' AS wijk_id, participant_id, activity_id, involved, initiator FROM p
    ),
    agg AS (
      SELECT city, wijk_id,
             count(*)::DOUBLE AS participations,
             count(*) FILTER (WHERE involved)::DOUBLE AS involved_participations,
             count(DISTINCT participant_id)::DOUBLE AS participants,
             count(DISTINCT participant_id) FILTER (WHERE involved)::DOUBLE AS involved_participants,
             count(DISTINCT activity_id)::DOUBLE AS activities,
             count(DISTINCT activity_id) FILTER (WHERE initiator = 'residents')::DOUBLE AS resident_activities
      FROM pu GROUP BY city, wijk_id
    ),
    units AS ${unitsSql('location', scope)}
    SELECT u.city, u.wijk_id,
           coalesce(a.participants, 0) AS participants,
           coalesce(a.involved_participants, 0) AS involved_participants,
           a.involved_participations / NULLIF(a.participations, 0) AS involvement_share,
           a.resident_activities / NULLIF(a.activities, 0) AS resident_initiated_share
    FROM units u LEFT JOIN agg a USING (city, wijk_id)
    ORDER BY u.city, u.wijk_id`);
  const out: RawFigure[] = [];
  for (const r of rows) {
    const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
    const involved = num(r.involved_participants) ?? 0;
    out.push(
      figure(base, 'involvement_share', r.involvement_share, { basis: minBasis(involved, num(r.participants)) }),
      figure(base, 'involved_participants', involved, { isPersonCount: true }),
      // A share of activities, not of persons: not subject to k.
      figure(base, 'resident_initiated_share', r.resident_initiated_share)
    );
  }
  return out;
}

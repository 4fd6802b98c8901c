/**
 * Self-organisation, METRICS.md S1-S2: activities located in the unit (wijk, or the whole
 * city), period P, provider filter. Participations add up over months; the persons behind
 * them are the distinct persons of ww_loc_u (network.ts), perturbed.
 */
import { createRollup, div, emitFigures, least, LOCATION_UNITS, perturbed, scopeGrid, type FigureContext } from './sql';

export async function selfOrganisationFigures(ctx: FigureContext): Promise<void> {
  const { engine } = ctx;
  await createRollup(
    ctx,
    'ww_self_u',
    // participations add up: counted per month and wijk first, so a rolling year does not read each one twelve times
    `(SELECT m, ptype, acity AS city, awijk AS wijk_id, count(*) AS parts, count(*) FILTER (WHERE involved) AS inv_parts
      FROM wb_att GROUP BY ALL)`,
    [],
    [
      ['parts', 'sum(parts)'],
      ['inv_parts', 'sum(inv_parts)']
    ]
  );
  // S2: the activities with a session in P, per wijk (an activity is in one wijk), then the city.
  await createRollup(
    ctx,
    'ww_acts_u',
    `(SELECT DISTINCT s.m, s.ptype, s.acity AS city, s.awijk AS wijk_id, s.aid, a.initiator = 'residents' AS by_residents
      FROM wb_sess s JOIN activities a ON a.activity_id = s.aid)`,
    ['aid'],
    [['by_residents', 'bool_or(by_residents)']]
  );
  await engine.exec(`
    DROP TABLE IF EXISTS ww_self_x;
    CREATE TEMP TABLE ww_self_x AS
    WITH acts AS (
      SELECT period_id, prov, city, wijk_id, count(*) AS n, count(*) FILTER (WHERE by_residents) AS by_residents
      FROM ww_acts_u GROUP BY ALL
    )
    SELECT g.period_id, g.prov AS scope_prov, g.prov AS provider, u.city, u.wijk_id,
           ${perturbed('coalesce(l.n, 0)', 'coalesce(l.s, 0)')} AS n1,
           ${perturbed('coalesce(l.inv, 0)', 'coalesce(l.s_inv, 0)')} AS inv1,
           p.parts, p.inv_parts, a.n AS acts, a.by_residents
    FROM ${scopeGrid(ctx)} g CROSS JOIN ${LOCATION_UNITS} u
    LEFT JOIN ww_loc_u l ON l.period_id = g.period_id AND l.prov = g.prov AND l.city = u.city AND l.wijk_id = u.wijk_id
    LEFT JOIN ww_self_u p ON p.period_id = g.period_id AND p.prov = g.prov AND p.city = u.city AND p.wijk_id = u.wijk_id
    LEFT JOIN acts a ON a.period_id = g.period_id AND a.prov = g.prov AND a.city = u.city AND a.wijk_id = u.wijk_id`);
  await emitFigures(ctx, 'ww_self_x', [
    // A share of participations, resting on the persons involved and the persons taking part.
    { metric: 'involvement_share', kind: 'share', value: div('inv_parts', 'parts'), basis: least('inv1', 'n1') },
    { metric: 'involved_participants', kind: 'count', value: 'inv1' },
    // A share of activities, not of persons.
    { metric: 'resident_initiated_share', kind: 'public', value: div('by_residents', 'acts') }
  ]);
}

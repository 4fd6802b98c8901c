/**
 * Overlap between buurtwerk and area-based work, METRICS.md O1-O6. Residents
 * perspective for O1-O5: participations in activities "wherever in the city"
 * (the resident's own city; an activity in another city does not count, also
 * not for the gateway history); O6 is about GGW sessions located in the unit. The provider filter of the scope does not apply
 * (the family compares the two provider types): rows carry provider 'all'.
 */
import type { Engine } from '../engine/types';
import { lastDay } from './period';
import {
  HOME_UNITS,
  breakdownKey,
  checkScope,
  dateLit,
  dimensionsLong,
  figure,
  minBasis,
  num,
  participantDimensions,
  periodPredicate,
  unitsSql
} from './sql';
import type { RawFigure, Scope } from './types';

function baseCte(scope: Scope): string {
  return `
    per AS (
      -- per participant and city of the activity
      SELECT participant_id, activity_city AS city,
             bool_or(provider_type = 'buurtwerk') AS in_bw,
             bool_or(provider_type = 'ggw') AS in_ggw
      FROM sessions WHERE ${periodPredicate(scope.from, scope.to)}
      GROUP BY participant_id, activity_city
    ),
    home AS ${HOME_UNITS},
    units AS ${unitsSql('resident', scope)}`;
}

export async function overlapFigures(engine: Engine, scope: Scope): Promise<RawFigure[]> {
  checkScope(scope);
  const provider = 'all' as const;
  const end = dateLit(lastDay(scope.to));
  const rows = await engine.query(`
    WITH ${baseCte(scope)},
    firsts AS (
      -- first BW and first GGW participation in the city over all history up to the end of P
      SELECT participant_id, activity_city AS city,
             min(date) FILTER (WHERE provider_type = 'buurtwerk') AS first_bw,
             min(date) FILTER (WHERE provider_type = 'ggw') AS first_ggw
      FROM sessions
      WHERE date <= ${end} AND participant_id IN (SELECT participant_id FROM per WHERE in_bw AND in_ggw)
      GROUP BY participant_id, activity_city
    ),
    pu AS (
      SELECT h.city, h.wijk_id, p.in_bw, p.in_ggw,
             date_diff('day', f.first_bw, f.first_ggw) AS gap
      FROM per p JOIN home h ON h.participant_id = p.participant_id AND h.city = p.city
      LEFT JOIN firsts f ON f.participant_id = p.participant_id AND f.city = p.city
    ),
    agg AS (
      SELECT city, wijk_id,
             count(*) FILTER (WHERE in_bw)::DOUBLE AS bw,
             count(*) FILTER (WHERE in_ggw)::DOUBLE AS ggw,
             count(*) FILTER (WHERE in_bw AND in_ggw)::DOUBLE AS both,
             count(*) FILTER (WHERE in_bw AND in_ggw AND gap > 0)::DOUBLE AS bw_first,
             count(*) FILTER (WHERE in_bw AND in_ggw AND gap < 0)::DOUBLE AS ggw_first,
             count(*) FILTER (WHERE in_bw AND in_ggw AND gap = 0)::DOUBLE AS same_day,
             quantile_cont(abs(gap), 0.5) FILTER (WHERE in_bw AND in_ggw) AS median_days
      FROM pu GROUP BY city, wijk_id
    ),
    hhi_sessions AS (
      SELECT DISTINCT activity_id, date, partner_organisation AS partner, activity_city AS city, activity_wijk_id AS wijk_id
      FROM sessions
      WHERE ${periodPredicate(scope.from, scope.to)} AND provider_type = 'ggw' AND NULLIF(partner_organisation, '') IS NOT NULL
    ),
    hhi_counts AS (
      SELECT city, wijk_id, partner, count(*)::DOUBLE AS n FROM hhi_sessions GROUP BY ALL
      UNION ALL
      SELECT city, '' AS wijk_id, partner, count(*)::DOUBLE AS n FROM hhi_sessions GROUP BY ALL
    ),
    hhi AS (
      SELECT city, wijk_id, sum(n * n) / (sum(n) * sum(n)) AS partner_hhi FROM hhi_counts GROUP BY city, wijk_id
    )
    SELECT u.city, u.wijk_id,
           coalesce(a.bw, 0) AS bw, coalesce(a.ggw, 0) AS ggw, coalesce(a.both, 0) AS both,
           coalesce(a.bw - a.both, 0) AS bw_only, coalesce(a.ggw - a.both, 0) AS ggw_only,
           a.both / NULLIF(a.bw + a.ggw - a.both, 0) AS jaccard,
           coalesce(a.bw + a.ggw - a.both, 0) AS n_union,
           a.both / NULLIF(a.ggw, 0) AS ggw_via_bw,
           coalesce(a.bw_first, 0) AS bw_first, coalesce(a.ggw_first, 0) AS ggw_first, coalesce(a.same_day, 0) AS same_day,
           a.bw_first / NULLIF(a.both, 0) AS gateway_bw_first,
           a.ggw_first / NULLIF(a.both, 0) AS gateway_ggw_first,
           a.same_day / NULLIF(a.both, 0) AS gateway_same_day,
           a.median_days AS gateway_median_days,
           h.partner_hhi
    FROM units u
    LEFT JOIN agg a USING (city, wijk_id)
    LEFT JOIN hhi h USING (city, wijk_id)
    ORDER BY u.city, u.wijk_id`);

  const out: RawFigure[] = [];
  for (const r of rows) {
    const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
    const isWijk = base.wijk_id !== '';
    const bw = num(r.bw) ?? 0;
    const ggw = num(r.ggw) ?? 0;
    const both = num(r.both) ?? 0;
    // The Venn: bw_only + both = bw, ggw_only + both = ggw; and the wijken of a city add up to the city.
    const venn = (own: string[], metric: string) => {
      const keys = own.map((k) => breakdownKey(k, base.city, base.wijk_id));
      if (isWijk) keys.push(breakdownKey(`overlap-${metric}`, base.city));
      return keys;
    };
    const gateway = [breakdownKey('gateway', base.city, base.wijk_id)];
    out.push(
      figure(base, 'bw', bw, { isPersonCount: true, breakdown: venn([], 'bw') }),
      figure(base, 'ggw', ggw, { isPersonCount: true, breakdown: venn([], 'ggw') }),
      figure(base, 'both', both, { isPersonCount: true, breakdown: venn(['venn-bw', 'venn-ggw'], 'both') }),
      figure(base, 'bw_only', r.bw_only, { isPersonCount: true, breakdown: venn(['venn-bw'], 'bw_only') }),
      figure(base, 'ggw_only', r.ggw_only, { isPersonCount: true, breakdown: venn(['venn-ggw'], 'ggw_only') }),
      figure(base, 'jaccard', r.jaccard, { basis: minBasis(both, num(r.n_union)) }),
      figure(base, 'ggw_via_bw', r.ggw_via_bw, { basis: minBasis(both, ggw) }),
      // The three gateway shares add up to 1: one hidden share would follow from the other two.
      figure(base, 'gateway_bw_first', r.gateway_bw_first, { basis: minBasis(num(r.bw_first), both), breakdown: gateway }),
      figure(base, 'gateway_ggw_first', r.gateway_ggw_first, { basis: minBasis(num(r.ggw_first), both), breakdown: gateway }),
      figure(base, 'gateway_same_day', r.gateway_same_day, { basis: minBasis(num(r.same_day), both), breakdown: gateway }),
      figure(base, 'gateway_median_days', r.gateway_median_days, { basis: both }),
      // Sessions and partner organisations are not persons.
      figure(base, 'partner_hhi', r.partner_hhi)
    );
  }

  // O5: O3 per known group of each dimension, for the groups the GGW reaches in the unit.
  const dims = await participantDimensions(engine, scope.dimensions);
  if (dims.length) {
    const groupRows = await engine.query(`
      WITH ${baseCte(scope)},
      dl AS ${dimensionsLong(dims)},
      g AS (
        SELECT h.city, h.wijk_id, d.dim, d.grp,
               count(*) FILTER (WHERE p.in_ggw)::DOUBLE AS ggw,
               count(*) FILTER (WHERE p.in_ggw AND p.in_bw)::DOUBLE AS both
        FROM per p JOIN home h ON h.participant_id = p.participant_id AND h.city = p.city
        JOIN dl d ON d.participant_id = p.participant_id
        WHERE d.grp IS NOT NULL
        GROUP BY ALL
      )
      SELECT g.city, g.wijk_id, g.dim, g.grp, g.ggw, g.both, g.both / g.ggw AS ggw_via_bw
      FROM g JOIN units u USING (city, wijk_id)
      WHERE g.ggw > 0
      ORDER BY 1, 2, 3, 4`);
    for (const r of groupRows) {
      const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
      out.push(
        figure(base, 'ggw_via_bw', r.ggw_via_bw, {
          dimension: String(r.dim),
          group: String(r.grp),
          basis: minBasis(num(r.both), num(r.ggw))
        })
      );
    }
  }
  return out;
}

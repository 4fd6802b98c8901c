/**
 * Reach breadth, METRICS.md R1-R10: residents perspective. A participant counts
 * in the wijk they live in (participant_home; unknown residence = the city's
 * location-unknown wijk) and in their city, for participations in P in an
 * activity of the provider filter, wherever in the data that activity is.
 */
import type { Engine } from '../engine/types';
import { firstDay, lastDay, monthIndex, previousPeriod } from './period';
import {
  HOME_UNITS,
  breakdownKey,
  checkScope,
  dateLit,
  dimensionsLong,
  figure,
  firstDataMonth,
  inList,
  minBasis,
  num,
  participantDimensions,
  periodPredicate,
  providerPredicate,
  quoteLiteral,
  unitsSql,
  UNKNOWN_GROUP
} from './sql';
import type { RawFigure, Scope } from './types';

export { UNKNOWN_GROUP };

/**
 * Population per resident unit, dimension and group: for each (wijk, dimension)
 * the latest ref_date on or before the end of P, else the earliest available;
 * a city's figure is the sum of its wijken's figures.
 */
export function populationCte(scope: Scope): string {
  const end = dateLit(lastDay(scope.to));
  return `
    pop_pick AS (
      SELECT wijk_id, dimension,
             coalesce(max(ref_date) FILTER (WHERE ref_date <= ${end}), min(ref_date)) AS d
      FROM population GROUP BY wijk_id, dimension
    ),
    pop_wijk AS (
      SELECT p.wijk_id, p.dimension, p."group" AS grp, sum(p.population)::DOUBLE AS pop
      FROM population p JOIN pop_pick k ON k.wijk_id = p.wijk_id AND k.dimension = p.dimension AND p.ref_date = k.d
      GROUP BY ALL
    ),
    pop_unit AS (
      SELECT w.city, p.wijk_id, p.dimension, p.grp, p.pop FROM pop_wijk p JOIN wijk_all w USING (wijk_id)
      UNION ALL
      SELECT w.city, '' AS wijk_id, p.dimension, p.grp, sum(p.pop) AS pop FROM pop_wijk p JOIN wijk_all w USING (wijk_id)
      GROUP BY ALL
    )`;
}

/** Participations in P (provider filter), one per participant per session, and per-person totals. */
function personCte(scope: Scope): string {
  return `
    part AS (
      SELECT participant_id, activity_id, date, any_value(domain) AS domain
      FROM sessions
      WHERE ${periodPredicate(scope.from, scope.to)} AND ${providerPredicate(scope.provider)}
      GROUP BY participant_id, activity_id, date
    ),
    person AS (
      SELECT participant_id, count(*)::DOUBLE AS a, count(DISTINCT domain)::DOUBLE AS nd
      FROM part GROUP BY participant_id
    ),
    home AS ${HOME_UNITS},
    units AS ${unitsSql('resident', scope)}`;
}

export async function reachFigures(engine: Engine, scope: Scope): Promise<RawFigure[]> {
  checkScope(scope);
  const provider = scope.provider;
  const first = await firstDataMonth(engine);
  const prev = previousPeriod(scope.from, scope.to);
  // R8: a period that contains (or precedes) the data's first month has no newcomer figure.
  const newcomersUnavailable = first === null || monthIndex(scope.from) <= monthIndex(first);
  // R9: not available when the previous period starts before the data.
  const retentionUnavailable = first === null || monthIndex(prev.from) < monthIndex(first);

  const rows = await engine.query(`
    WITH ${personCte(scope)},
    first_seen AS (
      SELECT participant_id, min(date) AS first_date
      FROM sessions
      WHERE ${providerPredicate(scope.provider)} AND participant_id IN (SELECT participant_id FROM person)
      GROUP BY participant_id
    ),
    pu AS (
      SELECT h.city, h.wijk_id, p.participant_id, p.a, p.nd, f.first_date >= ${dateLit(firstDay(scope.from))} AS is_new
      FROM person p JOIN home h USING (participant_id) JOIN first_seen f USING (participant_id)
    ),
    ranked AS (
      SELECT *,
             row_number() OVER (PARTITION BY city, wijk_id ORDER BY a DESC, participant_id) AS r_desc,
             row_number() OVER (PARTITION BY city, wijk_id ORDER BY a ASC, participant_id) AS r_asc,
             count(*) OVER (PARTITION BY city, wijk_id) AS n
      FROM pu
    ),
    agg AS (
      SELECT city, wijk_id,
             count(*)::DOUBLE AS n,
             sum(a) AS sum_a,
             -- ceil(0.2 N) in integers: (N + 4) // 5
             sum(a) FILTER (WHERE r_desc <= (n + 4) // 5) AS top_a,
             -- sum_i sum_j |a_i - a_j| = 2 sum_i (2i - N - 1) a_(i), a ascending
             sum((2 * r_asc - n - 1) * a) AS gini_half,
             count(*) FILTER (WHERE is_new)::DOUBLE AS newcomers,
             avg(nd) AS dpp,
             count(*) FILTER (WHERE nd >= 2)::DOUBLE AS multi
      FROM ranked GROUP BY city, wijk_id
    ),
    prev_people AS (
      SELECT DISTINCT participant_id FROM sessions
      WHERE ${periodPredicate(prev.from, prev.to)} AND ${providerPredicate(scope.provider)}
    ),
    prev_agg AS (
      SELECT h.city, h.wijk_id, count(*)::DOUBLE AS prev_n, count(p.participant_id)::DOUBLE AS retained
      FROM prev_people q JOIN home h USING (participant_id) LEFT JOIN person p USING (participant_id)
      GROUP BY ALL
    ),
    ${populationCte(scope)},
    pop_total AS (
      SELECT city, wijk_id, sum(pop) AS pop FROM pop_unit
      WHERE dimension = 'total' AND grp = 'total' GROUP BY ALL
    )
    SELECT u.city, u.wijk_id,
           coalesce(a.n, 0) AS n,
           t.pop,
           coalesce(a.n, 0) / NULLIF(t.pop, 0) * 1000 AS reach_rate,
           a.top_a / NULLIF(a.sum_a, 0) AS top20,
           a.gini_half / NULLIF(a.n * a.sum_a, 0) AS gini,
           coalesce(a.newcomers, 0) AS newcomers,
           a.newcomers / NULLIF(a.n, 0) AS newcomer_share,
           coalesce(q.prev_n, 0) AS prev_n,
           coalesce(q.retained, 0) AS retained,
           q.retained / NULLIF(q.prev_n, 0) AS retention,
           a.dpp,
           coalesce(a.multi, 0) AS multi,
           a.multi / NULLIF(a.n, 0) AS multi_share
    FROM units u
    LEFT JOIN agg a USING (city, wijk_id)
    LEFT JOIN prev_agg q USING (city, wijk_id)
    LEFT JOIN pop_total t USING (city, wijk_id)
    ORDER BY u.city, u.wijk_id`);

  const out: RawFigure[] = [];
  for (const r of rows) {
    const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
    const isWijk = base.wijk_id !== '';
    const n = num(r.n) ?? 0;
    const pop = num(r.pop);
    const newcomers = num(r.newcomers) ?? 0;
    out.push(
      figure(base, 'participants', n, {
        isPersonCount: true,
        // The wijken of a city add up to the city's total.
        breakdown: isWijk ? [breakdownKey('participants', base.city, provider)] : undefined
      }),
      figure(base, 'reach_rate', r.reach_rate, { basis: minBasis(n, pop) }),
      figure(base, 'top20_share', r.top20, { basis: n }),
      figure(base, 'gini', r.gini, { basis: n }),
      figure(base, 'newcomers', newcomers, {
        isPersonCount: true,
        unavailable: newcomersUnavailable,
        breakdown: isWijk ? [breakdownKey('newcomers', base.city, provider)] : undefined
      }),
      figure(base, 'newcomer_share', r.newcomer_share, {
        basis: minBasis(newcomers, n),
        unavailable: newcomersUnavailable
      }),
      figure(base, 'retention', r.retention, {
        basis: minBasis(num(r.retained), num(r.prev_n)),
        unavailable: retentionUnavailable
      }),
      figure(base, 'domains_per_participant', r.dpp, { basis: n }),
      figure(base, 'multi_domain_share', r.multi_share, { basis: minBasis(num(r.multi), n) })
    );
  }

  const dims = await participantDimensions(engine, scope.dimensions);
  if (dims.length) for (const f of await compositionFigures(engine, scope, dims)) out.push(f);
  return out;
}

/** R1 per group, R3, R4, R5, R6 for each dimension of the scope. */
async function compositionFigures(engine: Engine, scope: Scope, dims: string[]): Promise<RawFigure[]> {
  const provider = scope.provider;
  const common = `
    WITH ${personCte(scope)},
    dl AS ${dimensionsLong(dims)},
    ng AS (
      SELECT h.city, h.wijk_id, d.dim, d.grp, count(*)::DOUBLE AS n
      FROM person p JOIN home h USING (participant_id) JOIN dl d USING (participant_id)
      GROUP BY ALL
    ),
    ${populationCte(scope)},
    popg AS (
      SELECT city, wijk_id, dimension AS dim, grp, pop FROM pop_unit WHERE ${inList('dimension', dims)}
    ),
    cells AS (
      SELECT coalesce(n.city, p.city) AS city, coalesce(n.wijk_id, p.wijk_id) AS wijk_id,
             coalesce(n.dim, p.dim) AS dim, coalesce(n.grp, p.grp) AS grp,
             coalesce(n.n, 0) AS n_g, p.pop AS pop_g
      FROM (SELECT * FROM ng WHERE grp IS NOT NULL) n
      FULL OUTER JOIN popg p ON n.city = p.city AND n.wijk_id = p.wijk_id AND n.dim = p.dim AND n.grp = p.grp
    ),
    tot AS (
      SELECT city, wijk_id, dim, sum(n_g) AS n_known, sum(pop_g) AS pop_known FROM cells GROUP BY ALL
    )`;

  const cellRows = await engine.query(`${common}
    SELECT c.city, c.wijk_id, c.dim, c.grp, c.n_g, c.pop_g, t.n_known, t.pop_known,
           c.n_g / NULLIF(c.pop_g, 0) * 1000 AS group_reach_rate,
           (c.n_g / NULLIF(t.n_known, 0)) / NULLIF(c.pop_g / NULLIF(t.pop_known, 0), 0) AS ri
    FROM cells c JOIN tot t USING (city, wijk_id, dim)
    JOIN units u USING (city, wijk_id)
    UNION ALL
    SELECT n.city, n.wijk_id, n.dim, NULL AS grp, n.n AS n_g, NULL, NULL, NULL, NULL, NULL
    FROM ng n JOIN units u USING (city, wijk_id)
    WHERE n.grp IS NULL
    ORDER BY 1, 2, 3, 4 NULLS LAST`);

  const dimRows = await engine.query(`${common},
    dims AS (SELECT unnest([${dims.map(quoteLiteral).join(', ')}]) AS dim),
    summary AS (
      SELECT c.city, c.wijk_id, c.dim,
             0.5 * sum(abs(c.n_g / NULLIF(t.n_known, 0) - coalesce(c.pop_g, 0) / NULLIF(t.pop_known, 0))) AS dissimilarity,
             1 - sum(pow(c.n_g / NULLIF(t.n_known, 0), 2)) AS heterogeneity,
             1 - sum(pow(c.pop_g / NULLIF(t.pop_known, 0), 2)) AS population_heterogeneity,
             any_value(t.n_known) AS n_known, any_value(t.pop_known) AS pop_known
      FROM cells c JOIN tot t USING (city, wijk_id, dim)
      GROUP BY ALL
    )
    SELECT u.city, u.wijk_id, d.dim, s.dissimilarity, 1 - s.dissimilarity AS representativeness,
           s.heterogeneity, s.population_heterogeneity,
           coalesce(s.n_known, 0) AS n_known, s.pop_known
    FROM units u CROSS JOIN dims d
    LEFT JOIN summary s ON s.city = u.city AND s.wijk_id = u.wijk_id AND s.dim = d.dim
    ORDER BY u.city, u.wijk_id, d.dim`);

  const out: RawFigure[] = [];
  for (const r of cellRows) {
    const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
    const dim = String(r.dim);
    const known = r.grp !== null && r.grp !== undefined;
    const group = known ? String(r.grp) : UNKNOWN_GROUP;
    const n_g = num(r.n_g) ?? 0;
    const keys = [breakdownKey('participants', base.city, base.wijk_id, provider, dim)];
    if (base.wijk_id !== '') keys.push(breakdownKey('participants', base.city, provider, dim, group));
    // Participant count per group: only groups with participants (a missing row = 0).
    if (n_g > 0) out.push(figure(base, 'participants', n_g, { dimension: dim, group, isPersonCount: true, breakdown: keys }));
    if (!known) continue;
    const pop_g = num(r.pop_g);
    if (pop_g === null) continue; // R3/R4 only where the population by group is known
    out.push(
      figure(base, 'group_reach_rate', r.group_reach_rate, { dimension: dim, group, basis: minBasis(n_g, pop_g) }),
      figure(base, 'representation_index', r.ri, {
        dimension: dim,
        group,
        basis: minBasis(n_g, num(r.n_known), pop_g, num(r.pop_known))
      })
    );
  }
  for (const r of dimRows) {
    const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
    const dim = String(r.dim);
    const nKnown = num(r.n_known) ?? 0;
    const popKnown = num(r.pop_known);
    const b = minBasis(nKnown, popKnown);
    out.push(
      figure(base, 'dissimilarity', r.dissimilarity, { dimension: dim, basis: b }),
      figure(base, 'representativeness', r.representativeness, { dimension: dim, basis: b }),
      figure(base, 'heterogeneity', r.heterogeneity, { dimension: dim, basis: nKnown }),
      figure(base, 'population_heterogeneity', r.population_heterogeneity, { dimension: dim, basis: popKnown })
    );
  }
  return out;
}

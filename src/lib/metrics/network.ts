/**
 * Bonding and bridging, METRICS.md B1-B8: location perspective (activities
 * located in the wijk, or in the city for the city-wide row), period P,
 * provider filter, per dimension (the scope's participant dimensions plus the
 * pseudo-dimension residence_wijk).
 *
 * Everything comes from per-session group counts n_sg: no participation is ever
 * joined to another participation, so the cost grows with participations. The
 * only join of counts with counts is the mixing matrix (B8), which pairs the
 * groups present in one session: at most cap x cap cells per session.
 *
 * When T = 0 (no pair of known-group participants) the shares, the E-I index,
 * the mixing ratio and the assortativity do not exist (null, unavailable); the
 * expected bridging share needs M >= 2; the mixing ratio needs an expected
 * bridging share above 0; the assortativity needs sum_g a_g^2 < 1 (two groups
 * that meet anyone); the bridged share needs one known-group participant. The
 * mixing matrix has rows only when T > 0.
 */
import type { Engine } from '../engine/types';
import { RESIDENCE_DIMENSION } from '../load/schema';
import {
  checkScope,
  dimensionsLong,
  figure,
  minBasis,
  num,
  participantDimensions,
  periodPredicate,
  providerPredicate,
  quoteLiteral,
  unitsSql
} from './sql';
import type { RawFigure, Scope } from './types';

function baseCte(scope: Scope, dims: string[]): string {
  const cap = Math.floor(scope.cap);
  return `
    att AS (
      SELECT DISTINCT activity_id, date, participant_id, activity_wijk_id, activity_city
      FROM sessions
      WHERE ${periodPredicate(scope.from, scope.to)} AND ${providerPredicate(scope.provider)}
    ),
    sess AS (
      SELECT activity_id, date, any_value(activity_city) AS city, any_value(activity_wijk_id) AS wijk_id,
             count(*) AS n_all, count(*) BETWEEN 2 AND ${cap} AS used
      FROM att GROUP BY activity_id, date
    ),
    sess_unit AS (
      SELECT activity_id, date, city, wijk_id, used FROM sess
      UNION ALL
      SELECT activity_id, date, city, '' AS wijk_id, used FROM sess
    ),
    sess_counts AS (
      SELECT city, wijk_id, count(*) FILTER (WHERE used)::DOUBLE AS sessions_used,
             count(*) FILTER (WHERE NOT used)::DOUBLE AS sessions_excluded
      FROM sess_unit GROUP BY city, wijk_id
    ),
    dl AS ${dimensionsLong(dims)},
    ka AS (
      -- attendances with a known group at the sessions used
      SELECT a.activity_id, a.date, a.participant_id, d.dim, d.grp
      FROM att a JOIN sess s USING (activity_id, date) JOIN dl d USING (participant_id)
      WHERE s.used AND d.grp IS NOT NULL
    ),
    sg AS (SELECT activity_id, date, dim, grp, count(*)::DOUBLE AS n_sg FROM ka GROUP BY ALL),
    s AS (SELECT activity_id, date, dim, sum(n_sg) AS n_s FROM sg GROUP BY ALL),
    sgu AS (
      SELECT su.city, su.wijk_id, sg.activity_id, sg.date, sg.dim, sg.grp, sg.n_sg, s.n_s
      FROM sg JOIN s USING (activity_id, date, dim) JOIN sess_unit su USING (activity_id, date)
    ),
    ug AS (
      -- per unit, dimension, group: M_g, a_g x 2T = sum_s n_sg (n_s - 1), e_gg x 2T = sum_s n_sg (n_sg - 1)
      SELECT city, wijk_id, dim, grp, sum(n_sg) AS m_g, sum(n_sg * (n_s - 1)) AS a_num, sum(n_sg * (n_sg - 1)) AS e_gg
      FROM sgu GROUP BY ALL
    ),
    ud AS (
      SELECT city, wijk_id, dim,
             sum(a_num) / 2 AS t,           -- sum_s n_s (n_s - 1) / 2
             sum(e_gg) / 2 AS i,            -- sum_s sum_g n_sg (n_sg - 1) / 2
             sum(m_g) AS m,
             sum(m_g * (m_g - 1)) AS same_num,
             sum(a_num * a_num) AS a2_num   -- sum_g a_g^2 x (2T)^2
      FROM ug GROUP BY ALL
    ),
    units AS ${unitsSql('location', scope)},
    dims AS (SELECT unnest([${dims.map(quoteLiteral).join(', ')}]) AS dim)`;
}

export async function networkFigures(engine: Engine, scope: Scope): Promise<RawFigure[]> {
  checkScope(scope);
  const provider = scope.provider;
  const dims = [...(await participantDimensions(engine, scope.dimensions)), RESIDENCE_DIMENSION];
  const cte = baseCte(scope, dims);

  const rows = await engine.query(`
    WITH ${cte},
    bridged AS (
      -- a participant is bridged when some used session has someone of another known group
      SELECT su.city, su.wijk_id, k.dim, k.participant_id, bool_or(s.n_s - sg.n_sg > 0) AS bridged
      FROM ka k JOIN sg USING (activity_id, date, dim, grp) JOIN s USING (activity_id, date, dim)
      JOIN sess_unit su USING (activity_id, date)
      GROUP BY ALL
    ),
    bu AS (
      SELECT city, wijk_id, dim, count(*)::DOUBLE AS basis, count(*) FILTER (WHERE bridged)::DOUBLE AS n_bridged
      FROM bridged GROUP BY ALL
    )
    SELECT u.city, u.wijk_id, d.dim,
           coalesce(sc.sessions_used, 0) AS sessions_used,
           coalesce(sc.sessions_excluded, 0) AS sessions_excluded,
           coalesce(bu.basis, 0) AS basis,
           coalesce(ud.t, 0) AS pairs,
           coalesce(ud.i, 0) AS pairs_within,
           coalesce(ud.t - ud.i, 0) AS pairs_between,
           (ud.t - ud.i) / NULLIF(ud.t, 0) AS bridging_share,
           ud.i / NULLIF(ud.t, 0) AS bonding_share,
           (ud.t - 2 * ud.i) / NULLIF(ud.t, 0) AS ei_index,
           (ud.m * (ud.m - 1) - ud.same_num) / NULLIF(ud.m * (ud.m - 1), 0) AS expected_bridging_share,
           ((ud.t - ud.i) / NULLIF(ud.t, 0))
             / NULLIF((ud.m * (ud.m - 1) - ud.same_num) / NULLIF(ud.m * (ud.m - 1), 0), 0) AS mixing_ratio,
           -- r = (sum e_gg - sum a_g^2) / (1 - sum a_g^2), both sides multiplied by (2T)^2
           CASE WHEN ud.t > 0 THEN
             (2 * ud.i * 2 * ud.t - ud.a2_num) / NULLIF(4 * ud.t * ud.t - ud.a2_num, 0)
           END AS assortativity,
           bu.n_bridged / NULLIF(bu.basis, 0) AS bridged_share,
           coalesce(bu.n_bridged, 0) AS n_bridged
    FROM units u CROSS JOIN dims d
    LEFT JOIN sess_counts sc ON sc.city = u.city AND sc.wijk_id = u.wijk_id
    LEFT JOIN ud ON ud.city = u.city AND ud.wijk_id = u.wijk_id AND ud.dim = d.dim
    LEFT JOIN bu ON bu.city = u.city AND bu.wijk_id = u.wijk_id AND bu.dim = d.dim
    ORDER BY u.city, u.wijk_id, d.dim`);

  const matrix = await engine.query(`
    WITH ${cte},
    eh AS (
      -- e_gh x 2T for g != h: pairs of group counts within a session (never pairs of persons)
      SELECT su.city, su.wijk_id, x.dim, x.grp AS g, y.grp AS h, sum(x.n_sg * y.n_sg) AS e
      FROM sg x JOIN sg y ON x.activity_id = y.activity_id AND x.date = y.date AND x.dim = y.dim AND x.grp <> y.grp
      JOIN sess_unit su ON su.activity_id = x.activity_id AND su.date = x.date
      GROUP BY ALL
    ),
    cells AS (
      SELECT g1.city, g1.wijk_id, g1.dim, g1.grp AS g, g2.grp AS h, g1.a_num AS ag, g2.a_num AS ah,
             CASE WHEN g1.grp = g2.grp THEN g1.e_gg ELSE coalesce(eh.e, 0) END AS e
      FROM ug g1 JOIN ug g2 ON g1.city = g2.city AND g1.wijk_id = g2.wijk_id AND g1.dim = g2.dim
      LEFT JOIN eh ON eh.city = g1.city AND eh.wijk_id = g1.wijk_id AND eh.dim = g1.dim AND eh.g = g1.grp AND eh.h = g2.grp
    )
    SELECT c.city, c.wijk_id, c.dim, c.g, c.h,
           c.e / (2 * ud.t) AS mixing,
           (c.ag / (2 * ud.t)) * (c.ah / (2 * ud.t)) AS mixing_expected
    FROM cells c
    JOIN ud USING (city, wijk_id, dim)
    JOIN units u USING (city, wijk_id)
    WHERE ud.t > 0
    ORDER BY c.city, c.wijk_id, c.dim, c.g, c.h`);

  const out: RawFigure[] = [];
  const basisOf = new Map<string, { basis: number; sessions: number }>();
  const unitKey = (city: string, wijk: string, dim: string) => JSON.stringify([city, wijk, dim]);
  const seenUnit = new Set<string>();
  for (const r of rows) {
    const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
    const dim = String(r.dim);
    const sessions = num(r.sessions_used) ?? 0;
    const basis = num(r.basis) ?? 0;
    basisOf.set(unitKey(base.city, base.wijk_id, dim), { basis, sessions });
    const u = JSON.stringify([base.city, base.wijk_id]);
    if (!seenUnit.has(u)) {
      seenUnit.add(u);
      // Sessions are not persons: always shown.
      out.push(figure(base, 'sessions_used', sessions), figure(base, 'sessions_excluded', r.sessions_excluded));
    }
    const net = { dimension: dim, basis, sessions };
    for (const m of [
      'pairs',
      'pairs_within',
      'pairs_between',
      'bridging_share',
      'bonding_share',
      'ei_index',
      'expected_bridging_share',
      'mixing_ratio',
      'assortativity',
      'bridged_share'
    ]) {
      // METRICS.md: a share whose numerator counts fewer than k persons is not shown either.
      const basisHere = m === 'bridged_share' ? (minBasis(basis, num(r.n_bridged) ?? 0) ?? 0) : basis;
      out.push(figure(base, m, r[m], { ...net, basis: basisHere }));
    }
  }
  for (const r of matrix) {
    const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
    const dim = String(r.dim);
    const b = basisOf.get(unitKey(base.city, base.wijk_id, dim)) ?? { basis: 0, sessions: 0 };
    const net = { dimension: dim, group: `${r.g}|${r.h}`, basis: b.basis, sessions: b.sessions };
    out.push(figure(base, 'mixing', r.mixing, net), figure(base, 'mixing_expected', r.mixing_expected, net));
  }
  return out;
}

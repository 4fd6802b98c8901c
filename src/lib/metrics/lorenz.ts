/**
 * The Lorenz curve of concentration (METRICS.md R7 extended): with a_i the participations
 * of participant i in P, sorted ascending, the share of all participations held by the
 * bottom 10%, 20%, ..., 100% of participants. Same scope and perspective as R7
 * (src/lib/metrics/reach.ts): residents of the wijk (and of the city, wijk_id ''), their
 * participations of the provider filter in P wherever the activity is, one per session.
 *
 * Metric `lorenz_share`, dimension '', group '10', '20', ..., '100' (percent of participants).
 *
 * Interpolation when N is not a multiple of 10: the curve is the piecewise-linear one through
 * the points (i/N, C_i/S), i = 0..N, where C_i is the sum of the i smallest a and S the sum of
 * all. At p = d/10 with x = p*N = i + f (i whole, 0 <= f < 1):
 *   L(p) = (C_i + f * a_(i+1)) / S,
 * i.e. the next participant counts for the fraction f of them that falls below p. This is the
 * curve whose area gives the Gini of R7 (G = 1 - 2 * area), exact at every decile when N is a
 * multiple of 10, and independent of how ties are ordered.
 *
 * Disclosure: a decile describes the participations of a tenth of the participants, so the
 * figure rests on floor(N/10) persons: basis = floor(N/10), suppressed below k (N < 10k);
 * N = 0 gives no curve (not available).
 */
import type { Engine } from '../engine/types';
import { HOME_UNITS, checkScope, figure, num, periodPredicate, providerPredicate, unitsSql } from './sql';
import type { RawFigure, Scope } from './types';

export const LORENZ_METRIC = 'lorenz_share';
/** Groups of the Lorenz figures: percent of participants, bottom first. */
export const LORENZ_DECILES = ['10', '20', '30', '40', '50', '60', '70', '80', '90', '100'];

export async function lorenzFigures(engine: Engine, scope: Scope): Promise<RawFigure[]> {
  checkScope(scope);
  const provider = scope.provider;
  const rows = await engine.query(`
    WITH part AS (
      SELECT DISTINCT participant_id, activity_id, date
      FROM sessions
      WHERE ${periodPredicate(scope.from, scope.to)} AND ${providerPredicate(scope.provider)}
    ),
    person AS (SELECT participant_id, count(*)::DOUBLE AS a FROM part GROUP BY participant_id),
    home AS ${HOME_UNITS},
    units AS ${unitsSql('resident', scope)},
    ranked AS (
      SELECT h.city, h.wijk_id, p.a,
             row_number() OVER (PARTITION BY h.city, h.wijk_id ORDER BY p.a, p.participant_id) AS r,
             count(*) OVER (PARTITION BY h.city, h.wijk_id) AS n,
             sum(p.a) OVER (PARTITION BY h.city, h.wijk_id) AS s
      FROM person p JOIN home h USING (participant_id)
    ),
    deciles AS (SELECT unnest(range(1, 11)) AS d),
    curve AS (
      -- x = d*N/10 = i + f with i = (d*N) // 10 and f = ((d*N) % 10) / 10, in integers
      SELECT q.city, q.wijk_id, k.d, any_value(q.n) AS n,
             sum(CASE WHEN q.r <= (k.d * q.n) // 10 THEN q.a
                      WHEN q.r = (k.d * q.n) // 10 + 1 THEN q.a * ((k.d * q.n) % 10) / 10.0
                      ELSE 0 END) / any_value(q.s) AS share
      FROM ranked q CROSS JOIN deciles k
      GROUP BY q.city, q.wijk_id, k.d
    )
    SELECT u.city, u.wijk_id, k.d, coalesce(c.n, 0) AS n, c.share
    FROM units u CROSS JOIN deciles k
    LEFT JOIN curve c ON c.city = u.city AND c.wijk_id = u.wijk_id AND c.d = k.d
    ORDER BY u.city, u.wijk_id, k.d`);

  return rows.map((r) => {
    const n = num(r.n) ?? 0;
    return figure({ city: String(r.city), wijk_id: String(r.wijk_id), provider }, LORENZ_METRIC, n > 0 ? r.share : null, {
      group: String(Number(r.d) * 10),
      basis: Math.floor(n / 10)
    });
  });
}

/**
 * Signals, METRICS.md G1-G2: signals raised in P about the unit's wijk (the
 * city-wide row: about any wijk of the city). Signals are not persons: not
 * subject to k (basis null). The table is optional: without any signal in the
 * data set no signal rows exist. The provider filter does not apply (the
 * source is a breakdown of its own): rows carry provider 'all'.
 */
import type { Engine } from '../engine/types';
import { UNKNOWN_GROUP, checkScope, figure, num, periodPredicate, quoteLiteral, unitsSql } from './sql';
import type { RawFigure, Scope } from './types';

export async function signalFigures(engine: Engine, scope: Scope): Promise<RawFigure[]> {
  checkScope(scope);
  const provider = 'all' as const;
  const [any] = await engine.query<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM signals`);
  if (!any || !num(any.n)) return [];
  const cte = `
    s AS (
      SELECT w.city, s.wijk_id, s.source, coalesce(NULLIF(s.theme, ''), ${quoteLiteral(UNKNOWN_GROUP)}) AS theme,
             date_diff('day', s.date_raised, s.date_answered) AS days
      FROM signals s JOIN wijken w USING (wijk_id)
      WHERE ${periodPredicate(scope.from, scope.to, 's.date_raised')}
    ),
    su AS (
      SELECT city, wijk_id, source, theme, days FROM s
      UNION ALL
      SELECT city, '' AS wijk_id, source, theme, days FROM s
    ),
    units AS ${unitsSql('location', scope)}`;
  const rows = await engine.query(`
    WITH ${cte},
    agg AS (
      SELECT city, wijk_id, count(*)::DOUBLE AS n,
             count(*) FILTER (WHERE days <= 30)::DOUBLE AS within30,
             count(*) FILTER (WHERE days IS NULL)::DOUBLE AS open,
             quantile_cont(days, 0.5) AS median_days
      FROM su GROUP BY city, wijk_id
    )
    SELECT u.city, u.wijk_id, coalesce(a.n, 0) AS signals,
           a.within30 / NULLIF(a.n, 0) AS signals_answered_30d,
           a.median_days AS signal_median_days,
           a.open / NULLIF(a.n, 0) AS signals_open_share
    FROM units u LEFT JOIN agg a USING (city, wijk_id)
    ORDER BY u.city, u.wijk_id`);
  const groups = await engine.query(`
    WITH ${cte}
    SELECT su.city, su.wijk_id, 'theme' AS dim, theme AS grp, count(*)::DOUBLE AS n
    FROM su JOIN units USING (city, wijk_id) GROUP BY ALL
    UNION ALL
    SELECT su.city, su.wijk_id, 'source' AS dim, source AS grp, count(*)::DOUBLE AS n
    FROM su JOIN units USING (city, wijk_id) GROUP BY ALL
    ORDER BY 1, 2, 3, 4`);
  const out: RawFigure[] = [];
  for (const r of rows) {
    const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
    out.push(
      figure(base, 'signals', r.signals),
      figure(base, 'signals_answered_30d', r.signals_answered_30d),
      figure(base, 'signal_median_days', r.signal_median_days),
      figure(base, 'signals_open_share', r.signals_open_share)
    );
  }
  for (const r of groups) {
    const base = { city: String(r.city), wijk_id: String(r.wijk_id), provider };
    out.push(figure(base, 'signals', r.n, { dimension: String(r.dim), group: String(r.grp) }));
  }
  return out;
}

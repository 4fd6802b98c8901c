/**
 * Signals, METRICS.md G1-G2: signals raised in P about the unit's wijk (the city-wide row:
 * about any wijk of the city). Signals are not persons: not perturbed, not subject to k.
 * The table is optional: without any signal in the data set no signal rows exist. The
 * provider filter does not apply (the source is a breakdown of its own): rows carry
 * provider 'all' and belong in every provider's scope.
 */
import { monthOf } from './periods';
import { div, emitFigures, LOCATION_UNITS, UNKNOWN_GROUP, type FigureContext } from './sql';

export async function signalFigures(ctx: FigureContext): Promise<void> {
  if (!ctx.hasSignals) return;
  const { engine } = ctx;
  await engine.exec(`
    DROP TABLE IF EXISTS ww_sig;
    CREATE TEMP TABLE ww_sig AS
    WITH s AS (
      SELECT per.period_id, w.city, s.wijk_id, s.source, coalesce(NULLIF(s.theme, ''), '${UNKNOWN_GROUP}') AS theme,
             date_diff('day', s.date_raised, s.date_answered) AS days
      FROM signals s JOIN wijken w USING (wijk_id)
      JOIN ww_periods per ON ${monthOf('s.date_raised')} BETWEEN per.from_m AND per.to_m
      WHERE per.emit
    )
    SELECT * FROM s UNION ALL SELECT period_id, city, '', source, theme, days FROM s`);
  await engine.exec(`
    DROP TABLE IF EXISTS ww_sig_x;
    CREATE TEMP TABLE ww_sig_x AS
    WITH a AS (
      SELECT period_id, city, wijk_id, count(*) AS n,
             count(*) FILTER (WHERE days <= 30) AS within30,
             count(*) FILTER (WHERE days IS NULL) AS open,
             quantile_cont(days, 0.5) AS median_days
      FROM ww_sig GROUP BY ALL
    )
    SELECT per.period_id, NULL::VARCHAR AS scope_prov, 'all' AS provider, u.city, u.wijk_id,
           coalesce(a.n, 0) AS n, a.within30, a.open, a.median_days
    FROM ww_periods per CROSS JOIN ${LOCATION_UNITS} u
    LEFT JOIN a ON a.period_id = per.period_id AND a.city = u.city AND a.wijk_id = u.wijk_id
    WHERE per.emit`);
  await emitFigures(ctx, 'ww_sig_x', [
    { metric: 'signals', kind: 'public', value: 'n' },
    { metric: 'signals_answered_30d', kind: 'public', value: div('within30', 'n') },
    { metric: 'signal_median_days', kind: 'public', value: 'median_days' },
    { metric: 'signals_open_share', kind: 'public', value: div('open', 'n') }
  ]);
  await emitFigures(
    ctx,
    `(SELECT period_id, NULL::VARCHAR AS scope_prov, 'all' AS provider, city, wijk_id, 'theme' AS dim, theme AS grp, count(*) AS n FROM ww_sig GROUP BY ALL
      UNION ALL
      SELECT period_id, NULL, 'all', city, wijk_id, 'source', source, count(*) FROM ww_sig GROUP BY ALL)`,
    [{ metric: 'signals', kind: 'public', value: 'n', dimension: 'dim', group: 'grp' }]
  );
}

/**
 * Which activities bond and which bridge, METRICS.md B9: the formulas of B1-B5 over the
 * sessions of one activity in P, per network dimension, plus its distinct participants.
 * Rows carry the activity in `group`, its wijk in wijk_id and its provider type in
 * `provider`; they belong in every provider's scope (a page filters by the row's provider).
 * Shown for an activity with at least k persons (perturbed) of a known group and 3 sessions
 * used in P; the activity's name comes from the activities table, never a participant.
 */
import { dimName } from './network';
import { div, emitFigures, perturbed, type FigureContext } from './sql';

/**
 * What B9 reads, built once per computation: wb_act_g, B1-B5's sums per activity, month,
 * dimension and group (the sessions' group counts add up over months; groups stay codes of
 * wb_gcode, B9 only sums over them); wb_act_pm, each activity's persons per month (and whether
 * at a session used); wb_act_s, each activity's sessions used per month. Every batch of
 * periods joins these instead of grouping the sessions again.
 */
export async function createActivityBase(ctx: FigureContext): Promise<void> {
  await ctx.engine.exec(`
    DROP TABLE IF EXISTS wb_act_g; DROP TABLE IF EXISTS wb_act_pm; DROP TABLE IF EXISTS wb_act_s;
    CREATE TEMP TABLE wb_act_g AS
    SELECT s.aid, s.m, g.di, g.gc,
           sum(g.n_sg) AS m_g, sum(g.n_sg * (g.n_s - 1)) AS a_num, sum(g.n_sg * (g.n_sg - 1)) AS e_gg
    FROM wb_sg g JOIN wb_sess s USING (sno)
    GROUP BY ALL;
    CREATE TEMP TABLE wb_act_pm AS
    SELECT a.pno, a.aid, a.m, bool_or(s.used) AS used FROM wb_att a JOIN wb_sess s USING (sno) GROUP BY ALL;
    CREATE TEMP TABLE wb_act_s AS
    SELECT aid, m, any_value(ptype) AS ptype, any_value(acity) AS city, any_value(awijk) AS wijk_id,
           count(*) FILTER (WHERE used) AS used
    FROM wb_sess GROUP BY aid, m`);
}

export async function activityFigures(ctx: FigureContext): Promise<void> {
  const { engine, netDims } = ctx;
  // B1-B5 sums per activity and period, from the monthly sums of the base.
  await engine.exec(`
    DROP TABLE IF EXISTS ww_act_d;
    CREATE TEMP TABLE ww_act_d AS
    WITH g AS (
      SELECT pmo.period_id, g.aid, g.di, g.gc, sum(g.m_g) AS m_g, sum(g.a_num) AS a_num, sum(g.e_gg) AS e_gg
      FROM wb_act_g g JOIN ww_period_months pmo USING (m) JOIN ww_periods per USING (period_id)
      WHERE per.emit
      GROUP BY ALL
    )
    SELECT period_id, aid, di, t, i, m, same_num
    FROM (SELECT period_id, aid, di, sum(a_num) / 2 AS t, sum(e_gg) / 2 AS i, sum(m_g) AS m, sum(m_g * (m_g - 1)) AS same_num
          FROM g GROUP BY ALL)`);
  // The persons of each activity in P: all of them, and those of a known group at the sessions used.
  const perDim = netDims
    .map((d) => `count(*) FILTER (WHERE x.used AND p.g_${d.col} IS NOT NULL) AS k_${d.col}, coalesce(sum(p.rk) FILTER (WHERE x.used AND p.g_${d.col} IS NOT NULL), 0) AS sk_${d.col}`)
    .join(',\n           ');
  await engine.exec(`
    DROP TABLE IF EXISTS ww_act_p;
    CREATE TEMP TABLE ww_act_p AS
    WITH x AS (
      SELECT pmo.period_id, am.aid, am.pno, bool_or(am.used) AS used
      FROM wb_act_pm am JOIN ww_period_months pmo USING (m) JOIN ww_periods per USING (period_id)
      WHERE per.emit GROUP BY ALL
    )
    SELECT x.period_id, x.aid, count(*) AS n, sum(p.rk) AS s,
           ${perDim}
    FROM x JOIN wb_pcode p USING (pno)
    GROUP BY ALL`);
  await engine.exec(`
    DROP TABLE IF EXISTS ww_act_x;
    CREATE TEMP TABLE ww_act_x AS
    WITH sess AS (
      SELECT pmo.period_id, s.aid, any_value(s.ptype) AS ptype, any_value(s.city) AS city, any_value(s.wijk_id) AS wijk_id,
             sum(s.used) AS used
      -- sessions counted per activity and month once (wb_act_s): a rolling year would read each twelve times
      FROM wb_act_s s JOIN ww_period_months pmo USING (m) JOIN ww_periods per USING (period_id)
      WHERE per.emit GROUP BY ALL
    )
    SELECT s.period_id, NULL::VARCHAR AS scope_prov, s.ptype AS provider, s.city, s.wijk_id, s.aid, s.used,
           ${perturbed('p.n', 'p.s')} AS n1, ${dimName(ctx, 'dd.di')} AS dim,
           ${perturbed(`CASE dd.di ${netDims.map((d, i) => `WHEN ${i} THEN p.k_${d.col}`).join(' ')} END`, `CASE dd.di ${netDims.map((d, i) => `WHEN ${i} THEN p.sk_${d.col}`).join(' ')} END`)} AS k1,
           coalesce(d.t, 0) AS t, coalesce(d.i, 0) AS i, d.m, d.same_num
    -- K of each dimension from the activity's own row: only B1-B5's sums are joined per dimension
    FROM sess s JOIN ww_act_p p USING (period_id, aid)
    CROSS JOIN (SELECT unnest(range(${netDims.length}))::INTEGER AS di) dd
    LEFT JOIN ww_act_d d ON d.period_id = s.period_id AND d.aid = s.aid AND d.di = dd.di`);
  await emitFigures(
    ctx,
    '(SELECT DISTINCT period_id, scope_prov, provider, city, wijk_id, aid, n1 FROM ww_act_x)',
    [{ metric: 'activity_participants', kind: 'count', value: 'n1', group: 'aid' }]
  );
  const net = { kind: 'network' as const, basis: 'k1', sessions: 'used', dimension: 'dim', group: 'aid' };
  const bridging = div('t - i', 't');
  const expected = div('m * (m - 1) - same_num', 'm * (m - 1)');
  await emitFigures(ctx, 'ww_act_x', [
    { ...net, metric: 'activity_pairs', value: 't' },
    { ...net, metric: 'activity_bridging_share', value: bridging },
    { ...net, metric: 'activity_expected_bridging_share', value: expected },
    { ...net, metric: 'activity_mixing_ratio', value: `${bridging} / NULLIF(${expected}, 0)` }
  ]);
}

/**
 * Overlap between buurtwerk and area-based work, METRICS.md O1-O6. Residents perspective
 * for O1-O5: participations in activities "wherever in the city" (the resident's own city;
 * an activity in another city does not count, also not for the gateway history); O6 is
 * about GGW sessions located in the unit. The provider filter does not apply (the family
 * compares the two provider types): rows carry provider 'all' and belong in every scope.
 *
 * O4's history "up to the end of P" is each person's first buurtwerk and first GGW day over
 * the whole history (wb_gate): whoever is in both in P had both firsts by the end of P.
 */
import {
  createPerDimension,
  createRollup,
  emitFigures,
  least,
  perturbed,
  RESIDENT_UNITS,
  share,
  type FigureContext
} from './sql';

const SETS = {
  bw: 'in_bw',
  ggw: 'in_ggw',
  in_both: 'in_bw AND in_ggw',
  bw_only: 'in_bw AND NOT in_ggw',
  ggw_only: 'in_ggw AND NOT in_bw',
  uni: 'TRUE',
  bwf: 'in_bw AND in_ggw AND gap > 0',
  ggwf: 'in_bw AND in_ggw AND gap < 0',
  same: 'in_bw AND in_ggw AND gap = 0'
};

export async function overlapFigures(ctx: FigureContext): Promise<void> {
  const { engine } = ctx;
  const names = Object.keys(SETS);
  await engine.exec(`
    DROP TABLE IF EXISTS ww_ov;
    CREATE TEMP TABLE ww_ov AS
    SELECT pmo.period_id, a.pno, bool_or(a.ptype = 'buurtwerk') AS in_bw, bool_or(a.ptype = 'ggw') AS in_ggw
    FROM (SELECT DISTINCT a.pno, a.m, a.ptype FROM wb_att a JOIN wb_person p USING (pno) WHERE a.acity = p.home_city) a
    JOIN ww_period_months pmo USING (m) JOIN ww_periods per USING (period_id)
    WHERE per.emit
    GROUP BY ALL`);
  await engine.exec(`
    DROP TABLE IF EXISTS ww_ov_u;
    CREATE TEMP TABLE ww_ov_u AS
    WITH w AS (
      SELECT o.period_id, p.home_city AS city, p.home_wijk AS wijk_id,
             ${Object.entries(SETS)
               .map(([n, w]) => `count(*) FILTER (WHERE ${w}) AS ${n}, coalesce(sum(p.rk) FILTER (WHERE ${w}), 0) AS s_${n}`)
               .join(',\n             ')}
      FROM ww_ov o JOIN wb_person p USING (pno) LEFT JOIN wb_gate g USING (pno)
      GROUP BY ALL
    )
    SELECT * FROM w
    UNION ALL SELECT period_id, city, '', ${names.map((n) => `sum(${n}), sum(s_${n})`).join(', ')} FROM w GROUP BY ALL`);
  // O6: GGW sessions in the unit per partner organisation; sessions add up over months and wijken.
  await createRollup(
    { ...ctx, providers: ['ggw'] },
    'ww_hhi_u',
    `(SELECT s.m, s.ptype, s.acity AS city, s.awijk AS wijk_id, a.partner_organisation AS partner
      FROM wb_sess s JOIN activities a ON a.activity_id = s.aid
      WHERE s.ptype = 'ggw' AND NULLIF(a.partner_organisation, '') IS NOT NULL)`,
    ['partner'],
    [['n', 'count(*)']]
  );
  await engine.exec(`
    DROP TABLE IF EXISTS ww_ov_x;
    CREATE TEMP TABLE ww_ov_x AS
    WITH med AS (
      SELECT o.period_id, p.home_city AS city, unnest([p.home_wijk, '']) AS wijk_id, abs(g.gap) AS gap
      FROM ww_ov o JOIN wb_person p USING (pno) JOIN wb_gate g USING (pno)
      WHERE o.in_bw AND o.in_ggw
    ),
    med_u AS (SELECT period_id, city, wijk_id, quantile_cont(gap, 0.5) AS median_days FROM med GROUP BY ALL),
    hhi AS (SELECT period_id, city, wijk_id, sum(n * n) / (sum(n) * sum(n)) AS hhi FROM ww_hhi_u GROUP BY ALL)
    SELECT per.period_id, NULL::VARCHAR AS scope_prov, 'all' AS provider, u.city, u.wijk_id,
           ${names.map((n) => `${perturbed(`coalesce(o.${n}, 0)`, `coalesce(o.s_${n}, 0)`)} AS ${n}1`).join(', ')},
           m.median_days, h.hhi
    FROM ww_periods per CROSS JOIN ${RESIDENT_UNITS} u
    LEFT JOIN ww_ov_u o ON o.period_id = per.period_id AND o.city = u.city AND o.wijk_id = u.wijk_id
    LEFT JOIN med_u m ON m.period_id = per.period_id AND m.city = u.city AND m.wijk_id = u.wijk_id
    LEFT JOIN hhi h ON h.period_id = per.period_id AND h.city = u.city AND h.wijk_id = u.wijk_id
    WHERE per.emit`);
  await emitFigures(ctx, 'ww_ov_x', [
    { metric: 'bw', kind: 'count', value: 'bw1' },
    { metric: 'ggw', kind: 'count', value: 'ggw1' },
    { metric: 'both', kind: 'count', value: 'in_both1' },
    { metric: 'bw_only', kind: 'count', value: 'bw_only1' },
    { metric: 'ggw_only', kind: 'count', value: 'ggw_only1' },
    // Each count in a formula is the perturbed count of its own set (the union is one too).
    { metric: 'jaccard', kind: 'share', value: share('in_both1', 'uni1'), basis: least('in_both1', 'uni1') },
    { metric: 'ggw_via_bw', kind: 'share', value: share('in_both1', 'ggw1'), basis: least('in_both1', 'ggw1') },
    { metric: 'gateway_bw_first', kind: 'share', value: share('bwf1', 'in_both1'), basis: least('bwf1', 'in_both1') },
    { metric: 'gateway_ggw_first', kind: 'share', value: share('ggwf1', 'in_both1'), basis: least('ggwf1', 'in_both1') },
    { metric: 'gateway_same_day', kind: 'share', value: share('same1', 'in_both1'), basis: least('same1', 'in_both1') },
    { metric: 'gateway_median_days', kind: 'share', value: 'median_days', basis: 'in_both1' },
    // Sessions and partner organisations are not persons.
    { metric: 'partner_hhi', kind: 'public', value: 'hhi' }
  ]);

  // O5: O3 per known group of each dimension, over every group (no row tells a group is there).
  if (!ctx.dims.length) return;
  await createPerDimension(
    engine,
    'ww_ov_w',
    ctx.dims,
    'ww_ov o JOIN wb_person p USING (pno)',
    [['period_id', 'o.period_id'], ['city', 'p.home_city'], ['wijk_id', 'p.home_wijk']],
    [
      ['ggw', 'count(*) FILTER (WHERE o.in_ggw)'],
      ['s_ggw', 'coalesce(sum(p.rk) FILTER (WHERE o.in_ggw), 0)'],
      ['n_both', 'count(*) FILTER (WHERE o.in_ggw AND o.in_bw)'],
      ['s_both', 'coalesce(sum(p.rk) FILTER (WHERE o.in_ggw AND o.in_bw), 0)']
    ]
  );
  await engine.exec(`
    DROP TABLE IF EXISTS ww_ovg_x;
    CREATE TEMP TABLE ww_ovg_x AS
    WITH u AS (
      SELECT * FROM ww_ov_w WHERE grp IS NOT NULL
      UNION ALL SELECT period_id, city, '', dim, grp, sum(ggw), sum(s_ggw), sum(n_both), sum(s_both) FROM ww_ov_w WHERE grp IS NOT NULL GROUP BY ALL
    )
    SELECT per.period_id, NULL::VARCHAR AS scope_prov, 'all' AS provider, r.city, r.wijk_id, gr.dim, gr.grp,
           ${perturbed('coalesce(u.ggw, 0)', 'coalesce(u.s_ggw, 0)')} AS ggw1,
           ${perturbed('coalesce(u.n_both, 0)', 'coalesce(u.s_both, 0)')} AS both1
    FROM ww_periods per CROSS JOIN ${RESIDENT_UNITS} r CROSS JOIN wb_pgroups gr
    LEFT JOIN u ON u.period_id = per.period_id AND u.city = r.city AND u.wijk_id = r.wijk_id AND u.dim = gr.dim AND u.grp = gr.grp
    WHERE per.emit`);
  await emitFigures(ctx, 'ww_ovg_x', [
    { metric: 'ggw_via_bw', kind: 'share', value: share('both1', 'ggw1'), basis: least('both1', 'ggw1'), dimension: 'dim', group: 'grp' }
  ]);
}

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
import { dimName } from './network';
import {
  createRollup,
  emitFigures,
  FIRST_MONTHS_IN_PERIODS,
  least,
  perturbed,
  RESIDENT_UNITS,
  share,
  type FigureContext
} from './sql';

/**
 * What the family reads, built once per computation: wb_ov_m, the persons per home wijk, kind
 * (0 buurtwerk, 1 GGW, 2 either; in their own city), month and previous month of that kind
 * (-1: none). A person counts in a period at their first month of the kind in it
 * (FIRST_MONTHS_IN_PERIODS in sql.ts). Counted per gateway gap in days (what -1: its sign
 * gives O4's shares, the gaps themselves O4's median) and per known group of each dimension
 * (what i, O5).
 * Persons in both = in buurtwerk + in GGW - in either, in every one of these cells.
 */
export async function createOverlapBase(ctx: FigureContext): Promise<void> {
  const { engine, dims } = ctx;
  // Counted on the persons' codes (wb_pcode), one plain GROUP BY per set; the text joins back on the counts.
  await engine.exec(`
    DROP TABLE IF EXISTS wb_ov_m;
    CREATE TEMP TABLE wb_ov_m AS
    WITH pm AS (
      SELECT DISTINCT a.pno, a.m, a.ptype FROM wb_att a JOIN wb_person p USING (pno)
      WHERE a.acity = p.home_city AND a.ptype IN ('buurtwerk', 'ggw')
    ),
    k AS (
      SELECT pno, m, CASE WHEN ptype = 'buurtwerk' THEN 0 ELSE 1 END AS kind FROM pm
      UNION ALL SELECT DISTINCT pno, m, 2 FROM pm
    ),
    w AS MATERIALIZED (
      SELECT k.kind, k.m, lag(k.m, 1, -1) OVER (PARTITION BY k.pno, k.kind ORDER BY k.m) AS pv,
             p.hc, p.rk, g.gap${dims.map((d) => `, p.g_${d.col}`).join('')}
      FROM k JOIN wb_pcode p USING (pno) LEFT JOIN wb_gate g USING (pno)
    ),
    c AS (
      SELECT hc, kind, m, pv, -1 AS what, gap AS gv, NULL::INTEGER AS gc, count(*) AS n, sum(rk) AS s FROM w GROUP BY ALL
      -- O5 is over the known groups
      ${dims.map((d, i) => `UNION ALL SELECT hc, kind, m, pv, ${i}, NULL, g_${d.col}, count(*), sum(rk) FROM w WHERE g_${d.col} IS NOT NULL GROUP BY ALL`).join('\n      ')}
    )
    SELECT h.city, h.wijk_id, c.kind, c.m, c.pv, c.what, c.gv, g.grp, c.n, c.s
    FROM c JOIN wb_home h USING (hc) LEFT JOIN wb_gcode g ON g.di = c.what AND g.gc = c.gc`);
}

/** O1-O3 and O4's shares: [name, persons] with bw, ggw and uni the persons in buurtwerk, in GGW and in either. */
const SETS: Array<[string, string]> = [
  ['bw', 'bw'],
  ['ggw', 'ggw'],
  ['in_both', 'bw + ggw - uni'],
  ['bw_only', 'uni - ggw'],
  ['ggw_only', 'uni - bw'],
  ['uni', 'uni'],
  ['bwf', 'CASE WHEN gv > 0 THEN bw + ggw - uni ELSE 0 END'],
  ['ggwf', 'CASE WHEN gv < 0 THEN bw + ggw - uni ELSE 0 END'],
  ['same', 'CASE WHEN gv = 0 THEN bw + ggw - uni ELSE 0 END']
];

export async function overlapFigures(ctx: FigureContext): Promise<void> {
  const { engine } = ctx;
  const names = SETS.map(([n]) => n);
  const kinds = (col: 'n' | 's', pre: string) =>
    ['bw', 'ggw', 'uni'].map((k, i) => `coalesce(sum(c.${col}) FILTER (WHERE c.kind = ${i}), 0) AS ${pre}${k}`).join(', ');
  // Per emitted period, home wijk and cell: the persons in buurtwerk, in GGW and in either.
  await engine.exec(`
    DROP TABLE IF EXISTS ww_ov_n;
    CREATE TEMP TABLE ww_ov_n AS
    SELECT pmo.period_id, c.city, c.wijk_id, c.what, c.gv, c.grp, ${kinds('n', '')}, ${kinds('s', 's_')}
    FROM wb_ov_m c ${FIRST_MONTHS_IN_PERIODS}
    GROUP BY ALL`);
  await engine.exec(`
    DROP TABLE IF EXISTS ww_ov_u;
    CREATE TEMP TABLE ww_ov_u AS
    WITH w AS (
      SELECT period_id, city, wijk_id,
             ${SETS.map(([n, e]) => `sum(${e})::BIGINT AS ${n}, sum(${e.replace(/\b(bw|ggw|uni)\b/g, 's_$1')}) AS s_${n}`).join(',\n             ')}
      FROM ww_ov_n WHERE what = -1
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
    -- O4's median from the histogram of the gaps of the persons in both (as quantile_cont: the
    -- middle value, or halfway between the middle two)
    WITH hw AS (
      SELECT period_id, city, wijk_id, abs(gv) AS gap, sum(bw + ggw - uni) AS c FROM ww_ov_n WHERE what = -1 AND gv IS NOT NULL GROUP BY ALL
    ),
    h AS (
      SELECT * FROM hw WHERE c > 0 AND wijk_id IS NOT NULL
      UNION ALL SELECT period_id, city, '', gap, sum(c) FROM hw GROUP BY ALL HAVING sum(c) > 0
    ),
    cum AS (
      SELECT *, sum(c) OVER (PARTITION BY period_id, city, wijk_id ORDER BY gap) AS upto,
             sum(c) OVER (PARTITION BY period_id, city, wijk_id) AS n
      FROM h
    ),
    med_u AS (
      SELECT period_id, city, wijk_id,
             (min(gap) FILTER (WHERE upto > (n - 1) // 2) + min(gap) FILTER (WHERE upto > n // 2)) / 2.0 AS median_days
      FROM cum GROUP BY ALL
    ),
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
  await engine.exec(`
    DROP TABLE IF EXISTS ww_ov_w;
    CREATE TEMP TABLE ww_ov_w AS
    SELECT period_id, city, wijk_id, ${dimName(ctx, 'what')} AS dim, grp,
           ggw::BIGINT AS ggw, s_ggw, (bw + ggw - uni)::BIGINT AS n_both, s_bw + s_ggw - s_uni AS s_both
    FROM ww_ov_n WHERE what >= 0`);
  await engine.exec(`
    DROP TABLE IF EXISTS ww_ovg_x;
    CREATE TEMP TABLE ww_ovg_x AS
    WITH u AS (
      SELECT * FROM ww_ov_w
      UNION ALL SELECT period_id, city, '', dim, grp, sum(ggw), sum(s_ggw), sum(n_both), sum(s_both) FROM ww_ov_w GROUP BY ALL
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

/**
 * Bonding and bridging, METRICS.md B1-B8 and bridged_share_z (R12): location perspective
 * (activities located in the wijk, or in the city for the city-wide row), per dimension
 * (the participant dimensions plus the pseudo-dimension residence_wijk).
 *
 * Everything comes from per-session group counts n_sg: no participation is ever joined to
 * another participation, so the cost grows with participations. The sums that B1-B6 need
 * (M_g, a_g x 2T = sum_s n_sg (n_s - 1), e_gg x 2T = sum_s n_sg (n_sg - 1)) add up over
 * sessions, so they are summed per month and wijk once and then into every period. The
 * only join of counts with counts is the mixing matrix (B8), which pairs the groups met at
 * one session: at most cap x cap cells per session.
 *
 * The persons behind the figures (B7 and the thresholds) are distinct persons per period,
 * counted in ww_loc_u (which self-organisation, S1, reads too) from wb_lpm: one row per
 * person, location unit and month, with the person's previous month there. A person counts
 * in a period at their first month in it, so no table holds a person once per period: a
 * rolling year would hold each person-month twelve times.
 *
 * When T = 0 the shares, E-I, the mixing ratio and the assortativity do not exist; the
 * expected bridging share needs M >= 2; the mixing ratio an expected share above 0; the
 * assortativity sum_g a_g^2 < 1. The mixing matrix has cells only when T > 0, and only for
 * groups of at least k persons (perturbed) in the unit.
 */
import { quoteLiteral } from '../engine/sql';
import {
  createRollup,
  div,
  emitFigures,
  FIRST_MONTHS_IN_PERIODS,
  least,
  list,
  LOCATION_UNITS,
  perturbed,
  providerIn,
  scopeGrid,
  share,
  type Dim,
  zScore,
  type FigureContext
} from './sql';

/**
 * What the network families read, built once per computation: wb_sg (per used session,
 * dimension and known group: n_sg and n_s), wb_net_m and wb_mix_m (their sums per month and
 * wijk), and the persons per location unit, month and previous month (wb_unit, wb_loc_m,
 * wb_mixn_m: createLocationMonths).
 */
export async function createNetworkBase(ctx: FigureContext): Promise<void> {
  const { engine } = ctx;
  // Per used session and known group of each dimension: n_sg, and n_s (the session's known-group
  // participants of that dimension). Narrow on purpose (session number, dimension index, group
  // code of wb_gcode): in DuckDB-WASM each text column more on these 2 million rows costs about a
  // second. One plain GROUP BY per dimension over the joined rows: GROUPING SETS took twice as long.
  await engine.exec(`
    DROP TABLE IF EXISTS wb_sg;
    CREATE TEMP TABLE wb_sg AS
    WITH j AS MATERIALIZED (
      SELECT a.sno, ${ctx.netDims.map((d) => `p.g_${d.col}`).join(', ')}
      FROM wb_att a JOIN wb_sess s USING (sno) JOIN wb_pcode p USING (pno)
      WHERE s.used
    ),
    l AS (
      ${ctx.netDims.map((d, i) => `SELECT sno, ${i} AS di, g_${d.col} AS gc, count(*) AS n_sg FROM j WHERE g_${d.col} IS NOT NULL GROUP BY ALL`).join('\n      UNION ALL\n      ')}
    )
    SELECT l.sno, l.di, l.gc, l.n_sg::DOUBLE AS n_sg,
           CASE l.di ${ctx.netDims.map((d, i) => `WHEN ${i} THEN s.kn_${d.col}`).join(' ')} END::DOUBLE AS n_s
    FROM l JOIN wb_sess s USING (sno)`);
  await createLocationMonths(ctx);
  // B1-B6 sums per month and wijk, then per period, provider filter and unit; the groups' text
  // joins back on the sums.
  await engine.exec(`
    DROP TABLE IF EXISTS wb_net_m;
    CREATE TEMP TABLE wb_net_m AS
    SELECT c.m, c.ptype, c.city, c.wijk_id, ${dimName(ctx, 'c.di')} AS dim, g.grp, c.m_g, c.a_num, c.e_gg
    FROM (
      SELECT s.m, s.ptype, s.acity AS city, s.awijk AS wijk_id, x.di, x.gc,
             sum(x.n_sg) AS m_g, sum(x.n_sg * (x.n_s - 1)) AS a_num, sum(x.n_sg * (x.n_sg - 1)) AS e_gg
      FROM wb_sg x JOIN wb_sess s USING (sno)
      GROUP BY ALL) c
    JOIN wb_gcode g ON g.di = c.di AND g.gc = c.gc`);
  const dims = matrixDims(ctx);
  if (dims.length) {
    // The pairs of groups met at one session (at most cap x cap), summed per month and wijk.
    await engine.exec(`
      DROP TABLE IF EXISTS wb_mix_m;
      CREATE TEMP TABLE wb_mix_m AS
      WITH pairs AS (
        SELECT x.sno, x.di, x.gc AS g, y.gc AS h, x.n_sg * y.n_sg AS e
        FROM wb_sg x JOIN wb_sg y ON x.sno = y.sno AND x.di = y.di AND x.gc <> y.gc
        WHERE x.di < ${dims.length}
      ),
      c AS (
        SELECT s.m, s.ptype, s.acity AS city, s.awijk AS wijk_id, pairs.di, pairs.g, pairs.h, sum(pairs.e) AS e
        FROM pairs JOIN wb_sess s USING (sno)
        GROUP BY ALL
      )
      SELECT c.m, c.ptype, c.city, c.wijk_id, ${dimName(ctx, 'c.di')} AS dim, g.grp AS g, h.grp AS h, c.e
      FROM c JOIN wb_gcode g ON g.di = c.di AND g.gc = c.g JOIN wb_gcode h ON h.di = c.di AND h.gc = c.h`);
  }
}

/** The name of network dimension number `col` (wb_sg.di: its place in ctx.netDims). */
export const dimName = (ctx: FigureContext, col: string) =>
  `CASE ${col} ${ctx.netDims.map((d, i) => `WHEN ${i} THEN ${quoteLiteral(d.name)}`).join(' ')} END`;

/** The dimensions with a mixing matrix (B8): residence_wijk only when asked for. */
const matrixDims = (ctx: FigureContext) => (ctx.residenceMatrix ? ctx.netDims : ctx.dims);

/**
 * The distinct-person counts of the location perspective (ww_loc_u): all persons, the involved
 * (S1), and per network dimension the known-group persons at a used session (K) and the bridged
 * (B7). Each is a flag a person has in a month (null: present) and, for K and B7, a dimension
 * whose group must be known.
 */
function locationCounts(ctx: FigureContext): Array<{ n: string; s: string; flag: string | null; known: Dim | null }> {
  return [
    { n: 'n', s: 's', flag: null, known: null },
    { n: 'inv', s: 's_inv', flag: 'involved', known: null },
    ...ctx.netDims.map((d) => ({ n: `k_${d.col}`, s: `sk_${d.col}`, flag: 'used', known: d })),
    ...ctx.netDims.map((d) => ({ n: `b_${d.col}`, s: `sb_${d.col}`, flag: `br_${d.col}`, known: d }))
  ];
}

/**
 * Distinct persons per period without a table that holds a person once per period (a rolling
 * year would hold each person-month twelve times). A person counts in a period at their first
 * month in it: the month whose previous month (for that person, unit and flag) lies before the
 * period. So per location unit, month and previous month the persons are counted once per
 * computation (wb_loc_m, wb_mixn_m), and a period sums the rows of its months whose previous
 * month lies before it. Location units are numbered (wb_unit): the wijk and its city (wijk_id
 * ''), per provider type and for 'all'.
 */
async function createLocationMonths(ctx: FigureContext): Promise<void> {
  const { engine } = ctx;
  const flags = ['involved', 'used', ...ctx.netDims.map((d) => `br_${d.col}`)];
  const all = ctx.providers.includes('all');
  await engine.exec(`
    DROP TABLE IF EXISTS wb_unit; DROP TABLE IF EXISTS wb_lp; DROP TABLE IF EXISTS wb_lpm; DROP TABLE IF EXISTS wb_loc_m; DROP TABLE IF EXISTS wb_mixn_m;
    CREATE TEMP TABLE wb_unit AS
    SELECT (row_number() OVER ())::INTEGER AS uid, * FROM (
      SELECT DISTINCT ptype AS prov, acity AS city, awijk AS wijk_id FROM wb_sess WHERE awijk IS NOT NULL
      UNION SELECT DISTINCT ptype, acity, '' FROM wb_sess
      ${all ? "UNION SELECT DISTINCT 'all', acity, awijk FROM wb_sess WHERE awijk IS NOT NULL UNION SELECT DISTINCT 'all', acity, '' FROM wb_sess" : ''}
    ) WHERE city IS NOT NULL AND ${providerIn(ctx)}`);
  await engine.exec(`
    CREATE TEMP TABLE wb_lp AS
    SELECT a.pno, a.m, a.ptype, a.acity AS city, a.awijk AS wijk_id,
           bool_or(a.involved) AS involved, bool_or(s.used) AS used
           -- bridged: at a used session where another known group of the dimension was present
           ${ctx.netDims.map((d) => `, bool_or(s.used AND s.mixed_${d.col}) AS br_${d.col}`).join('')}
    FROM wb_att a JOIN wb_sess s USING (sno)
    GROUP BY ALL`);
  const counts = locationCounts(ctx);
  const dims = matrixDims(ctx);
  // One level of units at a time (wijk or city, a provider type or 'all'): the person x unit x
  // month rows of all four at once held about a gigabyte more at 5M participations.
  const levels = [false, true].flatMap((toAll) => [false, true].map((toCity) => ({ toAll, toCity }))).filter((l) => all || !l.toAll);
  for (const [n, level] of levels.entries()) {
    const into = (table: string) => (n === 0 ? `CREATE TEMP TABLE ${table} AS` : `INSERT INTO ${table}`);
    // Per person, unit and month: the flags, each flag's previous month (-1: none; lag over the
    // months with the flag) and what the counts need of the person (record key, known groups).
    await engine.exec(`
      CREATE TEMP TABLE wb_lpm AS
      WITH umap AS (
        SELECT b.ptype, b.city, b.wijk_id, u.uid
        FROM (SELECT DISTINCT ptype, city, wijk_id FROM wb_lp) b
        JOIN wb_unit u ON u.city = b.city AND u.prov = ${level.toAll ? "'all'" : 'b.ptype'} AND u.wijk_id = ${level.toCity ? "''" : 'b.wijk_id'}
      ),
      lu AS (
        SELECT lp.pno, um.uid, lp.m, ${flags.map((f) => `bool_or(lp.${f}) AS ${f}`).join(', ')}
        FROM wb_lp lp JOIN umap um ON um.ptype = lp.ptype AND um.city = lp.city AND um.wijk_id IS NOT DISTINCT FROM lp.wijk_id
        GROUP BY ALL
      )
      -- the person's columns joined after the window, so its sort carries narrow rows; codes, not
      -- text (wb_pcode): joining the groups' text to these rows cost twice as much
      SELECT l.*, p.rk, ${ctx.netDims.map((d) => `p.g_${d.col}`).join(', ')}
      FROM (
        SELECT lu.*, lag(lu.m, 1, -1) OVER w AS prev,
               ${flags.map((f) => `coalesce(lag(CASE WHEN lu.${f} THEN lu.m END IGNORE NULLS) OVER w, -1) AS prev_${f}`).join(',\n               ')}
        FROM lu
        WINDOW w AS (PARTITION BY lu.pno, lu.uid ORDER BY lu.m)
      ) l JOIN wb_pcode p USING (pno)`);
    await engine.exec(`
      ${into('wb_loc_m')}
      ${counts
        .map(
          (c, i) => `SELECT uid, m, prev${c.flag ? `_${c.flag}` : ''} AS pv, ${i} AS what, count(*) AS n, sum(rk) AS s
      FROM wb_lpm WHERE ${[c.flag ?? 'TRUE', c.known ? `g_${c.known.col} IS NOT NULL` : 'TRUE'].join(' AND ')} GROUP BY ALL`
        )
        .join('\n      UNION ALL\n      ')}`);
    // B8's groups: the persons at a used session per known group of each matrix dimension.
    if (dims.length) {
      await engine.exec(`
        ${into('wb_mixn_m')}
        WITH c AS (
          ${dims.map((d, i) => `SELECT uid, m, prev_used AS pv, ${i} AS di, g_${d.col} AS gc, count(*) AS n, sum(rk) AS s FROM wb_lpm WHERE used AND g_${d.col} IS NOT NULL GROUP BY ALL`).join('\n          UNION ALL\n          ')}
        )
        SELECT c.uid, c.m, c.pv, c.di, g.grp, c.n, c.s FROM c JOIN wb_gcode g ON g.di = c.di AND g.gc = c.gc`);
    }
    await engine.exec('DROP TABLE wb_lpm');
  }
  await engine.exec('DROP TABLE wb_lp');
}

/** Distinct persons per period, provider filter and location unit, each count with its cell key: ww_loc_u. */
export async function createLocationPersons(ctx: FigureContext): Promise<void> {
  const counts = locationCounts(ctx);
  await ctx.engine.exec(`
    DROP TABLE IF EXISTS ww_loc_u;
    CREATE TEMP TABLE ww_loc_u AS
    SELECT pmo.period_id, u.prov, u.city, u.wijk_id,
           ${counts.map((x, i) => `coalesce(sum(c.n) FILTER (WHERE c.what = ${i}), 0)::BIGINT AS ${x.n}, coalesce(sum(c.s) FILTER (WHERE c.what = ${i}), 0) AS ${x.s}`).join(',\n           ')}
    FROM wb_loc_m c JOIN wb_unit u USING (uid) ${FIRST_MONTHS_IN_PERIODS}
    GROUP BY ALL`);
}

export async function networkFigures(ctx: FigureContext): Promise<void> {
  const { engine, netDims } = ctx;
  // B1-B6 sums per period, provider filter and unit, from the monthly sums of the base.
  await createRollup(ctx, 'ww_net_g', 'wb_net_m', ['dim', 'grp'], [
    ['m_g', 'sum(m_g)'],
    ['a_num', 'sum(a_num)'],
    ['e_gg', 'sum(e_gg)']
  ]);
  await createRollup(
    ctx,
    'ww_sess_u',
    '(SELECT m, ptype, acity AS city, awijk AS wijk_id, used FROM wb_sess)',
    [],
    [
      ['used', 'count(*) FILTER (WHERE used)'],
      ['excluded', 'count(*) FILTER (WHERE NOT used)']
    ]
  );
  // K (known-group persons at the sessions used) and B7's bridged persons, per dimension.
  await engine.exec(`
    DROP TABLE IF EXISTS ww_net_x;
    CREATE TEMP TABLE ww_net_x AS
    WITH kb AS (
      ${netDims
        .map((d) => `SELECT period_id, prov, city, wijk_id, ${quoteLiteral(d.name)} AS dim, k_${d.col} AS k, sk_${d.col} AS sk, b_${d.col} AS b, sb_${d.col} AS sb FROM ww_loc_u`)
        .join('\nUNION ALL\n')}
    ),
    d AS (
      SELECT period_id, prov, city, wijk_id, dim,
             sum(a_num) / 2 AS t, sum(e_gg) / 2 AS i, sum(m_g) AS m,
             sum(m_g * (m_g - 1)) AS same_num, sum(a_num * a_num) AS a2_num
      FROM ww_net_g GROUP BY ALL
    ),
    x AS (
      SELECT g.period_id, g.prov AS scope_prov, g.prov AS provider, u.city, u.wijk_id, dd.dim,
             coalesce(sc.used, 0) AS sessions_used, coalesce(sc.excluded, 0) AS sessions_excluded,
             ${perturbed('coalesce(kb.k, 0)', 'coalesce(kb.sk, 0)')} AS k1,
             ${perturbed('coalesce(kb.b, 0)', 'coalesce(kb.sb, 0)')} AS b1,
             coalesce(d.t, 0) AS t, coalesce(d.i, 0) AS i, d.m, d.same_num, d.a2_num
      FROM ${scopeGrid(ctx)} g CROSS JOIN ${LOCATION_UNITS} u CROSS JOIN (SELECT unnest(${list(netDims.map((x) => x.name))}) AS dim) dd
      LEFT JOIN ww_sess_u sc ON sc.period_id = g.period_id AND sc.prov = g.prov AND sc.city = u.city AND sc.wijk_id = u.wijk_id
      LEFT JOIN kb ON kb.period_id = g.period_id AND kb.prov = g.prov AND kb.city = u.city AND kb.wijk_id = u.wijk_id AND kb.dim = dd.dim
      LEFT JOIN d ON d.period_id = g.period_id AND d.prov = g.prov AND d.city = u.city AND d.wijk_id = u.wijk_id AND d.dim = dd.dim
    )
    SELECT x.*, c.k1 AS city_k1, c.b1 AS city_b1
    FROM x JOIN x c ON c.period_id = x.period_id AND c.scope_prov = x.scope_prov AND c.city = x.city AND c.wijk_id = '' AND c.dim = x.dim`);

  // Sessions are not persons: always shown, once per unit.
  await emitFigures(
    ctx,
    `(SELECT DISTINCT period_id, scope_prov, provider, city, wijk_id, sessions_used, sessions_excluded FROM ww_net_x)`,
    [
      { metric: 'sessions_used', kind: 'public', value: 'sessions_used' },
      { metric: 'sessions_excluded', kind: 'public', value: 'sessions_excluded' }
    ]
  );
  const net = { kind: 'network' as const, basis: 'k1', sessions: 'sessions_used', dimension: 'dim' };
  const bridging = div('t - i', 't');
  const expected = div('m * (m - 1) - same_num', 'm * (m - 1)');
  await emitFigures(ctx, 'ww_net_x', [
    { ...net, metric: 'pairs', value: 't' },
    { ...net, metric: 'pairs_within', value: 'i' },
    { ...net, metric: 'pairs_between', value: 't - i' },
    { ...net, metric: 'bridging_share', value: bridging },
    { ...net, metric: 'bonding_share', value: div('i', 't') },
    { ...net, metric: 'ei_index', value: div('t - 2 * i', 't') },
    { ...net, metric: 'expected_bridging_share', value: expected },
    { ...net, metric: 'mixing_ratio', value: `${bridging} / NULLIF(${expected}, 0)` },
    // r = (sum e_gg - sum a_g^2) / (1 - sum a_g^2), both sides multiplied by (2T)^2
    { ...net, metric: 'assortativity', value: `CASE WHEN t > 0 THEN (4 * i * t - a2_num) / NULLIF(4 * t * t - a2_num, 0) END` },
    { ...net, metric: 'bridged_share', value: share('b1', 'k1'), basis: least('b1', 'k1') }
  ]);
  // R12 for the bridged share: each location wijk against its city.
  await emitFigures(
    ctx,
    'ww_net_x',
    [{ ...net, metric: 'bridged_share_z', value: zScore(share('b1', 'k1'), share('city_b1', 'city_k1'), 'k1'), basis: least('b1', 'k1', 'city_b1', 'city_k1') }],
    "wijk_id <> ''"
  );
  await mixingMatrix(ctx);
}

/** B8: e_gh beside a_g a_h, for the groups of at least k persons (perturbed) in the unit. */
async function mixingMatrix(ctx: FigureContext): Promise<void> {
  const { engine } = ctx;
  const dims = matrixDims(ctx);
  if (!dims.length) return;
  const names = list(dims.map((d) => d.name));
  await createRollup(ctx, 'ww_mix_g', 'wb_mix_m', ['dim', 'g', 'h'], [['e', 'sum(e)']]);
  await engine.exec(`
    DROP TABLE IF EXISTS ww_mix_n;
    CREATE TEMP TABLE ww_mix_n AS
    SELECT pmo.period_id, u.prov, u.city, u.wijk_id, ${dimName(ctx, 'c.di')} AS dim, c.grp, sum(c.n)::BIGINT AS n, sum(c.s) AS s
    FROM wb_mixn_m c JOIN wb_unit u USING (uid) ${FIRST_MONTHS_IN_PERIODS}
    GROUP BY ALL`);
  await engine.exec(`
    DROP TABLE IF EXISTS ww_mix_x;
    CREATE TEMP TABLE ww_mix_x AS
    WITH shown AS (
      SELECT period_id, prov, city, wijk_id, dim, grp FROM ww_mix_n
      WHERE grp IS NOT NULL AND ${perturbed('n', 's')} >= ${ctx.k}
    ),
    x AS (SELECT * FROM ww_net_x WHERE dim IN (SELECT unnest(${names})) AND t > 0)
    SELECT x.period_id, x.scope_prov, x.provider, x.city, x.wijk_id, x.dim, x.k1, x.sessions_used, x.t,
           g1.grp AS g, g2.grp AS h,
           CASE WHEN g1.grp = g2.grp THEN coalesce(a1.e_gg, 0) ELSE coalesce(e.e, 0) END AS e,
           coalesce(a1.a_num, 0) AS ag, coalesce(a2.a_num, 0) AS ah
    FROM x
    JOIN shown g1 ON g1.period_id = x.period_id AND g1.prov = x.scope_prov AND g1.city = x.city AND g1.wijk_id = x.wijk_id AND g1.dim = x.dim
    JOIN shown g2 ON g2.period_id = x.period_id AND g2.prov = x.scope_prov AND g2.city = x.city AND g2.wijk_id = x.wijk_id AND g2.dim = x.dim
    LEFT JOIN ww_net_g a1 ON a1.period_id = x.period_id AND a1.prov = x.scope_prov AND a1.city = x.city AND a1.wijk_id = x.wijk_id AND a1.dim = x.dim AND a1.grp = g1.grp
    LEFT JOIN ww_net_g a2 ON a2.period_id = x.period_id AND a2.prov = x.scope_prov AND a2.city = x.city AND a2.wijk_id = x.wijk_id AND a2.dim = x.dim AND a2.grp = g2.grp
    LEFT JOIN ww_mix_g e ON e.period_id = x.period_id AND e.prov = x.scope_prov AND e.city = x.city AND e.wijk_id = x.wijk_id AND e.dim = x.dim
                        AND e.g = g1.grp AND e.h = g2.grp`);
  const cell = { kind: 'network' as const, basis: 'k1', sessions: 'sessions_used', dimension: 'dim', group: `g || '|' || h` };
  await emitFigures(ctx, 'ww_mix_x', [
    { ...cell, metric: 'mixing', value: 'e / (2 * t)' },
    { ...cell, metric: 'mixing_expected', value: '(ag / (2 * t)) * (ah / (2 * t))' }
  ]);
}

/**
 * Reach breadth, METRICS.md R1-R12, residents perspective: a participant counts in the wijk
 * they live in (wb_person.home_wijk; an unknown residence = the city's location-unknown
 * wijk) and in their city, for participations of the provider filter in P wherever the
 * activity is. Plus the Lorenz deciles of R7 (lorenz_share), which the wijk page draws.
 *
 * Set-based: persons are counted per home wijk, month and previous month once per
 * computation (wb_reach_m); a period's persons, in total and per group, are the rows of its
 * months whose previous month lies before it (ww_reach_n). R9 follows by inclusion and
 * exclusion, R8 from each person's first month. Only R7 and R10 need each person's own total
 * in P: ww_pp holds each person once per emitted period and provider filter with their
 * participations a and distinct domains nd. Counts and cell keys add up over persons, so
 * they are computed per home wijk and summed to the city; only R7's ranking needs the
 * city's persons themselves.
 */
import { dimName } from './network';
import {
  div,
  emitFigures,
  least,
  list,
  perturbed,
  providerIn,
  RESIDENT_UNITS,
  scopeGrid,
  share,
  unit,
  UNKNOWN_GROUP,
  zScore,
  type FigureContext,
  type FigureSpec
} from './sql';

/** R11: the z of the Wilson interval (95%). */
const Z95 = 1.96;

/**
 * wb_pm: each person's participations per month and provider filter, with the domains as bits
 * of a mask (a handful of domains; distinct domains over a period = the bits of the OR of its
 * months), or as a list when an export has more than 62 domains. Built once per computation.
 */
export async function createReachBase(ctx: FigureContext): Promise<void> {
  const { engine } = ctx;
  const [{ domains }] = await engine.query<{ domains: number }>('SELECT count(DISTINCT domain)::DOUBLE AS domains FROM wb_att');
  const bits = (ctx.domainsAsBits = Number(domains) <= 62);
  await engine.exec(`
    DROP TABLE IF EXISTS wb_dom; DROP TABLE IF EXISTS wb_pm;
    CREATE TEMP TABLE wb_dom AS SELECT domain, (row_number() OVER (ORDER BY domain) - 1)::INTEGER AS bit FROM (SELECT DISTINCT domain FROM wb_att WHERE domain IS NOT NULL)`);
  await engine.exec(`
    CREATE TEMP TABLE wb_pm AS
    SELECT pno, m, prov, count(*) AS a,
           ${bits ? 'bit_or(coalesce(1::BIGINT << d.bit, 0))' : 'coalesce(list(DISTINCT a.domain) FILTER (WHERE a.domain IS NOT NULL), [])'} AS domains
    FROM (SELECT pno, m, domain, unnest(['all', ptype]) AS prov FROM wb_att) a LEFT JOIN wb_dom d USING (domain)
    WHERE ${providerIn(ctx)}
    GROUP BY ALL`);
  // Persons per home wijk, provider filter, month and previous month (the person's last earlier
  // month with that filter; -1: none), in total (di NULL) and per known group of each dimension:
  // a person counts in a span of months at their first month in it, the month whose previous
  // month lies before the span. So a period's persons are a sum over a few thousand rows, not a
  // GROUP BY over persons per period (a rolling year would hold each person-month twelve times).
  // Counted on the persons' codes (wb_pcode), one plain GROUP BY per dimension; the text joins back
  // on the counts. A dimension's unknown group is not kept: its count is the total minus the known
  // groups.
  await engine.exec(`
    DROP TABLE IF EXISTS wb_reach_m; DROP TABLE IF EXISTS wb_new_m;
    CREATE TEMP TABLE wb_reach_m AS
    WITH r AS (SELECT pno, prov, m, lag(m, 1, -1) OVER (PARTITION BY pno, prov ORDER BY m) AS pv FROM wb_pm),
    x AS MATERIALIZED (
      SELECT r.prov, r.m, r.pv, p.hc, p.rk${ctx.dims.map((d) => `, p.g_${d.col}`).join('')}
      FROM r JOIN wb_pcode p USING (pno) WHERE p.hc IS NOT NULL
    ),
    c AS (
      SELECT prov, hc, m, pv, NULL::INTEGER AS di, NULL::INTEGER AS gc, count(*) AS n, sum(rk) AS s FROM x GROUP BY ALL
      ${ctx.dims.map((d, i) => `UNION ALL SELECT prov, hc, m, pv, ${i}, g_${d.col}, count(*), sum(rk) FROM x WHERE g_${d.col} IS NOT NULL GROUP BY ALL`).join('\n      ')}
    )
    SELECT c.prov, h.city, h.wijk_id, c.m, c.pv, c.di, g.grp, c.n, c.s
    FROM c JOIN wb_home h USING (hc) LEFT JOIN wb_gcode g ON g.di = c.di AND g.gc = c.gc`);
  // R8: newcomers in P are the persons whose first month (over the whole history) lies in P.
  await engine.exec(`
    CREATE TEMP TABLE wb_new_m AS
    SELECT f.prov, p.home_city AS city, p.home_wijk AS wijk_id, f.first_m, count(*) AS n, sum(p.rk) AS s
    FROM wb_first f JOIN wb_person p USING (pno)
    WHERE p.home_city IS NOT NULL AND ${providerIn(ctx, 'f.prov')}
    GROUP BY ALL`);
}

export async function reachFigures(ctx: FigureContext, firstMonth: number | null): Promise<void> {
  const { engine } = ctx;
  const first = firstMonth === null ? 'NULL::INTEGER' : String(firstMonth);
  await engine.exec(`
    DROP TABLE IF EXISTS ww_pp; DROP TABLE IF EXISTS ww_reach_u;
    DROP TABLE IF EXISTS ww_kept_u; DROP TABLE IF EXISTS ww_conc_u; DROP TABLE IF EXISTS ww_pop; DROP TABLE IF EXISTS ww_reach_x`);
  const bits = ctx.domainsAsBits;
  // The persons per home wijk of each period (span 0) and, for R9, of the period before and the
  // period together (span 1: persons in both = persons before + persons in P - persons in either).
  await engine.exec(`
    DROP TABLE IF EXISTS ww_reach_n; DROP TABLE IF EXISTS ww_hist;
    CREATE TEMP TABLE ww_reach_n AS
    WITH span AS (
      SELECT period_id, 0 AS span, from_m AS a, to_m AS b FROM ww_periods
      UNION ALL
      SELECT per.period_id, 1, prev.from_m, per.to_m FROM ww_periods per JOIN ww_periods prev ON prev.period_id = per.prev_id WHERE per.emit
    ),
    sm AS (SELECT period_id, span, a, unnest(range(a, b + 1))::INTEGER AS m FROM span)
    SELECT sm.period_id, sm.span, r.prov, r.city, r.wijk_id, r.di, r.grp, sum(r.n)::BIGINT AS n, sum(r.s) AS s
    FROM wb_reach_m r JOIN sm USING (m)
    WHERE r.pv < sm.a AND (sm.span = 0 OR r.di IS NULL)
    GROUP BY ALL`);
  // Person x emitted period: R7's distribution of participations and R10's domains need each person's own.
  await engine.exec(`
    CREATE TEMP TABLE ww_pp AS
    SELECT pmo.period_id, pm.prov, pm.pno, sum(pm.a) AS a,
           ${bits ? 'bit_count(bit_or(pm.domains))' : 'len(list_distinct(flatten(list(pm.domains))))'} AS nd
    FROM wb_pm pm JOIN ww_period_months pmo USING (m) JOIN ww_periods per USING (period_id)
    WHERE per.emit
    GROUP BY ALL`);
  // Per home wijk and number of participations a: the persons (c), and R10's counts.
  await engine.exec(`
    CREATE TEMP TABLE ww_hist AS
    SELECT q.period_id, q.prov, p.home_city AS city, p.home_wijk AS wijk_id, q.a, count(*) AS c,
           count(*) FILTER (WHERE q.nd >= 2) AS multi, coalesce(sum(p.rk) FILTER (WHERE q.nd >= 2), 0) AS s_multi, sum(q.nd) AS sum_nd
    FROM ww_pp q JOIN wb_person p USING (pno)
    WHERE p.home_city IS NOT NULL
    GROUP BY ALL;
    DROP TABLE ww_pp`);

  // Counts per home wijk, summed to the city: n (R1) of every period (the helpers too: R9's
  // denominator is the period before), newcomers (R8) and multi-domain (R10) of the emitted ones.
  await engine.exec(`
    CREATE TEMP TABLE ww_reach_u AS
    WITH nc AS (
      SELECT per.period_id, f.prov, f.city, f.wijk_id, sum(f.n) AS nc, sum(f.s) AS s_nc
      FROM wb_new_m f JOIN ww_periods per ON f.first_m BETWEEN per.from_m AND per.to_m
      GROUP BY ALL
    ),
    h AS (SELECT period_id, prov, city, wijk_id, sum(multi) AS multi, sum(s_multi) AS s_multi, sum(sum_nd) AS sum_nd FROM ww_hist GROUP BY ALL),
    w AS (
      SELECT r.period_id, r.prov, r.city, r.wijk_id, r.n, r.s,
             coalesce(nc.nc, 0)::BIGINT AS nc, coalesce(nc.s_nc, 0) AS s_nc,
             coalesce(h.multi, 0)::BIGINT AS multi, coalesce(h.s_multi, 0) AS s_multi, coalesce(h.sum_nd, 0) AS sum_nd
      FROM ww_reach_n r
      LEFT JOIN nc ON nc.period_id = r.period_id AND nc.prov = r.prov AND nc.city = r.city AND nc.wijk_id IS NOT DISTINCT FROM r.wijk_id
      LEFT JOIN h ON h.period_id = r.period_id AND h.prov = r.prov AND h.city = r.city AND h.wijk_id IS NOT DISTINCT FROM r.wijk_id
      WHERE r.span = 0 AND r.di IS NULL
    )
    SELECT * FROM w
    UNION ALL
    SELECT period_id, prov, city, '', sum(n), sum(s), sum(nc), sum(s_nc), sum(multi), sum(s_multi), sum(sum_nd) FROM w GROUP BY ALL`);

  // R9: the persons of the period before who are back in P (before + P - either, per home wijk).
  await engine.exec(`
    CREATE TEMP TABLE ww_kept_u AS
    WITH w AS (
      SELECT per.period_id, r.prov, r.city, r.wijk_id,
             coalesce(q.n, 0) + r.n - e.n AS kept, coalesce(q.s, 0) + r.s - e.s AS s_kept
      FROM ww_periods per
      JOIN ww_reach_n e ON e.period_id = per.period_id AND e.span = 1 AND e.di IS NULL
      JOIN ww_reach_n r ON r.period_id = per.period_id AND r.span = 0 AND r.di IS NULL AND r.prov = e.prov AND r.city = e.city AND r.wijk_id IS NOT DISTINCT FROM e.wijk_id
      LEFT JOIN ww_reach_n q ON q.period_id = per.prev_id AND q.span = 0 AND q.di IS NULL AND q.prov = e.prov AND q.city = e.city AND q.wijk_id IS NOT DISTINCT FROM e.wijk_id
      WHERE per.emit
    )
    SELECT * FROM w WHERE kept > 0
    UNION ALL SELECT period_id, prov, city, '', sum(kept), sum(s_kept) FROM w GROUP BY ALL`);

  // R7 and its Lorenz deciles from the distribution of participations per person: how many
  // persons (c) had each number of participations (a). Blocks of equal a, ascending, hold the
  // ranks r0+1 .. r0+c; the histogram of a city is the sum of its wijken's.
  const decile = (d: number) => {
    const i = `((${d} * n) // 10)`;
    return `sum(a * least(c, greatest(0, ${i} - r0)) + CASE WHEN r0 < ${i} + 1 AND ${i} + 1 <= r0 + c THEN a * ((${d} * n) % 10) / 10.0 ELSE 0 END) AS l${d}`;
  };
  await engine.exec(`
    CREATE TEMP TABLE ww_conc_u AS
    WITH hw AS (SELECT period_id, prov, city, wijk_id, a, c FROM ww_hist),
    h AS (SELECT * FROM hw UNION ALL SELECT period_id, prov, city, '', a, sum(c) FROM hw GROUP BY ALL),
    b AS (
      SELECT period_id, prov, city, wijk_id, a::BIGINT AS a, c::BIGINT AS c,
             coalesce(sum(c) OVER (PARTITION BY period_id, prov, city, wijk_id ORDER BY a ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::BIGINT AS r0,
             sum(c) OVER (PARTITION BY period_id, prov, city, wijk_id)::BIGINT AS n
      FROM h
    )
    SELECT period_id, prov, city, wijk_id, any_value(n)::DOUBLE AS n_true, sum(a * c)::DOUBLE AS sum_a,
           -- the ceil(0.2 N) largest: ranks above N - (N + 4) // 5
           sum(a * least(c, greatest(0, r0 + c - (n - (n + 4) // 5))))::DOUBLE AS top_a,
           -- sum_i sum_j |a_i - a_j| = 2 sum_i (2i - N - 1) a_(i), a ascending; per block a c (2 r0 + c - N)
           sum(a * c * (2 * r0 + c - n))::DOUBLE AS gini_half,
           ${Array.from({ length: 10 }, (_, i) => decile(i + 1)).join(',\n           ')}
    FROM b GROUP BY ALL`);

  await createPopulation(ctx);

  // One wide row per scope and resident unit, with every count perturbed by its cell key.
  await engine.exec(`
    CREATE TEMP TABLE ww_reach_x AS
    WITH x AS (
      SELECT g.period_id, g.prov AS scope_prov, g.prov AS provider, u.city, u.wijk_id,
             ${perturbed('coalesce(r.n, 0)', 'coalesce(r.s, 0)')} AS n1,
             ${perturbed('coalesce(r.nc, 0)', 'coalesce(r.s_nc, 0)')} AS nc1,
             ${perturbed('coalesce(r.multi, 0)', 'coalesce(r.s_multi, 0)')} AS multi1,
             coalesce(r.sum_nd, 0) AS sum_nd,
             ${perturbed('coalesce(k.kept, 0)', 'coalesce(k.s_kept, 0)')} AS kept1,
             ${perturbed('coalesce(q.n, 0)', 'coalesce(q.s, 0)')} AS prev1,
             t.pop,
             c.n_true, c.sum_a, c.top_a, c.gini_half, ${Array.from({ length: 10 }, (_, i) => `c.l${i + 1}`).join(', ')},
             (${first} IS NULL OR per.from_m <= ${first}) AS nc_na,
             (${first} IS NULL OR prev.from_m < ${first}) AS ret_na
      FROM ${scopeGrid(ctx)} g CROSS JOIN ${RESIDENT_UNITS} u
      JOIN ww_periods per ON per.period_id = g.period_id
      LEFT JOIN ww_periods prev ON prev.period_id = per.prev_id
      LEFT JOIN ww_reach_u r ON r.period_id = g.period_id AND r.prov = g.prov AND r.city = u.city AND r.wijk_id = u.wijk_id
      LEFT JOIN ww_reach_u q ON q.period_id = per.prev_id AND q.prov = g.prov AND q.city = u.city AND q.wijk_id = u.wijk_id
      LEFT JOIN ww_kept_u k ON k.period_id = g.period_id AND k.prov = g.prov AND k.city = u.city AND k.wijk_id = u.wijk_id
      LEFT JOIN ww_conc_u c ON c.period_id = g.period_id AND c.prov = g.prov AND c.city = u.city AND c.wijk_id = u.wijk_id
      LEFT JOIN ww_pop t ON t.period_id = g.period_id AND t.city = u.city AND t.wijk_id = u.wijk_id AND t.dimension = 'total' AND t.grp = 'total'
    )
    SELECT x.*, cx.n1 AS city_n1, cx.nc1 AS city_nc1, cx.pop AS city_pop,
           x.wijk_id <> '' AND NOT coalesce(w.location_unknown, TRUE) AS is_wijk
    FROM x
    JOIN x cx ON cx.period_id = x.period_id AND cx.scope_prov = x.scope_prov AND cx.city = x.city AND cx.wijk_id = ''
    LEFT JOIN wijk_all w ON w.wijk_id = x.wijk_id`);

  const noPop = 'pop IS NULL OR pop = 0';
  const specs: FigureSpec[] = [
    { metric: 'participants', kind: 'count', value: 'n1' },
    { metric: 'reach_rate', kind: 'share', value: `1000 * ${div('n1', 'pop')}`, basis: 'n1', na: noPop },
    // R7: the top 20% must be k persons or more: ceil(0.2 N') = (N' + 4) // 5.
    { metric: 'top20_share', kind: 'share', value: div('top_a', 'sum_a'), basis: '(n1 + 4) // 5' },
    { metric: 'gini', kind: 'share', value: div('gini_half', 'n_true * sum_a'), basis: '(n1 + 4) // 5' },
    { metric: 'newcomers', kind: 'count', value: 'nc1', na: 'nc_na' },
    { metric: 'newcomer_share', kind: 'share', value: share('nc1', 'n1'), basis: least('nc1', 'n1'), na: 'nc_na' },
    { metric: 'retention', kind: 'share', value: share('kept1', 'prev1'), basis: least('kept1', 'prev1'), na: 'ret_na' },
    { metric: 'domains_per_participant', kind: 'share', value: div('sum_nd', 'n1'), basis: 'n1' },
    { metric: 'multi_domain_share', kind: 'share', value: share('multi1', 'n1'), basis: least('multi1', 'n1') }
  ];
  if (ctx.lorenz) {
    for (let d = 1; d <= 10; d++) {
      // A decile describes a tenth of the persons: it rests on floor(N' / 10) of them.
      specs.push({ metric: 'lorenz_share', group: `'${d * 10}'`, kind: 'share', value: div(`l${d}`, 'sum_a'), basis: 'n1 // 10' });
    }
  }
  await emitFigures(ctx, 'ww_reach_x', specs);

  // R11-R12, for the wijken (not the city, not location unknown): the funnel of reach against the city.
  const p = `least(1.0, ${div('n1', 'pop')})`;
  const p0 = div('city_n1', 'city_pop');
  const wilson = (sign: '-' | '+') =>
    `CASE WHEN pop > 0 THEN 1000 * ((${p} + ${Z95 ** 2} / (2 * pop)) ${sign} ${Z95} * sqrt(${p} * (1 - ${p}) / pop + ${Z95 ** 2} / (4 * pop * pop))) / (1 + ${Z95 ** 2} / pop) END`;
  const nc = share('nc1', 'n1');
  const nc0 = share('city_nc1', 'city_n1');
  await emitFigures(
    ctx,
    'ww_reach_x',
    [
      { metric: 'reach_rate_low', kind: 'share', value: wilson('-'), basis: 'n1', na: noPop },
      { metric: 'reach_rate_high', kind: 'share', value: wilson('+'), basis: 'n1', na: noPop },
      {
        metric: 'reach_rate_z',
        kind: 'share',
        value: zScore(div('n1', 'pop'), p0, 'pop'),
        basis: least('n1', 'city_n1'),
        na: `${noPop} OR city_pop IS NULL OR city_pop = 0`
      },
      {
        metric: 'newcomer_share_z',
        kind: 'share',
        value: zScore(nc, nc0, 'n1'),
        basis: least('nc1', 'n1', 'city_nc1', 'city_n1'),
        na: 'nc_na'
      }
    ],
    'is_wijk'
  );

  if (ctx.dims.length) await compositionFigures(ctx);
}

/**
 * ww_pop: the population of each resident unit per emitted period, dimension and group:
 * per wijk and dimension the rows of the latest ref_date on or before the end of P, else
 * of the earliest; a city's figure is the sum of its wijken's. Public, not perturbed.
 */
async function createPopulation(ctx: FigureContext): Promise<void> {
  await ctx.engine.exec(`
    CREATE TEMP TABLE ww_pop AS
    WITH pick AS (
      SELECT e.period_id, p.wijk_id, p.dimension,
             coalesce(max(p.ref_date) FILTER (WHERE p.ref_date <= e.end_date), min(p.ref_date)) AS d
      FROM (SELECT period_id, end_date FROM ww_periods WHERE emit) e CROSS JOIN population p
      GROUP BY ALL
    ),
    w AS (
      SELECT k.period_id, wa.city, p.wijk_id, p.dimension, p."group" AS grp, sum(p.population)::DOUBLE AS pop
      FROM pick k JOIN population p ON p.wijk_id = k.wijk_id AND p.dimension = k.dimension AND p.ref_date = k.d
      JOIN wijk_all wa ON wa.wijk_id = p.wijk_id
      -- a dimension's own 'total' row is not one of its groups
      WHERE p.dimension = 'total' OR p."group" <> 'total'
      GROUP BY ALL
    )
    SELECT * FROM w
    UNION ALL SELECT period_id, city, '', dimension, grp, sum(pop) FROM w GROUP BY ALL`);
}

/** R1 per group, R3, R4, R5, R6 for each dimension: a full grid of groups, so no row tells that a group is present. */
async function compositionFigures(ctx: FigureContext): Promise<void> {
  const { engine } = ctx;
  await engine.exec(`DROP TABLE IF EXISTS ww_groups; DROP TABLE IF EXISTS ww_comp_u; DROP TABLE IF EXISTS ww_cells; DROP TABLE IF EXISTS ww_dimx`);
  await engine.exec(`
    CREATE TEMP TABLE ww_comp_u AS
    WITH w AS (
      SELECT period_id, prov, city, wijk_id, ${dimName(ctx, 'di')} AS dim, grp, n, s
      FROM ww_reach_n r JOIN ww_periods per USING (period_id)
      WHERE per.emit AND r.span = 0 AND r.di IS NOT NULL
    )
    SELECT * FROM w
    UNION ALL SELECT period_id, prov, city, '', dim, grp, sum(n), sum(s) FROM w GROUP BY ALL`);
  // The groups of each dimension: every known value in the participants and the population's groups.
  await engine.exec(`
    CREATE TEMP TABLE ww_groups AS
    SELECT dim, grp FROM wb_pgroups
    UNION
    SELECT DISTINCT dimension, "group" FROM population WHERE dimension IN (SELECT unnest(${list(ctx.dims.map((d) => d.name))})) AND "group" <> 'total'`);
  await engine.exec(`
    CREATE TEMP TABLE ww_cells AS
    WITH c AS (
      SELECT g.period_id, g.prov, u.city, u.wijk_id, gr.dim, gr.grp,
             coalesce(c.n, 0) AS n, coalesce(c.s, 0) AS s, pp.pop
      FROM ${scopeGrid(ctx)} g CROSS JOIN ${RESIDENT_UNITS} u CROSS JOIN ww_groups gr
      LEFT JOIN ww_comp_u c ON c.period_id = g.period_id AND c.prov = g.prov AND c.city = u.city AND c.wijk_id = u.wijk_id
                           AND c.dim = gr.dim AND c.grp = gr.grp
      LEFT JOIN ww_pop pp ON pp.period_id = g.period_id AND pp.city = u.city AND pp.wijk_id = u.wijk_id
                         AND pp.dimension = gr.dim AND pp.grp = gr.grp
    ),
    tot AS (
      SELECT period_id, prov, city, wijk_id, dim, sum(n) AS n_known, sum(s) AS s_known, sum(pop) AS pop_known
      FROM c GROUP BY ALL
    )
    SELECT c.*, ${perturbed('c.n', 'c.s')} AS n1, ${perturbed('t.n_known', 't.s_known')} AS known1, t.n_known, t.s_known, t.pop_known
    FROM c JOIN tot t USING (period_id, prov, city, wijk_id, dim)`);
  const cells = `(SELECT *, prov AS scope_prov, prov AS provider FROM ww_cells)`;
  await emitFigures(ctx, cells, [{ metric: 'participants', kind: 'count', value: 'n1', dimension: 'dim', group: 'grp' }]);
  // R3 and R4 only where the population by group is known.
  await emitFigures(
    ctx,
    cells,
    [
      { metric: 'group_reach_rate', kind: 'share', value: `1000 * ${div('n1', 'pop')}`, basis: 'n1', na: 'pop = 0', dimension: 'dim', group: 'grp' },
      {
        metric: 'representation_index',
        kind: 'share',
        value: `${div('n1', 'known1')} / NULLIF(${div('pop', 'pop_known')}, 0)`,
        basis: least('n1', 'known1'),
        na: 'pop = 0 OR pop_known IS NULL OR pop_known = 0',
        dimension: 'dim',
        group: 'grp'
      }
    ],
    'pop IS NOT NULL'
  );
  await engine.exec(`
    CREATE TEMP TABLE ww_dimx AS
    WITH agg AS (
      SELECT period_id, prov, city, wijk_id, dim,
             any_value(known1) AS known1, any_value(n_known) AS n_known, any_value(s_known) AS s_known, any_value(pop_known) AS pop_known,
             -- Sums of whole numbers, divided once: a sum of doubles would depend on the order
             -- DuckDB adds the groups in, and the same figure must come out of every batch alike.
             0.5 * sum(abs(n1::HUGEINT * pop_known::HUGEINT - coalesce(pop, 0)::HUGEINT * known1::HUGEINT))::DOUBLE
               / NULLIF(any_value(known1)::DOUBLE * any_value(pop_known)::DOUBLE, 0) AS d,
             1 - sum(n1::HUGEINT * n1::HUGEINT)::DOUBLE / NULLIF(pow(any_value(known1)::DOUBLE, 2), 0) AS h,
             1 - sum(pop::HUGEINT * pop::HUGEINT)::DOUBLE / NULLIF(pow(any_value(pop_known)::DOUBLE, 2), 0) AS h_pop
      FROM ww_cells GROUP BY ALL
    )
    -- every dimension of every unit, also one without any known value
    SELECT g.period_id, g.prov AS scope_prov, g.prov AS provider, u.city, u.wijk_id, dd.dim,
           coalesce(a.known1, 0) AS known1, a.pop_known, a.d, a.h, a.h_pop,
           ${perturbed('coalesce(r.n, 0) - coalesce(a.n_known, 0)', 'coalesce(r.s, 0) - coalesce(a.s_known, 0)')} AS unknown1
    FROM ${scopeGrid(ctx)} g CROSS JOIN ${RESIDENT_UNITS} u CROSS JOIN (SELECT unnest(${list(ctx.dims.map((d) => d.name))}) AS dim) dd
    LEFT JOIN agg a ON a.period_id = g.period_id AND a.prov = g.prov AND a.city = u.city AND a.wijk_id = u.wijk_id AND a.dim = dd.dim
    LEFT JOIN ww_reach_u r ON r.period_id = g.period_id AND r.prov = g.prov AND r.city = u.city AND r.wijk_id = u.wijk_id`);
  const noPop = 'pop_known IS NULL OR pop_known = 0';
  // Perturbed groups need not add up to the perturbed known total: keep D and H in [0, 1].
  const d = unit('d');
  await emitFigures(ctx, 'ww_dimx', [
    { metric: 'participants', kind: 'count', value: 'unknown1', dimension: 'dim', group: `'${UNKNOWN_GROUP}'` },
    { metric: 'dissimilarity', kind: 'share', value: d, basis: 'known1', na: noPop, dimension: 'dim' },
    { metric: 'representativeness', kind: 'share', value: `1 - ${d}`, basis: 'known1', na: noPop, dimension: 'dim' },
    { metric: 'heterogeneity', kind: 'share', value: unit('h'), basis: 'known1', dimension: 'dim' },
    { metric: 'population_heterogeneity', kind: 'public', value: 'h_pop', na: noPop, dimension: 'dim' }
  ]);
}

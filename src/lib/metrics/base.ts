/**
 * The base tables every family reads, built once per computation from the canonical
 * tables and views (src/lib/load/canonical.ts):
 * - wb_person: one row per participant: a small integer key (pno), the record key rk,
 *   the home used for resident figures, and each dimension's group (d0, d1, ..., d_res);
 * - wb_pcode: the same person's home (hc, wb_home) and groups (g_d0, ..., g_d_res, wb_gcode) as
 *   small integers, for the GROUP BYs over person x month rows (text there costs about a third more);
 * - wb_att: one row per person per session (sno: an activity on a day), months of the periods only;
 * - wb_sess: one row per session (sno, activity, date): where, when, how many people, used for network figures
 *   (2..cap people) and, per network dimension, whether two known groups met there and how
 *   many of its participants have a known group;
 * - wb_first: each person's first month per provider filter, over the whole history (R8);
 * - wb_gate: each person's first buurtwerk and first GGW day in their home city (O4).
 * Everything later is a GROUP BY over these, joined to ww_periods.
 */
import type { Engine } from '../engine/types';
import { quoteIdent, quoteLiteral } from '../engine/sql';
import { RESIDENCE_DIMENSION } from '../load/schema';
import { monthOf } from './periods';
import type { Dim, FigureContext } from './sql';

/** The participant columns that are dimensions here (asked for and present), in the order asked. */
export async function participantDims(engine: Engine, asked: readonly string[]): Promise<Dim[]> {
  const cols = await engine.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'participants'`
  );
  const have = new Set(cols.map((c) => String(c.name)));
  const out: Dim[] = [];
  for (const name of asked) {
    if (name === RESIDENCE_DIMENSION || name === 'participant_id' || name === 'residence_wijk_id') continue;
    if (have.has(name) && !out.some((d) => d.name === name)) out.push({ name, col: `d${out.length}` });
  }
  return out;
}

export const RESIDENCE_DIM: Dim = { name: RESIDENCE_DIMENSION, col: 'd_res' };

/** The first month index of the data set (all participations), or null without any. */
export async function firstDataMonth(engine: Engine): Promise<number | null> {
  const [r] = await engine.query<{ m: number | null }>(`SELECT min(${monthOf('date')}) AS m FROM participations`);
  return r && r.m !== null && r.m !== undefined ? Number(r.m) : null;
}

/**
 * The base tables of a computation. `months` limits wb_att to the months the periods
 * (with the periods before them, for R9) can reach; null = every month of the data.
 */
export async function createBaseTables(ctx: FigureContext, months: { from: number; to: number } | null): Promise<void> {
  const { engine } = ctx;
  await engine.exec(`
    DROP TABLE IF EXISTS wb_person; DROP TABLE IF EXISTS wb_att; DROP TABLE IF EXISTS wb_sess;
    DROP TABLE IF EXISTS wb_first; DROP TABLE IF EXISTS wb_gate; DROP TABLE IF EXISTS wb_pgroups;
    DROP TABLE IF EXISTS wb_skey; DROP TABLE IF EXISTS wb_home; DROP TABLE IF EXISTS wb_gcode; DROP TABLE IF EXISTS wb_pcode`);
  await engine.exec(`
    CREATE TEMP TABLE wb_person AS
    SELECT (row_number() OVER ())::INTEGER AS pno, p.participant_id AS pid, coalesce(k.rk, 0)::UBIGINT AS rk,
           h.home_city, h.home_wijk_id AS home_wijk,
           CASE WHEN w.location_unknown THEN NULL ELSE h.home_wijk_id END AS ${RESIDENCE_DIM.col}
           ${ctx.dims.map((d) => `, NULLIF(CAST(p.${quoteIdent(d.name)} AS VARCHAR), '') AS ${d.col}`).join('')}
    FROM participants p
    LEFT JOIN participant_home h USING (participant_id)
    LEFT JOIN wijk_all w ON w.wijk_id = h.home_wijk_id
    LEFT JOIN wb_record_keys k USING (participant_id)`);
  await createPersonCodes(ctx);
  // Every known group of each participant dimension: figures per group are a full grid over these.
  await engine.exec(`
    CREATE TEMP TABLE wb_pgroups AS
    SELECT NULL::VARCHAR AS dim, NULL::VARCHAR AS grp WHERE FALSE
    ${ctx.dims.map((d) => `UNION SELECT DISTINCT ${quoteLiteral(d.name)}, ${d.col} FROM wb_person WHERE ${d.col} IS NOT NULL`).join('\n    ')}`);
  // A session is an activity on a day; sno numbers them, so later joins and groupings are on one integer.
  const inMonths = months ? `${monthOf('date')} BETWEEN ${months.from} AND ${months.to}` : 'TRUE';
  await engine.exec(`
    CREATE TEMP TABLE wb_skey AS
    SELECT aid, date, (row_number() OVER ())::INTEGER AS sno
    FROM (SELECT DISTINCT activity_id AS aid, date FROM sessions WHERE ${inMonths})`);
  // One row per person per session (of the months in reach: wb_skey holds only those); `involved`
  // when in a volunteer or co_organiser role there.
  await engine.exec(`
    CREATE TEMP TABLE wb_att AS
    SELECT p.pno, k.sno, any_value(s.activity_id) AS aid, any_value(s.date) AS date, any_value(${monthOf('s.date')}) AS m,
           any_value(s.provider_type) AS ptype, any_value(s.activity_wijk_id) AS awijk, any_value(s.activity_city) AS acity,
           any_value(s.domain) AS domain, bool_or(s.role IN ('volunteer', 'co_organiser')) AS involved
    FROM sessions s
    JOIN wb_skey k ON k.aid = s.activity_id AND k.date = s.date
    JOIN wb_person p ON p.pid = s.participant_id
    GROUP BY p.pno, k.sno`);
  // mixed_<col>: at least two known groups of a network dimension met at the session (min <> max: no
  // count of distinct values needed); kn_<col>: the session's participants of a known group.
  await engine.exec(`
    CREATE TEMP TABLE wb_sess AS
    SELECT a.sno, any_value(a.aid) AS aid, any_value(a.date) AS date, any_value(a.m) AS m, any_value(a.ptype) AS ptype,
           any_value(a.awijk) AS awijk, any_value(a.acity) AS acity,
           count(*) AS n_all, count(*) BETWEEN 2 AND ${Math.floor(ctx.cap)} AS used
           ${ctx.netDims.map((d) => `, coalesce(min(p.${d.col}) <> max(p.${d.col}), false) AS mixed_${d.col}, count(p.${d.col}) AS kn_${d.col}`).join('')}
    FROM wb_att a JOIN wb_person p USING (pno)
    GROUP BY a.sno;
    DROP TABLE wb_skey`);
  await engine.exec(`
    CREATE TEMP TABLE wb_first AS
    WITH t AS (SELECT participant_id, provider_type, min(date) AS d FROM sessions GROUP BY ALL)
    SELECT p.pno, t.provider_type AS prov, ${monthOf('t.d')} AS first_m FROM t JOIN wb_person p ON p.pid = t.participant_id
    UNION ALL
    SELECT p.pno, 'all', min(${monthOf('t.d')}) FROM t JOIN wb_person p ON p.pid = t.participant_id GROUP BY p.pno`);
  await engine.exec(`
    CREATE TEMP TABLE wb_gate AS
    SELECT p.pno, date_diff('day', min(s.date) FILTER (WHERE s.provider_type = 'buurtwerk'),
                                   min(s.date) FILTER (WHERE s.provider_type = 'ggw')) AS gap
    FROM sessions s JOIN wb_person p ON p.pid = s.participant_id AND s.activity_city = p.home_city
    GROUP BY p.pno`);
}

/**
 * wb_home (hc: a home city and wijk), wb_gcode (gc: a known group of network dimension di, its
 * place in ctx.netDims, so the participant dimensions keep their place in ctx.dims) and wb_pcode
 * (per person: rk, hc, and g_<col> per network dimension; null = unknown). Tables counted per
 * person and month or session group by these integers and take the text back on the few rows they
 * end with: joining and grouping the text on 1.5 million rows took about a second more.
 */
async function createPersonCodes(ctx: FigureContext): Promise<void> {
  const { engine, netDims } = ctx;
  await engine.exec(`
    CREATE TEMP TABLE wb_home AS
    SELECT (row_number() OVER (ORDER BY home_city, home_wijk))::INTEGER AS hc, home_city AS city, home_wijk AS wijk_id
    FROM (SELECT DISTINCT home_city, home_wijk FROM wb_person WHERE home_city IS NOT NULL);
    CREATE TEMP TABLE wb_gcode AS
    SELECT di, grp, (row_number() OVER (PARTITION BY di ORDER BY grp))::INTEGER AS gc
    FROM (SELECT NULL::INTEGER AS di, NULL::VARCHAR AS grp WHERE FALSE
          ${netDims.map((d, i) => `UNION ALL SELECT DISTINCT ${i}, ${d.col} FROM wb_person WHERE ${d.col} IS NOT NULL`).join('\n          ')});
    CREATE TEMP TABLE wb_pcode AS
    SELECT p.pno, p.rk, h.hc${netDims.map((d, i) => `, g${i}.gc AS g_${d.col}`).join('')}
    FROM wb_person p
    LEFT JOIN wb_home h ON h.city = p.home_city AND h.wijk_id IS NOT DISTINCT FROM p.home_wijk
    ${netDims.map((d, i) => `LEFT JOIN wb_gcode g${i} ON g${i}.di = ${i} AND g${i}.grp = p.${d.col}`).join('\n    ')}`);
}

/**
 * Drops the tables of one batch of periods (ww_*), keeping the figures and, unless `all`,
 * the base tables of the computation (wb_*).
 */
export async function dropWorkTables(engine: Engine, all = false): Promise<void> {
  const rows = await engine.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE (table_name LIKE 'ww\\_%' ESCAPE '\\' ${all ? "OR table_name LIKE 'wb\\_%' ESCAPE '\\'" : ''})
       AND table_name NOT IN ('ww_figures', 'ww_dict', 'ww_raw_kept')`
  );
  if (rows.length) await engine.exec(rows.map((r) => `DROP TABLE IF EXISTS ${quoteIdent(String(r.name))};`).join('\n'));
}

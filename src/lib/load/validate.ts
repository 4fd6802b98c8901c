import type { Engine } from '../engine/types';
import { quoteIdent as q, quoteLiteral as lit } from '../engine/sql';
import { PARTICIPANT_NON_DIMENSIONS, TABLES, type TableName } from './schema';
import { RULES, ROLE_RANK } from './rules';
import type { RawTable } from './raw';
import { LoadError, type FileReport, type RejectedRow } from './report';
import { ID_COLUMNS, normaliseId } from './ids';
import type { LoadWarning } from './warnings';

/**
 * Stage two of a load: the raw text tables of one canonical table -> the typed
 * canonical table, every row accounted for: loaded, rejected (with line and
 * reason) or merged as a duplicate.
 */

/** Dates as DATA-FORMAT.md allows them; anything else (31/02/2025 included) is NULL. */
/**
 * The pseudonym column: METRICS.md says no pseudonym is ever shown or exported, so the
 * load report names a rejected person's row by file and line, never by participant_id.
 */
const PSEUDONYM = 'participant_id';

export const parseDateSql = (col: string) =>
  `coalesce(try_strptime(${col}, '%Y-%m-%d'), try_strptime(${col}, '%d/%m/%Y'), try_strptime(${col}, '%d-%m-%Y'))::DATE`;

function enumSql(col: string, spec: { values: Record<string, string>; empty?: string }): string {
  const cases = Object.entries(spec.values).map(([k, v]) => `WHEN ${lit(k)} THEN ${lit(v)}`).join(' ');
  return `CASE lower(${col}) ${cases} ELSE ${spec.empty !== undefined ? `CASE WHEN ${col} IS NULL THEN ${lit(spec.empty)} END` : 'NULL'} END`;
}

/** Tables other tables refer to: their rejected keys are kept, so a row referring to one names the real cause. */
const PARENTS = new Set(Object.values(RULES).flatMap((r) => r.references.map((x) => x.table)));

/** The temp table of a parent's rejected keys (with where and why), dropped by dropRejectedKeys. */
const rejectedKeys = (table: TableName) => `__rejected_${table}`;

/** Forget the rejected keys of a load (they only serve its later tables). */
export async function dropRejectedKeys(engine: Engine): Promise<void> {
  for (const t of PARENTS) await engine.exec(`DROP TABLE IF EXISTS ${rejectedKeys(t)}`);
}

/**
 * Builds `__idmap`: the identifiers of these files written in another form (ids.ts) -> their
 * compared form. Only values with a byte beyond ASCII can be (DuckDB finds them over all
 * rows); those few go through normaliseId. Returns whether any changes: when none, the
 * loader reads identifiers as they are, at no cost.
 */
async function idMap(engine: Engine, raws: RawTable[]): Promise<boolean> {
  const parts = raws.flatMap((r) => r.columns.filter((c) => ID_COLUMNS.has(c)).map((c) => `SELECT trim(${q(c)}) AS v FROM ${r.table}`));
  await engine.exec('DROP TABLE IF EXISTS __idmap');
  if (!parts.length) return false;
  const odd = await engine.query<{ v: string }>(`SELECT DISTINCT v FROM (${parts.join(' UNION ALL ')}) WHERE strlen(v) <> length(v)`);
  const changed = odd.map((r) => [r.v, normaliseId(r.v)] as const).filter(([a, b]) => a !== b);
  if (!changed.length) return false;
  await engine.exec('CREATE TEMP TABLE __idmap (__raw VARCHAR, __norm VARCHAR)');
  for (let i = 0; i < changed.length; i += 1000) {
    await engine.exec(`INSERT INTO __idmap VALUES ${changed.slice(i, i + 1000).map(([a, b]) => `(${lit(a)}, ${lit(b)})`).join(', ')}`);
  }
  return true;
}

/** The raw tables of one canonical table -> that table, with a report per file (see the top of this module). */
export async function buildTable(engine: Engine, table: TableName, raws: RawTable[], ctx: { today: string }): Promise<FileReport[]> {
  const rules = RULES[table];
  const specs = TABLES[table];
  for (const r of raws) {
    const missing = specs.filter((c) => c.required && !r.columns.includes(c.name)).map((c) => c.name);
    if (missing.length) {
      throw new LoadError(
        `${r.file}: required column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} missing for the ${table} table. ` +
          `Found: ${r.columns.join(', ')}. ` +
          (r.columns.length === 1
            ? 'The header has a single column: separate the columns with commas or semicolons (tab and | are read too).'
            : 'Rename the column in the header, or check that this is the right file.'),
        r.file,
        1,
        { code: 'missingColumns', params: { columns: missing.join(', '), table, found: r.columns.join(', '), single: r.columns.length === 1 ? '1' : '' } }
      );
    }
  }
  const canonical = specs.map((c) => c.name);
  const extra = table === 'participants'
    ? [...new Set(raws.flatMap((r) => r.columns.filter((c) => !PARTICIPANT_NON_DIMENSIONS.has(c))))].sort()
    : [];
  const all = [...canonical, ...extra];

  // Every file's rows, trimmed, '' as NULL; a column a file lacks is NULL; identifiers in
  // their compared form (`__normalised` marks a row where one changed). `__pos` orders rows
  // across files (file, then line) in one number.
  const mapped = await idMap(engine, raws);
  const union = raws
    .map((r, i) => {
      const ids = mapped ? r.columns.filter((c) => ID_COLUMNS.has(c) && all.includes(c)) : [];
      const value = (c: string) => {
        const j = ids.indexOf(c);
        return j >= 0 ? `nullif(coalesce(m${j}.__norm, trim(t.${q(c)})), '')` : `nullif(trim(t.${q(c)}), '')`;
      };
      const line = r.firstLine === undefined ? 't.__line' : `(t.rowid + ${r.firstLine})::INTEGER`;
      return `SELECT ${i} AS __file, ${line} AS __line, (${i}::BIGINT << 32) + ${line} AS __pos,
        ${ids.length ? ids.map((_, j) => `m${j}.__norm IS NOT NULL`).join(' OR ') : 'FALSE'} AS __normalised, ${all
        .map((c) => (r.columns.includes(c) ? `${value(c)} AS ${q(c)}` : `NULL::VARCHAR AS ${q(c)}`))
        .join(', ')} FROM ${r.table} t ${ids.map((c, j) => `LEFT JOIN __idmap m${j} ON m${j}.__raw = trim(t.${q(c)})`).join(' ')}`;
    })
    .join(' UNION ALL ');

  // Dates and closed lists are parsed once, into typed columns `__t_<name>`, which the
  // checks, the keys and the loaded values all use (parsing is most of the work).
  const typedCols = all.filter((c) => rules.dates.includes(c) || rules.enums[c]);
  const t = (c: string) => q(`__t_${c}`);
  const typedSql = typedCols
    .map((c) => `${rules.dates.includes(c) ? parseDateSql(q(c)) : enumSql(q(c), rules.enums[c])} AS ${t(c)}`)
    .join(', ');

  const reasons: string[] = [];
  for (const c of specs.filter((s) => s.required)) reasons.push(`WHEN ${q(c.name)} IS NULL THEN 'missing required value in ${c.name}'`);
  for (const d of rules.dates)
    reasons.push(`WHEN ${q(d)} IS NOT NULL AND (${t(d)} IS NULL OR year(${t(d)}) NOT BETWEEN 1900 AND 2100)
      THEN 'not a valid date in ${d}: "' || ${q(d)} || '" (expected YYYY-MM-DD or DD/MM/YYYY)'`);
  for (const n of rules.integers)
    // Digits only: DuckDB would read "1.000" (a Dutch thousand) as 1.
    reasons.push(`WHEN NOT regexp_full_match(${q(n)}, '[0-9]+') OR try_cast(${q(n)} AS INTEGER) IS NULL
      THEN 'not a whole number in ${n}: "' || ${q(n)} || '" (digits only, no signs or separators)'`);
  for (const [col, spec] of Object.entries(rules.enums))
    reasons.push(`WHEN ${q(col)} IS NOT NULL AND ${t(col)} IS NULL
      THEN 'unknown value in ${col}: "' || ${q(col)} || '" (expected ${[...new Set(Object.values(spec.values))].join(' or ')})'`);
  // References as left joins on the parent's keys (a hash join; NOT IN is slower at scale).
  // A key the parent table rejected is named as such, with the parent row's own reason
  // (only joined when the parent rejected any).
  const parentRejected = await Promise.all(
    rules.references.map(async (ref) => Number((await engine.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM ${rejectedKeys(ref.table)}`))[0].n) > 0)
  );
  const refJoins = rules.references
    .map((ref, i) => `LEFT JOIN (SELECT DISTINCT ${q(ref.as)} AS __r${i} FROM ${ref.table}) r${i} ON r${i}.__r${i} = typed.${q(ref.column)}` +
      (parentRejected[i] ? ` LEFT JOIN ${rejectedKeys(ref.table)} j${i} ON j${i}.__key = typed.${q(ref.column)}` : ''))
    .join(' ');
  rules.references.forEach((ref, i) => {
    const where = `j${i}.__file || ', line ' || j${i}.__line || ': ' || j${i}.__reason || ')'`;
    const rejected = ref.column === PSEUDONYM
      ? `'participant_id: this participant was rejected in the ${ref.table} table (' || ${where}`
      : `'${ref.column} "' || ${q(ref.column)} || '" was rejected in the ${ref.table} table (' || ${where}`;
    const unknown = ref.column === PSEUDONYM
      ? `'unknown ${ref.column}: not in the ${ref.table} table (the pseudonym is not shown; see the line in your file)'`
      : `'unknown ${ref.column} "' || ${q(ref.column)} || '": not in the ${ref.table} table'`;
    reasons.push(`WHEN ${q(ref.column)} IS NOT NULL AND __r${i} IS NULL
      THEN ${parentRejected[i] ? `CASE WHEN j${i}.__key IS NOT NULL THEN ${rejected} ELSE ${unknown} END` : unknown}`);
  });

  await engine.exec(`CREATE OR REPLACE TEMP TABLE __checked AS
    WITH s AS (${union}), typed AS (SELECT *${typedSql ? `, ${typedSql}` : ''} FROM s)
    SELECT typed.*, CASE ${reasons.join('\n')} ELSE NULL END AS __reason FROM typed ${refJoins}`);
  // The raw text tables are no longer needed: free their memory before grouping.
  await engine.exec(raws.map((r) => `DROP TABLE ${r.table};`).join(' ') + ' DROP TABLE IF EXISTS __idmap;');

  // Readable rows grouped by their key (dates compare as dates: 2025-01-02 and 02/01/2025
  // are one session). The first row of a key (by file, line) is the one loaded; a later one
  // is a duplicate, or, where the table wants repeats identical and the values differ, a conflict.
  const keyCols = rules.key.map((c) => (rules.dates.includes(c) ? t(c) : q(c)));
  const nonKey = all.filter((c) => !rules.key.includes(c));
  const conflictTest = rules.duplicates === 'identical' && nonKey.length
    ? nonKey.map((c) => `coalesce(min(${q(c)}) <> max(${q(c)}), FALSE)`).join(" OR ")
    : 'FALSE';
  /** A column's typed value on a row. */
  const src = (c: string) => (typedCols.includes(c) ? t(c) : rules.integers.includes(c) ? `try_cast(${q(c)} AS INTEGER)` : q(c));
  /** The merged value of a column over a key's rows. */
  const merged = (c: string) => {
    if (c === 'role' && rules.enums[c]) {
      // One person at one session in several roles: the most involved role counts.
      const rank = Object.entries(ROLE_RANK).map(([r, n]) => `WHEN ${lit(r)} THEN ${n}`).join(' ');
      return `arg_max(${src(c)}, CASE ${src(c)} ${rank} END)`;
    }
    // Merged repeats agree, so any known value is the value.
    return `any_value(${src(c)}) FILTER (WHERE ${src(c)} IS NOT NULL)`;
  };
  // One file whose repeats merge whatever their values (participations, the large table):
  // no conflicts and every key's first row is in that file, so the table is filled straight
  // from the grouping and `loaded` is its row count.
  const direct = raws.length === 1 && rules.duplicates === 'same-session';
  if (!direct) {
    const valueAggs = nonKey.map((c, i) =>
      c === 'role' && rules.enums[c]
        ? `${merged(c)} AS __m${i}, NULL::VARCHAR AS __f${i}`
        : // after a conflict, the first row's value
          `${merged(c)} AS __m${i}, arg_min_null(${src(c)}, __pos) AS __f${i}`
    );
    await engine.exec(`CREATE OR REPLACE TEMP TABLE __groups AS
      SELECT ${keyCols.map((k, i) => `${k} AS __k${i}`).join(', ')}, min(__pos) AS __first, (${conflictTest}) AS __conflict
        ${valueAggs.length ? `, ${valueAggs.join(', ')}` : ''}
      FROM __checked WHERE __reason IS NULL GROUP BY ${keyCols.join(', ')}`);
  }

  const colDefs = all.map((c) => {
    const s = specs.find((x) => x.name === c);
    return `${q(c)} ${s?.type ?? 'VARCHAR'}`;
  });
  await engine.exec(`DROP TABLE IF EXISTS ${table}`);
  await engine.exec(`CREATE TABLE ${table} (${colDefs.join(', ')})`);
  if (direct) {
    await engine.exec(`INSERT INTO ${table}
      SELECT ${all.map((c) => (rules.key.includes(c) ? keyCols[rules.key.indexOf(c)] : merged(c))).join(', ')}
      FROM __checked WHERE __reason IS NULL GROUP BY ${keyCols.join(', ')}`);
  } else {
    await engine.exec(`INSERT INTO ${table}
      SELECT ${all.map((c) => (rules.key.includes(c) ? `__k${rules.key.indexOf(c)}` : `CASE WHEN __conflict THEN __f${nonKey.indexOf(c)} ELSE __m${nonKey.indexOf(c)} END`)).join(', ')}
      FROM __groups`);
  }

  // Counts per file: rows read = loaded (first of their key) + rejected + merged.
  const loadedPerFile = await engine.query<{ f: number; n: number }>(
    direct
      ? `SELECT 0 AS f, count(*)::BIGINT AS n FROM ${table}`
      : `SELECT (__first >> 32)::INTEGER AS f, count(*)::BIGINT AS n FROM __groups GROUP BY 1`
  );
  const goodPerFile = await engine.query<{ f: number; n: number }>(
    `SELECT __file AS f, count(*)::BIGINT AS n FROM __checked WHERE __reason IS NULL GROUP BY 1`
  );
  const conflictRows = rules.duplicates === 'identical' && !direct
    ? `UNION ALL
    SELECT c.__file, c.__line, 'conflicts with line ' || (g.__first & 4294967295) || ' (same ${rules.key.join(', ')}, other values)', TRUE, ${all.map((c) => `c.${q(c)}`).join(', ')}
    FROM __checked c JOIN (SELECT * FROM __groups WHERE __conflict) g ON ${keyCols.map((k, i) => `c.${k} = g.__k${i}`).join(' AND ')}
    WHERE c.__reason IS NULL AND c.__pos <> g.__first`
    : '';
  const rejectRows = await engine.query<Record<string, unknown>>(`
    SELECT __file, __line, __reason AS reason, FALSE AS __conflict, ${all.map(q).join(', ')} FROM __checked WHERE __reason IS NOT NULL
    ${conflictRows}
    ORDER BY __file, __line`);
  // Per file: rows whose identifiers were normalised, and dates after today.
  const normalisedPerFile = await engine.query<{ f: number; n: number }>(
    `SELECT __file AS f, count(*)::BIGINT AS n FROM __checked WHERE __normalised GROUP BY 1`
  );
  const future = rules.dates.length
    ? await engine.query<{ f: number; col: string; n: number; total: number; first: string; last: string }>(
        rules.dates
          .map((d) => `SELECT __file AS f, ${lit(d)} AS col, count(*) FILTER (WHERE ${t(d)} > DATE ${lit(ctx.today)})::BIGINT AS n, count(${t(d)})::BIGINT AS total,
            strftime(min(${t(d)}) FILTER (WHERE ${t(d)} > DATE ${lit(ctx.today)}), '%Y-%m-%d') AS first, strftime(max(${t(d)}), '%Y-%m-%d') AS last
            FROM __checked WHERE __reason IS NULL GROUP BY 1`)
          .join(' UNION ALL ')
      )
    : [];
  if (PARENTS.has(table)) {
    // Keys this table rejected (and did not load from another row): where and why, for the tables that refer to them.
    const key = q(rules.key[0]);
    await engine.exec(`CREATE OR REPLACE TEMP TABLE ${rejectedKeys(table)} AS
      SELECT ${key} AS __key, CASE arg_min(__file, __pos) ${raws.map((r, i) => `WHEN ${i} THEN ${lit(r.file)}`).join(' ')} END AS __file,
        arg_min(__line, __pos) AS __line, arg_min(__reason, __pos) AS __reason
      FROM __checked WHERE __reason IS NOT NULL AND ${key} IS NOT NULL AND ${key} NOT IN (SELECT ${key} FROM ${table})
      GROUP BY 1`);
  }
  await engine.exec(`${direct ? '' : 'DROP TABLE __groups; '}DROP TABLE __checked;`);

  return raws.map((r, i) => {
    const loaded = Number(loadedPerFile.find((p) => p.f === i)?.n ?? 0);
    const good = Number(goodPerFile.find((p) => p.f === i)?.n ?? 0);
    const conflicts = rejectRows.filter((x) => x.__file === i && x.__conflict === true).length;
    const rejects: RejectedRow[] = [
      // A row we could not read may hold a pseudonym: keep its line and reason, not its text.
      ...r.unreadable.map((u) => (all.includes(PSEUDONYM) ? { ...u, values: undefined } : u)),
      ...rejectRows
        .filter((x) => x.__file === i)
        .map((x) => ({
          file: r.file,
          line: Number(x.__line),
          reason: String(x.reason),
          values: Object.fromEntries(r.columns.filter((c) => all.includes(c) && c !== PSEUDONYM).map((c) => [c, (x[c] as string | null) ?? null]))
        }))
    ].sort((a, b) => a.line - b.line);
    const warnings: LoadWarning[] = [];
    if (r.read === 0) warnings.push({ code: 'noRows', params: { ...(r.size === undefined ? {} : { bytes: String(r.size) }), blank: String(r.lines?.blank ?? 0) } });
    for (const d of future.filter((x) => x.f === i && Number(x.n) > 0)) {
      warnings.push({ code: 'futureDates', params: { column: d.col, count: String(d.n), total: String(d.total), first: d.first, last: d.last, today: ctx.today } });
    }
    const normalised = Number(normalisedPerFile.find((x) => x.f === i)?.n ?? 0);
    if (normalised) warnings.push({ code: 'idsNormalised', params: { count: String(normalised) } });
    const report: FileReport = {
      file: r.file,
      table,
      read: r.read,
      loaded,
      rejected: rejects.length,
      duplicates: good - loaded - conflicts,
      rejects,
      ignoredColumns: [...(r.dropped ?? []), ...(table === 'participants' ? [] : r.columns.filter((c) => !canonical.includes(c)))],
      ...(r.lines ? { lines: r.lines } : {}),
      warnings
    };
    // The promise the user is given: no row lost silently.
    if (report.loaded + report.rejected + report.duplicates !== report.read) {
      throw new Error(`internal: ${r.file}: ${report.read} read != ${report.loaded} + ${report.rejected} + ${report.duplicates}`);
    }
    return report;
  });
}

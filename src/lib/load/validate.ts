import type { Engine } from '../engine/types';
import { PARTICIPANT_NON_DIMENSIONS, TABLES, quoteIdent as q, quoteLiteral as lit, type TableName } from './schema';
import { RULES, ROLE_RANK } from './rules';
import type { RawTable } from './raw';
import { LoadError, type FileReport, type RejectedRow } from './report';

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

export async function buildTable(engine: Engine, table: TableName, raws: RawTable[]): Promise<FileReport[]> {
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
        1
      );
    }
  }
  const canonical = specs.map((c) => c.name);
  const extra = table === 'participants'
    ? [...new Set(raws.flatMap((r) => r.columns.filter((c) => !PARTICIPANT_NON_DIMENSIONS.has(c))))].sort()
    : [];
  const all = [...canonical, ...extra];

  // Every file's rows, trimmed, '' as NULL; a column a file lacks is NULL.
  const union = raws
    .map((r, i) => `SELECT ${i} AS __file, __line, ${all
      .map((c) => (r.columns.includes(c) ? `nullif(trim(${q(c)}), '') AS ${q(c)}` : `NULL::VARCHAR AS ${q(c)}`))
      .join(', ')} FROM ${r.table}`)
    .join(' UNION ALL ');

  const reasons: string[] = [];
  for (const c of specs.filter((s) => s.required)) reasons.push(`WHEN ${q(c.name)} IS NULL THEN 'missing required value in ${c.name}'`);
  for (const d of rules.dates)
    reasons.push(`WHEN ${q(d)} IS NOT NULL AND (${parseDateSql(q(d))} IS NULL OR year(${parseDateSql(q(d))}) NOT BETWEEN 1900 AND 2100)
      THEN 'not a valid date in ${d}: "' || ${q(d)} || '" (expected YYYY-MM-DD or DD/MM/YYYY)'`);
  for (const n of rules.integers)
    // Digits only: DuckDB would read "1.000" (a Dutch thousand) as 1.
    reasons.push(`WHEN NOT regexp_full_match(${q(n)}, '[0-9]+') OR try_cast(${q(n)} AS INTEGER) IS NULL
      THEN 'not a whole number in ${n}: "' || ${q(n)} || '" (digits only, no signs or separators)'`);
  for (const [col, spec] of Object.entries(rules.enums))
    reasons.push(`WHEN ${q(col)} IS NOT NULL AND ${enumSql(q(col), spec)} IS NULL
      THEN 'unknown value in ${col}: "' || ${q(col)} || '" (expected ${[...new Set(Object.values(spec.values))].join(' or ')})'`);
  for (const ref of rules.references)
    reasons.push(`WHEN ${q(ref.column)} NOT IN (SELECT ${q(ref.as)} FROM ${ref.table})
      THEN ${ref.column === PSEUDONYM
        ? `'unknown ${ref.column}: not in the ${ref.table} table (the pseudonym is not shown; see the line in your file)'`
        : `'unknown ${ref.column} "' || ${q(ref.column)} || '": not in the ${ref.table} table'`}`);

  // Dates in a key compare as dates: 2025-01-02 and 02/01/2025 are one session.
  const key = rules.key.map((c) => (rules.dates.includes(c) ? parseDateSql(q(c)) : q(c))).join(', ');
  const nonKey = all.filter((c) => !rules.key.includes(c));
  await engine.exec(`CREATE OR REPLACE TEMP TABLE __checked AS
    WITH s AS (${union})
    SELECT *, CASE ${reasons.join('\n')} ELSE NULL END AS __reason FROM s`);
  // Among readable rows: the first of a key is kept; a later one is a duplicate, or a conflict.
  const conflictTest = rules.duplicates === 'identical' && nonKey.length
    ? nonKey.map((c) => `count(DISTINCT ${q(c)}) OVER (PARTITION BY ${key}) > 1`).join(' OR ')
    : 'FALSE';
  await engine.exec(`CREATE OR REPLACE TEMP TABLE __ranked AS
    SELECT *, row_number() OVER (PARTITION BY ${key} ORDER BY __file, __line) AS __rank,
           first(__line) OVER (PARTITION BY ${key} ORDER BY __file, __line) AS __first_line,
           (${conflictTest}) AS __conflict
    FROM __checked WHERE __reason IS NULL`);

  const typed = (c: string) => {
    const spec = specs.find((s) => s.name === c);
    if (rules.dates.includes(c)) return `${parseDateSql(`any_value(${q(c)}) FILTER (WHERE ${q(c)} IS NOT NULL)`)}`;
    if (rules.integers.includes(c)) return `try_cast(any_value(${q(c)}) AS INTEGER)`;
    if (rules.enums[c]) {
      if (c === 'role') {
        // One person at one session in several roles: the most involved role counts.
        const rank = Object.entries(ROLE_RANK).map(([r, n]) => `WHEN ${lit(r)} THEN ${n}`).join(' ');
        return `arg_max(${enumSql(q(c), rules.enums[c])}, CASE ${enumSql(q(c), rules.enums[c])} ${rank} END)`;
      }
      return `any_value(${enumSql(q(c), rules.enums[c])})`;
    }
    void spec;
    return `any_value(${q(c)}) FILTER (WHERE ${q(c)} IS NOT NULL)`;
  };
  const colDefs = all.map((c) => {
    const s = specs.find((x) => x.name === c);
    return `${q(c)} ${s?.type ?? 'VARCHAR'}`;
  });
  await engine.exec(`DROP TABLE IF EXISTS ${table}`);
  await engine.exec(`CREATE TABLE ${table} (${colDefs.join(', ')})`);
  await engine.exec(`INSERT INTO ${table}
    SELECT ${all.map((c) => (rules.key.includes(c) ? (rules.dates.includes(c) ? parseDateSql(q(c)) : q(c)) : typed(c))).join(', ')}
    FROM __ranked WHERE __rank = 1 OR NOT __conflict
    GROUP BY ${key}`);

  const perFile = await engine.query<{ f: number; loaded: number; dups: number }>(`
    SELECT __file AS f, count(*) FILTER (WHERE __rank = 1)::BIGINT AS loaded,
           count(*) FILTER (WHERE __rank > 1 AND NOT __conflict)::BIGINT AS dups
    FROM __ranked GROUP BY __file`);
  const rejectRows = await engine.query<Record<string, unknown>>(`
    SELECT __file, __line, __reason AS reason, ${all.map(q).join(', ')} FROM __checked WHERE __reason IS NOT NULL
    UNION ALL
    SELECT __file, __line, 'conflicts with line ' || __first_line || ' (same ${rules.key.join(', ')}, other values)', ${all.map(q).join(', ')}
    FROM __ranked WHERE __rank > 1 AND __conflict
    ORDER BY __file, __line`);
  await engine.exec(`DROP TABLE __ranked; DROP TABLE __checked; ${raws.map((r) => `DROP TABLE ${r.table};`).join(' ')}`);

  return raws.map((r, i) => {
    const counts = perFile.find((p) => p.f === i) ?? { loaded: 0, dups: 0 };
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
    const report: FileReport = {
      file: r.file,
      table,
      read: r.read,
      loaded: counts.loaded,
      rejected: rejects.length,
      duplicates: counts.dups,
      rejects,
      ignoredColumns: table === 'participants' ? [] : r.columns.filter((c) => !canonical.includes(c))
    };
    // The promise the user is given: no row lost silently.
    if (report.loaded + report.rejected + report.duplicates !== report.read) {
      throw new Error(`internal: ${r.file}: ${report.read} read != ${report.loaded} + ${report.rejected} + ${report.duplicates}`);
    }
    return report;
  });
}

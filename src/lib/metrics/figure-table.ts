/**
 * Where published figures stay inside the engine until a file or a page reads them:
 * ww_figures holds every disclosed figure with its text columns as small integer codes of a
 * dictionary (ww_dict), sorted by period and scope. A scope is read as codes and numbers (typed
 * arrays, no string per figure) plus the dictionary entries it uses: the shape of the compact
 * figure files, so a file is written and a page decodes without one object per figure on the way.
 */
import type { Columns, Engine } from '../engine/types';
import { quoteLiteral } from '../engine/sql';
import { disclosedSql } from './disclosure';
import type { FigureRow, Provider, SuppressReason } from './types';

/** The text columns of a figure row, as the export shape names them. */
export const TEXT_COLUMNS = ['city', 'wijk_id', 'provider', 'dimension', 'group', 'metric', 'suppressed'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

/** Figures as columns: per text column a dictionary and a code per figure; the values; '' = not suppressed. */
export interface FigureColumns {
  n: number;
  dict: Record<TextColumn, string[]>;
  codes: Record<TextColumn, number[]>;
  /** null where suppressed. */
  value: Array<number | null>;
}

/** The SQL column of a text column (group is a keyword). */
const sqlCol = (c: TextColumn) => (c === 'group' ? 'grp' : c);

export async function createFigureTable(engine: Engine): Promise<void> {
  await engine.exec(`
    DROP TABLE IF EXISTS ww_figures; DROP TABLE IF EXISTS ww_dict;
    CREATE TEMP TABLE ww_dict (col VARCHAR, v VARCHAR, code INTEGER);
    CREATE TEMP TABLE ww_figures (
      period_id INTEGER, scope_prov VARCHAR,
      ${TEXT_COLUMNS.map((c) => `${sqlCol(c)} INTEGER`).join(', ')},
      value DOUBLE
    )`);
}

/**
 * Adds ww_raw (one batch of periods) to ww_figures through the disclosure pass. Codes are
 * given to new text values in sorted order after those of earlier batches, so one batch
 * gives codes in the values' own order.
 */
export async function storeFigures(engine: Engine, k: number, round: boolean): Promise<void> {
  const values = TEXT_COLUMNS.filter((c) => c !== 'suppressed')
    .map((c) => `SELECT DISTINCT '${c}' AS col, ${sqlCol(c)} AS v FROM ww_raw`)
    .concat(`SELECT 'suppressed', unnest(['', 'below_k', 'not_available'])`)
    .join('\nUNION ALL\n');
  await engine.exec(`
    INSERT INTO ww_dict
    SELECT n.col, n.v, coalesce(m.next, 0) + row_number() OVER (PARTITION BY n.col ORDER BY n.v) - 1
    FROM (SELECT DISTINCT col, v FROM (${values})) n
    LEFT JOIN (SELECT col, max(code) + 1 AS next FROM ww_dict GROUP BY col) m USING (col)
    WHERE NOT EXISTS (SELECT 1 FROM ww_dict d WHERE d.col = n.col AND d.v = n.v)`);
  // Each text column's code through an ENUM type made from the dictionary (in code order):
  // in DuckDB-WASM a cast costs about a third of a join per column.
  await engine.exec(
    TEXT_COLUMNS.map(
      (c) => `DROP TYPE IF EXISTS ww_code_${c}; CREATE TYPE ww_code_${c} AS ENUM (SELECT v FROM ww_dict WHERE col = '${c}' AND v IS NOT NULL ORDER BY code);`
    ).join('\n')
  );
  const code = (c: TextColumn) => `enum_code(f.${sqlCol(c)}::ww_code_${c})::INTEGER`;
  await engine.exec(`
    INSERT INTO ww_figures
    SELECT f.period_id, f.scope_prov, ${TEXT_COLUMNS.map(code).join(', ')}, f.value
    FROM (${disclosedSql(k, round)}) f
    -- A period's rows together: a read skips the other periods' row groups (zone maps)
    ORDER BY f.period_id
`);
}

/** The dictionary so far, per text column: code -> text. */
export async function readDictionary(engine: Engine): Promise<Record<TextColumn, string[]>> {
  const dict = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, [] as string[]])) as Record<TextColumn, string[]>;
  const cols = await engine.queryColumns('SELECT col, v, code FROM ww_dict');
  for (let i = 0; i < cols.col.length; i++) dict[cols.col[i] as TextColumn][Number(cols.code[i])] = String(cols.v[i] ?? '');
  return dict;
}

/** The order of a scope's figures as read: the text columns' codes. */
const ORDER = TEXT_COLUMNS.filter((c) => c !== 'suppressed')
  .map(sqlCol)
  .join(', ');

/** Which figures: of one period in one provider filter's scope (its own rows and those of every scope), or all of a period once. */
export function figuresWhere(periodId: number, provider: Provider | null): string {
  return provider === null
    ? `period_id = ${periodId}`
    : `period_id = ${periodId} AND (scope_prov = ${quoteLiteral(provider)} OR scope_prov IS NULL)`;
}

/**
 * Figures as codes and numbers, with a dictionary of just the entries they use. `extra`
 * names more columns to select (they come back in `more`, e.g. the month of a series row).
 */
export async function readFigureColumns(
  engine: Engine,
  dict: Record<TextColumn, string[]>,
  where: string,
  extra: { select: string; order: string } | null = null
): Promise<FigureColumns & { more: Columns }> {
  const read = await readCoded(engine, dict, where, extra);
  return { ...gather(read, null), more: read.more };
}

/**
 * Figures read once and split into parts that may overlap (each provider filter's scope of a
 * period shares the rows of every scope): `partsOf` gives each part's row numbers, in order,
 * from the `extra` columns. The parts share the dictionary of the whole read.
 */
export async function readFigureParts(
  engine: Engine,
  dict: Record<TextColumn, string[]>,
  where: string,
  extra: { select: string; order: string },
  partsOf: (more: Columns, n: number) => ArrayLike<number>[]
): Promise<FigureColumns[]> {
  const read = await readCoded(engine, dict, where, extra);
  return partsOf(read.more, read.n).map((rows) => gather(read, rows));
}

interface CodedRead {
  n: number;
  dict: Record<TextColumn, string[]>;
  /** Per text column, each row's code in `dict`. */
  codes: Record<TextColumn, Int32Array>;
  value: ArrayLike<unknown>;
  more: Columns;
}

async function readCoded(engine: Engine, dict: Record<TextColumn, string[]>, where: string, extra: { select: string; order: string } | null): Promise<CodedRead> {
  const cols = await engine.queryColumns(
    `SELECT ${extra ? `${extra.select}, ` : ''}${TEXT_COLUMNS.map(sqlCol).join(', ')}, value
     FROM ww_figures WHERE ${where} ORDER BY ${extra ? `${extra.order}, ` : ''}${ORDER}`
  );
  const n = cols.metric?.length ?? 0;
  const out: CodedRead = { n, dict: {} as CodedRead['dict'], codes: {} as CodedRead['codes'], value: cols.value ?? [], more: cols };
  for (const c of TEXT_COLUMNS) {
    // Renumber to the entries used here, so a file carries only its own dictionary.
    const src = cols[sqlCol(c)];
    // Codes are small dense integers: a typed array is the fastest map from global to local code.
    const used = new Int32Array(dict[c].length).fill(-1);
    const d: string[] = [];
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const g = Number(src[i]);
      let j = used[g];
      if (j < 0) {
        used[g] = j = d.length;
        d.push(dict[c][g]);
      }
      codes[i] = j;
    }
    out.dict[c] = d;
    out.codes[c] = codes;
  }
  return out;
}

/** The figures at these row numbers (all when null) as plain arrays, ready for a file. */
function gather(read: CodedRead, rows: ArrayLike<number> | null): FigureColumns {
  const m = rows ? rows.length : read.n;
  const codes = {} as FigureColumns['codes'];
  for (const c of TEXT_COLUMNS) {
    const src = read.codes[c];
    const out = new Array<number>(m);
    if (rows) for (let j = 0; j < m; j++) out[j] = src[rows[j]];
    else for (let j = 0; j < m; j++) out[j] = src[j];
    codes[c] = out;
  }
  const v = read.value;
  const value = new Array<number | null>(m);
  for (let j = 0; j < m; j++) {
    const x = v[rows ? rows[j] : j];
    value[j] = x === null || x === undefined ? null : Number(x);
  }
  return { n: m, dict: read.dict, codes, value };
}

/** Rows from figure columns, for a page that reads figures one by one (strings are shared, not copied). */
export function figureRows(f: FigureColumns): FigureRow[] {
  const rows: FigureRow[] = new Array(f.n);
  const at = (c: TextColumn, i: number) => f.dict[c][f.codes[c][i]];
  for (let i = 0; i < f.n; i++) {
    const suppressed = at('suppressed', i);
    rows[i] = {
      city: at('city', i),
      wijk_id: at('wijk_id', i),
      provider: at('provider', i) as Provider,
      dimension: at('dimension', i),
      group: at('group', i),
      metric: at('metric', i),
      value: f.value[i],
      suppressed: suppressed === '' ? null : (suppressed as SuppressReason)
    };
  }
  return rows;
}

import type { Engine } from '../engine/types';
import { quoteIdent } from '../engine/sql';
import { MAX_COLUMNS } from './schema';
import { duplicateHeader, normaliseHeader } from './detect';
import { LoadError, type LineCount, type RejectedRow } from './report';

/**
 * Stage one of a load: one file -> a raw table of text columns (`__line` + the
 * file's own columns, header names normalised), plus the rows that could not
 * even be split into fields. Both CSV and Parquet end here, so validation is
 * written once.
 */
export interface RawTable {
  table: string;
  file: string;
  columns: string[];
  /** Rows whose fields could not be read (wrong number of fields, broken quotes). */
  unreadable: RejectedRow[];
  /** Data rows seen in the file (loaded or not). */
  read: number;
  /** Columns the user's mapping left out (reported as ignored). */
  dropped?: string[];
  /** A CSV file's physical lines, which the rows read are held against. */
  lines?: LineCount;
  /**
   * How a row's line number is read: the column `__line`, or (a CSV file with one line per
   * record) from the row's position: row `rowid` is on line `firstLine + rowid`, which costs
   * nothing to keep.
   */
  firstLine?: number;
  /** The file's size in bytes (as read, after decompressing), for the report. */
  size?: number;
}

/**
 * The user's mapping applied to a raw table: columns renamed to their fields, columns
 * mapped to null left out. Renames go through temporary names, so a column may take the
 * name another one gives up.
 */
export async function applyMapping(engine: Engine, raw: RawTable, mapping: Record<string, string | null>): Promise<RawTable> {
  const target = (c: string) => (c in mapping ? mapping[c] : c);
  const kept = raw.columns.filter((c) => target(c) !== null);
  const names = kept.map((c) => normaliseHeader(target(c)!));
  const dup = duplicateHeader(names);
  if (dup) throw new LoadError(`${raw.file}: two columns are both mapped to "${dup}". Choose another field for one of them, or leave one out.`, raw.file, undefined, { code: 'doubleMapped', params: { column: dup } });
  const dropped = raw.columns.filter((c) => target(c) === null);
  const renamed = kept.map((c, i) => [c, names[i]] as const).filter(([c, n]) => c !== n);
  const t = quoteIdent(raw.table);
  const sql: string[] = [];
  for (const c of dropped) sql.push(`ALTER TABLE ${t} DROP COLUMN ${quoteIdent(c)}`);
  renamed.forEach(([c], i) => sql.push(`ALTER TABLE ${t} RENAME COLUMN ${quoteIdent(c)} TO ${quoteIdent(`__map_${i}`)}`));
  renamed.forEach(([, n], i) => sql.push(`ALTER TABLE ${t} RENAME COLUMN ${quoteIdent(`__map_${i}`)} TO ${quoteIdent(n)}`));
  for (const s of sql) await engine.exec(s);
  return { ...raw, columns: names, dropped: [...(raw.dropped ?? []), ...dropped] };
}

let counter = 0;
export const nextRawName = () => `raw_${++counter}`;

/** A file with more columns than any table of the export could use: refused by name, before it is read. */
export function tooManyColumns(file: string, n: number): LoadError {
  return new LoadError(
    `${file}: the header has ${n} columns; a file of the export has at most ${MAX_COLUMNS}. Remove the columns the export does not need (a participants file needs participant_id, residence_wijk_id and a few characteristics such as age_band).`,
    file,
    1,
    { code: 'tooManyColumns', params: { columns: String(n), max: String(MAX_COLUMNS) } }
  );
}

/** The first line of an error's message, short: what a LoadError quotes. */
export function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0].slice(0, 200);
}

/**
 * Parquet: DuckDB-WASM 1.32 lacks its Parquet reader (it would fetch it from the
 * internet), so hyparquet reads the file in JS; values become text (identifiers stay
 * text, dates ISO) and reach DuckDB as an Arrow IPC stream. `__line` is the row
 * number + 1, as if the file had a header line.
 */
export async function rawFromParquet(engine: Engine, file: string, bytes: Uint8Array): Promise<RawTable> {
  const { parquetMetadata, parquetReadObjects } = await import('hyparquet');
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let rows: Record<string, unknown>[];
  let names: string[];
  try {
    const meta = parquetMetadata(buf);
    names = meta.schema.slice(1).filter((s) => !s.num_children).map((s) => s.name);
    // Refused before any row is read (the check is fast, the reading is not).
    if (names.length > MAX_COLUMNS) throw tooManyColumns(file, names.length);
    rows = await parquetReadObjects({ file: buf });
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError(`${file}: the file could not be read as Parquet (${firstLine(e)}).`, file, undefined, { code: 'notParquet', params: { detail: firstLine(e) } });
  }
  const columns = names.map(normaliseHeader);
  const dup = duplicateHeader(columns);
  if (dup) throw new LoadError(`${file}: the column "${dup}" appears twice. Rename or remove one of them.`, file, undefined, { code: 'duplicateHeader', params: { column: dup } });
  const raw = await rawFromRows(engine, file, columns, names.map((n) => rows.map((r) => cellText(r[n]))), rows.map((_, i) => i + 2), []);
  return { ...raw, size: bytes.length };
}

/** A value read from Parquet or a spreadsheet as the loader's text: dates as YYYY-MM-DD. */
function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return String(v);
}

/** Columns of text (one array per column) and their line numbers -> a raw table, via Arrow IPC. */
async function rawFromRows(
  engine: Engine,
  file: string,
  columns: string[],
  data: Array<Array<string | null>>,
  lines: number[],
  unreadable: RejectedRow[]
): Promise<RawTable> {
  const arrow = await import('apache-arrow');
  const cols: Record<string, import('apache-arrow').Vector> = { __line: arrow.makeVector(Int32Array.from(lines)) };
  columns.forEach((c, i) => {
    cols[c] = utf8Vector(arrow, data[i]);
  });
  const { tableToIPC, Table } = arrow;
  const name = nextRawName();
  const ipc = tableToIPC(new Table(cols), 'stream');
  await engine.insertArrowIPC(`${name}_in`, ipc);
  await engine.exec(`CREATE TEMP TABLE ${name} AS
    SELECT __line::INTEGER AS __line, ${columns.map((c) => `${quoteIdent(c)}::VARCHAR AS ${quoteIdent(c)}`).join(', ')}
    FROM ${name}_in`);
  await engine.exec(`DROP TABLE ${name}_in`);
  return { table: name, file, columns, read: lines.length + unreadable.length, unreadable };
}

/**
 * A text column as an Arrow vector, built by hand: Arrow's builders (vectorFromArray)
 * compile a function from a string, which the site's Content-Security-Policy forbids.
 */
export function utf8Vector(arrow: typeof import('apache-arrow'), values: Array<string | null>): import('apache-arrow').Vector {
  const enc = new TextEncoder();
  const offsets = new Int32Array(values.length + 1);
  const nullBitmap = new Uint8Array(Math.max(1, (values.length + 7) >> 3));
  const chunks: Uint8Array[] = [];
  let total = 0, nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else {
      const b = enc.encode(v);
      chunks.push(b);
      total += b.length;
      nullBitmap[i >> 3] |= 1 << (i & 7);
    }
    offsets[i + 1] = total;
  });
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    bytes.set(c, o);
    o += c.length;
  }
  return arrow.makeVector(
    arrow.makeData({ type: new arrow.Utf8(), length: values.length, nullCount, nullBitmap, valueOffsets: offsets, data: bytes })
  );
}

/** The first sheet of a workbook as text rows; `rows[i]` is the sheet's row i + 1. */
export interface Sheet {
  rows: Array<Array<string | null>>;
}

/**
 * XLSX: the first sheet, read with read-excel-file (in JS, browser and Node alike).
 * Text cells stay text (`007` stays `007`), numbers keep the digits the file stores,
 * date cells become YYYY-MM-DD.
 */
export async function readXlsx(file: string, bytes: Uint8Array): Promise<Sheet> {
  const { readSheet } = await import('read-excel-file/universal');
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let data: unknown[][];
  try {
    data = await readSheet<string>(buf, 1, { parseNumber: (s: string) => s, trim: false });
  } catch (e) {
    throw new LoadError(
      `${file}: the file could not be read as an Excel workbook (${firstLine(e)}). Open it in Excel or LibreOffice and save it again as .xlsx or as CSV.`,
      file,
      undefined,
      { code: 'notXlsx', params: { detail: firstLine(e) } }
    );
  }
  return { rows: data.map((r) => r.map(cellText)) };
}

/**
 * A sheet -> a raw table, with the CSV reader's rules: row 1 holds the column names,
 * empty rows are skipped, `__line` is the sheet's row number, and a row with a value
 * in a column without a name is unreadable (as a CSV line with too many fields).
 */
export async function rawFromXlsx(engine: Engine, file: string, sheet: Sheet): Promise<RawTable> {
  const [header = [], ...body] = sheet.rows;
  // Trailing header cells without a name are not columns.
  let width = header.length;
  while (width > 0 && (header[width - 1] ?? '').trim() === '') width--;
  if (width > MAX_COLUMNS) throw tooManyColumns(file, width);
  if (width === 0) throw new LoadError(`${file}: the first sheet is empty. Expected column names in row 1, then one row per record.`, file, undefined, { code: 'emptySheet' });
  const columns = header.slice(0, width).map((h) => normaliseHeader(h ?? ''));
  const dup = duplicateHeader(columns);
  if (dup) throw new LoadError(`${file}, row 1: the column "${dup}" appears twice in the header. Rename or remove one of them.`, file, 1, { code: 'duplicateHeader', params: { column: dup } });
  if (columns.some((c) => c === '')) throw new LoadError(`${file}, row 1: a column in the header has no name. Give every column a name.`, file, 1, { code: 'emptyHeaderName' });
  const data: Array<Array<string | null>> = columns.map(() => []);
  const lines: number[] = [];
  const unreadable: RejectedRow[] = [];
  body.forEach((row, i) => {
    const line = i + 2;
    if (row.every((v) => v === null || v.trim() === '')) return;
    const beyond = row.slice(width).filter((v) => v !== null && v.trim() !== '').length;
    if (beyond) {
      unreadable.push({
        file,
        line,
        reason: `wrong number of fields: expected ${width}, found ${width + beyond} (values in columns without a name in row 1)`,
        values: { line: row.map((v) => v ?? '').join(';') }
      });
      return;
    }
    lines.push(line);
    columns.forEach((_, c) => data[c].push(row[c] ?? null));
  });
  return rawFromRows(engine, file, columns, data, lines, unreadable);
}

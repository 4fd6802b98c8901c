import type { Engine } from '../engine/types';
import { quoteIdent, quoteLiteral } from '../engine/sql';
import { duplicateHeader, normaliseHeader, sniffHeader } from './detect';
import { LoadError, type RejectedRow } from './report';

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
  /**
   * How a row's line number is read: the column `__line`, or (a CSV file with one line per
   * record) from the row's position, `rowid + 2`, which costs nothing to keep.
   */
  lineSql?: string;
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

/** CSV through DuckDB's own reader, with rejected lines kept. */
/** `text` is the file already decoded to UTF-8 without BOM (detect.ts toUtf8). */
export async function rawFromCsv(engine: Engine, file: string, text: Uint8Array): Promise<RawTable> {
  const utf8 = normaliseLineEnds(text);
  if (utf8.length === 0 || /^\s*$/.test(new TextDecoder().decode(utf8.subarray(0, 1024))) && utf8.length < 1024) {
    throw new LoadError(`${file}: the file is empty. Expected a header line with column names, then one row per line.`, file, undefined, { code: 'empty' });
  }
  const { delimiter, headers } = sniffHeader(utf8);
  const columns = headers.map(normaliseHeader);
  const dup = duplicateHeader(columns);
  if (dup) throw new LoadError(`${file}, line 1: the column "${dup}" appears twice in the header. Rename or remove one of them.`, file, 1, { code: 'duplicateHeader', params: { column: dup } });
  if (columns.some((c) => c === '')) throw new LoadError(`${file}, line 1: a column in the header has no name. Give every column a name.`, file, 1, { code: 'emptyHeaderName' });

  const name = nextRawName();
  const src = `${name}.csv`;
  await engine.registerFile(src, utf8);
  const rej = `${name}_rejects`;
  try {
    // Rows keep the file's order, so a row's position (rowid) + 2 is its line whenever every
    // record is one line and none was rejected (checked below); otherwise lines are fixed up.
    await engine.exec(`CREATE TEMP TABLE ${name} AS
      SELECT * FROM read_csv(${quoteLiteral(src)},
        header = true, all_varchar = true, auto_detect = false,
        delim = ${quoteLiteral(delimiter)}, quote = '"', escape = '"',
        columns = {${columns.map((c) => `${quoteLiteral(c)}: 'VARCHAR'`).join(', ')}},
        store_rejects = true, rejects_table = ${quoteLiteral(rej)}, rejects_scan = ${quoteLiteral(rej + '_scan')},
        max_line_size = 16777216)`);
  } catch (e) {
    await engine.dropFile(src).catch(() => {});
    // Running out of memory says nothing about the file: let it through as it is.
    if (/out of memory|could not allocate|failed to allocate/i.test(firstLine(e))) throw e;
    throw new LoadError(`${file}: the file could not be read as CSV (${firstLine(e)}). Check that it is a comma- or semicolon-separated text file.`, file, undefined, { code: 'notCsv', params: { detail: firstLine(e) } });
  }
  await engine.dropFile(src);
  const bad = await engine.query<{ line: number; msg: string; csv_line: string | null }>(
    `SELECT line::BIGINT AS line, first(error_type || ': ' || error_message ORDER BY column_idx) AS msg, first(csv_line) AS csv_line
     FROM ${rej} GROUP BY line ORDER BY line`
  );
  const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM ${name}`);
  const unreadable = bad.flatMap((b) => unreadableRows(file, Number(b.line), b.msg, b.csv_line));
  const read = n + unreadable.length;
  await engine.exec(`DROP TABLE IF EXISTS ${rej}; DROP TABLE IF EXISTS ${rej}_scan`);
  if (bad.length === 0 && (await oneLinePerRecord(utf8))) return { table: name, file, columns, read, unreadable, lineSql: '(rowid + 2)::INTEGER' };

  // A data row's line number: the records of the file (as the reader splits them: quoted
  // line breaks inside, empty lines skipped) left after taking out the unreadable ones.
  const badLines = new Set(bad.map((b) => Number(b.line)));
  const records = (await recordLinesAsync(utf8, delimiter)).slice(1);
  const good = records.filter((l) => !badLines.has(l));
  let lines: number[];
  if (good.length === n && records.length === n + badLines.size) lines = good;
  else {
    // The reader split the file otherwise than recordLines (should not happen): number
    // the rows as if every line were one row, as before.
    lines = [];
    for (let l = 2; lines.length < n; l++) if (!badLines.has(l)) lines.push(l);
  }
  const { tableToIPC, makeVector, Table } = await import('apache-arrow');
  await engine.insertArrowIPC(`${name}_lines`, tableToIPC(new Table({ __line: makeVector(Int32Array.from(lines)) }), 'stream'));
  // The i-th row read (rowid i - 1) has the i-th line number.
  await engine.exec(`CREATE TEMP TABLE ${name}_fixed AS
    SELECT l.__line::INTEGER AS __line, ${columns.map((c) => `g.${quoteIdent(c)}`).join(', ')}
    FROM ${name} g JOIN (SELECT rowid AS __rn, __line FROM ${name}_lines) l ON l.__rn = g.rowid`);
  await engine.exec(`DROP TABLE ${name}; DROP TABLE ${name}_lines; ALTER TABLE ${name}_fixed RENAME TO ${name}`);
  return { table: name, file, columns, read, unreadable };
}

/**
 * One rejected record as rejected rows. A quote that is never closed makes the reader take
 * the rest of the file as one record: each of its lines is then a row of its own, rejected
 * with the line where the quote was opened, so the count matches the lines the user sees.
 */
function unreadableRows(file: string, line: number, msg: string, csvLine: string | null): RejectedRow[] {
  const text = csvLine ?? '';
  if (/unterminated quote/i.test(msg) && /[\r\n]/.test(text.replace(/[\r\n]+$/, ''))) {
    const parts = text.replace(/[\r\n]+$/, '').split(/\r\n|\n|\r/);
    const rows: RejectedRow[] = [];
    parts.forEach((part, i) => {
      if (part === '') return; // an empty line is not a row
      rows.push({
        file,
        line: line + i,
        reason: i === 0
          ? `unbalanced quotes: a quote opened on this line is never closed, so lines ${line} to ${line + parts.length - 1} could not be read`
          : `unbalanced quotes: not readable after the quote opened on line ${line} that is never closed`,
        values: { line: part.length > 1000 ? `${part.slice(0, 1000)}...` : part }
      });
    });
    return rows;
  }
  const reason = text !== '' && text.trim() === '' ? 'a line with only spaces and no values' : explainCsvError(msg);
  return [{ file, line, reason, values: csvLine == null ? undefined : { line: csvLine.length > 1000 ? `${csvLine.slice(0, 1000)}...` : csvLine } }];
}

/**
 * The line (1-based) on which each record of a CSV file starts, header included, split as
 * DuckDB's reader splits them: line breaks inside quotes belong to the field, empty lines
 * are no record, an unclosed quote runs to the end of the file.
 */
export function recordLines(utf8: Uint8Array, delimiter = ','): number[] {
  const out: number[] = [];
  const state = { line: 1, start: 1, empty: true, quoted: false, fieldStart: true };
  scanRecords(utf8, 0, utf8.length, delimiter.charCodeAt(0), state, out);
  if (!state.empty) out.push(state.start);
  return out;
}

interface ScanState {
  line: number;
  start: number;
  empty: boolean;
  quoted: boolean;
  fieldStart: boolean;
}

/**
 * recordLines over bytes [from, to), carrying its state across slices. Returns where the
 * next slice starts: past `to` when a \r\n or "" pair straddles the boundary.
 */
function scanRecords(utf8: Uint8Array, from: number, to: number, d: number, st: ScanState, out: number[]): number {
  let { line, start, empty, quoted, fieldStart } = st;
  let i = from;
  for (; i < to; i++) {
    const b = utf8[i];
    if (quoted) {
      if (b === 0x22) {
        if (utf8[i + 1] === 0x22) i++; // "" inside quotes: a quote character
        else quoted = false;
      } else if (b === 0x0a || b === 0x0d) {
        if (b === 0x0d && utf8[i + 1] === 0x0a) i++;
        line++;
      }
    } else if (b === 0x0a || b === 0x0d) {
      if (b === 0x0d && utf8[i + 1] === 0x0a) i++;
      line++;
      if (!empty) out.push(start);
      start = line;
      empty = true;
      fieldStart = true;
    } else {
      // A quote opens a quoted field only at the start of a field (x"y is a plain value).
      if (b === 0x22 && fieldStart) quoted = true;
      fieldStart = b === d;
      empty = false;
    }
  }
  Object.assign(st, { line, start, empty, quoted, fieldStart });
  return i;
}

/** recordLines in slices, giving the page a turn in between (a large file takes a while). */
export async function recordLinesAsync(utf8: Uint8Array, delimiter = ','): Promise<number[]> {
  const out: number[] = [];
  const state: ScanState = { line: 1, start: 1, empty: true, quoted: false, fieldStart: true };
  for (let pos = 0; pos < utf8.length; ) {
    pos = scanRecords(utf8, pos, Math.min(utf8.length, pos + SLICE), delimiter.charCodeAt(0), state, out);
    if (pos < utf8.length) await yieldToPage();
  }
  if (!state.empty) out.push(state.start);
  return out;
}

const SLICE = 4 << 20;
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Whether every line of the file (after the header) is one record: no quotes (so no line
 * break inside a field) and no empty line before the last record (the reader skips empty
 * lines). Then row n is line n + 1. Searched with indexOf (native), not byte by byte.
 */
export async function oneLinePerRecord(utf8: Uint8Array): Promise<boolean> {
  if (utf8.indexOf(0x22) !== -1) return false;
  let end = utf8.length;
  while (end > 0 && (utf8[end - 1] === 0x0a || utf8[end - 1] === 0x0d)) end--;
  let steps = 0;
  for (let i = utf8.indexOf(0x0a); i !== -1 && i < end; i = utf8.indexOf(0x0a, i + 1)) {
    const next = utf8[i + 1];
    if (next === 0x0a || (next === 0x0d && utf8[i + 2] === 0x0a)) return false;
    if (++steps % 500_000 === 0) await yieldToPage();
  }
  return true;
}

/**
 * Line ends as one kind. DuckDB's reader stops on a lone carriage return (old Mac line
 * ends) among \n or \r\n ones; such a file gets \n throughout. Others pass unchanged.
 */
export function normaliseLineEnds(utf8: Uint8Array): Uint8Array {
  let lone = false;
  for (let i = utf8.indexOf(0x0d); i !== -1; i = utf8.indexOf(0x0d, i + 1)) {
    if (utf8[i + 1] !== 0x0a) {
      lone = true;
      break;
    }
  }
  if (!lone) return utf8;
  const out = new Uint8Array(utf8.length);
  let o = 0;
  for (let i = 0; i < utf8.length; i++) {
    const b = utf8[i];
    if (b === 0x0d) {
      out[o++] = 0x0a;
      if (utf8[i + 1] === 0x0a) i++;
    } else out[o++] = b;
  }
  return out.subarray(0, o);
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0].slice(0, 200);
}

/** DuckDB's reject types in the users' words. */
function explainCsvError(msg: string): string {
  const m = msg.match(/Expected Number of Columns: (\d+) Found: (\d+)/);
  if (m) return `wrong number of fields: expected ${m[1]}, found ${m[2]}`;
  if (/UNQUOTED VALUE|QUOTE/i.test(msg)) return 'unbalanced quotes';
  if (/LINE SIZE/i.test(msg)) return 'line too long (over 16 MB)';
  if (/INVALID ENCODING|UNICODE/i.test(msg)) return 'invalid characters';
  return msg.split('\n')[0];
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
    rows = await parquetReadObjects({ file: buf });
  } catch (e) {
    throw new LoadError(`${file}: the file could not be read as Parquet (${firstLine(e)}).`, file, undefined, { code: 'notParquet', params: { detail: firstLine(e) } });
  }
  const columns = names.map(normaliseHeader);
  const dup = duplicateHeader(columns);
  if (dup) throw new LoadError(`${file}: the column "${dup}" appears twice. Rename or remove one of them.`, file, undefined, { code: 'duplicateHeader', params: { column: dup } });
  return rawFromRows(engine, file, columns, names.map((n) => rows.map((r) => cellText(r[n]))), rows.map((_, i) => i + 2), []);
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
function utf8Vector(arrow: typeof import('apache-arrow'), values: Array<string | null>): import('apache-arrow').Vector {
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

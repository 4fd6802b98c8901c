import type { Engine } from '../engine/types';
import { quoteIdent, quoteLiteral } from './schema';
import { duplicateHeader, normaliseHeader, sniffHeader, toUtf8 } from './detect';
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
}

let counter = 0;
export const nextRawName = () => `raw_${++counter}`;

/** CSV through DuckDB's own reader, with rejected lines kept. */
export async function rawFromCsv(engine: Engine, file: string, bytes: Uint8Array): Promise<RawTable> {
  const { bytes: utf8 } = toUtf8(file, bytes);
  if (utf8.length === 0 || /^\s*$/.test(new TextDecoder().decode(utf8.subarray(0, 1024))) && utf8.length < 1024) {
    throw new LoadError(`${file}: the file is empty. Expected a header line with column names, then one row per line.`, file);
  }
  const { delimiter, headers } = sniffHeader(utf8);
  const columns = headers.map(normaliseHeader);
  const dup = duplicateHeader(columns);
  if (dup) throw new LoadError(`${file}, line 1: the column "${dup}" appears twice in the header. Rename or remove one of them.`, file, 1);
  if (columns.some((c) => c === '')) throw new LoadError(`${file}, line 1: a column in the header has no name. Give every column a name.`, file, 1);

  const name = nextRawName();
  const src = `${name}.csv`;
  await engine.registerFile(src, utf8);
  const rej = `${name}_rejects`;
  try {
    await engine.exec(`CREATE TEMP TABLE ${name}_good AS
      SELECT row_number() OVER () AS __rn, * FROM read_csv(${quoteLiteral(src)},
        header = true, all_varchar = true, auto_detect = false,
        delim = ${quoteLiteral(delimiter)}, quote = '"', escape = '"',
        columns = {${columns.map((c) => `${quoteLiteral(c)}: 'VARCHAR'`).join(', ')}},
        store_rejects = true, rejects_table = ${quoteLiteral(rej)}, rejects_scan = ${quoteLiteral(rej + '_scan')},
        max_line_size = 16777216)`);
  } catch (e) {
    await engine.dropFile(src);
    throw new LoadError(`${file}: the file could not be read as CSV (${firstLine(e)}). Check that it is a comma- or semicolon-separated text file.`, file);
  }
  await engine.dropFile(src);
  const bad = await engine.query<{ line: number; msg: string; csv_line: string | null }>(
    `SELECT line::BIGINT AS line, first(error_type || ': ' || error_message ORDER BY column_idx) AS msg, first(csv_line) AS csv_line
     FROM ${rej} GROUP BY line ORDER BY line`
  );
  const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM ${name}_good`);
  const read = n + bad.length;
  // A data row's line number: the data lines (header = line 1) left after taking out the unreadable ones.
  await engine.exec(`CREATE TEMP TABLE ${name}_lines AS
    SELECT row_number() OVER (ORDER BY l) AS __rn, l AS __line
    FROM range(2, ${read + 2}) t(l)
    WHERE l NOT IN (SELECT line FROM ${rej})`);
  await engine.exec(`CREATE TEMP TABLE ${name} AS
    SELECT l.__line::INTEGER AS __line, ${columns.map((c) => `g.${quoteIdent(c)}`).join(', ')}
    FROM ${name}_good g JOIN ${name}_lines l USING (__rn)`);
  await engine.exec(`DROP TABLE ${name}_good; DROP TABLE ${name}_lines; DROP TABLE IF EXISTS ${rej}; DROP TABLE IF EXISTS ${rej}_scan`);
  return {
    table: name,
    file,
    columns,
    read,
    unreadable: bad.map((b) => ({ file, line: b.line, reason: explainCsvError(b.msg), values: b.csv_line == null ? undefined : { line: b.csv_line } }))
  };
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
  const { tableToIPC, vectorFromArray, Utf8, Table } = await import('apache-arrow');
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let rows: Record<string, unknown>[];
  let names: string[];
  try {
    const meta = parquetMetadata(buf);
    names = meta.schema.slice(1).filter((s) => !s.num_children).map((s) => s.name);
    rows = await parquetReadObjects({ file: buf });
  } catch (e) {
    throw new LoadError(`${file}: the file could not be read as Parquet (${firstLine(e)}).`, file);
  }
  const columns = names.map(normaliseHeader);
  const dup = duplicateHeader(columns);
  if (dup) throw new LoadError(`${file}: the column "${dup}" appears twice. Rename or remove one of them.`, file);
  const text = (v: unknown): string | null => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v);
  };
  const cols: Record<string, import('apache-arrow').Vector<import('apache-arrow').Utf8>> = {};
  names.forEach((n, i) => {
    cols[columns[i]] = vectorFromArray(rows.map((r) => text(r[n])), new Utf8());
  });
  const name = nextRawName();
  const ipc = tableToIPC(new Table(cols), 'stream');
  await engine.insertArrowIPC(`${name}_in`, ipc);
  await engine.exec(`CREATE TEMP TABLE ${name} AS
    SELECT (row_number() OVER () + 1)::INTEGER AS __line, ${columns.map((c) => `${quoteIdent(c)}::VARCHAR AS ${quoteIdent(c)}`).join(', ')}
    FROM ${name}_in`);
  await engine.exec(`DROP TABLE ${name}_in`);
  return { table: name, file, columns, read: rows.length, unreadable: [] };
}

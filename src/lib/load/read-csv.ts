/**
 * A CSV file -> a raw table, through DuckDB's own reader (the tokeniser where the engine is
 * there), with every physical line of the file accounted for: each is the header, a row
 * (loaded later or rejected here), an empty line, or a line inside a quoted value. A file
 * whose lines do not add up is refused, never loaded in part.
 */
import type { Engine } from '../engine/types';
import { sniffCsv } from './csv';
import { duplicateHeader, normaliseHeader } from './detect';
import { blankLines, lineOf, lineText, normaliseLineEnds, scanLines, trimTrailingBlankLines, type LineScan } from './lines';
import { firstLine, nextRawName, tooManyColumns, type RawTable } from './raw';
import { LoadError, type LineCount, type RejectedRow } from './report';
import { quoteIdent, quoteLiteral } from '../engine/sql';
import { MAX_COLUMNS } from './schema';

/** Quotes never closed that are taken out one by one; beyond this the file is refused. */
export const MAX_UNCLOSED_QUOTES = 10;

/** The reason a line with a quote that is never closed is rejected (reasons.ts knows it). */
export const UNCLOSED_QUOTE =
  'unbalanced quotes: a quote opened on this line is never closed, so it would swallow the lines after it; this line is left out and the lines after it are read on their own';

/** A record DuckDB could not read: its line as the reader counts (empty lines in, line breaks inside quotes out). */
interface Bad {
  [k: string]: unknown;
  line: number;
  msg: string;
  csv_line: string | null;
  /** Where an unclosed quote opened (byte after it), when that is the problem. */
  quote_at: number | null;
}

/** `text` is the file already decoded to UTF-8 without BOM (detect.ts toUtf8). */
export async function rawFromCsv(engine: Engine, file: string, text: Uint8Array): Promise<RawTable> {
  const trimmed = trimTrailingBlankLines(text);
  let utf8 = normaliseLineEnds(trimmed.bytes);
  if (onlyWhitespace(utf8)) {
    throw new LoadError(`${file}: the file is empty. Expected a header line with column names, then one row per line.`, file, undefined, { code: 'empty' });
  }
  const { delimiter, headers, headerLines } = sniffCsv(new TextDecoder().decode(utf8.subarray(0, 65536)));
  if (headers.length > MAX_COLUMNS) throw tooManyColumns(file, headers.length);
  const columns = headers.map(normaliseHeader);
  const dup = duplicateHeader(columns);
  if (dup) throw new LoadError(`${file}, line 1: the column "${dup}" appears twice in the header. Rename or remove one of them.`, file, 1, { code: 'duplicateHeader', params: { column: dup } });
  if (columns.some((c) => c === '')) throw new LoadError(`${file}, line 1: a column in the header has no name. Give every column a name.`, file, 1, { code: 'emptyHeaderName' });

  const name = nextRawName();
  let scan = await scanLines(utf8);
  if (scan.lines <= headerLines) {
    // A header and nothing else (however many empty lines followed it): no reading needed.
    await engine.exec(`CREATE TEMP TABLE ${name} (__line INTEGER, ${columns.map((c) => `${quoteIdent(c)} VARCHAR`).join(', ')})`);
    const lines: LineCount = { total: scan.lines + trimmed.trailing, header: headerLines, blank: scan.blank + trimmed.trailing, continued: 0 };
    return { table: name, file, columns, read: 0, unreadable: [], lines, size: text.length };
  }

  // A quote that is never closed makes the reader take the rest of the file (or up to the
  // next quote) as one value. Its line is taken out and the file read again, so every other
  // line is read as the row it is; the line is rejected with the reason.
  const cut = new Map<number, string>();
  let bad: Bad[];
  for (;;) {
    bad = await readInto(engine, name, file, utf8, delimiter, columns);
    const quotes = bad
      .filter((b) => b.quote_at !== null)
      .map((b) => lineOf(utf8, Math.max(0, Number(b.quote_at) - 1)))
      .filter((l) => !cut.has(l));
    // (A quote on a line already taken out cannot be: then the lines will not add up, and say so.)
    if (!quotes.length) break;
    for (const l of quotes) cut.set(l, lineText(utf8, l));
    if (cut.size > MAX_UNCLOSED_QUOTES) {
      await engine.exec(`DROP TABLE ${name}`);
      const first = [...cut.keys()].sort((a, b) => a - b).slice(0, 5).join(', ');
      throw new LoadError(
        `${file}: more than ${MAX_UNCLOSED_QUOTES} lines have a quote (") that is never closed (lines ${first}, ...). The file does not put quotes around values the CSV way: export it again, or remove the stray quotes.`,
        file,
        Math.min(...cut.keys()),
        { code: 'unclosedQuotes', params: { max: String(MAX_UNCLOSED_QUOTES), lines: first } }
      );
    }
    await engine.exec(`DROP TABLE ${name}`);
    utf8 = blankLines(utf8, quotes);
  }
  if (cut.size) scan = await scanLines(utf8);

  const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM ${name}`);
  // Line breaks inside quoted values, per row that has them (none without a quote in the file).
  const breaks = new Map<number, number>();
  if (utf8.indexOf(0x22) !== -1) {
    const nl = (c: string) => `coalesce(length(${quoteIdent(c)}) - length(replace(${quoteIdent(c)}, chr(10), '')), 0)`;
    const rows = await engine.query<{ r: number; b: number }>(
      `SELECT rowid::BIGINT AS r, (${columns.map(nl).join(' + ')})::BIGINT AS b FROM ${name}
       WHERE ${columns.map((c) => `contains(${quoteIdent(c)}, chr(10))`).join(' OR ')}`
    );
    for (const r of rows) breaks.set(Number(r.r), Number(r.b));
  }
  const placed = placeRows(file, Number(n), bad, breaks, cut, scan, headerLines);
  const lines: LineCount = { ...placed.lines, total: placed.lines.total + trimmed.trailing, blank: placed.lines.blank + trimmed.trailing };
  if (!placed.ok) {
    await engine.exec(`DROP TABLE ${name}`);
    throw new LoadError(
      `${file}: the rows read do not account for every line of the file (${scan.lines} lines; the reader stopped near line ${placed.stoppedAt}). Nothing was loaded from it. Check the quotes around that line, or save the file again as CSV.`,
      file,
      placed.stoppedAt,
      { code: 'linesUnaccounted', params: { lines: String(scan.lines), line: String(placed.stoppedAt) } }
    );
  }
  const read = Number(n) + placed.unreadable.length;
  if (placed.rowLines === null) return { table: name, file, columns, read, unreadable: placed.unreadable, lines, firstLine: headerLines + 1, size: text.length };

  const { tableToIPC, makeVector, Table } = await import('apache-arrow');
  await engine.insertArrowIPC(`${name}_lines`, tableToIPC(new Table({ __line: makeVector(placed.rowLines) }), 'stream'));
  // The i-th row read (rowid i - 1) has the i-th line number.
  await engine.exec(`CREATE TEMP TABLE ${name}_fixed AS
    SELECT l.__line::INTEGER AS __line, ${columns.map((c) => `g.${quoteIdent(c)}`).join(', ')}
    FROM ${name} g JOIN (SELECT rowid AS __rn, __line FROM ${name}_lines) l ON l.__rn = g.rowid`);
  await engine.exec(`DROP TABLE ${name}; DROP TABLE ${name}_lines; ALTER TABLE ${name}_fixed RENAME TO ${name}`);
  return { table: name, file, columns, read, unreadable: placed.unreadable, lines, size: text.length };
}

/** Whether the bytes hold nothing but spaces and line ends (stops at the first other byte). */
function onlyWhitespace(utf8: Uint8Array): boolean {
  for (const b of utf8) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  return true;
}

/** DuckDB's reader over the file into table `name`; the records it could not read, one per record. */
async function readInto(engine: Engine, name: string, file: string, utf8: Uint8Array, delimiter: string, columns: string[]): Promise<Bad[]> {
  const src = `${name}.csv`;
  const rej = `${name}_rejects`;
  await engine.registerFile(src, utf8);
  try {
    // Rows keep the file's order, so a row's position (rowid) tells its line (placeRows).
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
  // One record may have several errors (one per column): it is one rejected row.
  const bad = await engine.query<Bad>(
    `SELECT line::BIGINT AS line, first(error_type || ': ' || error_message ORDER BY column_idx) AS msg, first(csv_line ORDER BY column_idx) AS csv_line,
       min(byte_position) FILTER (WHERE error_message ILIKE '%unterminated quote%')::BIGINT AS quote_at
     FROM ${rej} GROUP BY line ORDER BY line`
  );
  await engine.exec(`DROP TABLE IF EXISTS ${rej}; DROP TABLE IF EXISTS ${rej}_scan`);
  return bad.map((b) => ({ ...b, line: Number(b.line), quote_at: b.quote_at === null ? null : Number(b.quote_at) }));
}

/** A value's line ends (\n, as the reader keeps them after normaliseLineEnds). */
const newlines = (s: string) => {
  let k = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) k++;
  return k;
};

/**
 * Every record's line, by walking the file's lines in order: empty lines are skipped, a
 * rejected record sits where the reader says (its line counts empty lines but not the line
 * breaks inside quoted values before it), every other record is the next row read, and each
 * takes its line plus the line breaks inside its values. The walk must end on the file's
 * last line with every row placed, or the lines do not add up (`ok` false).
 * `rowLines` is null when row i is simply on line header + 1 + i.
 */
export function placeRows(
  file: string,
  rows: number,
  bad: Array<Pick<Bad, 'line' | 'msg' | 'csv_line'>>,
  breaks: Map<number, number>,
  cut: Map<number, string>,
  scan: LineScan,
  headerLines: number
): { ok: boolean; stoppedAt: number; rowLines: Int32Array | null; unreadable: RejectedRow[]; lines: LineCount } {
  const simple = bad.length === 0 && cut.size === 0 && breaks.size === 0 && scan.blank === 0 && scan.lines === headerLines + rows;
  if (simple) return { ok: true, stoppedAt: 0, rowLines: null, unreadable: [], lines: { total: scan.lines, header: headerLines, blank: 0, continued: 0 } };

  const rowLines = new Int32Array(rows);
  const unreadable: RejectedRow[] = [];
  const runs = scan.blankRuns;
  let run = 0;
  /** Whether line l is empty (l never decreases between calls). */
  const isBlank = (l: number) => {
    while (run < runs.length && runs[run] + runs[run + 1] <= l) run += 2;
    return run < runs.length && runs[run] <= l;
  };
  let cur = headerLines + 1; // the physical line
  let at = 2; // the line as the reader counts it
  let row = 0, b = 0, blank = 0, continued = 0;
  for (;;) {
    while (cur <= scan.lines && isBlank(cur)) {
      const text = cut.get(cur);
      if (text !== undefined) unreadable.push({ file, line: cur, reason: UNCLOSED_QUOTE, values: { line: short(text) } });
      else blank++;
      cur++;
      at++;
    }
    if (b < bad.length && bad[b].line === at) {
      const text = (bad[b].csv_line ?? '').replace(/^[\r\n]+|[\r\n]+$/g, '');
      unreadable.push(unreadableRow(file, cur, bad[b].msg, text));
      const extra = newlines(text);
      continued += extra;
      cur += 1 + extra;
      at++;
      b++;
      continue;
    }
    if (row < rows && cur <= scan.lines) {
      const extra = breaks.get(row) ?? 0;
      rowLines[row++] = cur;
      continued += extra;
      cur += 1 + extra;
      at++;
      continue;
    }
    break;
  }
  const ok = row === rows && b === bad.length && cur === scan.lines + 1;
  return { ok, stoppedAt: Math.min(cur, scan.lines), rowLines, unreadable, lines: { total: scan.lines, header: headerLines, blank, continued } };
}

/** One record the reader could not split into fields, as a rejected row. */
function unreadableRow(file: string, line: number, msg: string, text: string): RejectedRow {
  const reason = text !== '' && text.trim() === '' ? 'a line with only spaces and no values' : explainCsvError(msg);
  return { file, line, reason, values: { line: short(text) } };
}

/** A line's text as a rejected row carries it: at most 1,000 characters. */
const short = (text: string) => (text.length > 1000 ? `${text.slice(0, 1000)}...` : text);

/** DuckDB's reject types in the users' words. */
function explainCsvError(msg: string): string {
  const m = msg.match(/Expected Number of Columns: (\d+) Found: (\d+)/);
  if (m) return `wrong number of fields: expected ${m[1]}, found ${m[2]}`;
  if (/UNQUOTED VALUE|QUOTE/i.test(msg)) return 'unbalanced quotes';
  if (/LINE SIZE/i.test(msg)) return 'line too long (over 16 MB)';
  if (/INVALID ENCODING|UNICODE/i.test(msg)) return 'invalid characters';
  return msg.split('\n')[0];
}

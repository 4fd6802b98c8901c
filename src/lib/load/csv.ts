/**
 * CSV syntax in JavaScript, in one place: which delimiter a file uses, its header, and its
 * records with the line each starts on. Fields are split by d3-dsv (RFC 4180: a quote opens a
 * quoted field only at the start of a field, "" is a quote inside one, a quoted field may hold
 * line breaks). Where the engine runs, DuckDB's reader splits the file instead (raw.ts); this
 * module serves what runs without it (the mapping screen's sample, the pseudonymiser) and the
 * tests that check the two agree.
 */
import { dsvFormat } from 'd3-dsv';

/** The delimiters an export may use, in the order a tie is decided. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
/** One of the delimiters an export may use. */
export type Delimiter = (typeof DELIMITERS)[number];

/** One record of a file: the line (1-based) it starts on, and its fields. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Text without a leading byte-order mark. */
export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Line breaks inside a value (\r\n counts once): the lines a quoted field adds to its record. */
export function lineBreaks(value: string): number {
  let n = 0;
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) n++;
  for (let i = value.indexOf('\r'); i !== -1; i = value.indexOf('\r', i + 1)) if (value.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/**
 * The records of CSV text, numbered by the line each starts on. Empty lines are no record
 * (as DuckDB's reader skips them) but are counted. With `max`, parsing stops being kept
 * after that many records (the header included).
 */
export function parseCsv(text: string, delimiter: string, max = Infinity): CsvRecord[] {
  const out: CsvRecord[] = [];
  let line = 1;
  dsvFormat(delimiter).parseRows(stripBom(text), (cells) => {
    const start = line;
    let breaks = 0;
    for (const c of cells) if (c.length && (c.includes('\n') || c.includes('\r'))) breaks += lineBreaks(c);
    line += 1 + breaks;
    if (out.length < max && !(cells.length === 1 && cells[0] === '')) out.push({ line: start, cells });
    return null;
  });
  return out;
}

/** The fields of the first line of the text (an empty first line gives one empty field), split on `delimiter`. */
function firstRecord(text: string, delimiter: string): string[] {
  let first: string[] = [''];
  let seen = false;
  // Only the start is split: a header is never longer than this.
  dsvFormat(delimiter).parseRows(text.slice(0, 65536), (cells) => {
    if (!seen) first = cells;
    seen = true;
    return null;
  });
  return first;
}

/**
 * The delimiter of a file and its header: the candidate that splits the first record into
 * the most fields (a comma header over semicolon rows is a comma file: its rows are then
 * rejected with their field count). Headers are returned as written.
 */
export function sniffCsv(text: string): { delimiter: Delimiter; headers: string[]; headerLines: number } {
  const head = stripBom(text);
  const best = DELIMITERS.map((d) => ({ delimiter: d, cells: firstRecord(head, d) })).reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  const headerLines = 1 + best.cells.reduce((n, c) => n + lineBreaks(c), 0);
  return { delimiter: best.delimiter, headers: best.cells, headerLines };
}

import { toUtf8, normaliseHeader } from '../load/detect';
import { parseCsv, sniffCsv } from '../load/csv';
import { csvCell } from '../export/figures';

/**
 * Reading a raw CSV file (as DATA-FORMAT.md allows: comma or semicolon, UTF-8 with or
 * without BOM or Windows-1252, CRLF or LF) into rows, split by the loader's tokeniser
 * (load/csv.ts), and writing the outputs.
 */
export interface CsvTable {
  /** Header names as written (trimmed). */
  headers: string[];
  /** Data rows; `line` is the 1-based line number in the file where the row starts. */
  rows: Array<{ line: number; cells: string[] }>;
}

/** Bytes of a CSV file -> header and rows. Throws a plain message for an empty or non-CSV file. */
export function readCsv(file: string, bytes: Uint8Array): CsvTable {
  const { bytes: utf8 } = toUtf8(file, bytes);
  const text = new TextDecoder().decode(utf8);
  const all = parseCsv(text, sniffCsv(text).delimiter);
  if (!all.length) throw new Error(`${file}: the file is empty.`);
  const headers = all[0].cells.map((h) => h.trim());
  return { headers, rows: all.slice(1) };
}

/** The index of a column by name, comparing as the loader does (case, spaces, dashes). */
export function columnIndex(headers: string[], name: string): number {
  const want = normaliseHeader(name);
  return headers.findIndex((h) => normaliseHeader(h) === want);
}

/** Rows of objects -> CSV text (comma separated, header row, LF), cells quoted as the figure export does. */
export function toCsv(columns: string[], rows: Array<Record<string, string | null | undefined>>): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c] ?? '')).join(','));
  return lines.join('\n') + '\n';
}

import type { TableName } from './schema';
import type { LeftOutColumn } from './dimensions';
import type { LoadWarning } from './warnings';

/** One row the loader refused, with where it was and why, for the user to see and download. */
export interface RejectedRow {
  file: string;
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  reason: string;
  /** The raw field values as read, when they could be read. */
  values?: Record<string, string | null>;
}

/**
 * A CSV file's physical lines: each is the header, a row read, an empty line, or a line that
 * continues a row (a line break inside a quoted value). total = header + blank + continued + read.
 */
export interface LineCount {
  total: number;
  header: number;
  blank: number;
  continued: number;
}

/** Per file: rows read = loaded + rejected + duplicates merged, always. */
export interface FileReport {
  file: string;
  table: TableName;
  read: number;
  loaded: number;
  rejected: number;
  duplicates: number;
  /** Rejected rows (all of them; the UI pages through them). */
  rejects: RejectedRow[];
  /** Columns present in the file that the canonical table does not use (kept out, reported). */
  ignoredColumns: string[];
  /** A CSV file's lines, which its rows read are held against (absent for Parquet and XLSX). */
  lines?: LineCount;
  /** What the user should know although nothing was rejected (warnings.ts); absent in a report kept by an older version. */
  warnings?: LoadWarning[];
}

/** Whether a file's rows, and a CSV file's lines, add up: the promise the page states only when it holds. */
export function accountedFor(f: FileReport): boolean {
  const rows = f.loaded + f.rejected + f.duplicates === f.read;
  const lines = !f.lines || f.lines.header + f.lines.blank + f.lines.continued + f.read === f.lines.total;
  return rows && lines;
}

export interface LoadReport {
  files: FileReport[];
  /** Rows per canonical table after loading. */
  tables: Record<TableName, number>;
  /** First and last month with participations, 'YYYY-MM'; null when there are none. */
  months: { first: string; last: string } | null;
  wijken: number;
  cities: string[];
  /** Participant dimension columns found (age_band, gender, origin, ...). */
  dimensions: string[];
  /** Participant columns that are not dimensions (DATA-FORMAT.md: 2 to 30 known values, no free text or identifier), and why. */
  dimensionsLeftOut?: LeftOutColumn[];
}

/** What stopped a load, as a code and its values: the page words it in the reader's language. */
export type LoadErrorCode =
  | 'zip' | 'binary' | 'gzip' | 'noTable' | 'missingTables' | 'empty' | 'duplicateHeader' | 'emptyHeaderName'
  | 'notCsv' | 'notParquet' | 'notXlsx' | 'emptySheet' | 'missingColumns' | 'doubleMapped'
  | 'tooManyColumns' | 'unclosedQuotes' | 'linesUnaccounted';

export interface LoadErrorDetail {
  code: LoadErrorCode;
  params?: Record<string, string>;
}

/** Input that stops the load: a plain message naming the file, line and problem. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly detail?: LoadErrorDetail
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export interface LoadProgress {
  file: string;
  step: 'reading' | 'validating' | 'done';
  /** Files finished and total, for a progress bar. */
  done: number;
  total: number;
}

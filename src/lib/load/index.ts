import type { Engine } from '../engine/types';
import { createDerivedViews } from './canonical';
import { csvHeaders, formatOf, gunzip, isGzip, normaliseHeader, tableOf, toUtf8Async } from './detect';
import { applyMapping, rawFromParquet, rawFromXlsx, readXlsx, type RawTable, type Sheet } from './raw';
import { rawFromCsv } from './read-csv';
import type { LoadMapping } from './mapping';
import { LoadError, type FileReport, type LoadProgress, type LoadReport } from './report';
import { quoteIdent } from '../engine/sql';
import { PARTICIPANT_NON_DIMENSIONS, REQUIRED_TABLES, TABLES, type TableName } from './schema';
import { buildTable, dropRejectedKeys } from './validate';
import { applyDimensionRule, type LeftOutColumn } from './dimensions';

export type { LoadReport, FileReport, RejectedRow, LoadProgress, LineCount } from './report';
export type { LoadWarning } from './warnings';
export type { LeftOutColumn, LeftOutReason } from './dimensions';
export { LoadError } from './report';
export type { LoadMapping } from './mapping';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** The table and column names the user confirmed (mapping.ts); without it, names and headers decide. */
  mapping?: LoadMapping;
}

/** Parents before children, so references can be checked against loaded rows. */
const ORDER: TableName[] = ['wijken', 'population', 'participants', 'activities', 'participations', 'signals'];

/**
 * Load export files (CSV, CSV.gz, Parquet, the first sheet of an XLSX workbook) into the canonical tables, applying
 * DATA-FORMAT.md's rules. The table a file holds is recognised from its name
 * (participations.csv, deelnemers.csv, ...) or, failing that, its header. Several
 * files may feed one table (a buurtwerk and a city export of participations).
 * Input that cannot be used throws a LoadError with a plain message.
 */
export async function loadExport(
  engine: Engine,
  files: InputFile[],
  opts: { onProgress?: (p: LoadProgress) => void; today?: string } = {}
): Promise<LoadReport> {
  /** Dates after this day are warned about (YYYY-MM-DD; the day of loading unless given). */
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const progress = (file: string, step: LoadProgress['step'], done: number) =>
    opts.onProgress?.({ file, step, done, total: files.length });
  const byTable = new Map<TableName, Array<{ file: string; bytes: Uint8Array; sheet?: Sheet; mapping?: LoadMapping }>>();
  for (const f of files) {
    let bytes = f.bytes;
    if (isGzip(bytes)) {
      try {
        bytes = await gunzip(bytes);
      } catch {
        throw new LoadError(`${f.name}: the file looks gzip-compressed but cannot be decompressed. It may be damaged.`, f.name, undefined, { code: 'gzip' });
      }
    }
    let headers: string[] = [];
    let sheet: Sheet | undefined;
    const format = formatOf(f.name, bytes);
    if (format === 'csv') {
      // Decode once: the header tells the table, and the same UTF-8 bytes are loaded below.
      bytes = (await toUtf8Async(f.name, bytes)).bytes;
      headers = csvHeaders(bytes).map(normaliseHeader);
    }
    if (format === 'xlsx') {
      // Read once: the header row tells the table, the rows are loaded below.
      sheet = await readXlsx(f.name, bytes);
      headers = (sheet.rows[0] ?? []).map((h) => normaliseHeader(h ?? ''));
    }
    const table = f.mapping?.table ?? tableOf(f.name, headers);
    if (!table) {
      throw new LoadError(
        `${f.name}: cannot tell which table this file holds. Name it after its table (wijken, population, participants, activities, participations or signals) or use the column names of the export format.`,
        f.name,
        undefined,
        { code: 'noTable' }
      );
    }
    byTable.set(table, [...(byTable.get(table) ?? []), { file: f.name, bytes, sheet, mapping: f.mapping }]);
  }
  const missing = REQUIRED_TABLES.filter((t) => !byTable.has(t));
  if (missing.length) {
    throw new LoadError(`Missing file${missing.length > 1 ? 's' : ''} for: ${missing.join(', ')}. A data set needs wijken, population, participants, activities and participations (signals is optional).`, undefined, undefined, { code: 'missingTables', params: { tables: missing.join(', ') } });
  }

  const reports: FileReport[] = [];
  let leftOut: LeftOutColumn[] = [];
  let done = 0;
  for (const table of ORDER) {
    const inputs = byTable.get(table) ?? [];
    const raws: RawTable[] = [];
    for (const input of inputs) {
      progress(input.file, 'reading', done);
      const raw = input.sheet
        ? await rawFromXlsx(engine, input.file, input.sheet)
        : formatOf(input.file, input.bytes) === 'parquet'
          ? await rawFromParquet(engine, input.file, input.bytes)
          : await rawFromCsv(engine, input.file, input.bytes);
      raws.push(input.mapping?.columns ? await applyMapping(engine, raw, input.mapping.columns) : raw);
    }
    if (raws.length) {
      progress(inputs.map((i) => i.file).join(', '), 'validating', done);
      reports.push(...(await buildTable(engine, table, raws, { today })));
      // Participant columns that are not dimensions leave the table before anything groups by them.
      if (table === 'participants') leftOut = await applyDimensionRule(engine);
      done += raws.length;
      progress(inputs.map((i) => i.file).join(', '), 'done', done);
    } else {
      // The optional signals table: present and empty, so every query can name it.
      await engine.exec(`DROP TABLE IF EXISTS ${table}`);
      await engine.exec(`CREATE TABLE ${table} (${TABLES[table].map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ')})`);
    }
  }
  await dropRejectedKeys(engine);
  await createDerivedViews(engine);
  return { ...(await summarise(engine, reports)), dimensionsLeftOut: leftOut };
}

async function summarise(engine: Engine, files: FileReport[]): Promise<LoadReport> {
  const tables = {} as Record<TableName, number>;
  for (const t of ORDER) {
    const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM ${t}`);
    tables[t] = n;
  }
  const [m] = await engine.query<{ first: string | null; last: string | null }>(
    `SELECT strftime(min(date), '%Y-%m') AS first, strftime(max(date), '%Y-%m') AS last FROM participations`
  );
  const cities = (await engine.query<{ city: string }>(`SELECT DISTINCT city FROM wijken ORDER BY city`)).map((r) => r.city);
  const [{ n: wijken }] = await engine.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM wijken WHERE wijk_id NOT LIKE '%ONB'`);
  const dimensions = (await engine.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'participants' ORDER BY ordinal_position`
  ))
    .map((r) => r.name)
    .filter((c) => !PARTICIPANT_NON_DIMENSIONS.has(c));
  return {
    files,
    tables,
    months: m.first && m.last ? { first: m.first, last: m.last } : null,
    wijken,
    cities,
    dimensions
  };
}

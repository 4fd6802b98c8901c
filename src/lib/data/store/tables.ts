/**
 * The canonical tables as bytes and back: a snapshot of them as they are in DuckDB after
 * loading (Arrow IPC streams), the fingerprint of their content, and putting a snapshot back
 * into an engine all or nothing.
 *
 * Arrow IPC rather than Parquet: DuckDB-WASM gives and takes it natively (Parquet would go
 * through hyparquet in JavaScript, row by row), so restoring 1M participations costs little
 * more than DuckDB's own copy of a table.
 */
import { quoteIdent as q, quoteLiteral } from '../../engine/sql';
import type { Engine } from '../../engine/types';
import { createDerivedViews } from '../../load/canonical';
import type { TableName } from '../../load/schema';
import { sha256 } from './hash';

/** The canonical tables, in the order they are kept, fingerprinted and restored. */
export const KEPT_TABLES: readonly TableName[] = ['wijken', 'population', 'participants', 'activities', 'participations', 'signals'];

/** Whose work an export covers, from its activities: a city's has both, a partner's one. */
export type ExportKind = 'buurtwerk' | 'ggw' | 'both' | 'none';

export interface TableBytes {
  table: TableName;
  /** An Arrow IPC stream of the whole table. */
  bytes: Uint8Array;
  rows: number;
  /** SHA-256 of `bytes`, hex: finds a kept file damaged. */
  sha256: string;
  /** What the fingerprint is made of: the table's columns, row count and a sum of its row hashes. */
  content: string;
}

/** The canonical tables of one export, in memory, ready to be kept. */
export interface Snapshot {
  fingerprint: string;
  kind: ExportKind;
  tables: TableBytes[];
}

/** Characters of the fingerprint: 48 bits, short enough for a URL, no collision among one user's exports. */
export const FINGERPRINT_LENGTH = 12;

/**
 * The fingerprint of an export: a SHA-256 over its tables' contents in a fixed order, cut short.
 * The same rows give the same fingerprint in this browser and another, whatever the order of the
 * files, of their lines or of their columns; any change of a value changes it.
 */
export async function fingerprintOf(tables: ReadonlyArray<Pick<TableBytes, 'table' | 'content'>>): Promise<string> {
  const byTable = new Map(tables.map((d) => [d.table, d.content]));
  const text = KEPT_TABLES.map((t) => {
    const d = byTable.get(t);
    if (d === undefined) throw new Error(`fingerprint: table ${t} missing`);
    return `${t} ${d}\n`;
  }).join('');
  return (await sha256(`wijkweefsel export v1\n${text}`)).slice(0, FINGERPRINT_LENGTH);
}

/**
 * A table's content, independent of row and column order: its columns and types (by name),
 * its row count and the sum of DuckDB's hash of each row (a sum, so the order of the rows does
 * not count, and a repeated row does). One cheap pass: sorting the rows to hash their bytes
 * instead costs seconds per million rows.
 */
async function contentOf(engine: Engine, table: TableName): Promise<{ rows: number; content: string }> {
  const cols = (
    await engine.query<{ c: string; t: string }>(
      `SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ${quoteLiteral(table)}`
    )
  ).sort((x, y) => (x.c < y.c ? -1 : x.c > y.c ? 1 : 0));
  const [r] = await engine.query<{ n: string; s: string }>(
    `SELECT count(*)::VARCHAR AS n, coalesce(sum(hash(${cols.map((c) => q(c.c)).join(', ')})), 0)::VARCHAR AS s FROM ${q(table)}`
  );
  return { rows: Number(r.n), content: `${cols.map((c) => `${c.c}:${c.t}`).join(',')} ${r.n} ${r.s}` };
}

/**
 * The fingerprint of the tables in the engine, without reading them out (one cheap pass per
 * table): own data that are not kept still carry it in the address, so a link to them opened
 * elsewhere says they are not there instead of showing other data.
 */
export async function fingerprintInEngine(engine: Engine): Promise<string> {
  const tables = [];
  for (const table of KEPT_TABLES) tables.push({ table, ...(await contentOf(engine, table)) });
  return fingerprintOf(tables);
}

/** Read the canonical tables out of the engine as bytes, with checksums, row counts and the fingerprint. */
export async function snapshot(engine: Engine): Promise<Snapshot> {
  const tables: TableBytes[] = [];
  for (const table of KEPT_TABLES) {
    const bytes = await engine.queryArrowIPC(`SELECT * FROM ${q(table)}`);
    tables.push({ table, bytes, sha256: await sha256(bytes), ...(await contentOf(engine, table)) });
  }
  const providers = (await engine.query<{ p: string }>(`SELECT DISTINCT provider_type AS p FROM activities`)).map((r) => r.p);
  const kind: ExportKind =
    providers.includes('buurtwerk') && providers.includes('ggw') ? 'both' : providers.includes('buurtwerk') ? 'buurtwerk' : providers.includes('ggw') ? 'ggw' : 'none';
  return { fingerprint: await fingerprintOf(tables), kind, tables };
}

const staged = (t: TableName) => `__kept_${t}`;

/**
 * Put kept tables back into the engine, replacing the canonical tables there, then the views
 * every metric reads. All or nothing: the tables are inserted under other names first and swapped
 * in one transaction, so a failure (memory) leaves the engine as it was.
 *
 * `ready`, when given, is awaited before the swap (checksums computed meanwhile, off the main
 * thread): if it rejects, the tables inserted so far are dropped and its error is thrown.
 */
export async function restoreTables(
  engine: Engine,
  tables: ReadonlyArray<Pick<TableBytes, 'table' | 'bytes'>>,
  ready: Promise<unknown> = Promise.resolve()
): Promise<void> {
  const missing = KEPT_TABLES.filter((t) => !tables.some((x) => x.table === t));
  if (missing.length) throw new Error(`restore: no bytes for ${missing.join(', ')}`);
  let refused: { error: unknown } | null = null;
  ready.catch((error) => (refused = { error }));
  const stopIfRefused = () => {
    if (refused) throw refused.error;
  };
  // Few statements, each a round trip to the engine's worker: the drops and the swap go as one each.
  const dropStaged = () => engine.exec(KEPT_TABLES.map((t) => `DROP TABLE IF EXISTS ${q(staged(t))};`).join('\n')).catch(() => {});
  try {
    await dropStaged();
    for (const { table, bytes } of tables) {
      stopIfRefused();
      await engine.insertArrowIPC(staged(table), bytes);
    }
    await ready;
    await engine.exec('BEGIN TRANSACTION');
    try {
      await engine.exec(KEPT_TABLES.map((t) => `DROP TABLE IF EXISTS ${q(t)}; ALTER TABLE ${q(staged(t))} RENAME TO ${q(t)};`).join('\n'));
      await engine.exec('COMMIT');
    } catch (e) {
      await engine.exec('ROLLBACK').catch(() => {});
      throw e;
    }
  } catch (e) {
    await dropStaged();
    throw e;
  }
  await createDerivedViews(engine);
}

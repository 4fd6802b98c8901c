/**
 * The canonical tables as bytes and back: a snapshot of them as they are in DuckDB after
 * loading (Arrow IPC streams, rows in a fixed order), its fingerprint, and putting a snapshot
 * back into an engine all or nothing.
 *
 * Arrow IPC rather than Parquet: DuckDB-WASM gives and takes it natively (Parquet would go
 * through hyparquet in JavaScript, row by row), so restoring 1M participations costs little
 * more than reading the bytes.
 */
import { quoteIdent as q } from '../../engine/sql';
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
  /** SHA-256 of `bytes`, hex. */
  sha256: string;
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
 * The fingerprint of an export from its tables' checksums: the same rows give the same
 * fingerprint in this browser and another (rows are sorted before they become bytes, so the
 * order of the files and of their lines does not matter), whatever the tables are called in
 * the files or how the columns were mapped. Any change of a value changes it.
 */
export async function fingerprintOf(digests: ReadonlyArray<Pick<TableBytes, 'table' | 'sha256'>>): Promise<string> {
  const byTable = new Map(digests.map((d) => [d.table, d.sha256]));
  const text = KEPT_TABLES.map((t) => {
    const d = byTable.get(t);
    if (!d) throw new Error(`fingerprint: table ${t} missing`);
    return `${t} ${d}\n`;
  }).join('');
  return (await sha256(`wijkweefsel export v1\n${text}`)).slice(0, FINGERPRINT_LENGTH);
}

/**
 * Read the canonical tables out of the engine as bytes, with checksums and fingerprint: one
 * pass over each table, whose bytes serve the fingerprint and the store alike.
 */
export async function snapshot(engine: Engine): Promise<Snapshot> {
  const tables: TableBytes[] = [];
  for (const table of KEPT_TABLES) {
    // ORDER BY ALL: the bytes depend on the rows, not on the order they were loaded in.
    const bytes = await engine.queryArrowIPC(`SELECT * FROM ${q(table)} ORDER BY ALL`);
    const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${q(table)}`);
    tables.push({ table, bytes, rows: n, sha256: await sha256(bytes) });
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

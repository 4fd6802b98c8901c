/**
 * For tests of the own data and the data page only: an engine without DuckDB that the store can
 * restore tables into and take a fingerprint and snapshot of, and the snapshot it gives.
 */
import type { Engine } from '../engine/types';
import { fingerprintOf, KEPT_TABLES, type Snapshot } from './store/tables';

/**
 * An engine without DuckDB that records what is asked of it: enough for the store to put tables
 * into it and for a fingerprint and snapshot to be taken (every table one column, `salt` in its sum).
 */
export function fakeEngine(salt = '1') {
  const calls: string[] = [];
  const engine = {
    calls,
    async exec(sql: string) {
      calls.push(`exec ${sql.slice(0, 20)}`);
    },
    async insertArrowIPC(table: string) {
      calls.push(`insert ${table}`);
    },
    async queryArrowIPC(sql: string) {
      calls.push('arrow');
      return new TextEncoder().encode(sql);
    },
    async query(sql: string) {
      if (sql.includes('information_schema')) return [{ c: 'x', t: 'VARCHAR' }];
      if (sql.includes('DISTINCT provider_type')) return [{ p: 'buurtwerk' }, { p: 'ggw' }];
      return [{ n: '1', s: salt }];
    },
    async close() {}
  };
  return engine as typeof engine & Engine;
}

/** A snapshot of the fake engine's tables, as snapshot() would take it. */
export async function fakeSnapshot(salt: string): Promise<Snapshot> {
  const tables = await Promise.all(
    KEPT_TABLES.map(async (table) => {
      const bytes = new TextEncoder().encode(`${table} ${salt}`);
      const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
      return { table, bytes, rows: 1, sha256: digest, content: `x:VARCHAR 1 ${salt}` };
    })
  );
  return { fingerprint: await fingerprintOf(tables), kind: 'both', tables };
}


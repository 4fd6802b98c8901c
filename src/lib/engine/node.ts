import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { fileToStream } from './ipc';
import { OFFLINE_SETTINGS, type Engine, type Row } from './types';
import { arrowToRows } from './rows';

/**
 * DuckDB-WASM in Node: the very build the browser runs, so tests and the
 * command line compute the figures the site shows. Blocking bindings, wrapped
 * in promises to match the browser engine.
 */
export async function createNodeEngine(): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ path: ':memory:', query: { castBigIntToDouble: true } });
  const conn = db.connect();
  for (const s of OFFLINE_SETTINGS) conn.query(s);

  return {
    kind: 'wasm-node',
    async query<T extends Row>(sql: string) {
      return arrowToRows<T>(conn.query(sql) as never);
    },
    async exec(sql: string) {
      conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      db.dropFile(name);
    },
    async insertArrowIPC(table: string, ipc: Uint8Array) {
      conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
    },
    async queryArrowIPC(sql: string) {
      // The bindings' own bytes (their Table is another copy of apache-arrow's classes in Node).
      return fileToStream(conn.useUnsafe((bindings, id) => bindings.runQuery(id, sql)));
    },
    async close() {
      conn.close();
      db.reset();
    }
  };
}

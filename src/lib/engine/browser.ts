// Named imports only, so the bundler can drop the library's CDN helper (getJsDelivrBundles).
import { AsyncDuckDB, VoidLogger, selectBundle, type DuckDBBundles } from '@duckdb/duckdb-wasm';
// The DuckDB builds are served by the site itself (Vite emits them as assets):
// no CDN, nothing fetched from another origin.
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { OFFLINE_SETTINGS, type Engine, type Row } from './types';
import { arrowToRows } from './rows';

/** Asset URLs may be relative to the page; the worker needs them absolute. */
const abs = (u: string) => new URL(u, document.baseURI).href;

/**
 * DuckDB-WASM in a Web Worker: every query runs off the main thread, the page
 * only receives Arrow results and turns them into plain rows.
 */
export async function createBrowserEngine(): Promise<Engine> {
  const bundles: DuckDBBundles = {
    mvp: { mainModule: abs(mvpWasm), mainWorker: abs(mvpWorker) },
    eh: { mainModule: abs(ehWasm), mainWorker: abs(ehWorker) }
  };
  const bundle = await selectBundle(bundles);
  if (!bundle.mainWorker) throw new Error('DuckDB: no worker script for this browser');
  const worker = new Worker(bundle.mainWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    await db.open({ path: ':memory:', query: { castBigIntToDouble: true } });
  } catch (e) {
    worker.terminate();
    throw e;
  }
  const conn = await db.connect();
  for (const s of OFFLINE_SETTINGS) await conn.query(s);

  return {
    kind: 'wasm-browser',
    async query<T extends Row>(sql: string) {
      return arrowToRows<T>((await conn.query(sql)) as never);
    },
    async exec(sql: string) {
      await conn.query(sql);
    },
    // Both calls transfer the buffer to the worker; copy so the caller's bytes
    // stay usable, as with the Node engine.
    async registerFile(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(name, bytes.slice());
    },
    async dropFile(name: string) {
      await db.dropFile(name);
    },
    async insertArrowIPC(table: string, ipc: Uint8Array) {
      await conn.insertArrowFromIPCStream(ipc.slice(), { name: table, create: true });
    },
    async close() {
      await conn.close();
      await db.terminate();
      worker.terminate();
    }
  };
}

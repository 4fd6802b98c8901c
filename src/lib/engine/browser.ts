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
import { fileToStream } from './ipc';

/**
 * The worker died (an allocation the browser refused, a crash): DuckDB-WASM then drops the
 * calls under way without settling them, so every call is also raced against this.
 */
export class EngineFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineFailure';
  }
}

const SLICE = 8 << 20;

async function copyInSlices(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length <= SLICE) return bytes.slice();
  const copy = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += SLICE) {
    copy.set(bytes.subarray(i, i + SLICE), i);
    await new Promise<void>((r) => setTimeout(r, 0));
  }
  return copy;
}

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
  let failure: EngineFailure | null = null;
  const waiting = new Set<(e: EngineFailure) => void>();
  worker.addEventListener('error', (ev) => {
    failure = new EngineFailure(`DuckDB worker stopped: ${ev.message || 'unknown error'}`);
    for (const fail of waiting) fail(failure);
    waiting.clear();
  });
  const guard = <T>(p: Promise<T>): Promise<T> => {
    if (failure) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      waiting.add(reject);
      p.then(resolve, reject).finally(() => waiting.delete(reject));
    });
  };
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
      return arrowToRows<T>((await guard(conn.query(sql))) as never);
    },
    async exec(sql: string) {
      await guard(conn.query(sql));
    },
    // Both calls transfer the buffer to the worker; copy so the caller's bytes
    // stay usable, as with the Node engine. A large file is copied in slices with a turn
    // for the page in between: one copy of hundreds of MB would freeze it for a second.
    async registerFile(name: string, bytes: Uint8Array) {
      await guard(db.registerFileBuffer(name, await copyInSlices(bytes)));
    },
    async dropFile(name: string) {
      await guard(db.dropFile(name));
    },
    async insertArrowIPC(table: string, ipc: Uint8Array) {
      await guard(conn.insertArrowFromIPCStream(ipc.slice(), { name: table, create: true }));
    },
    async queryArrowIPC(sql: string) {
      return fileToStream(await guard(conn.useUnsafe((bindings, id) => bindings.runQuery(id, sql))));
    },
    async close() {
      if (!failure) {
        await conn.close().catch(() => {});
        await db.terminate().catch(() => {});
      }
      worker.terminate();
    }
  };
}

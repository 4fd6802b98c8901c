/**
 * The one interface every part of Wijkweefsel talks to DuckDB through.
 * The browser (DuckDB-WASM in a worker) and Node (the same WASM build, or
 * native DuckDB for large batches) implement it, so loaders and metrics are
 * written once and run identically in the site, the command line and tests.
 */
export type Row = Record<string, unknown>;

export interface Engine {
  /** Which build answers: shown in reports and the benchmark. */
  readonly kind: 'wasm-browser' | 'wasm-node' | 'native-node';
  /** Run SQL and return plain JS rows (BIGINT as number, DATE as 'YYYY-MM-DD' via SQL casts). */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /** Run SQL for its effect only. */
  exec(sql: string): Promise<void>;
  /** Make bytes readable by DuckDB's file functions under `name` (e.g. read_csv('name')). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Forget a registered file, freeing its memory. */
  dropFile(name: string): Promise<void>;
  /** Create table `table` from an Arrow IPC stream (how Parquet reaches DuckDB-WASM). */
  insertArrowIPC(table: string, ipc: Uint8Array): Promise<void>;
  /**
   * Run SQL and return its result as an Arrow IPC stream: how a table leaves the engine as
   * bytes (kept in the browser, restored with insertArrowIPC), types and all.
   */
  queryArrowIPC(sql: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Settings every engine applies at start: nothing may be fetched from the internet. */
export const OFFLINE_SETTINGS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false'
];

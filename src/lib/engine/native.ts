import { DuckDBInstance, DuckDBResultReader, DuckDBTypeId, type DuckDBConnection, type DuckDBDataChunk } from '@duckdb/node-api';
import { Bool, DateDay, Float32, Float64, Int8, Int16, Int32, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { type Columns, type Engine, type Row } from './types';
import { plainRow, plainValue } from './rows';
import { clearNullSlots } from './ipc';

/**
 * The Arrow type of each DuckDB type the canonical tables and figures use, as DuckDB-WASM
 * returns them (BIGINT as DOUBLE: the engines run with castBigIntToDouble).
 */
const ARROW_TYPE: Partial<Record<DuckDBTypeId, () => DataType>> = {
  [DuckDBTypeId.BOOLEAN]: () => new Bool(),
  [DuckDBTypeId.TINYINT]: () => new Int8(),
  [DuckDBTypeId.SMALLINT]: () => new Int16(),
  [DuckDBTypeId.INTEGER]: () => new Int32(),
  [DuckDBTypeId.BIGINT]: () => new Float64(),
  [DuckDBTypeId.HUGEINT]: () => new Float64(),
  [DuckDBTypeId.FLOAT]: () => new Float32(),
  [DuckDBTypeId.DOUBLE]: () => new Float64(),
  [DuckDBTypeId.VARCHAR]: () => new Utf8(),
  [DuckDBTypeId.DATE]: () => new DateDay()
};

/**
 * How queryColumns reads a column of each type straight from the vectors: 'numbers' from the
 * typed item array, 'items' one item at a time, 'bigints' one at a time made numbers. A type not
 * listed (dates, decimals, lists) goes through node-api's converter.
 */
const DIRECT: Partial<Record<DuckDBTypeId, 'numbers' | 'items' | 'bigints'>> = {
  [DuckDBTypeId.TINYINT]: 'numbers', [DuckDBTypeId.SMALLINT]: 'numbers', [DuckDBTypeId.INTEGER]: 'numbers',
  [DuckDBTypeId.UTINYINT]: 'numbers', [DuckDBTypeId.USMALLINT]: 'numbers', [DuckDBTypeId.UINTEGER]: 'numbers',
  [DuckDBTypeId.FLOAT]: 'numbers', [DuckDBTypeId.DOUBLE]: 'numbers',
  [DuckDBTypeId.BOOLEAN]: 'items', [DuckDBTypeId.VARCHAR]: 'items',
  [DuckDBTypeId.BIGINT]: 'bigints', [DuckDBTypeId.HUGEINT]: 'bigints', [DuckDBTypeId.UBIGINT]: 'bigints'
};

/**
 * A numeric vector's typed item array and its validity mask as 32-bit words (null: all valid),
 * read straight from node-api's vector: its itemValid builds BigInts for every item, which costs
 * more than a copy. Null when the vector is not shaped as expected (the generic path then reads it).
 */
function numericVector(v: unknown): { values: ArrayBufferView & ArrayLike<number>; words: Uint32Array | null } | null {
  const items = (v as { items?: unknown }).items;
  const validity = (v as { validity?: { data?: unknown; offset?: unknown } }).validity;
  if (!ArrayBuffer.isView(items) || items instanceof DataView || items instanceof BigInt64Array || items instanceof BigUint64Array) return null;
  if (!validity || validity.offset !== 0) return null;
  const values = items as unknown as ArrayBufferView & ArrayLike<number>;
  const mask = validity.data;
  if (mask === null || mask === undefined) return { values, words: null };
  if (!(mask instanceof BigUint64Array)) return null;
  // Little-endian words: bit i of the 64-bit mask is bit (i & 31) of 32-bit word i >> 5.
  return { values, words: new Uint32Array(mask.buffer, mask.byteOffset, mask.length * 2) };
}

/** Copies a numeric vector's n items into `dst` at `off`, null where invalid; false when it cannot. */
function copyNumbers(v: unknown, n: number, dst: unknown[], off: number): boolean {
  const num = numericVector(v);
  if (!num) return false;
  const { values, words } = num;
  if (!words) for (let i = 0; i < n; i++) dst[off + i] = values[i];
  else for (let i = 0; i < n; i++) dst[off + i] = (words[i >> 5] >>> (i & 31)) & 1 ? values[i] : null;
  return true;
}

/** A numeric vector's typed item array, when every one of its first n items is valid; else null. */
function nullFreeItems(v: unknown, n: number): (ArrayBufferView & ArrayLike<number>) | null {
  const num = numericVector(v);
  if (!num) return null;
  const { values, words } = num;
  if (words) {
    for (let w = 0; w < n >> 5; w++) if (words[w] !== 0xffffffff) return null;
    const rest = 2 ** (n & 31) - 1; // the bits of the last, partial word
    if (rest && (words[n >> 5] & rest) !== rest) return null;
  }
  return values;
}

/**
 * Native DuckDB through @duckdb/node-api: for large scheduled batches and as the
 * benchmark's yardstick. Same SQL as the WASM engine; tests check equal figures.
 * `threads` defaults to 1 so comparisons with single-threaded WASM are fair; `memoryLimit`
 * (e.g. '3GB') bounds what DuckDB holds in memory, spilling the rest to a temporary folder.
 */
export async function createNativeEngine(threads = 1, memoryLimit?: string): Promise<Engine> {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'wijkweefsel-'));
  // With a memory limit DuckDB spills to disk instead of failing: large exports on small machines.
  const settings: Record<string, string> = { threads: String(threads), temp_directory: join(dir, 'spill') };
  if (memoryLimit) settings.memory_limit = memoryLimit;
  const instance = await DuckDBInstance.create(':memory:', settings);
  const conn: DuckDBConnection = await instance.connect();
  const files = new Map<string, string>();
  // Native DuckDB reads real files: registered buffers become temp files under the same name.
  const rewrite = (sql: string) => {
    let out = sql;
    for (const [name, p] of files) out = out.split(`'${name}'`).join(`'${p.replace(/'/g, "''")}'`);
    return out;
  };
  return {
    kind: 'native-node',
    async query<T extends Row>(sql: string) {
      const reader = await conn.runAndReadAll(rewrite(sql));
      return reader.getRowObjectsJS().map((r) => plainRow(r as Row) as T);
    },
    async queryColumns(sql: string) {
      const result = await conn.run(rewrite(sql));
      const names = result.columnNames();
      const ways = names.map((_, i) => DIRECT[result.columnTypeId(i)]);
      if (ways.some((w) => w === undefined)) {
        const reader = new DuckDBResultReader(result);
        await reader.readAll();
        const cols = reader.getColumnsObjectJS() as Record<string, unknown[]>;
        const out: Record<string, unknown[]> = {};
        for (const [name, values] of Object.entries(cols)) out[name] = values.map(plainValue);
        return out;
      }
      // Straight from each chunk's vectors: the generic value converter costs about twice as
      // much, which a figure file of a million values feels.
      const chunks: DuckDBDataChunk[] = [];
      for (let c = await result.fetchChunk(); c && c.rowCount > 0; c = await result.fetchChunk()) chunks.push(c);
      const total = chunks.reduce((a, c) => a + c.rowCount, 0);
      const out: Columns = {};
      names.forEach((name, j) => {
        if (ways[j] === 'numbers') {
          // No null in the column: one typed array, copied chunk by chunk, as the WASM engines give it.
          const typed = chunks.map((chunk) => nullFreeItems(chunk.getColumnVector(j), chunk.rowCount));
          if (typed.every((t) => t !== null)) {
            const Ctor = (typed[0]?.constructor ?? Float64Array) as new (n: number) => ArrayBufferView & { set(a: ArrayLike<number>, off: number): void };
            const dst = new Ctor(total);
            let off = 0;
            chunks.forEach((chunk, c) => {
              const t = typed[c] as unknown as { subarray(a: number, b: number): ArrayLike<number> };
              dst.set(t.subarray(0, chunk.rowCount), off);
              off += chunk.rowCount;
            });
            out[name] = dst as unknown as ArrayLike<unknown>;
            return;
          }
        }
        const dst = new Array<unknown>(total);
        let off = 0;
        for (const chunk of chunks) {
          const v = chunk.getColumnVector(j);
          const n = chunk.rowCount;
          if (!(ways[j] === 'numbers' && copyNumbers(v, n, dst, off))) {
            if (ways[j] === 'bigints') for (let i = 0; i < n; i++) dst[off + i] = plainValue(v.getItem(i));
            else for (let i = 0; i < n; i++) dst[off + i] = v.getItem(i);
          }
          off += n;
        }
        out[name] = dst;
      });
      return out;
    },
    async exec(sql: string) {
      await conn.run(rewrite(sql));
    },
    async registerFile(name: string, bytes: Uint8Array) {
      const p = join(dir, `${files.size}-${name.replace(/[^\w.-]/g, '_')}`);
      writeFileSync(p, bytes);
      files.set(name, p);
    },
    async dropFile(name: string) {
      const p = files.get(name);
      if (p) rmSync(p, { force: true });
      files.delete(name);
    },
    async insertArrowIPC(table: string, ipc: Uint8Array) {
      // node-api has no Arrow ingest; go through rows of text (Parquet sources are small here).
      const t = tableFromIPC(ipc);
      const cols = t.schema.fields.map((f) => f.name);
      const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
      await conn.run(`CREATE TABLE ${q(table)} (${cols.map((c) => `${q(c)} VARCHAR`).join(', ')})`);
      const app = await conn.createAppender(table);
      for (const row of t) {
        const r = row.toJSON() as Row;
        for (const c of cols) {
          const v = r[c];
          if (v === null || v === undefined) app.appendNull();
          else app.appendVarchar(String(v));
        }
        app.endRow();
      }
      app.closeSync();
    },
    async queryArrowIPC(sql: string) {
      // node-api has no Arrow export: build the columns with the Arrow types DuckDB-WASM gives them.
      const reader = await conn.runAndReadAll(rewrite(sql));
      const names = reader.columnNames();
      const types = reader.columnTypes();
      const columns = reader.getColumnsJS();
      const vectors: Record<string, Vector> = {};
      names.forEach((name, i) => {
        const type = ARROW_TYPE[types[i].typeId];
        if (!type) throw new Error(`queryArrowIPC: column ${name} has type ${types[i].toString()}, which this engine cannot give as Arrow`);
        const values = columns[i].map((v) => (typeof v === 'bigint' ? Number(v) : v));
        vectors[name] = vectorFromArray(values as never[], type()) as Vector;
      });
      const table = new Table(vectors);
      clearNullSlots(table);
      return tableToIPC(table, 'stream');
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

import { DuckDBInstance, DuckDBTypeId, type DuckDBConnection } from '@duckdb/node-api';
import { Bool, DateDay, Float32, Float64, Int8, Int16, Int32, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { type Engine, type Row } from './types';
import { plainRow } from './rows';
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
 * Native DuckDB through @duckdb/node-api: for large scheduled batches and as the
 * benchmark's yardstick. Same SQL as the WASM engine; tests check equal figures.
 * `threads` defaults to 1 so comparisons with single-threaded WASM are fair.
 */
export async function createNativeEngine(threads = 1): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const conn: DuckDBConnection = await instance.connect();
  const files = new Map<string, string>();
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'wijkweefsel-'));
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
